/**
 * The last day to apply for a vacancy, as an employer types it: "31/12", "31/12/2026", "31-12-26", "cuối tháng",
 * "30 ngày nữa", "2 tuần", "ngày mai"…
 *
 * Dates are calendar days in Vietnam (Asia/Ho_Chi_Minh: UTC+7 all year, no daylight saving), so "today" is
 * `now` + 7 h read as UTC — no Intl needed. Results are ISO dates "YYYY-MM-DD".
 *
 * Pure: no I/O, no clock (the caller passes `now`).
 */
import { fold } from './fold.ts';
import { type CalendarDay, DAY_MS, vietnamDay } from './time.ts';

export type DeadlineAnswer =
  | { kind: 'date'; date: string }
  /** A real date before today (Vietnam time). */
  | { kind: 'past'; date: string }
  /** A real date more than MAX_DEADLINE_DAYS after today. */
  | { kind: 'too_far'; date: string }
  /** Not a date we read (or not a real one, like 31/02); also "không có hạn": the flow asks again. */
  | { kind: 'invalid' };

/** A deadline may be at most this many days after today. */
export const MAX_DEADLINE_DAYS = 365;

/** Vietnam's offset from UTC (no daylight saving). */
type Ymd = CalendarDay;

/**
 * Reads a deadline. Accepted forms:
 * - `dd/mm/yyyy`, `dd-mm-yyyy`, `dd.mm.yyyy`, two-digit years (`dd/mm/26` = 2026), `yyyy-mm-dd`,
 *   "ngày 31 tháng 12 (năm 2026)"; optionally led by "ngày", "đến (hết) ngày", "hạn (chót/nộp)", "hết ngày";
 * - `dd/mm` without a year: this year, or next year when that day has already passed this year
 *   (typed on 15/12, "10/1" means 10 January next year); 29/02 without a year in a year without it is invalid;
 * - "hôm nay", "ngày mai" / "mai", "ngày kia" / "ngày mốt";
 * - "cuối tháng" (last day of this month; typed on that last day, it is today), "cuối tháng sau" / "cuối tháng tới"
 *   (last day of next month), "cuối năm" (31/12 this year);
 * - "30 ngày", "30 ngày nữa", "trong 2 tuần", "1 tháng", "sau 10 ngày", "nửa tháng" (15 days), with the number in
 *   figures or words ("một tháng", "hai tuần"), counted from today; a month later is the same day number, or the
 *   month's last day when it has none (31/01 + 1 tháng = 28/02 or 29/02).
 * A date that does not exist (31/02, 29/02/2027, 00/05) is invalid; before today → past; more than
 * MAX_DEADLINE_DAYS after today → too_far (date still given so the flow can quote it).
 */
export function parseDeadline(text: string, now: Date): DeadlineAnswer {
  const today = vietnamDay(now);
  const date = readDate(text, today);
  if (date === null) return { kind: 'invalid' };
  const days = dayNumber(date) - dayNumber(today);
  if (days < 0) return { kind: 'past', date: iso(date) };
  if (days > MAX_DEADLINE_DAYS) return { kind: 'too_far', date: iso(date) };
  return { kind: 'date', date: iso(date) };
}

/** "2026-12-31" → "31/12/2026"; anything that is not an ISO date comes back as it is. */
export function formatDeadlineVi(date: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (m === null) return date;
  return `${m[3]}/${m[2]}/${m[1]}`;
}

// ---------------------------------------------------------------------------------------------------------------

/** Words that may lead a date: "ngày", "đến ngày", "đến hết ngày", "hạn chót", "hạn nộp hồ sơ", "hết ngày". */
const LEAD = /^(?:(?:han(?: chot| nop(?: ho so)?| cuoi)?|den(?: het)?|het|nhan ho so den(?: het)?)(?: ngay)? |ngay )/;

/** Number words for relative deadlines ("một tháng", "hai tuần"). */
const NUMBER_WORDS: Readonly<Record<string, number>> = {
  mot: 1,
  hai: 2,
  ba: 3,
  bon: 4,
  tu: 4,
  nam: 5,
  sau: 6,
  bay: 7,
  tam: 8,
  chin: 9,
  muoi: 10,
};

function readDate(text: string, today: Ymd): Ymd | null {
  const raw = withoutTrailingDots(text.normalize('NFKC').trim()).trim();
  if (raw === '') return null;

  // Figures with separators, read on the raw text (folding would erase "/", "-" and ".").
  const rawLead = raw.replace(/^\D+(?=\d)/, (prefix) => (`${fold(prefix)} `.replace(LEAD, '') === '' ? '' : prefix));
  const isoDate = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(rawLead);
  if (isoDate !== null) return realDate(Number(isoDate[1]), Number(isoDate[2]), Number(isoDate[3]));
  const dmy = /^(\d{1,2})\s*([/.-])\s*(\d{1,2})(?:\s*\2\s*(\d{4}|\d{2}))?$/.exec(rawLead);
  if (dmy !== null) return dayMonthYear(Number(dmy[1]), Number(dmy[3]), dmy[4], today);

  const t = `${fold(raw)} `.replace(LEAD, '').trim();
  const words = /^(\d{1,2}) thang (\d{1,2})(?: nam (\d{4}|\d{2}))?$/.exec(t);
  if (words !== null) return dayMonthYear(Number(words[1]), Number(words[2]), words[3], today);

  switch (t) {
    case 'hom nay':
    case 'nay':
      return today;
    case 'mai':
    case 'ngay mai':
      return addDays(today, 1);
    case 'kia':
    case 'ngay kia':
    case 'mot':
    case 'ngay mot':
      return addDays(today, 2);
    case 'cuoi thang':
    case 'cuoi thang nay':
      return { y: today.y, m: today.m, d: daysInMonth(today.y, today.m) };
    case 'cuoi thang sau':
    case 'cuoi thang toi': {
      const next = addMonths({ ...today, d: 1 }, 1);
      return { ...next, d: daysInMonth(next.y, next.m) };
    }
    case 'cuoi nam':
    case 'cuoi nam nay':
      return { y: today.y, m: 12, d: 31 };
    default:
      break;
  }

  const relative =
    /^(?:(?:trong|sau|khoang|con) )?(\d{1,4}|[a-z]+|nua) (ngay|tuan|thang)(?: (?:nua|toi|sau|ke tu hom nay|tinh tu hom nay))?$/.exec(
      t,
    );
  if (relative !== null) {
    const [, count, unit] = relative;
    if (count === 'nua') return unit === 'thang' ? addDays(today, 15) : null;
    const n = count !== undefined && /^\d+$/.test(count) ? Number(count) : NUMBER_WORDS[count ?? ''];
    if (n === undefined) return null;
    if (unit === 'ngay') return addDays(today, n);
    if (unit === 'tuan') return addDays(today, 7 * n);
    return addMonths(today, n);
  }
  return null;
}

/** "31/12." → "31/12"; a loop, since /[.。]+$/ would rescan a long run of dots from each of its positions. */
function withoutTrailingDots(text: string): string {
  let end = text.length;
  while (end > 0 && (text[end - 1] === '.' || text[end - 1] === '。')) end -= 1;
  return text.slice(0, end);
}

/** dd/mm[/yy|yyyy]: a two-digit year is 20yy; no year = this year, or next year once the day has passed. */
function dayMonthYear(d: number, m: number, year: string | undefined, today: Ymd): Ymd | null {
  if (year !== undefined) return realDate(year.length === 2 ? 2000 + Number(year) : Number(year), m, d);
  const thisYear = realDate(today.y, m, d);
  if (thisYear !== null && dayNumber(thisYear) >= dayNumber(today)) return thisYear;
  if (thisYear === null && !(m === 2 && d === 29)) return null;
  return realDate(today.y + 1, m, d);
}

function realDate(y: number, m: number, d: number): Ymd | null {
  if (!Number.isInteger(y) || y < 1900 || y > 9999) return null;
  if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return { y, m, d };
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function dayNumber(date: Ymd): number {
  return Math.floor(Date.UTC(date.y, date.m - 1, date.d) / DAY_MS);
}

function addDays(date: Ymd, n: number): Ymd {
  const v = new Date(Date.UTC(date.y, date.m - 1, date.d) + n * DAY_MS);
  return { y: v.getUTCFullYear(), m: v.getUTCMonth() + 1, d: v.getUTCDate() };
}

/** Same day number n months later, or that month's last day when it is shorter. */
function addMonths(date: Ymd, n: number): Ymd {
  const index = date.y * 12 + (date.m - 1) + n;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return { y, m, d: Math.min(date.d, daysInMonth(y, m)) };
}

function iso(date: Ymd): string {
  return `${String(date.y).padStart(4, '0')}-${String(date.m).padStart(2, '0')}-${String(date.d).padStart(2, '0')}`;
}
