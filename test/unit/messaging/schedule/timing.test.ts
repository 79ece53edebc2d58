import { describe, expect, it } from 'vitest';
import { planDigestSlot } from '../../../../src/messaging/schedule/digests.ts';
import {
  digestHoursDueAt,
  digestRef,
  digestSlots,
  dueAt,
  effectiveDigestHour,
  heldDigestHour,
  isQuietHour,
  MAX_CATCH_UP_HOURS,
} from '../../../../src/messaging/schedule/timing.ts';
import { vietnamHour } from '../../../../src/kernel/time.ts';

/** A Vietnam wall-clock time ("2026-11-20 21:00") as an instant. */
const vn = (local: string): Date => new Date(`${local.replace(' ', 'T')}:00+07:00`);

const DEFAULT = { startHour: 21, endHour: 7 };
const WIDE = { startHour: 17, endHour: 8 };
const DAYTIME = { startHour: 12, endHour: 14 };
const OFF = { startHour: 0, endHour: 0 };

describe('isQuietHour', () => {
  it.each([
    [DEFAULT, 20, false],
    [DEFAULT, 21, true],
    [DEFAULT, 23, true],
    [DEFAULT, 0, true],
    [DEFAULT, 6, true],
    [DEFAULT, 7, false],
    [DEFAULT, 18, false],
    [WIDE, 16, false],
    [WIDE, 17, true],
    [WIDE, 7, true],
    [WIDE, 8, false],
    [DAYTIME, 11, false],
    [DAYTIME, 12, true],
    [DAYTIME, 13, true],
    [DAYTIME, 14, false],
    [OFF, 0, false],
    [OFF, 21, false],
    [OFF, 3, false],
  ])('%j hour %i → %s', (quiet, hour, expected) => {
    expect(isQuietHour(hour, quiet)).toBe(expected);
  });
});

describe('which hour a daily digest goes out', () => {
  it.each([
    // stored hour, quiet hours, the hour it goes out
    [7, DEFAULT, 7],
    [19, DEFAULT, 19],
    [20, DEFAULT, 20],
    [21, DEFAULT, 7],
    [23, DEFAULT, 7],
    [3, DEFAULT, 7], // inside quiet time: when it ends
    [19, WIDE, 8],
    [7, WIDE, 8],
    [16, WIDE, 16],
    [12, DAYTIME, 14],
    [23, OFF, 23],
  ])('chosen %i under %j → %i', (hour, quiet, expected) => {
    expect(effectiveDigestHour(hour, quiet)).toBe(expected);
  });

  it.each([
    [DEFAULT, 7, [0, 1, 2, 3, 4, 5, 6, 7, 21, 22, 23]],
    [DEFAULT, 8, [8]],
    [DEFAULT, 19, [19]],
    [DEFAULT, 21, []],
    [DEFAULT, 3, []],
    [WIDE, 8, [0, 1, 2, 3, 4, 5, 6, 7, 8, 17, 18, 19, 20, 21, 22, 23]],
    [OFF, 22, [22]],
  ])('under %j the %i:00 run serves the stored hours %j', (quiet, hour, expected) => {
    expect(digestHoursDueAt(hour, quiet)).toEqual(expected);
  });

  it.each([
    [DEFAULT, 18],
    [OFF, 18],
    [WIDE, 16],
    [{ startHour: 18, endHour: 6 }, 17],
    [{ startHour: 10, endHour: 20 }, 9],
  ])('held alerts of instant subscribers under %j go out at %i:00, outside quiet time', (quiet, hour) => {
    expect(heldDigestHour(quiet)).toBe(hour);
    expect(isQuietHour(hour, quiet)).toBe(false);
  });

  it('every quiet setting: runs serve each stored hour exactly once a day, never in quiet time', () => {
    const problems: string[] = [];
    for (let start = 0; start < 24; start += 1) {
      for (let end = 0; end < 24; end += 1) {
        const quiet = { startHour: start, endHour: end };
        const served: number[] = [];
        for (let hour = 0; hour < 24; hour += 1) {
          const due = digestHoursDueAt(hour, quiet);
          if (due.length > 0 && isQuietHour(hour, quiet)) problems.push(`${start}-${end}: run at ${hour} is quiet`);
          served.push(...due);
        }
        if (served.length !== 24 || new Set(served).size !== 24)
          problems.push(`${start}-${end}: served ${served.join(',')}`);
        if (isQuietHour(heldDigestHour(quiet), quiet)) problems.push(`${start}-${end}: held hour quiet`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe('Vietnam clock', () => {
  it.each([
    ['2026-11-20 00:00', 0, 20261120],
    ['2026-11-20 06:59', 6, 20261120],
    ['2026-11-20 07:00', 7, 20261120], // 00:00 UTC
    ['2026-11-20 23:59', 23, 20261120],
    ['2026-12-31 23:30', 23, 20261231],
    ['2027-01-01 00:30', 0, 20270101],
    ['2028-02-29 18:00', 18, 20280229],
  ])('%s → hour %i, digest ref %i', (local, hour, ref) => {
    expect(vietnamHour(vn(local))).toBe(hour);
    expect(digestRef(vn(local))).toBe(ref);
  });
});

describe('dueAt: nothing written is due in quiet time', () => {
  it.each([
    ['2026-11-20 18:00', DEFAULT, '2026-11-20 18:00'],
    ['2026-11-20 20:59', DEFAULT, '2026-11-20 20:59'],
    ['2026-11-20 21:00', DEFAULT, '2026-11-21 07:00'],
    ['2026-11-20 23:30', DEFAULT, '2026-11-21 07:00'],
    ['2026-11-21 03:00', DEFAULT, '2026-11-21 07:00'],
    ['2026-11-21 09:00', WIDE, '2026-11-21 09:00'],
    ['2026-11-21 03:00', OFF, '2026-11-21 03:00'],
  ])('written %s under %j → due %s', (now, quiet, due) => {
    expect(dueAt(vn(now), quiet)).toEqual(vn(due));
  });
});

describe('digestSlots: the hours a run covers', () => {
  it.each([
    ['on time', '2026-11-20 18:00', '2026-11-20 18:00', ['2026-11-20 18:00']],
    ['a little late', '2026-11-20 18:40', '2026-11-20 18:00', ['2026-11-20 18:00']],
    ['by hand (no slot)', '2026-11-20 18:40', null, ['2026-11-20 18:00']],
    [
      'after an outage',
      '2026-11-20 20:05',
      '2026-11-20 18:00',
      ['2026-11-20 18:00', '2026-11-20 19:00', '2026-11-20 20:00'],
    ],
    [
      'over midnight',
      '2026-11-21 01:10',
      '2026-11-20 23:00',
      ['2026-11-20 23:00', '2026-11-21 00:00', '2026-11-21 01:00'],
    ],
    ['early (clock skew)', '2026-11-20 17:59', '2026-11-20 18:00', ['2026-11-20 17:00']],
  ])('%s', (_, now, slot, expected) => {
    expect(digestSlots(vn(now), slot ? vn(slot) : null)).toEqual(expected.map(vn));
  });

  it(`a long outage catches up at most ${MAX_CATCH_UP_HOURS} hours`, () => {
    const slots = digestSlots(vn('2026-11-21 18:00'), vn('2026-11-20 18:00'));
    expect(slots).toHaveLength(MAX_CATCH_UP_HOURS);
    expect(slots.at(-1)).toEqual(vn('2026-11-21 18:00'));
  });
});

describe('planDigestSlot', () => {
  it.each([
    ['2026-11-20 07:00', DEFAULT, { ref: 20261120, dailyHours: [0, 1, 2, 3, 4, 5, 6, 7, 21, 22, 23], held: false }],
    ['2026-11-20 18:00', DEFAULT, { ref: 20261120, dailyHours: [18], held: true }],
    ['2026-11-20 19:00', DEFAULT, { ref: 20261120, dailyHours: [19], held: false }],
    ['2026-11-20 22:00', DEFAULT, null],
    ['2026-11-20 16:00', WIDE, { ref: 20261120, dailyHours: [16], held: true }],
    ['2026-11-20 18:00', WIDE, null],
  ])('%s under %j', (slot, quiet, plan) => {
    expect(planDigestSlot(vn(slot), quiet)).toEqual(plan);
  });
});
