/**
 * Raw province/ward rows -> Province/Commune records: NFC names, folded and bare names, known code fixes.
 */
import { fold, tidy } from '../fold.ts';
import type { RawProvinceRow, RawWardRow } from './raw-schema.ts';
import { provinceBareName, splitCommuneName } from './type-prefixes.ts';
import type { Commune, Province } from './types.ts';

/**
 * Codes in the package that disagree with the NSO list (Decision 19/2025/QĐ-TTg). Measured against
 * sunshine-tech/VietnamProvinces nested-divisions.json and the NSO conversion table: only Xã Ia Mơ (Gia Lai),
 * listed as 23737 (the old code of Xã Ia Mơ Nông) instead of 23938.
 */
export const KNOWN_CODE_FIXES: readonly { name: string; provinceCode: string; wrongCode: string; code: string }[] = [
  { name: 'Xã Ia Mơ', provinceCode: '52', wrongCode: '23737', code: '23938' },
];

export function toProvince(row: RawProvinceRow): Province {
  const name = tidy(row.name);
  const bareName = provinceBareName(name);
  return Object.freeze({
    code: row.province_code,
    name,
    shortName: tidy(row.short_name),
    placeType: tidy(row.place_type),
    nameFolded: fold(name),
    bareName,
    bareFolded: fold(bareName),
  });
}

export function toCommune(code: string, rawName: string, provinceCode: string): Commune {
  const name = tidy(rawName);
  const split = splitCommuneName(name);
  if (split === null) throw new Error(`geo: commune ${code} "${name}" has no Xã/Phường/Đặc khu prefix`);
  return Object.freeze({
    code,
    name,
    typePrefix: split.typePrefix,
    bareName: split.bareName,
    nameFolded: fold(name),
    bareFolded: fold(split.bareName),
    provinceCode,
  });
}

/** Ward rows -> communes, with KNOWN_CODE_FIXES applied; returns how many codes were fixed. */
export function toCommunes(rows: readonly RawWardRow[]): { communes: Commune[]; codesFixed: number } {
  let codesFixed = 0;
  const communes = rows.map((row) => {
    const name = tidy(row.name);
    const fix = KNOWN_CODE_FIXES.find(
      (f) => f.wrongCode === row.ward_code && f.provinceCode === row.province_code && f.name === name,
    );
    if (fix) codesFixed += 1;
    return toCommune(fix ? fix.code : row.ward_code, name, row.province_code);
  });
  return { communes, codesFixed };
}
