import { fold } from '../../kernel/fold.ts';
import { DAY_MS, fromVietnamWallClock, vietnamDay, vietnamIsoDate } from '../../kernel/time.ts';

/**
 * The day a village meeting took place, as an official types it: "hôm nay", "hôm qua", "hôm kia", "20/11",
 * "20/11/2026", "20-11-26". A date without a year is this year's, or last year's when this year's is still ahead
 * (typed on 5/1, "28/12" is last December). Not in the future, and at most MAX_MEETING_AGE_DAYS ago (Vietnam days).
 * Pure: `now` is passed. Results are ISO days.
 */
export const MAX_MEETING_AGE_DAYS = 366;

export type MeetingDayAnswer =
  | { kind: 'day'; day: string }
  | { kind: 'future'; day: string }
  | { kind: 'too_old' }
  | { kind: 'invalid' };

const DAYS_AGO: Record<string, number> = {
  'hom nay': 0,
  nay: 0,
  today: 0,
  'hom qua': 1,
  qua: 1,
  yesterday: 1,
  'hom kia': 2,
};

function realDay(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > new Date(Date.UTC(y, m, 0)).getUTCDate()) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function checked(day: string, today: string, now: Date): MeetingDayAnswer {
  if (day > today) return { kind: 'future', day };
  const oldest = vietnamIsoDate(new Date(now.getTime() - MAX_MEETING_AGE_DAYS * DAY_MS));
  return day < oldest ? { kind: 'too_old' } : { kind: 'day', day };
}

/** A day read earlier, checked again against `now` (a conversation resumed days later). */
export function checkMeetingDay(day: string, now: Date): MeetingDayAnswer {
  return checked(day, vietnamIsoDate(now), now);
}

export function parseMeetingDay(text: string, now: Date): MeetingDayAnswer {
  const today = vietnamIsoDate(now);
  const folded = fold(text.replace(/^\s*(?:ngày|ngay)\s+/iu, ''));
  const ago = DAYS_AGO[folded];
  if (ago !== undefined) return { kind: 'day', day: vietnamIsoDate(new Date(now.getTime() - ago * DAY_MS)) };
  const match = /^\s*(?:ngày|ngay)?\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*(\d{4}|\d{2}))?\s*$/iu.exec(text);
  if (!match) return { kind: 'invalid' };
  const d = Number(match[1]);
  const m = Number(match[2]);
  const typedYear = match[3];
  if (typedYear !== undefined) {
    const y = typedYear.length === 2 ? 2000 + Number(typedYear) : Number(typedYear);
    const day = realDay(y, m, d);
    return day === null ? { kind: 'invalid' } : checked(day, today, now);
  }
  const { y } = vietnamDay(now);
  const thisYear = realDay(y, m, d);
  const day = thisYear !== null && thisYear <= today ? thisYear : realDay(y - 1, m, d);
  return day === null ? { kind: 'invalid' } : checked(day, today, now);
}

/** 9:00 Vietnam time on that day: when a meeting is stored as starting. */
export function meetingStartsAt(day: string): Date {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return fromVietnamWallClock(y, m, d, 9, 0);
}
