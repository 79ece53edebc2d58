import type { OccupationKey } from '../occupations/index.ts';

/**
 * The trade as a link names it: a short folded Vietnamese word ("may"), since the occupation keys hold "_", which
 * separates a link's parts, and a person may type it after a Zalo short code ("DK 05860 may"). 'other' has none:
 * a link for "other work" says nothing. No code is 7 letters long, so "o" + a code is never 8 characters, the
 * shape of an invite code (src/kernel/links/payload.ts).
 */
export const TRADE_CODES: Readonly<Record<Exclude<OccupationKey, 'other'>, string>> = {
  factory: 'nhamay',
  garment: 'may',
  electronics: 'dientu',
  food_processing: 'thucpham',
  construction: 'thoxay',
  mechanic_welding: 'cokhi',
  electrician: 'dien',
  agriculture: 'nongnghiep',
  forestry_fishing: 'lamnghiep',
  mining: 'khaithac',
  driver: 'laixe',
  delivery: 'giaohang',
  warehouse: 'khovan',
  hospitality: 'phucvu',
  sales: 'banle',
  security: 'baove',
  domestic_care: 'giupviec',
  cleaning: 'vesinh',
  craft_wood: 'mynghe',
  overseas_work: 'xkld',
  general_labour: 'phothong',
};

const KEY_BY_CODE: ReadonlyMap<string, OccupationKey> = new Map(
  Object.entries(TRADE_CODES).map(([key, code]) => [code, key as OccupationKey]),
);

/** "may" → 'garment'; undefined for anything else. */
export function occupationOfTradeCode(code: string): OccupationKey | undefined {
  return KEY_BY_CODE.get(code);
}

/** 'garment' → "may"; undefined for 'other'. */
export function tradeCodeOf(key: OccupationKey): string | undefined {
  return key === 'other' ? undefined : TRADE_CODES[key];
}
