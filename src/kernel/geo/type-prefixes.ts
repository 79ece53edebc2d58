/**
 * Administrative type prefixes ("Xã", "Phường", "Tỉnh", "Huyện", …): splitting them off stored names, and
 * stripping them (or their abbreviations) off folded user text.
 */
import type { CommuneTypePrefix } from './types.ts';

const COMMUNE_PREFIX = /^(Xã|Phường|Đặc khu) (.+)$/u;
const PROVINCE_PREFIX = /^(?:Thành phố|Tỉnh) (.+)$/iu;
const DISTRICT_PREFIX = /^(?:Huyện|Quận|Thị xã|Thành phố) (.+)$/iu;
const OLD_COMMUNE_PREFIX = /^(?:Xã|Phường|Thị trấn) (.+)$/iu;

/** "Xã Văn Lăng" -> { typePrefix: "Xã", bareName: "Văn Lăng" }; null if the name has no known prefix. */
export function splitCommuneName(name: string): { typePrefix: CommuneTypePrefix; bareName: string } | null {
  const match = COMMUNE_PREFIX.exec(name);
  if (!match) return null;
  return { typePrefix: match[1] as CommuneTypePrefix, bareName: match[2] ?? '' };
}

/** "Thành phố Hà Nội" -> "Hà Nội"; "Tỉnh Hà Giang" -> "Hà Giang"; "Thái Nguyên" unchanged. */
export function provinceBareName(name: string): string {
  return PROVINCE_PREFIX.exec(name)?.[1] ?? name;
}

/** "Huyện Mèo Vạc" -> "Mèo Vạc"; "Quận 1" -> "1". */
export function districtBareName(name: string): string {
  return DISTRICT_PREFIX.exec(name)?.[1] ?? name;
}

/** Pre-2025 commune names: "Thị trấn Mèo Vạc" -> "Mèo Vạc"; "Phường 13" -> "13". */
export function oldCommuneBareName(name: string): string {
  return OLD_COMMUNE_PREFIX.exec(name)?.[1] ?? name;
}

/*
 * Folded prefixes people type in front of a place name, longest first. Abbreviations: "tp", "t.p" (folds to
 * "t p"), "p"/"f" (phường, "F13" in Saigon usage), "x", "tt" (thị trấn), "q", "h", "tx".
 */
const UNIT_PREFIXES_FOLDED = [
  'thanh pho',
  'thi tran',
  'dac khu',
  'phuong',
  'tinh',
  'xa',
  'tp',
  't p',
  'tt',
  'p',
  'f',
  'x',
];
const DISTRICT_PREFIXES_FOLDED = ['thanh pho', 'thi xa', 'huyen', 'quan', 'tp', 't p', 'tx', 'h', 'q'];
const PROVINCE_PREFIXES_FOLDED = ['thanh pho', 'tinh', 'tp', 't p'];

function stripFirst(folded: string, prefixes: readonly string[]): string | null {
  for (const prefix of prefixes) {
    if (folded.startsWith(`${prefix} `)) return folded.slice(prefix.length + 1);
  }
  return null;
}

/** Folded text without a leading commune/province type word: "p duc xuan" -> "duc xuan"; null if none. */
export function stripUnitPrefix(folded: string): string | null {
  return stripFirst(folded, UNIT_PREFIXES_FOLDED);
}

/** "huyen meo vac" -> "meo vac"; "q 1" -> "1"; null if none. */
export function stripDistrictPrefix(folded: string): string | null {
  return stripFirst(folded, DISTRICT_PREFIXES_FOLDED);
}

/** "tinh ha giang" -> "ha giang"; "tp ho chi minh" -> "ho chi minh"; null if none. */
export function stripProvincePrefix(folded: string): string | null {
  return stripFirst(folded, PROVINCE_PREFIXES_FOLDED);
}

/** "q1" -> "q 1", "p13" -> "p 13", "f13" -> "f 13": the letter-digit forms of numbered units. */
export function splitNumberedAbbreviation(folded: string): string {
  return folded.replace(/^([pqf])(\d+)(?= |$)/, '$1 $2');
}

/** "1", "12": names that only make sense with their type word in front ("Quận 1", "Phường 13"). */
export function isNumericName(folded: string): boolean {
  return /^\d+$/.test(folded);
}

/** Keys an old-unit name can be looked up by: the folded text and, if it has one, the text without its prefix. */
export function foldedVariants(folded: string, strip: (folded: string) => string | null): string[] {
  const stripped = strip(folded);
  return stripped === null || stripped === folded ? [folded] : [folded, stripped];
}
