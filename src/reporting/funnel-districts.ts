import { loadGeo } from '../kernel/geo/index.ts';
import { provinceBareName } from '../kernel/geo/type-prefixes.ts';

/**
 * The former (pre-2025) districts whose territory lies in a province, each with the province's communes it became
 * (src/kernel/geo/former-districts.ts). A commune made of parts of several districts belongs to each of them, so the
 * districts' figures can add up to more than the province's.
 */
export interface ProvinceDistrict {
  /** Old province and district, which together name it: 'Tỉnh Bắc Kạn/Huyện Ba Bể'. */
  key: string;
  /** 'Huyện Ba Bể (Bắc Kạn)'. */
  name: string;
  communeCodes: readonly string[];
}

export function formerDistrictsIn(provinceCode: string, provinceCommunes: ReadonlySet<string>): ProvinceDistrict[] {
  return loadGeo()
    .formerDistricts.filter((d) => d.provinceCodes.includes(provinceCode))
    .map((d) => ({
      key: `${d.oldProvince}/${d.name}`,
      name: `${d.name} (${provinceBareName(d.oldProvince)})`,
      communeCodes: d.communeCodes.filter((code) => provinceCommunes.has(code)),
    }))
    .filter((d) => d.communeCodes.length > 0);
}
