import { HOUR_MS, vietnamIsoDate } from '../../kernel/time.ts';
import { nextSendableTime, type QuietHoursRule } from '../../kernel/quiet-hours.ts';

/**
 * The timing rules of the scheduled jobs (src/messaging/workers/schedule.ts), on Vietnam wall-clock hours
 * (Asia/Ho_Chi_Minh, UTC+7 all year). Pure: the caller passes the time and the quiet hours (QUIET_HOURS).
 *
 * - A daily-digest subscriber gets their digest at their hour; an hour inside the quiet hours (possible when
 *   QUIET_HOURS is set wider than the hours registration offers) moves to the hour the quiet time ends.
 * - An instant subscriber whose alerts went over the daily cap gets the rest in a digest at HELD_DIGEST_HOUR
 *   (18:00), or, when that is quiet, at the last hour before the quiet time starts.
 * - Nothing a schedule writes is due inside the quiet hours: `dueAt` moves it to their end.
 */
export const HELD_DIGEST_HOUR = 18;
/** The hour of the "did you get the job?" question. */
export const FOLLOWUP_HOUR = 9;
/** Days after "Quan tâm" before the question is asked. */
export const FOLLOWUP_AFTER_DAYS = 7;
/** A digest job that runs late also covers the hours it missed, at most this many. */
export const MAX_CATCH_UP_HOURS = 6;

/** The Vietnam date of `at` as the number yyyymmdd: a digest's ref_id (one digest per person per day). */
export function digestRef(at: Date): number {
  return Number(vietnamIsoDate(at).replaceAll('-', ''));
}

/** Whether the whole hour `hour`:00–`hour`:59 is quiet (quiet hours start and end on the hour). */
export function isQuietHour(hour: number, quiet: QuietHoursRule): boolean {
  const { startHour, endHour } = quiet;
  if (startHour === endHour) return false;
  return startHour < endHour ? hour >= startHour && hour < endHour : hour >= startHour || hour < endHour;
}

/** The hour a daily digest chosen for `hour` goes out: that hour, or the end of the quiet hours it is in. */
export function effectiveDigestHour(hour: number, quiet: QuietHoursRule): number {
  return isQuietHour(hour, quiet) ? quiet.endHour : hour;
}

/** The hour of the held-alert digest for instant subscribers: 18:00, or the last hour before quiet time. */
export function heldDigestHour(quiet: QuietHoursRule): number {
  return isQuietHour(HELD_DIGEST_HOUR, quiet) ? (quiet.startHour + 23) % 24 : HELD_DIGEST_HOUR;
}

/** The stored digest hours whose digest is due in the hour `hour` (none when `hour` is quiet). */
export function digestHoursDueAt(hour: number, quiet: QuietHoursRule): number[] {
  if (isQuietHour(hour, quiet)) return [];
  return Array.from({ length: 24 }, (_, h) => h).filter((h) => effectiveDigestHour(h, quiet) === hour);
}

/** When something written now may be sent: now, or the end of the quiet hours now is in. */
export function dueAt(now: Date, quiet: QuietHoursRule): Date {
  return nextSendableTime(now, quiet);
}

/** The start of the hour that contains `at` (Vietnam's offset is whole hours, so UTC hours will do). */
export function hourStart(at: Date): Date {
  return new Date(Math.floor(at.getTime() / HOUR_MS) * HOUR_MS);
}

/**
 * The hour slots a digest run covers: from the slot it was scheduled for to the hour it runs in (a late job, after
 * a worker outage, covers the hours whose jobs BullMQ skipped), at most MAX_CATCH_UP_HOURS; just now's hour when
 * it was not scheduled (a run by hand, a test).
 */
export function digestSlots(now: Date, scheduledFor?: Date | null): Date[] {
  const last = hourStart(now).getTime();
  const scheduled = scheduledFor ? hourStart(scheduledFor).getTime() : last;
  const first = Math.max(Math.min(scheduled, last), last - (MAX_CATCH_UP_HOURS - 1) * HOUR_MS);
  const slots: Date[] = [];
  for (let at = first; at <= last; at += HOUR_MS) slots.push(new Date(at));
  return slots;
}
