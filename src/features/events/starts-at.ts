import { fold } from '../../kernel/fold.ts';
import type { QuietHoursRule } from '../../kernel/quiet-hours.ts';
import { DAY_MS, VIETNAM_OFFSET_MS, vietnamWallClock } from '../../kernel/time.ts';
import { parseSendTime } from '../broadcast/when.ts';

/**
 * When an event starts, as an official types it: what /phatsong reads ("20/12 8:00", "8h30 mai", "25/12 2 giờ
 * chiều"), plus a weekday ("thứ Bảy 8h", "thu 7 8:00", "chủ nhật 7h30", "Saturday 8am"): the next such day, today
 * only while that hour is still ahead. Vietnam time; in the future and at most MAX_EVENT_DAYS ahead. Quiet hours
 * do not apply to an event (only to its announcement). Pure: `now` is passed.
 */
export const MAX_EVENT_DAYS = 366;

export type StartAnswer =
  | { kind: 'at'; at: Date }
  | { kind: 'past'; at: Date }
  | { kind: 'too_far' }
  | { kind: 'no_time' }
  | { kind: 'invalid' };

/** No quiet hours: an event may start at any hour. */
const ANY_HOUR: QuietHoursRule = { startHour: 0, endHour: 0 };

/** Folded weekday words → JavaScript's day (0 = Sunday). */
const WEEKDAYS: readonly [RegExp, number][] = [
  [/\b(?:chu nhat|cn|sunday)\b/, 0],
  [/\b(?:thu hai|thu 2|monday)\b/, 1],
  [/\b(?:thu ba|thu 3|tuesday)\b/, 2],
  [/\b(?:thu tu|thu 4|wednesday)\b/, 3],
  [/\b(?:thu nam|thu 5|thursday)\b/, 4],
  [/\b(?:thu sau|thu 6|friday)\b/, 5],
  [/\b(?:thu bay|thu 7|saturday)\b/, 6],
];

function dayMonthYear(at: Date): string {
  const { d, m, y } = vietnamWallClock(at);
  return `${d}/${m}/${y}`;
}

function readWeekday(folded: string): { day: number; rest: string } | null {
  for (const [pattern, day] of WEEKDAYS) {
    if (pattern.test(folded)) return { day, rest: folded.replace(pattern, ' ') };
  }
  return null;
}

function fromAnswer(answer: ReturnType<typeof parseSendTime>, now: Date): StartAnswer {
  switch (answer.kind) {
    case 'at':
      return answer;
    case 'too_far':
      return answer.at.getTime() - now.getTime() <= MAX_EVENT_DAYS * DAY_MS
        ? { kind: 'at', at: answer.at }
        : { kind: 'too_far' };
    case 'past':
      return answer;
    case 'quiet':
      return { kind: 'at', at: answer.at };
    case 'no_time':
      return answer;
    case 'now':
    case 'invalid':
      return { kind: 'invalid' };
  }
}

export function parseEventStart(text: string, now: Date): StartAnswer {
  const folded = fold(text);
  const weekday = readWeekday(folded);
  if (weekday === null) return fromAnswer(parseSendTime(text, now, ANY_HOUR), now);
  const today = new Date(now.getTime() + VIETNAM_OFFSET_MS).getUTCDay();
  const ahead = (weekday.day - today + 7) % 7;
  for (const offset of [ahead, ahead + 7]) {
    const day = new Date(now.getTime() + offset * DAY_MS);
    const answer = fromAnswer(parseSendTime(`${weekday.rest} ${dayMonthYear(day)}`, now, ANY_HOUR), now);
    if (answer.kind !== 'past') return answer;
  }
  return { kind: 'invalid' };
}
