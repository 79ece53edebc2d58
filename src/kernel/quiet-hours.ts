import { DAY_MS, HOUR_MS, vietnamDayStart } from './time.ts';

/**
 * When a message may go out: quiet hours (QUIET_HOURS), on Vietnam time (src/kernel/time.ts). Quiet hours run from
 * `startHour`:00 up to (not including) `endHour`:00, Vietnam time; they wrap past midnight when endHour < startHour
 * (21-7); startHour = endHour means none ("off").
 *
 * Pure: no I/O, no clock (the caller passes the time).
 */
export interface QuietHoursRule {
  /** Hour (0-23, Vietnam time) at which quiet time starts. */
  startHour: number;
  /** Hour at which it ends; may be lower than startHour (wraps past midnight). */
  endHour: number;
}

/** QUIET_HOURS when it is not set: 21:00 to 07:00. */
export const DEFAULT_QUIET_HOURS: QuietHoursRule = { startHour: 21, endHour: 7 };

/** Whether `at` falls inside quiet hours. */
export function isQuietTime(at: Date, quiet: QuietHoursRule): boolean {
  const { startHour, endHour } = quiet;
  if (startHour === endHour) return false;
  const sinceMidnight = at.getTime() - vietnamDayStart(at).getTime();
  const start = startHour * HOUR_MS;
  const end = endHour * HOUR_MS;
  return startHour < endHour
    ? sinceMidnight >= start && sinceMidnight < end
    : sinceMidnight >= start || sinceMidnight < end;
}

/** When the quiet hours that contain `at` end; null when `at` is outside quiet hours. */
export function quietHoursEnd(at: Date, quiet: QuietHoursRule): Date | null {
  if (!isQuietTime(at, quiet)) return null;
  const midnight = vietnamDayStart(at).getTime();
  const endToday = midnight + quiet.endHour * HOUR_MS;
  // Quiet since startHour this evening (wrapping rule): it ends tomorrow at endHour.
  return new Date(at.getTime() < endToday ? endToday : endToday + DAY_MS);
}

/** The first moment at or after `at` outside quiet hours: `at` itself, or the end of the quiet hours it falls in. */
export function nextSendableTime(at: Date, quiet: QuietHoursRule): Date {
  return quietHoursEnd(at, quiet) ?? at;
}
