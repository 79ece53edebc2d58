/** The pay period: right after the figure ("/tháng", "1 công") or named anywhere ("lương theo giờ", "công nhật"). */
import type { WagePeriod } from './types.ts';

/** A period we model, or one we recognise but do not model (week, year). */
export type FoundPeriod = WagePeriod | 'unsupported';

const PERIOD_WORDS: Record<string, FoundPeriod> = {
  thang: 'month',
  th: 'month',
  t: 'month',
  month: 'month',
  mo: 'month',
  ngay: 'day',
  ng: 'day',
  cong: 'day',
  day: 'day',
  gio: 'hour',
  h: 'hour',
  tieng: 'hour',
  hour: 'hour',
  hr: 'hour',
  ca: 'shift',
  shift: 'shift',
  'san pham': 'piece',
  sp: 'piece',
  khoan: 'piece',
  tuan: 'unsupported',
  nam: 'unsupported',
  week: 'unsupported',
  year: 'unsupported',
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

/** The period written right after the figure that ends at `end`, if any. */
export function periodAfter(text: string, end: number): FoundPeriod | null {
  const m = ADJACENT_PERIOD.exec(text.slice(end, end + 24));
  if (m === null) return null;
  const word = m.groups?.['p'] ?? m.groups?.['c'];
  return word === undefined ? null : (PERIOD_WORDS[word] ?? null);
}

/** The first period named anywhere in the post (`folded` = fold(raw)). */
export function periodFromMarkers(folded: string, raw: string): FoundPeriod | null {
  let best: { at: number; period: FoundPeriod } | null = null;
  for (const [re, period] of PERIOD_MARKERS) {
    const m = re.exec(folded);
    if (m !== null && (best === null || m.index < best.at)) best = { at: m.index, period };
  }
  // "khoán" with its accent is piece rate; folded "khoan" alone could be "khoản" (an item).
  if (best === null && raw.normalize('NFC').toLowerCase().includes('khoán')) return 'piece';
  return best?.period ?? null;
}
