/**
 * Vietnam time, defined once. Vietnam (Asia/Ho_Chi_Minh) is UTC+7 all year, with no daylight saving, so a Vietnam
 * wall-clock time is the instant plus 7 hours read as UTC — no Intl and no time-zone database needed. Dates people
 * mean ("hôm nay", a deadline, a report's period) are Vietnam calendar days. Pure: callers pass the instant.
 */
export const HOUR_MS = 60 * 60 * 1000;
export const DAY_MS = 24 * HOUR_MS;
export const VIETNAM_OFFSET_MS = 7 * HOUR_MS;

/** A calendar day: year, month 1–12, day 1–31. */
export interface CalendarDay {
  y: number;
  m: number;
  d: number;
}

/** A Vietnam wall-clock reading: the calendar day, hour 0–23 and minute. */
export interface WallClock extends CalendarDay {
  h: number;
  min: number;
}

/** The wall clock in Vietnam at `at`. */
export function vietnamWallClock(at: Date): WallClock {
  const v = new Date(at.getTime() + VIETNAM_OFFSET_MS);
  return {
    y: v.getUTCFullYear(),
    m: v.getUTCMonth() + 1,
    d: v.getUTCDate(),
    h: v.getUTCHours(),
    min: v.getUTCMinutes(),
  };
}

/** The instant a Vietnam wall clock shows this day and time (month 1–12; days and hours may overflow, as Date.UTC). */
export function fromVietnamWallClock(y: number, m: number, d: number, h = 0, min = 0): Date {
  return new Date(Date.UTC(y, m - 1, d, h, min) - VIETNAM_OFFSET_MS);
}

/** The Vietnam calendar day of `at`. */
export function vietnamDay(at: Date): CalendarDay {
  const { y, m, d } = vietnamWallClock(at);
  return { y, m, d };
}

/** The hour (0–23) on a Vietnam wall clock at `at`. */
export function vietnamHour(at: Date): number {
  return vietnamWallClock(at).h;
}

/** 00:00 Vietnam time of the Vietnam day that contains `at`. */
export function vietnamDayStart(at: Date): Date {
  const local = at.getTime() + VIETNAM_OFFSET_MS;
  return new Date(Math.floor(local / DAY_MS) * DAY_MS - VIETNAM_OFFSET_MS);
}

/** 00:00 Vietnam time of the day after the Vietnam day that contains `at`. */
export function vietnamDayEnd(at: Date): Date {
  return new Date(vietnamDayStart(at).getTime() + DAY_MS);
}

/** Days between the Vietnam calendar days of `a` and `b` (b − a). */
export function vietnamDaysBetween(a: Date, b: Date): number {
  const day = (x: Date): number => Math.floor((x.getTime() + VIETNAM_OFFSET_MS) / DAY_MS);
  return day(b) - day(a);
}

/** 'YYYY-MM-DD' as a calendar day; throws RangeError for anything else. */
export function parseIsoDay(isoDate: string): CalendarDay {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (match === null) throw new RangeError(`not an ISO date: ${isoDate}`);
  return { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]) };
}

/** 00:00 Vietnam time at the start of an ISO calendar day ('YYYY-MM-DD'). */
export function startOfIsoDay(isoDate: string): Date {
  const { y, m, d } = parseIsoDay(isoDate);
  return fromVietnamWallClock(y, m, d);
}

/** The Vietnam calendar day of `at` as YYYY-MM-DD. */
export function vietnamIsoDate(at: Date): string {
  const { y, m, d } = vietnamDay(at);
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}
