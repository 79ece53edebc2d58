/**
 * Pre-2025 districts, rebuilt from the old -> new links: each (old province, old district) pair with the set
 * of new communes its communes became. There is no district table; this is the only source.
 */
import { fold } from '../fold.ts';
import { districtBareName, provinceBareName } from './type-prefixes.ts';
import type { Commune, FormerDistrict, OldUnitLink } from './types.ts';

export function buildFormerDistricts(
  links: readonly OldUnitLink[],
  communeByCode: ReadonlyMap<string, Commune>,
): FormerDistrict[] {
  const grouped = new Map<string, { oldProvince: string; name: string; codes: Set<string> }>();
  for (const link of links) {
    const key = `${link.oldProvince}|${link.oldDistrict}`;
    let group = grouped.get(key);
    if (group === undefined) {
      group = { oldProvince: link.oldProvince, name: link.oldDistrict, codes: new Set() };
      grouped.set(key, group);
    }
    group.codes.add(link.newCommuneCode);
  }

  const districts = [...grouped.values()].map((group): FormerDistrict => {
    const communeCodes = [...group.codes].sort();
    const provinceCodes = [...new Set(communeCodes.map((code) => communeByCode.get(code)?.provinceCode ?? ''))]
      .filter((code) => code !== '')
      .sort();
    const bareName = districtBareName(group.name);
    return Object.freeze({
      name: group.name,
      bareName,
      nameFolded: fold(group.name),
      bareFolded: fold(bareName),
      oldProvince: group.oldProvince,
      oldProvinceBareFolded: fold(provinceBareName(group.oldProvince)),
      communeCodes: Object.freeze(communeCodes),
      provinceCodes: Object.freeze(provinceCodes),
    });
  });

  return districts.sort(
    (a, b) =>
      compare(a.oldProvinceBareFolded, b.oldProvinceBareFolded) ||
      compare(a.bareFolded, b.bareFolded) ||
      compare(a.name, b.name),
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
