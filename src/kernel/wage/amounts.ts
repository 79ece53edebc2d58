/**
 * Amounts in a wage text: "8tr", "7tr5", "300k", "8.000.000đ", "$1,500", "18 man", and bare figures that are pay
 * (not dates, counts, phones or labels). Works on text from `normaliseForNumbers`.
 */
import type { WageCurrency } from './types.ts';

/** Lighter than fold(): strips marks, đ→d, lowercases, but keeps '.', ',', '/', '-', '$' for numbers. */
export function normaliseForNumbers(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212~～]/g, '-')
    .replace(/\s+/g, ' ');
}

const MILLION_UNITS = new Set(['trieu', 'tr', 'cu', 'm']);
const MULTIPLIERS: Record<string, number> = {
  trieu: 1_000_000,
  tr: 1_000_000,
  cu: 1_000_000,
  m: 1_000_000,
  k: 1_000,
  nghin: 1_000,
  ngan: 1_000,
  man: 10_000,
};

const CURRENCY_BY_WORD: Record<string, WageCurrency> = {
  vnd: 'VND',
  dong: 'VND',
  d: 'VND',
  '₫': 'VND',
  usd: 'USD',
  us$: 'USD',
  $: 'USD',
  dola: 'USD',
  'do la': 'USD',
  do: 'USD',
  yen: 'JPY',
  '¥': 'JPY',
  円: 'JPY',
  won: 'KRW',
  '₩': 'KRW',
  ntd: 'TWD',
  nt$: 'TWD',
  'dai te': 'TWD',
  'nhan dan te': 'OTHER',
  ndt: 'OTHER',
  cny: 'OTHER',
  euro: 'OTHER',
  eur: 'OTHER',
  '€': 'OTHER',
};

/**
 * One amount: optional currency prefix, a number, optional multiplier ("tr", "k", "man"...) with an attached
 * fraction ("7tr5") or "rưỡi", optional currency suffix. Built so each start position costs constant work.
 */
const AMOUNT_RE = new RegExp(
  String.raw`(?<![\d.,])(?:(?<pre>us\$|usd|vnd|\$|¥|€|₩) ?)?` +
    String.raw`(?<num>\d+(?:[.,]\d+)*)(?!\d|[.,]\d)` +
    '(?:(?:(?<m>m)|(?: ?(?<mult>trieu|tr|cu|k|nghin|ngan|man)))(?![a-z])' +
    String.raw`(?<frac>\d{1,3}(?!\d))?(?: ?(?<ruoi>ruoi)(?![a-z]))?)?` +
    String.raw`(?: ?(?<cur>vnd|dong|dai te|dola|do la|do|d|₫|usd|us\$|\$|yen|¥|円|won|₩|ntd|nt\$|nhan dan te|ndt|cny|euro|eur|€)(?![a-z]))?`,
  'g',
);

export interface Amount {
  start: number;
  end: number;
  /** The number as written, fraction and "rưỡi" included, before any multiplier. */
  value: number;
  multiplier: number | null;
  multiplierWord: string | null;
  currency: WageCurrency | null;
  /** A unit-less figure of 5+ digits ("8.000.000", "8000000"): đồng unless its range partner says otherwise. */
  bigBare: boolean;
}

/** "8.000.000" / "8,000,000" → 8000000; "7,5" / "7.5" → 7.5; "1.200,5" → 1200.5; nonsense → null. */
function parseNumber(text: string): number | null {
  const parts = text.split(/[.,]/);
  const seps = text.match(/[.,]/g) ?? [];
  const digitCount = text.replace(/\D/g, '').length;
  if (digitCount > 15) return null;
  const [head = '', ...rest] = parts;
  if (rest.length === 0) return Number(head);
  const sameSeps = seps.every((c) => c === seps[0]);
  if (head.length <= 3 && sameSeps && rest.every((p) => p.length === 3)) return Number(parts.join(''));
  if (rest.length === 1) return Number(`${head}.${rest[0]}`);
  const groups = rest.slice(0, -1);
  const last = rest[rest.length - 1] ?? '';
  const leadSeps = seps.slice(0, -1);
  if (
    head.length <= 3 &&
    leadSeps.every((c) => c === seps[0]) &&
    seps[seps.length - 1] !== seps[0] &&
    groups.every((p) => p.length === 3)
  ) {
    return Number(`${head}${groups.join('')}.${last}`);
  }
  return null;
}

const QUANTITY_AFTER = /^ ?(?:thang|nam|ngay|tuoi|tieng|gio|h|nguoi|phut|lan|buoi|tuan|ca|sao|km|kg|cm|m2|%)(?![a-z])/;
const LABEL_BEFORE = /(?:^|[^a-z])(?:thang|ngay|nam|ca|so|quy|lan|tang|luc|sdt|dt|lh|zalo|hotline|t|q|p)[ :.]*$/;

/** A number with no unit or currency that is really a date, count, phone or label, not pay. */
function isNotPay(text: string, num: string, start: number, end: number): boolean {
  const next = text.charAt(end);
  if (/[a-z]/.test(next)) return true; // "8h", "3x"
  if (QUANTITY_AFTER.test(text.slice(end, end + 12))) return true; // "8 tháng", "1 ngày"
  const before = text.slice(Math.max(0, start - 12), start);
  if (LABEL_BEFORE.test(before)) return true; // "tháng 13", "ca 3"
  if (/\d ?$/.test(before)) return true; // "0912 345 678"
  if (/^0\d/.test(num)) return true; // leading zero: phone or code
  return false;
}

export function findAmounts(text: string): Amount[] {
  const amounts: Amount[] = [];
  for (const match of text.matchAll(AMOUNT_RE)) {
    const g = match.groups ?? {};
    const numText = g['num'];
    if (numText === undefined) continue;
    let value = parseNumber(numText);
    if (value === null || !Number.isFinite(value)) continue;
    const start = match.index;
    const end = start + match[0].length;
    const multiplierWord = g['m'] ?? g['mult'] ?? null;
    const multiplier = multiplierWord === null ? null : (MULTIPLIERS[multiplierWord] ?? null);
    if (multiplier !== null) {
      const frac = g['frac'];
      if (frac !== undefined) value += Number(frac) / 10 ** frac.length;
      if (g['ruoi'] !== undefined) value += 0.5;
    }
    let curWord = g['cur'] ?? g['pre'] ?? null;
    // "8 triệu do công ty trả": "do" (because) is dollars ("đô") only when a word does not follow it and no
    // million-class unit precedes it (nobody offers millions of dollars a month).
    if (
      curWord !== null &&
      /^do( la)?$/.test(curWord) &&
      ((multiplierWord !== null && MILLION_UNITS.has(multiplierWord)) || /^ [a-z]/.test(text.slice(end)))
    ) {
      curWord = g['pre'] ?? null;
    }
    let currency: WageCurrency | null = curWord === null ? null : (CURRENCY_BY_WORD[curWord] ?? 'OTHER');
    if (currency === null && multiplierWord === 'man') currency = 'JPY';
    let bigBare = false;
    if (multiplier === null && currency === null) {
      if (isNotPay(text, numText, start, end)) continue;
      bigBare = value >= 10_000 && Number.isInteger(value); // bare 5+ digit groups are đồng
    }
    amounts.push({ start, end, value, multiplier, multiplierWord, currency, bigBare });
  }
  return amounts;
}

/** Has a unit, a currency or the size of a full đồng figure: not a bare number. */
export function isExplicit(a: Amount): boolean {
  return a.multiplier !== null || a.currency !== null || a.bigBare;
}

/** The amount in đồng (or its own currency): value × multiplier. */
export function total(a: Amount): number {
  return a.value * (a.multiplier ?? 1);
}
