import { fold } from '../../kernel/fold.ts';
import { isQuietTime, nextSendableTime, quietHoursEnd, type QuietHoursRule } from '../../kernel/quiet-hours.ts';
import { DAY_MS, fromVietnamWallClock, vietnamDaysBetween, vietnamWallClock } from '../../kernel/time.ts';

/**
 * When a broadcast starts, as an official types it: "ngay" (now), "8:00" (today, or tomorrow once 8:00 has
 * passed), "8h30 mai", "mai 7:30", "3 giờ chiều", "25/12 7:30", "7:30 ngày 25/12/2026", "tomorrow 8am".
 *
 * Times are wall-clock times in Vietnam (src/kernel/time.ts). A time must be in the future, at most
 * MAX_SCHEDULE_DAYS ahead, and outside the configured quiet hours (QUIET_HOURS, passed in), where the answer
 * suggests the moment they end.
 * Words the parser does not know ("thứ hai") make the answer unreadable rather than silently ignored.
 * Pure: no clock (`now` is passed).
 */
export const MAX_SCHEDULE_DAYS = 30;

export type SendTimeAnswer =
  | { kind: 'now' }
  | { kind: 'at'; at: Date }
  | { kind: 'past'; at: Date }
  | { kind: 'too_far'; at: Date }
  /** Inside the quiet hours; `suggestion` is the 07:00 that ends them. */
  | { kind: 'quiet'; at: Date; suggestion: Date }
  /** A date without an hour ("25/12"). */
  | { kind: 'no_time' }
  | { kind: 'invalid' };

/** When "send now" really starts: now, or when the quiet hours it falls in end. */
export function startOfSending(now: Date, quiet: QuietHoursRule): Date {
  return nextSendableTime(now, quiet);
}

/**
 * The next 07:30 (Vietnam) after `now`, or the end of the quiet hours it falls in: the "morning" offered as a choice.
 */
export function nextMorning(now: Date, quiet: QuietHoursRule): Date {
  const local = vietnamWallClock(now);
  const today = fromVietnamWallClock(local.y, local.m, local.d, 7, 30);
  return nextSendableTime(today.getTime() > now.getTime() ? today : new Date(today.getTime() + DAY_MS), quiet);
}

/** The checks every chosen time goes through (typed, or a suggested choice pressed later). */
export function checkSendTime(at: Date, now: Date, quiet: QuietHoursRule): SendTimeAnswer {
  if (at.getTime() <= now.getTime()) return { kind: 'past', at };
  if (at.getTime() - now.getTime() > MAX_SCHEDULE_DAYS * DAY_MS) return { kind: 'too_far', at };
  if (isQuietTime(at, quiet)) return { kind: 'quiet', at, suggestion: quietHoursEnd(at, quiet) ?? at };
  return { kind: 'at', at };
}

const NOW_WORDS = new Set([
  'ngay',
  'gui ngay',
  'ngay bay gio',
  'bay gio',
  'luon',
  'gui luon',
  'ngay lap tuc',
  'now',
  'send now',
  'right now',
]);
const TOMORROW = /\b(?:ngay mai|mai|tomorrow)\b/;
const TODAY = /\b(?:hom nay|nay|today)\b/;
const DAY_AFTER = /\b(?:ngay kia|ngay mot|kia)\b/;
const everywhere = (pattern: RegExp): RegExp => new RegExp(pattern.source, 'g');
/** Words that may sit around a time without changing it. */
const FILLER = /\b(?:luc|vao|ngay|gio|phut|gui|hen|bat dau|khoang|at|on|the|send|start)\b/g;

type Period = 'morning' | 'noon' | 'afternoon' | 'night' | 'am' | 'pm' | null;

function readPeriod(folded: string): { period: Period; rest: string } {
  const words: [RegExp, Period][] = [
    [/\b(?:sang)\b/, 'morning'],
    [/\b(?:trua)\b/, 'noon'],
    [/\b(?:chieu)\b/, 'afternoon'],
    [/\b(?:toi|dem)\b/, 'night'],
    [/\bam\b/, 'am'],
    [/\bpm\b/, 'pm'],
  ];
  for (const [pattern, period] of words) {
    if (pattern.test(folded)) return { period, rest: folded.replace(pattern, ' ') };
  }
  return { period: null, rest: folded };
}

function withPeriod(h: number, period: Period): number | null {
  if (h > 23) return null;
  switch (period) {
    case 'morning':
    case 'am':
      if (h > 12) return null;
      return h === 12 ? 0 : h;
    case 'noon':
      return h <= 2 ? h + 12 : h;
    case 'afternoon':
    case 'night':
    case 'pm':
      return h < 12 ? h + 12 : h;
    case null:
      return h;
  }
}

export function parseSendTime(text: string, now: Date, quiet: QuietHoursRule): SendTimeAnswer {
  const raw = text.normalize('NFKC').trim().toLowerCase();
  if (raw === '' || raw.length > 60) return { kind: 'invalid' };
  if (NOW_WORDS.has(fold(raw))) return { kind: 'now' };

  // The date first, on the raw text ("25/12", "25-12-2026"), since folding erases the separators.
  let date: { d: number; m: number; y: number | null } | null = null;
  const dateMatch = /(\d{1,2})\s*[/-]\s*(\d{1,2})(?:\s*[/-]\s*(\d{4}|\d{2}))?/.exec(raw);
  let rest = raw;
  if (dateMatch) {
    const year = dateMatch[3];
    date = {
      d: Number(dateMatch[1]),
      m: Number(dateMatch[2]),
      y: year === undefined ? null : year.length === 2 ? 2000 + Number(year) : Number(year),
    };
    rest = raw.replace(dateMatch[0], ' ');
  }
  let folded = fold(rest);
  let day: 'today' | 'tomorrow' | 'after' | null = null;
  if (TOMORROW.test(folded)) day = 'tomorrow';
  else if (DAY_AFTER.test(folded)) day = 'after';
  else if (TODAY.test(folded)) day = 'today';
  folded = folded
    .replace(everywhere(TOMORROW), ' ')
    .replace(everywhere(DAY_AFTER), ' ')
    .replace(everywhere(TODAY), ' ');
  const { period, rest: withoutPeriod } = readPeriod(folded);
  folded = withoutPeriod;

  // "8h30", "8 gio 30", "8g", "8 00" (from "8:00" or "8.00"), "8am".
  const time =
    /(?:^|\s)(\d{1,2})\s*(?:h|g|gio)\s*(\d{1,2})?(?=\s|$|p\b|phut\b)|(?:^|\s)(\d{1,2}) (\d{2})(?=\s|$)|(?:^|\s)(\d{1,2})(?:am|pm)(?=\s|$)/.exec(
      folded,
    );
  if (time === null) {
    const bareHour = period !== null ? /(?:^|\s)(\d{1,2})(?=\s|$)/.exec(folded) : null;
    if (bareHour === null) return date !== null || day !== null ? { kind: 'no_time' } : { kind: 'invalid' };
    return finish(Number(bareHour[1]), 0, period, date, day, folded.replace(bareHour[0], ' '), now, quiet);
  }
  const ampm = time[5] !== undefined ? (/pm/.test(time[0]) ? 'pm' : 'am') : null;
  const hour = Number(time[1] ?? time[3] ?? time[5]);
  const minute = Number(time[2] ?? time[4] ?? 0);
  return finish(hour, minute, ampm ?? period, date, day, folded.replace(time[0], ' '), now, quiet);
}

function finish(
  hour: number,
  minute: number,
  period: Period,
  date: { d: number; m: number; y: number | null } | null,
  day: 'today' | 'tomorrow' | 'after' | null,
  leftover: string,
  now: Date,
  quiet: QuietHoursRule,
): SendTimeAnswer {
  if (leftover.replace(FILLER, ' ').trim() !== '') return { kind: 'invalid' };
  const h = withPeriod(hour, period);
  if (h === null || minute > 59) return { kind: 'invalid' };
  const today = vietnamWallClock(now);

  let at: Date;
  if (date !== null) {
    const year = date.y ?? today.y;
    const candidate = realDate(year, date.m, date.d) ? fromVietnamWallClock(year, date.m, date.d, h, minute) : null;
    if (candidate === null) return { kind: 'invalid' };
    // Without a year, a day already gone this year means next year.
    at =
      date.y === null && vietnamDaysBetween(now, candidate) < 0 && realDate(year + 1, date.m, date.d)
        ? fromVietnamWallClock(year + 1, date.m, date.d, h, minute)
        : candidate;
  } else {
    const todayAt = fromVietnamWallClock(today.y, today.m, today.d, h, minute);
    const offset =
      day === 'tomorrow' ? 1 : day === 'after' ? 2 : day === 'today' ? 0 : todayAt.getTime() > now.getTime() ? 0 : 1;
    at = new Date(todayAt.getTime() + offset * DAY_MS);
  }
  return checkSendTime(at, now, quiet);
}

function realDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** "07:30", "21:05". */
export function clock(at: Date): string {
  const { h, min } = vietnamWallClock(at);
  return `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
}

/** "25/11". */
export function dayMonth(at: Date): string {
  const { d, m } = vietnamWallClock(at);
  return `${String(d).padStart(2, '0')}/${String(m).padStart(2, '0')}`;
}
