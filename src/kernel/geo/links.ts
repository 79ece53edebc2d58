/**
 * Raw `ward_mappings` rows -> de-duplicated OldUnitLink records whose target is an existing commune.
 *
 * The target is resolved by (new_province_name, new_ward_name). The rows' own `new_ward_code` is only
 * counted, never trusted: in 1.0.0, 431 rows carry a code that is no commune at all and 22 carry the code
 * of a different commune (often in another province).
 */
import { tidy } from '../fold.ts';
import type { RawMappingRow } from './raw-schema.ts';
import type { Commune, OldUnitLink, Province } from './types.ts';

export interface ResolvedLinks {
  links: OldUnitLink[];
  duplicateRowsDropped: number;
  rowsWithoutOldUnitDropped: number;
  /** Counted over all rows with an old unit, duplicates included. */
  targetCodeMissing: number;
  targetCodeOtherCommune: number;
  splitRowsKept: number;
}

export function resolveLinks(
  rows: readonly RawMappingRow[],
  provinces: readonly Province[],
  communes: readonly Commune[],
): ResolvedLinks {
  const provinceCodeByName = new Map(provinces.map((p) => [p.name, p.code]));
  const communeByProvinceAndName = new Map(communes.map((c) => [`${c.provinceCode}|${c.name}`, c]));
  const communeByCode = new Map(communes.map((c) => [c.code, c]));

  const links: OldUnitLink[] = [];
  const seen = new Set<string>();
  const unresolved: string[] = [];
  const result = {
    duplicateRowsDropped: 0,
    rowsWithoutOldUnitDropped: 0,
    targetCodeMissing: 0,
    targetCodeOtherCommune: 0,
    splitRowsKept: 0,
  };

  for (const row of rows) {
    if (row.old_province_name === null || row.old_district_name === null || row.old_ward_name === null) {
      result.rowsWithoutOldUnitDropped += 1;
      continue;
    }
    const newProvince = tidy(row.new_province_name);
    const newName = tidy(row.new_ward_name);
    const provinceCode = provinceCodeByName.get(newProvince);
    const target = provinceCode === undefined ? undefined : communeByProvinceAndName.get(`${provinceCode}|${newName}`);
    if (target === undefined) {
      unresolved.push(`"${newName}" in "${newProvince}"`);
      continue;
    }
    if (row.new_ward_code !== target.code) {
      if (row.new_ward_code === null || !communeByCode.has(row.new_ward_code)) result.targetCodeMissing += 1;
      else result.targetCodeOtherCommune += 1;
    }

    const link: OldUnitLink = Object.freeze({
      oldProvince: tidy(row.old_province_name),
      oldDistrict: tidy(row.old_district_name),
      oldCommune: tidy(row.old_ward_name),
      oldCode: row.old_ward_code === null || row.old_ward_code === '' ? null : row.old_ward_code,
      newCommuneCode: target.code,
    });
    const key = `${link.oldProvince}|${link.oldDistrict}|${link.oldCommune}|${link.oldCode}|${link.newCommuneCode}`;
    if (seen.has(key)) {
      result.duplicateRowsDropped += 1;
      continue;
    }
    seen.add(key);

    if (link.oldCode === null) result.splitRowsKept += 1;
    links.push(link);
  }

  if (unresolved.length > 0) {
    throw new Error(
      `geo: ${unresolved.length} mapping rows name a new commune that does not exist, e.g. ${unresolved.slice(0, 5).join(', ')}`,
    );
  }
  return { links, ...result };
}
