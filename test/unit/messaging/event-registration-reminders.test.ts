import { describe, expect, it } from 'vitest';
import { dueReminder, reminderTimes } from '../../../src/messaging/schedule/event-reminders.ts';
import type { QuietHoursRule } from '../../../src/kernel/quiet-hours.ts';

/** Vietnam wall-clock times as instants ("2026-05-12 08:30" → UTC 01:30). */
const vn = (text: string) => new Date(`${text.replace(' ', 'T')}:00+07:00`);
const QUIET: QuietHoursRule = { startHour: 21, endHour: 7 };
const OFF: QuietHoursRule = { startHour: 0, endHour: 0 };

describe('event reminder times (Vietnam time)', () => {
  it.each([
    ['a 14:00 fair', '2026-05-12 14:00', QUIET, '2026-05-11 19:00', '2026-05-12 12:00'],
    ['an 08:30 fair', '2026-05-12 08:30', QUIET, '2026-05-11 19:00', '2026-05-11 20:00'],
    [
      'a 07:30 fair: two hours before is quiet, moved to the evening before',
      '2026-05-12 07:30',
      QUIET,
      '2026-05-11 19:00',
      '2026-05-11 20:00',
    ],
    ['an early fair, quiet hours off', '2026-05-12 07:30', OFF, '2026-05-11 19:00', '2026-05-12 05:30'],
    [
      'quiet from 18:00: the evening one moves to 17:00',
      '2026-05-12 14:00',
      { startHour: 18, endHour: 7 },
      '2026-05-11 17:00',
      '2026-05-12 12:00',
    ],
    ['a 20:00 fair the evening of', '2026-05-12 20:00', QUIET, '2026-05-11 19:00', '2026-05-12 18:00'],
  ])('%s', (_, starts, quiet, evening, soon) => {
    const times = reminderTimes(vn(starts), quiet);
    expect(times.evening).toEqual(vn(evening));
    expect(times.soon).toEqual(vn(soon));
  });

  it('a "soon" that lands at or before the evening one is not sent twice', () => {
    // 06:30 start, quiet from 20:00: two hours before is quiet, moved back to 19:00 the day before.
    const times = reminderTimes(vn('2026-05-12 06:30'), { startHour: 20, endHour: 7 });
    expect(times.evening).toEqual(vn('2026-05-11 19:00'));
    expect(times.soon).toBeNull();
  });

  it.each([
    ['the morning before: nothing yet', '2026-05-11 09:00', null],
    ['19:00 the day before: the evening one', '2026-05-11 19:00', 'event_reminder_evening'],
    [
      '11:59 the day of: still the evening one (not sent twice: the rows say)',
      '2026-05-12 11:59',
      'event_reminder_evening',
    ],
    ['12:00 the day of: the soon one', '2026-05-12 12:00', 'event_reminder_soon'],
    ['once it started: nothing', '2026-05-12 14:00', null],
  ])('%s', (_, now, kind) => {
    expect(dueReminder(vn('2026-05-12 14:00'), vn(now), QUIET)?.kind ?? null).toBe(kind);
  });
});
