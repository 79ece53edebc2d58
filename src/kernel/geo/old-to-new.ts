/**
 * Pre-2025 address -> the new commune(s) it became. Input may be accent-free and with or without type words
 * ("ha giang", "huyen meo vac", "xa pa vi", "p13"). One old commune can lead to several new ones (split
 * cases), and a district or province to many: the result is de-duplicated and sorted by code, [] if unknown.
 * A city's shorthand (src/kernel/geo/aliases.ts: "TP HCM", "hn", "Thừa Thiên Huế") names the old province of that city.
 */
import { fold } from '../fold.ts';
import { PROVINCE_CODE_BY_ALIAS } from './aliases.ts';
import { loadGeo } from './load.ts';
import {
  districtBareName,
  foldedVariants,
  oldCommuneBareName,
  provinceBareName,
  splitNumberedAbbreviation,
  stripDistrictPrefix,
  stripProvincePrefix,
  stripUnitPrefix,
} from './type-prefixes.ts';
import type { Commune, Geo, OldUnitLink } from './types.ts';

interface IndexedLink {
  readonly district: readonly string[];
  readonly commune: readonly string[];
  readonly link: OldUnitLink;
}

/** Folded old province (without prefix) -> its links. */
type OldUnitIndex = ReadonlyMap<string, readonly IndexedLink[]>;

const cache = new WeakMap<Geo, OldUnitIndex>();

function oldUnitIndexFor(geo: Geo): OldUnitIndex {
  let index = cache.get(geo);
  if (index === undefined) {
    const built = new Map<string, IndexedLink[]>();
    for (const link of geo.links) {
      const province = fold(provinceBareName(link.oldProvince));
      const entry: IndexedLink = {
        district: [fold(link.oldDistrict), fold(districtBareName(link.oldDistrict))],
        commune: [fold(link.oldCommune), fold(oldCommuneBareName(link.oldCommune))],
        link,
      };
      const list = built.get(province);
      if (list === undefined) built.set(province, [entry]);
      else list.push(entry);
    }
    index = built;
    cache.set(geo, index);
  }
  return index;
}

function keys(text: string, strip: (folded: string) => string | null): string[] {
  return foldedVariants(splitNumberedAbbreviation(fold(text)), strip).filter((key) => key !== '');
}

/** Folded old-province keys for the text: as typed, without "tỉnh"/"thành phố", and what a shorthand stands for. */
function provinceKeys(geo: Geo, text: string): Set<string> {
  const result = new Set<string>();
  for (const key of keys(text, stripProvincePrefix)) {
    result.add(key);
    const code = PROVINCE_CODE_BY_ALIAS.get(key);
    const province = code === undefined ? undefined : geo.provinceByCode.get(code);
    if (province !== undefined) result.add(province.bareFolded);
  }
  return result;
}

function matches(names: readonly string[], wanted: readonly string[] | null): boolean {
  return wanted === null || wanted.some((key) => names.includes(key));
}

export function oldToNew(oldProvince: string, oldDistrict?: string, oldCommune?: string): Commune[] {
  if (typeof oldProvince !== 'string') return [];
  const geo = loadGeo();
  const index = oldUnitIndexFor(geo);
  const districtKeys =
    typeof oldDistrict === 'string' && oldDistrict.trim() !== '' ? keys(oldDistrict, stripDistrictPrefix) : null;
  const communeKeys =
    typeof oldCommune === 'string' && oldCommune.trim() !== '' ? keys(oldCommune, stripUnitPrefix) : null;
  if (districtKeys?.length === 0 || communeKeys?.length === 0) return [];

  const codes = new Set<string>();
  for (const provinceKey of provinceKeys(geo, oldProvince)) {
    for (const entry of index.get(provinceKey) ?? []) {
      if (matches(entry.district, districtKeys) && matches(entry.commune, communeKeys)) {
        codes.add(entry.link.newCommuneCode);
      }
    }
  }
  return [...codes].sort().flatMap((code) => geo.communeByCode.get(code) ?? []);
}
