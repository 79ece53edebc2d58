import { Worker } from 'bullmq';
import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { reconcileCommand } from '../../../../src/cli/reconcile.ts';
import { UsageError } from '../../../../src/cli/usage-error.ts';
import { loadConfig } from '../../../../src/app/config.ts';
import type { DatabaseHandle } from '../../../../src/db/connect.ts';
import { migrateToLatest } from '../../../../src/db/migrate.ts';
import { seedReferenceData } from '../../../../src/db/reference-data.ts';
import type { Channel, NotificationStatus } from '../../../../src/db/schema.ts';
import { connectRedis, waitUntilReady } from '../../../../src/messaging/queue/connection.ts';
import { QUEUE_PREFIX } from '../../../../src/messaging/queue/names.ts';
import { addToOutbox } from '../../../../src/messaging/queue/outbox.ts';
import { closeQueues, createQueues, type QueueRegistry } from '../../../../src/messaging/queue/queues.ts';
import { deliveryJobId } from '../../../../src/messaging/delivery/jobs.ts';
import { describeReconcile, fanoutJobId, reconcile } from '../../../../src/messaging/queue/reconcile.ts';
import { backends } from '../../../harness/databases.ts';
import { type RedisServer, startRedis } from '../../../harness/redis.ts';

/**
 * Reconcile against a real redis-server (its own, so FLUSHALL touches no other test) on PostgreSQL and PGlite:
 * queued notifications whose delivery job is gone go back to pending and nothing else does; unfinished fan-outs are
 * added again once, with deterministic ids, unless their outbox row or a job for them is still on the way.
 */
const PHO_YEN = '05860';
const day = 24 * 3600 * 1000;
const isoDate = (at: Date) => at.toISOString().slice(0, 10);

describe.each(backends)('reconcile on $name with a real redis-server', (backend) => {
  let handle: DatabaseHandle;
  let cleanup: () => Promise<void>;
  let redis: RedisServer;
  let producer: ReturnType<typeof connectRedis>;
  let queues: QueueRegistry;
  let worker: Worker;
  let identityId: number;
  let personId: number;
  let employerId: number;
  let nextRef = 1;

  beforeAll(async () => {
    ({ handle, cleanup } = await backend.open());
    await migrateToLatest(handle.db);
    await seedReferenceData(handle.db);
    redis = await startRedis();
    producer = connectRedis(redis.url, 'producer');
    await waitUntilReady(producer, redis.url);
    queues = createQueues(producer);
    // A worker with no processor: the test moves jobs to active, completed and failed by hand.
    worker = new Worker('deliver-telegram', undefined, {
      connection: { url: redis.url },
      prefix: QUEUE_PREFIX,
      autorun: false,
    });
    const person = await handle.db
      .insertInto('people')
      .values({ full_name: 'Người nhận' })
      .returning('id')
      .executeTakeFirstOrThrow();
    personId = person.id;
    const identity = await handle.db
      .insertInto('channel_identities')
      .values({ person_id: personId, channel: 'telegram', chat_id: 'tg-1', chat_type: 'private' })
      .returning('id')
      .executeTakeFirstOrThrow();
    identityId = identity.id;
    employerId = (
      await handle.db
        .insertInto('employers')
        .values({ name: 'Công ty May Phổ Yên' })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  });

  afterAll(async () => {
    await worker.close();
    await closeQueues(queues);
    producer.disconnect();
    await redis.destroy();
    await cleanup();
  });

  beforeEach(async () => {
    await producer.flushall();
    await handle.db.deleteFrom('notifications').execute();
    await handle.db.deleteFrom('outbox').execute();
    await handle.db.deleteFrom('broadcasts').execute();
    await handle.db.deleteFrom('vacancies').execute();
  });

  /** Notification rows (each its own ref, so the unique index never bites), returning their ids. */
  async function notifications(
    count: number,
    status: NotificationStatus,
    channel: Channel = 'telegram',
    queuedAt: Date | null = status === 'queued' ? new Date() : null,
  ): Promise<number[]> {
    const rows = await handle.db
      .insertInto('notifications')
      .values(
        Array.from({ length: count }, () => ({
          kind: 'vacancy' as const,
          ref_id: nextRef++,
          person_id: personId,
          identity_id: identityId,
          channel,
          status,
          queued_at: queuedAt,
        })),
      )
      .returning('id')
      .execute();
    return rows.map((r) => r.id);
  }

  async function statusOf(ids: number[]): Promise<string[]> {
    const rows = await handle.db
      .selectFrom('notifications')
      .select(['id', 'status', 'queued_at'])
      .where('id', 'in', ids)
      .orderBy('id')
      .execute();
    return rows.map((r) => (r.status === 'pending' && r.queued_at !== null ? 'pending-with-queued_at' : r.status));
  }

  const queueJobs = (ids: number[]) =>
    queues['deliver-telegram'].addBulk(
      ids.map((id) => ({ name: 'deliver', data: { notificationId: id }, opts: { jobId: deliveryJobId(id) } })),
    );

  async function vacancy(
    status: 'approved' | 'pending',
    options: { fannedOut?: boolean; deadline?: Date } = {},
  ): Promise<number> {
    const row = await handle.db
      .insertInto('vacancies')
      .values({
        employer_id: employerId,
        title: 'Thợ may',
        occupation: 'garment',
        commune_code: PHO_YEN,
        province_code: '19',
        headcount: 5,
        wage_raw: '8 triệu',
        deadline: isoDate(options.deadline ?? new Date(Date.now() + 10 * day)),
        contact: 'Phòng nhân sự',
        status,
        scam_reasons: '[]',
        fanned_out_at: options.fannedOut ? new Date() : null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  async function broadcast(
    options: { sendAt?: Date; status?: 'scheduled' | 'cancelled' | 'sending'; fannedOut?: boolean } = {},
  ): Promise<number> {
    const row = await handle.db
      .insertInto('broadcasts')
      .values({
        official_person_id: personId,
        scope_region_code: '19',
        text: 'Phiên giao dịch việc làm',
        target_region_codes: ['19'],
        send_at: options.sendAt ?? new Date(Date.now() - 60_000),
        status: options.status ?? 'scheduled',
        fanned_out_at: options.fannedOut ? new Date() : null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return row.id;
  }

  async function fanoutJobs(): Promise<{ id: string; name: string; data: unknown; state: string }[]> {
    const jobs = await queues.fanout.getJobs(
      ['waiting', 'delayed', 'active', 'completed', 'failed', 'prioritized'],
      0,
      -1,
    );
    const rows = await Promise.all(
      jobs.map(async (job) => ({
        id: job.id!,
        name: job.name,
        data: job.data as unknown,
        state: await job.getState(),
      })),
    );
    return rows.sort((a, b) => a.id.localeCompare(b.id));
  }

  it('puts back to pending only the queued notifications whose job is gone', async () => {
    const waiting = await notifications(10, 'queued');
    const active = await notifications(2, 'queued');
    const completed = await notifications(2, 'queued');
    const failed = await notifications(1, 'queued');
    const lost = await notifications(5, 'queued', 'zalo');
    const lostTelegram = await notifications(3, 'queued');
    const requeuedMeanwhile = await notifications(1, 'queued', 'telegram', new Date(Date.now() + 3600_000));
    const others = [
      ...(await notifications(3, 'sent')),
      ...(await notifications(3, 'pending')),
      ...(await notifications(2, 'held')),
    ];
    await queueJobs([...active, ...completed, ...failed]);
    for (let i = 0; i < active.length + completed.length + failed.length; i += 1) {
      const job = await worker.getNextJob('token');
      if (!job) throw new Error('no job to take');
      const id = Number((job.data as { notificationId: number }).notificationId);
      if (completed.includes(id)) await job.moveToCompleted('sent', 'token', false);
      if (failed.includes(id)) await job.moveToFailed(new Error('gave up'), 'token', false);
    }
    await queueJobs(waiting);
    expect(await queues['deliver-telegram'].getJobCounts('waiting', 'active', 'completed', 'failed')).toEqual({
      waiting: 10,
      paused: 0,
      active: 2,
      completed: 2,
      failed: 1,
    });

    const result = await reconcile({ db: handle.db, queues, batchSize: 4 });
    expect(result).toMatchObject({ notificationsChecked: 24, notificationsRequeued: 8 });
    expect(await statusOf([...lost, ...lostTelegram])).toEqual(Array(8).fill('pending'));
    expect(await statusOf([...waiting, ...active, ...completed, ...failed])).toEqual(Array(15).fill('queued'));
    // Queued again after the check (a newer queued_at): not touched.
    expect(await statusOf(requeuedMeanwhile)).toEqual(['queued']);
    expect(await statusOf(others)).toEqual(['sent', 'sent', 'sent', 'pending', 'pending', 'pending', 'held', 'held']);

    // A second run finds nothing more to do.
    expect((await reconcile({ db: handle.db, queues })).notificationsRequeued).toBe(0);
  });

  it('after FLUSHALL every queued notification goes back to pending, in batches', async () => {
    const queued = await notifications(1234, 'queued');
    await queueJobs(queued);
    const sent = await notifications(10, 'sent');
    await producer.flushall();
    const result = await reconcile({ db: handle.db, queues, batchSize: 500 });
    expect(result.notificationsRequeued).toBe(1234);
    const counts = await handle.db
      .selectFrom('notifications')
      .select(['status', sql<number>`count(*)::int`.as('n')])
      .groupBy('status')
      .orderBy('status')
      .execute();
    expect(counts).toEqual([
      { status: 'pending', n: 1234 },
      { status: 'sent', n: 10 },
    ]);
    expect(await statusOf(sent)).toEqual(Array(10).fill('sent'));
  });

  it('re-starts unfinished fan-outs once, with deterministic ids, and leaves alone those still on the way', async () => {
    const lostVacancy = await vacancy('approved');
    await vacancy('approved', { fannedOut: true });
    await vacancy('approved', { deadline: new Date(Date.now() - 2 * day) }); // expired: not sent any more
    await vacancy('pending');
    const inOutbox = await vacancy('approved');
    await addToOutbox(handle.db, { queue: 'fanout', name: 'vacancy.approved', payload: { vacancyId: inOutbox } });
    const inRedis = await vacancy('approved');
    await queues.fanout.add('vacancy.approved', { vacancyId: inRedis }, { jobId: 'outbox-99' });
    const lostBroadcast = await broadcast();
    const sendingBroadcast = await broadcast({ status: 'sending' });
    await broadcast({ status: 'cancelled' });
    await broadcast({ sendAt: new Date(Date.now() + day) }); // not due: the relay will hand it over
    await broadcast({ fannedOut: true });

    const first = await reconcile({ db: handle.db, queues });
    expect(first.fanoutsRestarted).toEqual({ vacancy: [lostVacancy], broadcast: [lostBroadcast, sendingBroadcast] });
    expect(first.fanoutsUnderWay).toBe(2);
    expect(describeReconcile(first)).toBe(
      're-queued 0 notifications (of 0 queued), re-started 3 fan-outs (1 vacancy, 2 broadcasts), 2 fan-outs still under way left alone',
    );
    expect(await fanoutJobs()).toEqual([
      {
        id: fanoutJobId('broadcast', lostBroadcast),
        name: 'broadcast.created',
        data: { broadcastId: lostBroadcast },
        state: 'waiting',
      },
      {
        id: fanoutJobId('broadcast', sendingBroadcast),
        name: 'broadcast.created',
        data: { broadcastId: sendingBroadcast },
        state: 'waiting',
      },
      {
        id: fanoutJobId('vacancy', lostVacancy),
        name: 'vacancy.approved',
        data: { vacancyId: lostVacancy },
        state: 'waiting',
      },
      { id: 'outbox-99', name: 'vacancy.approved', data: { vacancyId: inRedis }, state: 'waiting' },
    ]);

    // Running again while those jobs wait adds nothing.
    const second = await reconcile({ db: handle.db, queues });
    expect(second.fanoutsRestarted).toEqual({ vacancy: [], broadcast: [] });
    expect(second.fanoutsUnderWay).toBe(5);
    expect(await fanoutJobs()).toHaveLength(4);

    // A fan-out that failed for good is started again (its old job would make BullMQ ignore the new one).
    const fanoutWorker = new Worker('fanout', undefined, {
      connection: { url: redis.url },
      prefix: QUEUE_PREFIX,
      autorun: false,
    });
    try {
      for (;;) {
        const job = await fanoutWorker.getNextJob('token');
        if (!job) break;
        await job.moveToFailed(new Error('database away'), 'token', false);
      }
    } finally {
      await fanoutWorker.close();
    }
    const third = await reconcile({ db: handle.db, queues });
    expect(third.fanoutsRestarted).toEqual({
      vacancy: [lostVacancy, inRedis],
      broadcast: [lostBroadcast, sendingBroadcast],
    });
    expect((await fanoutJobs()).filter((j) => j.state === 'waiting').map((j) => j.id)).toEqual([
      fanoutJobId('broadcast', lostBroadcast),
      fanoutJobId('broadcast', sendingBroadcast),
      fanoutJobId('vacancy', lostVacancy),
      fanoutJobId('vacancy', inRedis),
    ]);

    // Once the fan-out has finished (fanned_out_at set), it is left alone even with Redis wiped.
    await handle.db.updateTable('vacancies').set({ fanned_out_at: new Date() }).execute();
    await handle.db.updateTable('broadcasts').set({ fanned_out_at: new Date() }).execute();
    await producer.flushall();
    expect((await reconcile({ db: handle.db, queues })).fanoutsRestarted).toEqual({ vacancy: [], broadcast: [] });
    expect(await fanoutJobs()).toEqual([]);
  });

  it('stops between batches when asked (process shutdown)', async () => {
    await notifications(50, 'queued');
    const stop = new AbortController();
    stop.abort();
    const result = await reconcile({ db: handle.db, queues, signal: stop.signal, batchSize: 10 });
    expect(result.notificationsRequeued).toBe(0);
  });

  it.runIf(backend.name === 'postgres')('npm run cli -- reconcile prints what it did', async () => {
    const queued = await notifications(7, 'queued');
    await queueJobs(queued.slice(0, 2));
    const lostVacancy = await vacancy('approved');
    const lines: string[] = [];
    const url = await databaseUrlOf(handle);
    await reconcileCommand(loadConfig({ DATABASE_URL: url, REDIS_URL: redis.url }), [], (line) => lines.push(line));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      /^Reconciled .+ with Redis: re-queued 5 notifications \(of 7 queued\), re-started 1 fan-out \(1 vacancy, 0 broadcasts\)\.$/,
    );
    expect((await fanoutJobs()).map((j) => j.id)).toEqual([fanoutJobId('vacancy', lostVacancy)]);
    await expect(
      reconcileCommand(loadConfig({ DATABASE_URL: url, REDIS_URL: redis.url }), ['--now'], () => undefined),
    ).rejects.toThrow(UsageError);
  });
});

/** The URL of the test database a handle is open on: the shared server's, with this database's name. */
async function databaseUrlOf(handle: DatabaseHandle): Promise<string> {
  const { rows } = await sql<{ name: string }>`SELECT current_database() AS name`.execute(handle.db);
  const url = new URL(inject('postgresUrl'));
  url.pathname = `/${rows[0]!.name}`;
  return url.toString();
}
