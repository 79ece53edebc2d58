import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../../../src/db/connect.ts';
import { migrateToLatest } from '../../../../src/db/migrate.ts';
import { seedReferenceData } from '../../../../src/db/reference-data.ts';
import { connectRedis } from '../../../../src/messaging/queue/connection.ts';
import { outboxJobId } from '../../../../src/messaging/queue/names.ts';
import { addToOutbox } from '../../../../src/messaging/queue/outbox.ts';
import { closeQueues, createQueues, type QueueRegistry } from '../../../../src/messaging/queue/queues.ts';
import { createOutboxRelay, type OutboxRelay } from '../../../../src/messaging/queue/relay.ts';
import { REGISTRY } from '../../../../src/features/index.ts';
import { type FanoutResult, runFanoutJob, startFanoutWorker } from '../../../../src/messaging/workers/fanout.ts';
import { captureLog } from '../../../harness/capture-log.ts';
import { backends } from '../../../harness/databases.ts';
import { waitFor } from '../../../harness/free-port.ts';
import { type RedisServer, startRedis } from '../../../harness/redis.ts';
import { addVacancy, PHO_YEN, seedWorld, THAI_NGUYEN, type World } from './seed.ts';

/**
 * The fan-out job end to end through a real redis-server: an approval and a broadcast write outbox rows in their
 * transaction, the relay moves them to BullMQ (job id outbox-<row id>), the fanout worker writes the notification
 * rows. Garbage jobs are logged and dropped without stopping the worker; a duplicate job writes nothing twice.
 */
const RULES = { quietHours: { startHour: 0, endHour: 0 }, alertsPerDay: 3 };

describe.each(backends)('fanout worker through Redis on $name', (backend) => {
  let handle: DatabaseHandle;
  let cleanup: () => Promise<void>;
  let redis: RedisServer;
  let world: World;
  let queues: QueueRegistry;
  let producer: ReturnType<typeof connectRedis>;
  let relay: OutboxRelay;
  let worker: ReturnType<typeof startFanoutWorker>;
  const finished: FanoutResult[] = [];
  const log = captureLog();

  beforeAll(async () => {
    ({ handle, cleanup } = await backend.open());
    await migrateToLatest(handle.db);
    await seedReferenceData(handle.db);
    world = await seedWorld(
      handle.db,
      { lan: {}, mai: { frequency: 'daily' }, stopped: { status: 'stopped' } },
      { village: { region: PHO_YEN } },
      new Date(),
    );
    redis = await startRedis();
    producer = connectRedis(redis.url, 'producer');
    queues = createQueues(producer);
    const { logger } = log;
    relay = createOutboxRelay({ db: handle.db, queues, logger, idleIntervalMs: 20 });
    worker = startFanoutWorker({
      jobs: REGISTRY.fanoutJobs,
      db: handle.db,
      redisUrl: redis.url,
      rules: RULES,
      logger,
      parallelism: backend.name === 'postgres' ? 2 : 1,
      onFannedOut: (result) => finished.push(result),
    });
    relay.start();
  });
  afterAll(async () => {
    await relay?.stop();
    await worker?.close();
    if (queues) await closeQueues(queues);
    producer?.disconnect();
    await redis?.destroy();
    await cleanup?.();
  });

  async function finishedJob(outboxId: number) {
    return waitFor(`job ${outboxJobId(outboxId)} to finish`, async () => {
      const job = await queues.fanout.getJob(outboxJobId(outboxId));
      if (!job?.finishedOn) throw new Error('not yet');
      return job;
    });
  }

  it('an approval in chat reaches the matching people and group chats through outbox, relay and worker', async () => {
    const vacancyId = await addVacancy(handle.db, world, { status: 'pending' });
    const [outboxId] = await handle.db.transaction().execute(async (trx) => {
      await trx
        .updateTable('vacancies')
        .set({ status: 'approved', decided_at: new Date() })
        .where('id', '=', vacancyId)
        .execute();
      return addToOutbox(trx, { queue: 'fanout', name: 'vacancy.approved', payload: { vacancyId } });
    });
    relay.wake();
    const job = await finishedJob(outboxId!);
    expect(job.returnvalue).toEqual({ vacancyId, outcome: 'written', pending: 1, held: 1, groupChats: 1 });
    expect(finished).toContainEqual(job.returnvalue);
    const rows = await handle.db
      .selectFrom('notifications')
      .select(['person_id', 'status'])
      .where('kind', '=', 'vacancy')
      .where('ref_id', '=', vacancyId)
      .orderBy('id')
      .execute();
    expect(rows.map((r) => [r.person_id, r.status]).sort()).toEqual(
      [
        [world.person.lan, 'pending'],
        [world.person.mai, 'held'],
        [null, 'pending'],
      ].sort(),
    );
    expect(
      (
        await handle.db
          .selectFrom('vacancies')
          .select('fanned_out_at')
          .where('id', '=', vacancyId)
          .executeTakeFirstOrThrow()
      ).fanned_out_at,
    ).toBeInstanceOf(Date);

    // The same fan-out queued again (reconcile, a duplicated relay): nothing new.
    const again = await queues.fanout.add('vacancy.approved', { vacancyId }, { jobId: `fanout-vacancy-${vacancyId}` });
    await waitFor('the duplicate to finish', async () => {
      if (!(await queues.fanout.getJob(again.id!))?.finishedOn) throw new Error('not yet');
    });
    expect((await queues.fanout.getJob(again.id!))!.returnvalue).toEqual({
      vacancyId,
      outcome: 'written',
      pending: 0,
      held: 0,
      groupChats: 0,
    });
    expect(
      await handle.db
        .selectFrom('notifications')
        .select('id')
        .where('kind', '=', 'vacancy')
        .where('ref_id', '=', vacancyId)
        .execute(),
    ).toHaveLength(3);
  });

  it('drops garbage jobs with a log line and keeps working', async () => {
    const ids = await addToOutbox(handle.db, [
      { queue: 'fanout', name: 'vacancy.approved', payload: { vacancyId: 'bảy' } },
      { queue: 'fanout', name: 'broadcast.created', payload: null },
      { queue: 'fanout', name: 'vacancy.approved', payload: { vacancyId: -1 } },
      { queue: 'fanout', name: 'mystery', payload: { vacancyId: 1 } },
    ]);
    relay.wake();
    for (const id of ids) {
      const job = await finishedJob(id);
      expect(job.returnvalue).toMatchObject({ outcome: 'dropped' });
      expect(job.failedReason).toBeFalsy();
    }
    expect(log.parsed().filter((line) => line.msg?.includes('fan-out job dropped'))).toHaveLength(4);

    // Still working: a broadcast created now.
    const broadcast = await handle.db
      .insertInto('broadcasts')
      .values({
        official_person_id: world.officialId,
        scope_region_code: THAI_NGUYEN,
        text: 'Phiên giao dịch việc làm',
        target_region_codes: [THAI_NGUYEN],
        priority_groups: [],
        send_at: new Date(),
        status: 'scheduled',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const [outboxId] = await addToOutbox(handle.db, {
      queue: 'fanout',
      name: 'broadcast.created',
      payload: { broadcastId: broadcast.id },
    });
    relay.wake();
    const job = await finishedJob(outboxId!);
    expect(job.returnvalue).toEqual({
      broadcastId: broadcast.id,
      outcome: 'written',
      pending: 2,
      held: 0,
      groupChats: 1,
    });
    expect(
      (
        await handle.db
          .selectFrom('broadcasts')
          .select('status')
          .where('id', '=', broadcast.id)
          .executeTakeFirstOrThrow()
      ).status,
    ).toBe('sending');
  });

  it('retries after a database error, and fails the job when the errors go on', async () => {
    let failures = 1;
    const flaky = new Proxy(handle.db, {
      get(target, prop) {
        if (prop === 'transaction' && failures > 0) {
          failures -= 1;
          return () => {
            throw new Error('connection reset');
          };
        }
        const value = Reflect.get(target, prop, target) as unknown;
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const vacancyId = await addVacancy(handle.db, world);
    const options = { db: flaky, jobs: REGISTRY.fanoutJobs, rules: RULES, logger: log.logger, retryDelaysMs: [10, 10] };
    expect(await runFanoutJob(options, 'vacancy.approved', { vacancyId })).toMatchObject({
      vacancyId,
      outcome: 'written',
      pending: 1,
    });
    expect(log.parsed().filter((line) => line.msg === 'fan-out failed; retrying')).toHaveLength(1);
    failures = 3;
    await expect(runFanoutJob(options, 'vacancy.approved', { vacancyId })).rejects.toThrow('connection reset');
  });
});
