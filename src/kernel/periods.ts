/**
 * Report periods as officials ask for them: this month, last month, this year, a year ("2026"), a month
 * ("tháng 10", "10/2026") or a range of days ("01/01/2026 - 31/03/2026"). Days are calendar days in Vietnam
 * (Asia/Ho_Chi_Minh: UTC+7 all year, no daylight saving), so a period's bounds are Vietnam midnights.
 *
 * Pure: no I/O, no clock (the caller passes `now`).
 */
import { fold } from './fold.ts';
import { type CalendarDay, fromVietnamWallClock, vietnamDay } from './time.ts';

export interface Period {
  kind: 'month' | 'year' | 'range';
  /** First day, 'YYYY-MM-DD' (Vietnam calendar). */
  from: string;
  /** Last day, inclusive. */
  to: string;
}

const MIN_YEAR = 2000;
const MAX_YEAR = 2100;

type Ymd = CalendarDay;

function iso(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function monthPeriod(y: number, m: number): Period {
  return { kind: 'month', from: iso(y, m, 1), to: iso(y, m, daysInMonth(y, m)) };
}

export function yearPeriod(y: number): Period {
  return { kind: 'year', from: iso(y, 1, 1), to: iso(y, 12, 31) };
}

export function thisMonth(now: Date): Period {
  const today = vietnamDay(now);
  return monthPeriod(today.y, today.m);
}

export function lastMonth(now: Date): Period {
  const today = vietnamDay(now);
  return today.m === 1 ? monthPeriod(today.y - 1, 12) : monthPeriod(today.y, today.m - 1);
}

export function thisYear(now: Date): Period {
  return yearPeriod(vietnamDay(now).y);
}

export function samePeriod(a: Period, b: Period): boolean {
  return a.from === b.from && a.to === b.to;
}

/** The period as instants: [start, end), both Vietnam midnights, for `created_at >= start AND created_at < end`. */
export function periodBounds(period: Period): { start: Date; end: Date } {
  const [fy, fm, fd] = period.from.split('-').map(Number) as [number, number, number];
  const [ty, tm, td] = period.to.split('-').map(Number) as [number, number, number];
  return {
    start: fromVietnamWallClock(fy, fm, fd),
    end: fromVietnamWallClock(ty, tm, td + 1),
  };
}

function realDate(y: number, m: number, d: number): Ymd | null {
  if (!Number.isInteger(y) || y < MIN_YEAR || y > MAX_YEAR) return null;
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return { y, m, d };
}

const year = (text: string): number => (text.length === 2 ? 2000 + Number(text) : Number(text));

/** dd/mm/yyyy (or dd-mm-yy, dd.mm.yyyy, yyyy-mm-dd) anywhere in the text, in order. */
const DATE = /(\d{4})-(\d{1,2})-(\d{1,2})|(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?!\d)/g;

const LINKING_WORDS = new Set(['tu', 'ngay', 'den', 'toi', 'from', 'to', 'till', 'until']);

function readRange(text: string): Period | null {
  const found = [...text.matchAll(DATE)];
  if (found.length !== 2) return null;
  // Only linking words may be left around the two dates: "từ (ngày) … đến (ngày) …", "… - …", "from … to …".
  const rest = fold(text.replace(DATE, ' '));
  if (rest !== '' && !rest.split(' ').every((word) => LINKING_WORDS.has(word))) return null;
  const dates = found.map((m) =>
    m[1] !== undefined
      ? realDate(Number(m[1]), Number(m[2]), Number(m[3]))
      : realDate(year(m[6] ?? ''), Number(m[5]), Number(m[4])),
  );
  const [a, b] = dates;
  if (!a || !b) return null;
  const first = iso(a.y, a.m, a.d);
  const second = iso(b.y, b.m, b.d);
  // Typed the wrong way round: the earlier date starts it.
  return first <= second ? { kind: 'range', from: first, to: second } : { kind: 'range', from: second, to: first };
}

/**
 * Reads a period, accents optional: "tháng này", "tháng trước" ("thang roi"), "năm nay", "năm trước" ("năm
 * ngoái"), "2026" / "năm 2026", "tháng 10" (this year, or last year when that month is still ahead), "10/2026",
 * "tháng 10/2026", "01/01/2026 - 31/03/2026" (also "từ … đến …"; reversed dates are put in order); English
 * "this month", "last month", "this year", "last year". Null when it is none of these.
 */
export function readPeriod(text: string, now: Date): Period | null {
  const raw = text.normalize('NFKC').trim();
  if (raw === '') return null;
  const range = readRange(raw);
  if (range !== null) return range;

  const today = vietnamDay(now);
  const folded = fold(raw);
  switch (folded) {
    case 'thang nay':
    case 'this month':
      return thisMonth(now);
    case 'thang truoc':
    case 'thang roi':
    case 'last month':
      return lastMonth(now);
    case 'nam nay':
    case 'this year':
      return thisYear(now);
    case 'nam truoc':
    case 'nam ngoai':
    case 'nam roi':
    case 'last year':
      return yearPeriod(today.y - 1);
    default:
      break;
  }
  const aYear = /^(?:nam |year )?(\d{4})$/.exec(folded);
  if (aYear) {
    const y = Number(aYear[1]);
    return y >= MIN_YEAR && y <= MAX_YEAR ? yearPeriod(y) : null;
  }
  // "tháng 10/2026", "10/2026", "10-2026" (the slash is folded away: read the raw text).
  const monthYear = /^(?:th[áa]ng\s+|month\s+)?(\d{1,2})\s*[/.-]\s*(\d{4})$/iu.exec(raw.normalize('NFC'));
  if (monthYear) {
    const m = Number(monthYear[1]);
    const y = Number(monthYear[2]);
    return m >= 1 && m <= 12 && y >= MIN_YEAR && y <= MAX_YEAR ? monthPeriod(y, m) : null;
  }
  const monthOnly = /^(?:thang|month) (\d{1,2})(?: nam (\d{4}))?$/.exec(folded);
  if (monthOnly) {
    const m = Number(monthOnly[1]);
    if (m < 1 || m > 12) return null;
    if (monthOnly[2] !== undefined) {
      const y = Number(monthOnly[2]);
      return y >= MIN_YEAR && y <= MAX_YEAR ? monthPeriod(y, m) : null;
    }
    return monthPeriod(m > today.m ? today.y - 1 : today.y, m);
  }
  return null;
}
