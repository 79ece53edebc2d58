import { describe, expect, it } from 'vitest';
import {
  fromVietnamWallClock,
  parseIsoDay,
  startOfIsoDay,
  vietnamDayEnd,
  vietnamDaysBetween,
  vietnamDayStart,
  vietnamHour,
  vietnamIsoDate,
  vietnamWallClock,
} from '../../../src/kernel/time.ts';

describe('Vietnam time (UTC+7 all year)', () => {
  it.each([
    ['2026-03-01T16:59:59Z', { y: 2026, m: 3, d: 1, h: 23, min: 59 }],
    ['2026-03-01T17:00:00Z', { y: 2026, m: 3, d: 2, h: 0, min: 0 }],
    ['2026-12-31T17:30:00Z', { y: 2027, m: 1, d: 1, h: 0, min: 30 }],
    ['2028-02-28T20:00:00Z', { y: 2028, m: 2, d: 29, h: 3, min: 0 }],
  ])('%s reads %j on a Vietnam clock', (iso, clock) => {
    expect(vietnamWallClock(new Date(iso))).toEqual(clock);
    expect(fromVietnamWallClock(clock.y, clock.m, clock.d, clock.h, clock.min).getTime()).toBe(
      Math.floor(new Date(iso).getTime() / 60_000) * 60_000,
    );
    expect(vietnamHour(new Date(iso))).toBe(clock.h);
  });

  it('a Vietnam day runs from 17:00 UTC the evening before', () => {
    const at = new Date('2026-03-01T16:59:59Z'); // 23:59:59 on 1 March in Vietnam
    expect(vietnamDayStart(at).toISOString()).toBe('2026-02-28T17:00:00.000Z');
    expect(vietnamDayEnd(at).toISOString()).toBe('2026-03-01T17:00:00.000Z');
    expect(vietnamIsoDate(at)).toBe('2026-03-01');
    expect(vietnamIsoDate(new Date('2026-03-01T17:00:00Z'))).toBe('2026-03-02');
  });

  it('counts calendar days in Vietnam, not 24-hour spans', () => {
    expect(vietnamDaysBetween(new Date('2026-03-01T16:00:00Z'), new Date('2026-03-01T18:00:00Z'))).toBe(1);
    expect(vietnamDaysBetween(new Date('2026-03-01T18:00:00Z'), new Date('2026-03-02T16:00:00Z'))).toBe(0);
    expect(vietnamDaysBetween(new Date('2026-03-05T00:00:00Z'), new Date('2026-03-01T00:00:00Z'))).toBe(-4);
  });

  it('an ISO calendar day starts at midnight in Vietnam; anything else is refused', () => {
    expect(startOfIsoDay('2026-03-01').toISOString()).toBe('2026-02-28T17:00:00.000Z');
    expect(parseIsoDay('2026-12-07')).toEqual({ y: 2026, m: 12, d: 7 });
    for (const bad of ['01/03/2026', '2026-3-1', '', '2026-03-01T00:00'])
      expect(() => startOfIsoDay(bad)).toThrow(RangeError);
  });
});
