/**
 * Apply the overrides that are in effect on `asOf` (YYYY-MM-DD) to provinces and communes. Pure; throws on an
 * override that does not fit the data (unknown code, duplicate code, bad date), so a bad entry fails at startup.
 */
import { fold, tidy } from '../fold.ts';
import type { GeoOverride } from './overrides.ts';
import { provinceBareName } from './type-prefixes.ts';
import type { Commune, Province } from './types.ts';
import { toCommune } from './units.ts';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export interface OverriddenUnits {
  provinces: Province[];
  communes: Commune[];
  applied: string[];
}

export function applyOverrides(
  provinces: readonly Province[],
  communes: readonly Commune[],
  overrides: readonly GeoOverride[],
  asOf: string,
): OverriddenUnits {
  if (!ISO_DATE.test(asOf)) throw new Error(`geo overrides: asOf must be YYYY-MM-DD, got "${asOf}"`);
  const provinceByCode = new Map(provinces.map((p) => [p.code, p]));
  const communeByCode = new Map(communes.map((c) => [c.code, c]));
  const applied: string[] = [];

  const inEffect = [...overrides]
    .map((override) => {
      if (!ISO_DATE.test(override.effectiveFrom)) {
        throw new Error(
          `geo override ${override.id}: effectiveFrom must be YYYY-MM-DD, got "${override.effectiveFrom}"`,
        );
      }
      return override;
    })
    .filter((override) => override.effectiveFrom <= asOf)
    .sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : a.effectiveFrom > b.effectiveFrom ? 1 : 0));

  for (const override of inEffect) {
    switch (override.kind) {
      case 'province_rename': {
        const province = provinceByCode.get(override.provinceCode);
        if (!province) throw new Error(`geo override ${override.id}: no province ${override.provinceCode}`);
        const name = tidy(override.name);
        const bareName = provinceBareName(name);
        provinceByCode.set(
          province.code,
          Object.freeze({
            ...province,
            name,
            shortName: name,
            placeType: tidy(override.placeType),
            nameFolded: fold(name),
            bareName,
            bareFolded: fold(bareName),
          }),
        );
        break;
      }
      case 'commune_rename': {
        const commune = communeByCode.get(override.communeCode);
        if (!commune) throw new Error(`geo override ${override.id}: no commune ${override.communeCode}`);
        communeByCode.set(commune.code, toCommune(commune.code, override.name, commune.provinceCode));
        break;
      }
      case 'commune_add': {
        if (!/^\d{5}$/.test(override.communeCode)) {
          throw new Error(`geo override ${override.id}: commune code must be 5 digits, got "${override.communeCode}"`);
        }
        if (communeByCode.has(override.communeCode)) {
          throw new Error(`geo override ${override.id}: commune ${override.communeCode} already exists`);
        }
        if (!provinceByCode.has(override.provinceCode)) {
          throw new Error(`geo override ${override.id}: no province ${override.provinceCode}`);
        }
        communeByCode.set(override.communeCode, toCommune(override.communeCode, override.name, override.provinceCode));
        break;
      }
    }
    applied.push(override.id);
  }

  return { provinces: [...provinceByCode.values()], communes: [...communeByCode.values()], applied };
}
