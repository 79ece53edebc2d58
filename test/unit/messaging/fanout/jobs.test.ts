import { describe, expect, it } from 'vitest';
import { broadcastNotBefore } from '../../../../src/messaging/fanout/broadcast.ts';
import { REGISTRY } from '../../../../src/features/index.ts';
import { broadcastCreatedJob, readFanoutJob, vacancyApprovedJob } from '../../../../src/messaging/fanout/jobs.ts';
import { vacancyInsertParams } from '../../../../src/messaging/fanout/vacancy.ts';
import { eventCreatedJob } from '../../../../src/features/events/fanout.ts';
import { courseApprovedJob } from '../../../../src/features/courses/fanout.ts';

const vn = (local: string): Date => new Date(`${local.replace(' ', 'T')}:00+07:00`);
const RULES = { quietHours: { startHour: 21, endHour: 7 }, alertsPerDay: 3 };

const JOBS = [vacancyApprovedJob, broadcastCreatedJob];

it('the features declare the fan-out jobs, each with the kind of notification it writes', () => {
  const declared = REGISTRY.notificationKinds.flatMap((kind) => (kind.fanout ? [[kind.kind, kind.fanout.name]] : []));
  expect(declared).toEqual([
    ['vacancy', 'vacancy.approved'],
    ['broadcast', 'broadcast.created'],
    ['event', 'event.created'],
    ['course', 'course.approved'],
  ]);
  expect(REGISTRY.fanoutJobs).toEqual([...JOBS, eventCreatedJob, courseApprovedJob]);
});

describe('readFanoutJob', () => {
  it.each([
    ['vacancy.approved', { vacancyId: 7 }, { vacancyId: 7 }],
    ['broadcast.created', { broadcastId: 12 }, { broadcastId: 12 }],
    ['vacancy.approved', { vacancyId: 7, extra: 'ignored' }, { vacancyId: 7 }],
  ])('%s %j → %j', (name, data, payload) => {
    const read = readFanoutJob(JOBS, name, data);
    expect(read).toMatchObject({ ok: true, job: { name, payload } });
    if (read.ok) expect(read.job.payload).toEqual(payload);
  });

  it.each([
    ['vacancy.approved', { vacancyId: '7' }],
    ['vacancy.approved', { vacancyId: 0 }],
    ['vacancy.approved', { vacancyId: 1.5 }],
    ['vacancy.approved', { broadcastId: 7 }],
    ['vacancy.approved', null],
    ['vacancy.approved', 'garbage'],
    ['broadcast.created', {}],
    ['broadcast.created', { broadcastId: Number.MAX_SAFE_INTEGER + 2 }],
    ['vacancy', { vacancyId: 7 }],
    ['', {}],
  ])('%s %j is dropped with a reason', (name, data) => {
    const read = readFanoutJob(JOBS, name, data);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.reason.length).toBeGreaterThan(0);
  });
});

describe('when a fan-out lets its rows go', () => {
  it.each([
    // [now, not before, cap day starts]
    ['2026-11-20 10:00', '2026-11-20 10:00', '2026-11-20 00:00'],
    ['2026-11-20 20:59', '2026-11-20 20:59', '2026-11-20 00:00'],
    ['2026-11-20 21:00', '2026-11-21 07:00', '2026-11-21 00:00'], // quiet: tomorrow's alert, tomorrow's cap
    ['2026-11-21 03:00', '2026-11-21 07:00', '2026-11-21 00:00'],
    ['2026-12-31 23:00', '2027-01-01 07:00', '2027-01-01 00:00'],
  ])('a vacancy fanned out at %s: not before %s, counted on the day from %s', (now, notBefore, dayStart) => {
    const params = vacancyInsertParams(
      {
        id: 1,
        occupation: 'garment',
        commune_code: '05860',
        province_code: '19',
        overseas: false,
        wage_monthly_max_vnd: null,
      },
      RULES,
      vn(now),
    );
    expect(params.notBefore).toEqual(vn(notBefore));
    expect(params.capDayStart).toEqual(vn(dayStart));
    expect(params.capDayEnd.getTime() - params.capDayStart.getTime()).toBe(86_400_000);
    expect(params.alertsPerDay).toBe(3);
  });

  it.each([
    // [send at, fan-out runs at, not before]
    ['2026-11-20 08:00', '2026-11-20 08:00', '2026-11-20 08:00'],
    ['2026-11-20 08:00', '2026-11-20 09:30', '2026-11-20 08:00'], // relayed late, still the day: keeps its time
    ['2026-11-20 20:00', '2026-11-20 22:15', '2026-11-21 07:00'], // relayed inside quiet hours: the morning
    ['2026-11-21 08:00', '2026-11-20 22:15', '2026-11-21 08:00'], // early (not relayed that way, but safe)
  ])('a broadcast for %s fanned out at %s: not before %s', (sendAt, now, notBefore) => {
    expect(broadcastNotBefore(vn(sendAt), RULES, vn(now))).toEqual(vn(notBefore));
  });
});
