import { Queue, QueueEvents } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../../../src/db/connect.ts';
import { migrateToLatest } from '../../../../src/db/migrate.ts';
import { seedReferenceData } from '../../../../src/db/reference-data.ts';
import { createLogger } from '../../../../src/logger.ts';
import { connectRedis } from '../../../../src/messaging/queue/connection.ts';
import { QUEUE_PREFIX } from '../../../../src/messaging/queue/names.ts';
import { registerSchedules } from '../../../../src/messaging/schedule/schedulers.ts';
import { vietnamHour } from '../../../../src/kernel/time.ts';
import { startScheduleWorker } from '../../../../src/messaging/workers/schedule.ts';
import { backends } from '../../../harness/databases.ts';
import { type RedisServer, startRedis } from '../../../harness/redis.ts';

/**
 * The 'schedule' queue on a real redis-server: the job schedulers are registered with their cron patterns in Vietnam
 * time, idempotently (a second start changes nothing, a scheduler of ours no longer listed goes), and the worker
 * runs a job against the database (here PostgreSQL).
 */
const logger = createLogger({ level: 'silent', secrets: [] });

describe('schedule queue', () => {
  let redis: RedisServer;
  let handle: DatabaseHandle;
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    redis = await startRedis();
    ({ handle, cleanup } = await backends[0]!.open());
    await migrateToLatest(handle.db);
    await seedReferenceData(handle.db);
  });
  afterAll(async () => {
    await cleanup();
    await redis.destroy();
  });

  it('registers the schedulers with their patterns, idempotently', async () => {
    const connection = connectRedis(redis.url, 'producer');
    const queue = new Queue('schedule', { connection, prefix: QUEUE_PREFIX });
    try {
      await queue.upsertJobScheduler(
        'schedule-retired',
        { pattern: '0 3 * * *', tz: 'Asia/Ho_Chi_Minh' },
        { name: 'retired' },
      );
      await queue.upsertJobScheduler('someone-else', { every: 60_000 }, { name: 'other' });
      await registerSchedules(queue);
      await registerSchedules(queue);
      const schedulers = (await queue.getJobSchedulers(0, -1)).map((s) => ({
        key: s.key,
        name: s.name,
        pattern: s.pattern,
        tz: s.tz,
        next: s.next,
      }));
      const ours = schedulers.filter((s) => s.key.startsWith('schedule-')).sort((a, b) => a.key.localeCompare(b.key));
      expect(ours.map(({ next: _next, ...rest }) => rest)).toEqual([
        { key: 'schedule-courseFollowups', name: 'courseFollowups', pattern: '0 9 * * *', tz: 'Asia/Ho_Chi_Minh' },
        { key: 'schedule-deadlines', name: 'deadlines', pattern: '0 * * * *', tz: 'Asia/Ho_Chi_Minh' },
        { key: 'schedule-digest', name: 'digest', pattern: '0 * * * *', tz: 'Asia/Ho_Chi_Minh' },
        { key: 'schedule-eventFollowups', name: 'eventFollowups', pattern: '0 9 * * *', tz: 'Asia/Ho_Chi_Minh' },
        { key: 'schedule-eventReminders', name: 'eventReminders', pattern: '*/15 * * * *', tz: 'Asia/Ho_Chi_Minh' },
        { key: 'schedule-followup', name: 'followup', pattern: '0 9 * * *', tz: 'Asia/Ho_Chi_Minh' },
        { key: 'schedule-retention', name: 'retention', pattern: '0 3 * * *', tz: 'Asia/Ho_Chi_Minh' },
      ]);
      expect(schedulers.some((s) => s.key === 'someone-else')).toBe(true);
      for (const s of ours) {
        const next = new Date(s.next!);
        // Every quarter hour for the event reminders; on the hour for the others.
        expect(next.getUTCMinutes() % (s.name === 'eventReminders' ? 15 : 60)).toBe(0);
        expect(next.getTime()).toBeGreaterThan(Date.now() - 1000);
        const daily = ['followup', 'retention', 'eventFollowups', 'courseFollowups'].includes(s.name);
        expect(next.getTime() - Date.now()).toBeLessThanOrEqual((daily ? 24 : 1) * 3600_000);
        if (['followup', 'eventFollowups', 'courseFollowups'].includes(s.name)) expect(vietnamHour(next)).toBe(9);
        if (s.name === 'retention') expect(vietnamHour(next)).toBe(3);
      }
      // One waiting job per scheduler (ours and the other), not one per start.
      const delayed = await queue.getDelayed();
      expect(
        delayed
          .filter((j) => j.repeatJobKey?.startsWith('schedule-'))
          .map((j) => j.name)
          .sort(),
      ).toEqual([
        'courseFollowups',
        'deadlines',
        'digest',
        'eventFollowups',
        'eventReminders',
        'followup',
        'retention',
      ]);
    } finally {
      await queue.close();
      connection.disconnect();
    }
  });

  it('the worker runs a job of the queue against the database', async () => {
    const employer = await handle.db
      .insertInto('employers')
      .values({ name: 'Xưởng' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const commune = await handle.db
      .selectFrom('regions')
      .select(['code', 'province_code'])
      .where('level', '=', 'commune')
      .limit(1)
      .executeTakeFirstOrThrow();
    const vacancy = await handle.db
      .insertInto('vacancies')
      .values({
        employer_id: employer.id,
        title: 'Hết hạn',
        occupation: 'garment',
        commune_code: commune.code,
        province_code: commune.province_code,
        headcount: 1,
        wage_raw: '8 triệu',
        deadline: '2020-01-01',
        contact: '0208 3850 123',
        status: 'approved',
        scam_reasons: '[]',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const connection = connectRedis(redis.url, 'producer');
    const queue = new Queue('schedule', { connection, prefix: QUEUE_PREFIX });
    const events = new QueueEvents('schedule', {
      connection: { host: '127.0.0.1', port: redis.port },
      prefix: QUEUE_PREFIX,
    });
    const worker = startScheduleWorker({
      db: handle.db,
      redisUrl: redis.url,
      quietHours: { startHour: 21, endHour: 7 },
      retentionDays: 30,
      logger,
    });
    try {
      await events.waitUntilReady();
      const job = await queue.add('deadlines', {});
      expect(await job.waitUntilFinished(events, 20_000)).toEqual({ closed: 1, skipped: 0 });
      expect(
        (
          await handle.db
            .selectFrom('vacancies')
            .select('status')
            .where('id', '=', vacancy.id)
            .executeTakeFirstOrThrow()
        ).status,
      ).toBe('closed');
      // The daily retention job: a sent outbox row and a message record 31 days old go, newer ones stay.
      const old = new Date(Date.now() - 31 * 24 * 3600_000);
      await handle.db
        .insertInto('outbox')
        .values([
          { queue: 'notify', job_name: 'notice', payload: '{}', sent_at: old },
          { queue: 'notify', job_name: 'notice', payload: '{}', sent_at: new Date() },
        ])
        .execute();
      await handle.db
        .insertInto('inbound_events')
        .values([
          { channel: 'telegram', event_id: 'old', received_at: old },
          { channel: 'telegram', event_id: 'new' },
        ])
        .execute();
      const purge = await queue.add('retention', {});
      expect(await purge.waitUntilFinished(events, 20_000)).toEqual({
        outboxDeleted: 1,
        eventsDeleted: 1,
        repliesRecorded: 0,
      });
      expect(
        (await handle.db.selectFrom('inbound_events').select('event_id').execute()).map((e) => e.event_id),
      ).toEqual(['new']);
      const unknown = await queue.add('nonsense', {});
      expect(await unknown.waitUntilFinished(events, 20_000)).toBe('ignored');
    } finally {
      await worker.close();
      await events.close();
      await queue.close();
      connection.disconnect();
    }
  });
});
