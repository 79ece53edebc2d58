import { parseDeadline } from '../deadline.ts';
import { vietnamIsoDate } from '../time.ts';

/**
 * The day a course starts, as typed: "15/1", "15/01/2027", "2027-01-15", "ngày 15 tháng 1" (the deadline's
 * reader, src/kernel/deadline.ts: a day without a year is the next such day). It must lie after today (Vietnam
 * time) and at most a year ahead. Pure: `now` is passed.
 */
export type StartAnswer =
  | { kind: 'date'; date: string }
  | { kind: 'past'; date: string }
  | { kind: 'too_far'; date: string }
  | { kind: 'invalid' };

export function parseCourseStart(text: string, now: Date): StartAnswer {
  const answer = parseDeadline(text, now);
  if (answer.kind === 'date' && answer.date <= vietnamIsoDate(now)) return { kind: 'past', date: answer.date };
  return answer;
}
