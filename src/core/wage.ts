/**
 * Wages as Vietnamese vacancy posts write them: "8-10tr/tháng", "7tr5", "300k/ngày", "Thỏa thuận", "18 man/tháng".
 * Rules: reference/vietnam-domain.md §3.3 (parse) and §5 (pay far above the norm is a scam signal).
 * Pure: no I/O, no clock. `parseWage` never throws; what it cannot read comes back as nulls with `raw` kept.
 */
import { fold } from './fold.ts';
import { minimumWageOn, regionLabel, WORKING_DAYS_PER_MONTH } from './minimum-wage.ts';
import type { WageRegion } from './minimum-wage.ts';

export type { WageRegion } from './minimum-wage.ts';

export type WageCurrency = 'VND' | 'USD' | 'JPY' | 'KRW' | 'TWD' | 'OTHER';
export type WagePeriod = 'month' | 'day' | 'hour' | 'shift' | 'piece';

export interface Wage {
  raw: string;
  min: number | null;
  max: number | null;
  currency: WageCurrency | null;
  period: WagePeriod | null;
  negotiable: boolean;
  /** True when a figure's unit was guessed (bare "lương 8-10" read as millions). */
  assumed: boolean;
}

export interface WageFlag {
  code: 'below_minimum' | 'implausibly_high';
  detail: string;
}

/*
 * Thresholds for `implausibly_high` (ours, not legal figures). They mark pay far above what
 * unskilled work pays in Vietnam, the "việc nhẹ lương cao" pattern of §5.2; a flag is a reason to hold
 * a post for review, not proof of a scam. Compared with `max` (the headline figure) when present.
 */
/** Monthly VND above this looks implausible for ordinary work (~10× the region I minimum). */
export const IMPLAUSIBLE_MONTHLY_VND = 50_000_000;
/** Daily VND above this (also used per shift) looks implausible; recruitment spam quotes 500k–1M/day. */
export const IMPLAUSIBLE_DAILY_VND = 1_000_000;
/** Hourly VND above this looks implausible (~8× the region I hourly minimum). */
export const IMPLAUSIBLE_HOURLY_VND = 200_000;

/** A bare number up to this ("lương 8-10") is read as millions of đồng per month, with `assumed: true`. */
export const BARE_MILLIONS_MAX = 200;

/*
 * With no period written, a figure at least this large (in its own currency) is taken as monthly.
 * VND 1,000,000 is the doc's rule; the others are ours, well above any hourly/daily rate in that currency.
 */
const MONTHLY_DEFAULT_FLOOR: Record<WageCurrency, number | null> = {
  VND: 1_000_000,
  USD: 300,
  JPY: 50_000,
  KRW: 1_000_000,
  TWD: 10_000,
  OTHER: null,
};

// ---------------------------------------------------------------------------------------------
// Normalisation
// ---------------------------------------------------------------------------------------------

/** Lighter than fold(): strips marks, đ→d, lowercases, but keeps '.', ',', '/', '-', '$' for numbers. */
function normaliseForNumbers(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/[\u2010-\u2015\u2212~～]/g, '-')
    .replace(/\s+/g, ' ');
}

// ---------------------------------------------------------------------------------------------
// Amount tokens
// ---------------------------------------------------------------------------------------------

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
  vnd: 'VND', dong: 'VND', d: 'VND', '₫': 'VND',
  usd: 'USD', 'us$': 'USD', $: 'USD', dola: 'USD', 'do la': 'USD', do: 'USD',
  yen: 'JPY', '¥': 'JPY', '円': 'JPY',
  won: 'KRW', '₩': 'KRW',
  ntd: 'TWD', 'nt$': 'TWD', 'dai te': 'TWD',
  'nhan dan te': 'OTHER', ndt: 'OTHER', cny: 'OTHER', euro: 'OTHER', eur: 'OTHER', '€': 'OTHER',
};

/**
 * One amount: optional currency prefix, a number, optional multiplier ("tr", "k", "man"...) with an attached
 * fraction ("7tr5") or "rưỡi", optional currency suffix. Built so each start position costs constant work.
 */
const AMOUNT_RE = new RegExp(
  String.raw`(?<![\d.,])(?:(?<pre>us\$|usd|vnd|\$|¥|€|₩) ?)?` +
    String.raw`(?<num>\d+(?:[.,]\d+)*)(?!\d|[.,]\d)` +
    String.raw`(?:(?:(?<m>m)|(?: ?(?<mult>trieu|tr|cu|k|nghin|ngan|man)))(?![a-z])` +
    String.raw`(?<frac>\d{1,3}(?!\d))?(?: ?(?<ruoi>ruoi)(?![a-z]))?)?` +
    String.raw`(?: ?(?<cur>vnd|dong|dai te|dola|do la|do|d|₫|usd|us\$|\$|yen|¥|円|won|₩|ntd|nt\$|nhan dan te|ndt|cny|euro|eur|€)(?![a-z]))?`,
  'g',
);

interface Amount {
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

function findAmounts(text: string): Amount[] {
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

function isExplicit(a: Amount): boolean {
  return a.multiplier !== null || a.currency !== null || a.bigBare;
}

// ---------------------------------------------------------------------------------------------
// Groups: one amount or a range of two
// ---------------------------------------------------------------------------------------------

const RANGE_SEPARATOR = /^(?: ?\/ ?[a-z]+)? ?(?:-|den|toi|to) ?$/;

interface Group {
  first: Amount;
  second: Amount | null;
}

function groupAmounts(text: string, amounts: Amount[]): Group[] {
  const groups: Group[] = [];
  for (let i = 0; i < amounts.length; i++) {
    const first = amounts[i];
    if (first === undefined) continue;
    const next = amounts[i + 1];
    if (next !== undefined && RANGE_SEPARATOR.test(text.slice(first.end, next.start))) {
      groups.push({ first, second: next });
      i++;
    } else {
      groups.push({ first, second: null });
    }
  }
  return groups;
}

/** Words that make a figure a bonus or allowance, not the wage ("thưởng 2 triệu, lương 8 triệu"). */
const EXTRA_PAY = /(?:^|[^a-z])(?:thuong|phu cap|tro cap|ho tro|hoa hong|tang ca|chuyen can|tien an|an trua|xang xe|nha o)(?![a-z])/;

function isExtraPay(text: string, group: Group): boolean {
  const before = text.slice(Math.max(0, group.first.start - 30), group.first.start);
  const clause = before.split(/[,;+(]|\. /).pop() ?? '';
  return EXTRA_PAY.test(clause);
}

/**
 * The wage is the first group with a unit or currency that is not a bonus or allowance; then the first group
 * with a unit at all; bare numbers only when nothing better exists.
 */
function pickGroup(text: string, groups: Group[]): Group | null {
  const explicit = groups.filter((g) => isExplicit(g.first) || (g.second !== null && isExplicit(g.second)));
  return explicit.find((g) => !isExtraPay(text, g)) ?? explicit[0] ?? groups[0] ?? null;
}

// ---------------------------------------------------------------------------------------------
// Period
// ---------------------------------------------------------------------------------------------

type FoundPeriod = WagePeriod | 'unsupported';

const PERIOD_WORDS: Record<string, FoundPeriod> = {
  thang: 'month', th: 'month', t: 'month', month: 'month', mo: 'month',
  ngay: 'day', ng: 'day', cong: 'day', day: 'day',
  gio: 'hour', h: 'hour', tieng: 'hour', hour: 'hour', hr: 'hour',
  ca: 'shift', shift: 'shift',
  'san pham': 'piece', sp: 'piece', khoan: 'piece',
  tuan: 'unsupported', nam: 'unsupported', week: 'unsupported', year: 'unsupported',
};

/** Right after the amount: "/tháng", "/ 1 ngày", "mỗi giờ", "1 công", " công". */
const ADJACENT_PERIOD =
  /^ ?(?:(?:\/|per |moi |mot |1 )(?:1 |mot )? ?(?<p>thang|th|t|month|mo|ngay|ng|cong|day|gio|tieng|hour|hr|h|ca|shift|san pham|sp|tuan|week|nam|year)|(?<c>cong)(?! (?:ty|viec|nhan|nghe|nghiep|trinh|doan|an)(?![a-z])))(?![a-z])/;

/** Anywhere in the folded text: "lương tháng", "theo giờ", "công nhật", "lương khoán". */
const PERIOD_MARKERS: ReadonlyArray<[RegExp, FoundPeriod]> = [
  [/\bcong nhat\b/, 'day'],
  [/\b(?:luong|tra|tinh|theo|thu nhap) (?:theo )?(?:thang)\b/, 'month'],
  [/\b(?:luong|tra|tinh|theo|thu nhap) (?:theo )?(?:ngay|cong)\b/, 'day'],
  [/\b(?:luong|tra|tinh|theo|thu nhap) (?:theo )?(?:gio|tieng)\b/, 'hour'],
  [/\b(?:luong|tra|tinh|theo) (?:theo )?ca\b/, 'shift'],
  [/\b(?:luong|tra|tinh|theo|an) (?:theo )?(?:san pham|sp|khoan)\b|\bkhoan (?:san pham|sp|theo)\b|^khoan\b/, 'piece'],
  [/\b(?:luong|tra|tinh|theo) (?:theo )?(?:tuan|nam)\b/, 'unsupported'],
];

function periodAfter(text: string, end: number): FoundPeriod | null {
  const m = ADJACENT_PERIOD.exec(text.slice(end, end + 24));
  if (m === null) return null;
  const word = m.groups?.['p'] ?? m.groups?.['c'];
  return word === undefined ? null : (PERIOD_WORDS[word] ?? null);
}

function periodFromMarkers(folded: string, raw: string): FoundPeriod | null {
  let best: { at: number; period: FoundPeriod } | null = null;
  for (const [re, period] of PERIOD_MARKERS) {
    const m = re.exec(folded);
    if (m !== null && (best === null || m.index < best.at)) best = { at: m.index, period };
  }
  // "khoán" with its accent is piece rate; folded "khoan" alone could be "khoản" (an item).
  if (best === null && raw.normalize('NFC').toLowerCase().includes('khoán')) return 'piece';
  return best?.period ?? null;
}

// ---------------------------------------------------------------------------------------------
// Prefix / suffix words
// ---------------------------------------------------------------------------------------------

const MIN_ONLY_BEFORE = /(?:^|[^a-z])(?:tu|tren|hon|toi thieu|it nhat|khoi diem|from|min|over|above)[ :]*$/;
const MAX_ONLY_BEFORE = /(?:^|[^a-z])(?:len den|len toi|len|toi da|up ?to|max|den|toi|duoi|khong qua|under|below)[ :]*$/;
const BOUND_AFTER = /^[^\d+;]{0,24}?\btro (len|xuong|lai)\b/;

type Bound = 'min' | 'max' | null;

function boundWords(text: string, start: number, end: number): Bound {
  const before = text.slice(Math.max(0, start - 24), start);
  if (MIN_ONLY_BEFORE.test(before)) return 'min';
  if (MAX_ONLY_BEFORE.test(before)) return 'max';
  const after = BOUND_AFTER.exec(text.slice(end, end + 40));
  if (after !== null) return after[1] === 'len' ? 'min' : 'max';
  return null;
}

// ---------------------------------------------------------------------------------------------
// parseWage
// ---------------------------------------------------------------------------------------------

const NEGOTIABLE = /(?:^| )(?:thoa thuan|thuong luong|canh tranh|tt|deal|negotiable)(?: |$)/;

function emptyWage(raw: string): Wage {
  return { raw, min: null, max: null, currency: null, period: null, negotiable: false, assumed: false };
}

function round(value: number, currency: WageCurrency | null): number {
  return currency === 'VND' || currency === 'KRW' || currency === 'JPY'
    ? Math.round(value)
    : Math.round(value * 100) / 100;
}

/** Give a unit-less side of a range the unit of the other side ("8-10 triệu", "8tr - 10"). */
function shareUnits(a: Amount, b: Amount): { a: Amount; b: Amount; scaled: boolean } {
  let left = { ...a };
  let right = { ...b };
  let scaled = false;
  // Within 10× of each other, so "10-8 triệu" still shares; "500 - 1tr" does not (scaled below instead).
  if (left.multiplier === null && right.multiplier !== null && left.currency === null && !left.bigBare && left.value <= right.value * 10) {
    left = { ...left, multiplier: right.multiplier, multiplierWord: right.multiplierWord };
  }
  if (right.multiplier === null && left.multiplier !== null && right.currency === null && !right.bigBare && right.value * 10 >= left.value) {
    right = { ...right, multiplier: left.multiplier, multiplierWord: left.multiplierWord };
  }
  if (left.currency === null && right.currency !== null) left = { ...left, currency: right.currency };
  if (right.currency === null && left.currency !== null) right = { ...right, currency: left.currency };
  // Still unit-less against a unit-ful partner ("500 - 1tr", "8 - 10.000.000"): scale by thousands.
  const leftTotal = left.value * (left.multiplier ?? 1);
  const rightTotal = right.value * (right.multiplier ?? 1);
  if (left.multiplier === null && right.multiplier !== null && left.value > 0) {
    let v = left.value;
    while (v * 1000 <= rightTotal) v *= 1000;
    if (v !== left.value) scaled = true;
    left = { ...left, value: v };
  } else if (right.multiplier === null && left.multiplier !== null && right.value > 0) {
    let v = right.value;
    while (v < leftTotal) v *= 1000;
    if (v !== right.value) scaled = true;
    right = { ...right, value: v };
  } else if (left.multiplier === null && right.multiplier === null && left.value > 0 && left.value < 1000 && rightTotal >= 10_000) {
    let v = left.value;
    while (v * 1000 <= rightTotal) v *= 1000;
    if (v !== left.value) scaled = true;
    left = { ...left, value: v };
  }
  return { a: left, b: right, scaled };
}

function total(a: Amount): number {
  return a.value * (a.multiplier ?? 1);
}

function currencyOfGroup(amounts: Amount[]): WageCurrency | null {
  for (const a of amounts) if (a.currency !== null) return a.currency;
  for (const a of amounts) if (a.multiplier !== null || a.bigBare) return 'VND';
  return null;
}

function parseWageUnsafe(raw: string): Wage {
  const wage = emptyWage(raw);
  const folded = fold(raw);
  wage.negotiable = NEGOTIABLE.test(folded);
  const text = normaliseForNumbers(raw);
  const group = pickGroup(text, groupAmounts(text, findAmounts(text)));

  const groupEnd = group === null ? 0 : (group.second ?? group.first).end;
  const found: FoundPeriod | null =
    (group === null ? null : periodAfter(text, groupEnd)) ?? periodFromMarkers(folded, raw);
  if (found !== null && found !== 'unsupported') wage.period = found;
  if (group === null) return wage;

  let amounts: Amount[];
  if (group.second === null) {
    amounts = [group.first];
  } else {
    const shared = shareUnits(group.first, group.second);
    amounts = [shared.a, shared.b];
    if (shared.scaled) wage.assumed = true;
  }

  let values: number[];
  let currency = currencyOfGroup(amounts);
  if (amounts.some(isExplicit)) {
    values = amounts.map(total);
  } else {
    // Bare numbers: "lương 8-10" → millions a month; "25/giờ", "300/ngày" → thousands.
    const biggest = Math.max(...amounts.map((a) => a.value));
    let factor: number;
    if (found !== null && found !== 'month' && found !== 'unsupported' && biggest < 1000) {
      factor = 1_000;
    } else if ((found === null || found === 'month') && biggest <= BARE_MILLIONS_MAX) {
      factor = 1_000_000;
      wage.period = 'month';
    } else {
      return wage;
    }
    values = amounts.map((a) => a.value * factor);
    currency = 'VND';
    wage.assumed = true;
  }

  values = values.map((v) => round(v, currency));
  if (values.some((v) => !Number.isFinite(v) || v <= 0)) return wage;
  wage.currency = currency;

  const [first = 0, second] = values;
  if (second !== undefined) {
    wage.min = Math.min(first, second);
    wage.max = Math.max(first, second);
  } else {
    const bound = boundWords(text, group.first.start, group.first.end);
    wage.min = bound === 'max' ? null : first;
    wage.max = bound === 'min' ? null : first;
  }

  if (wage.period === null && found === null && currency !== null) {
    const floor = MONTHLY_DEFAULT_FLOOR[currency];
    const headline = wage.max ?? wage.min ?? 0;
    if (floor !== null && headline >= floor) wage.period = 'month';
  }
  return wage;
}

/** Read a wage as posts write it. Never throws: unreadable input gives nulls with `raw` kept. */
export function parseWage(raw: string): Wage {
  const text = typeof raw === 'string' ? raw : '';
  try {
    return parseWageUnsafe(text);
  } catch {
    return emptyWage(text);
  }
}

// ---------------------------------------------------------------------------------------------
// Display
// ---------------------------------------------------------------------------------------------

/** Vietnamese number format: dot between thousands, comma before decimals ("1.200", "7,5"). */
export function formatNumberVi(value: number, maxFractionDigits = 2): string {
  const sign = value < 0 ? '-' : '';
  const [intPart = '0', fracPart = ''] = Math.abs(value).toFixed(maxFractionDigits).split('.');
  const grouped = intPart.replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  const frac = fracPart.replace(/0+$/, '');
  return sign + grouped + (frac === '' ? '' : `,${frac}`);
}

const PERIOD_SUFFIX: Record<WagePeriod, string> = {
  month: '/tháng',
  day: '/ngày',
  hour: '/giờ',
  shift: '/ca',
  piece: '/sản phẩm',
};

const CURRENCY_LABEL: Record<WageCurrency, string> = {
  VND: 'đ',
  USD: 'USD',
  JPY: 'yên',
  KRW: 'won',
  TWD: 'Đài tệ',
  OTHER: '(ngoại tệ)',
};

/** Numbers of one wage in one unit: "7–9 triệu", "300.000 đ", "1.200 USD". */
function formatAmounts(values: number[], currency: WageCurrency | null): string {
  const inMillions = currency === 'VND' && values.every((v) => v >= 1_000_000 && v % 10_000 === 0);
  const numbers = values.map((v) => formatNumberVi(inMillions ? v / 1_000_000 : v)).join('–');
  if (inMillions) return `${numbers} triệu`;
  return currency === null ? numbers : `${numbers} ${CURRENCY_LABEL[currency]}`;
}

/** Short Vietnamese display: "7–9 triệu/tháng", "Từ 8 triệu/tháng", "300.000 đ/ngày", "Thỏa thuận". */
export function formatWageVi(w: Wage): string {
  const suffix = w.period === null ? '' : PERIOD_SUFFIX[w.period];
  if (w.min === null && w.max === null) {
    if (w.negotiable) return 'Thỏa thuận';
    if (w.period === 'piece') return 'Lương khoán theo sản phẩm';
    return 'Không rõ';
  }
  let text: string;
  if (w.min !== null && w.max !== null) {
    const values = w.min === w.max ? [w.min] : [w.min, w.max];
    text = formatAmounts(values, w.currency) + suffix;
  } else if (w.min !== null) {
    text = `Từ ${formatAmounts([w.min], w.currency)}${suffix}`;
  } else {
    text = `Lên đến ${formatAmounts([w.max ?? 0], w.currency)}${suffix}`;
  }
  return w.negotiable ? `${text} (thỏa thuận)` : text;
}

// ---------------------------------------------------------------------------------------------
// Sanity checks
// ---------------------------------------------------------------------------------------------

function dong(value: number): string {
  return `${formatNumberVi(Math.round(value), 0)} đ`;
}

/**
 * Flags for a parsed wage in a minimum-wage region (1–4 = vùng I–IV).
 * below_minimum: VND monthly, daily (monthly minimum / 26 days) or hourly pay under the regional minimum,
 * judged on `max` when present (the best the post offers), else `min`.
 * implausibly_high: VND pay above the IMPLAUSIBLE_* thresholds (shift uses the daily one).
 * `asOf` (ISO date) picks the decree in force; without it, the newest one we hold.
 * Foreign currencies, piece rates, unknown periods and wages without a figure give no flags.
 */
export function checkWage(w: Wage, region: WageRegion, asOf?: string): WageFlag[] {
  const value = w.max ?? w.min;
  if (value === null || w.currency !== 'VND' || w.period === null || w.period === 'piece') return [];
  const flags: WageFlag[] = [];
  const schedule = minimumWageOn(asOf);
  const label = `vùng ${regionLabel(region)}`;

  if (schedule !== undefined) {
    const law = schedule.source;
    if (w.period === 'month' && value < schedule.monthly[region]) {
      flags.push({
        code: 'below_minimum',
        detail: `${dong(value)}/tháng thấp hơn lương tối thiểu ${label} ${dong(schedule.monthly[region])}/tháng (${law})`,
      });
    } else if (w.period === 'day' && value < schedule.monthly[region] / WORKING_DAYS_PER_MONTH) {
      const daily = schedule.monthly[region] / WORKING_DAYS_PER_MONTH;
      flags.push({
        code: 'below_minimum',
        detail: `${dong(value)}/ngày thấp hơn lương tối thiểu ${label} ${dong(daily)}/ngày (tháng ÷ ${WORKING_DAYS_PER_MONTH} ngày; ${law})`,
      });
    } else if (w.period === 'hour' && value < schedule.hourly[region]) {
      flags.push({
        code: 'below_minimum',
        detail: `${dong(value)}/giờ thấp hơn lương tối thiểu ${label} ${dong(schedule.hourly[region])}/giờ (${law})`,
      });
    }
  }

  const ceiling =
    w.period === 'month' ? IMPLAUSIBLE_MONTHLY_VND : w.period === 'hour' ? IMPLAUSIBLE_HOURLY_VND : IMPLAUSIBLE_DAILY_VND;
  if (value > ceiling) {
    flags.push({
      code: 'implausibly_high',
      detail: `${dong(value)}${PERIOD_SUFFIX[w.period]} cao bất thường (ngưỡng ${dong(ceiling)}${PERIOD_SUFFIX[w.period]}); dấu hiệu "việc nhẹ lương cao"`,
    });
  }
  return flags;
}
