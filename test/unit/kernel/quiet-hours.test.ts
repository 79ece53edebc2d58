import { describe, expect, it } from 'vitest';
import { isQuietTime, nextSendableTime, quietHoursEnd } from '../../../src/kernel/quiet-hours.ts';
import { vietnamDayEnd, vietnamDayStart } from '../../../src/kernel/time.ts';

/** A Vietnam wall-clock time ("2026-11-20 21:00") as an instant. */
const vn = (local: string): Date => new Date(`${local.replace(' ', 'T')}:00+07:00`);

const DEFAULT = { startHour: 21, endHour: 7 };

describe('vietnamDayStart / vietnamDayEnd', () => {
  it.each([
    ['2026-11-20 00:00', '2026-11-20 00:00'],
    ['2026-11-20 06:59', '2026-11-20 00:00'],
    ['2026-11-20 07:00', '2026-11-20 00:00'], // 00:00 UTC: still the Vietnam day that began 7 h earlier
    ['2026-11-20 23:59', '2026-11-20 00:00'],
    ['2026-12-31 23:30', '2026-12-31 00:00'],
    ['2027-01-01 00:30', '2027-01-01 00:00'],
    ['2028-02-29 12:00', '2028-02-29 00:00'],
  ])('%s → day starts %s', (at, start) => {
    expect(vietnamDayStart(vn(at))).toEqual(vn(start));
    expect(vietnamDayEnd(vn(at)).getTime() - vn(start).getTime()).toBe(24 * 3600 * 1000);
  });

  it('works on instants given in UTC', () => {
    // 2026-11-19T17:00Z is 2026-11-20 00:00 in Vietnam; one millisecond earlier is still the 19th.
    expect(vietnamDayStart(new Date('2026-11-19T17:00:00Z')).toISOString()).toBe('2026-11-19T17:00:00.000Z');
    expect(vietnamDayStart(new Date('2026-11-19T16:59:59.999Z')).toISOString()).toBe('2026-11-18T17:00:00.000Z');
  });
});

describe('quiet hours (Vietnam time)', () => {
  it.each([
    // [rule, at, quiet?, ends at]
    [DEFAULT, '2026-11-20 20:59', false, null],
    [DEFAULT, '2026-11-20 21:00', true, '2026-11-21 07:00'],
    [DEFAULT, '2026-11-20 23:59', true, '2026-11-21 07:00'],
    [DEFAULT, '2026-11-21 00:00', true, '2026-11-21 07:00'],
    [DEFAULT, '2026-11-21 03:15', true, '2026-11-21 07:00'],
    [DEFAULT, '2026-11-21 06:59', true, '2026-11-21 07:00'],
    [DEFAULT, '2026-11-21 07:00', false, null],
    [DEFAULT, '2026-11-21 12:00', false, null],
    [DEFAULT, '2026-12-31 22:00', true, '2027-01-01 07:00'], // across the new year
    [DEFAULT, '2028-02-28 22:00', true, '2028-02-29 07:00'], // into a leap day
    [{ startHour: 22, endHour: 6 }, '2026-11-20 21:30', false, null],
    [{ startHour: 22, endHour: 6 }, '2026-11-20 22:00', true, '2026-11-21 06:00'],
    [{ startHour: 0, endHour: 6 }, '2026-11-20 23:00', false, null], // not wrapping
    [{ startHour: 0, endHour: 6 }, '2026-11-20 00:00', true, '2026-11-20 06:00'],
    [{ startHour: 0, endHour: 6 }, '2026-11-20 05:59', true, '2026-11-20 06:00'],
    [{ startHour: 13, endHour: 14 }, '2026-11-20 13:30', true, '2026-11-20 14:00'],
    [{ startHour: 13, endHour: 14 }, '2026-11-20 14:00', false, null],
    [{ startHour: 0, endHour: 0 }, '2026-11-20 03:00', false, null], // "off"
    [{ startHour: 21, endHour: 21 }, '2026-11-20 21:30', false, null],
  ])('%j at %s: quiet %s, ends %s', (rule, at, quiet, end) => {
    expect(isQuietTime(vn(at), rule)).toBe(quiet);
    expect(quietHoursEnd(vn(at), rule)).toEqual(end === null ? null : vn(end));
    expect(nextSendableTime(vn(at), rule)).toEqual(end === null ? vn(at) : vn(end));
  });

  it('keeps seconds when outside quiet hours', () => {
    const at = new Date('2026-11-20T05:43:21.123Z'); // 12:43 in Vietnam
    expect(nextSendableTime(at, DEFAULT)).toBe(at);
  });
});
