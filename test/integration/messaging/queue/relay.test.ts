import { Queue } from 'bullmq';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../../../src/db/connect.ts';
import { migrateToLatest } from '../../../../src/db/migrate.ts';
import { createLogger } from '../../../../src/logger.ts';
import { connectRedis } from '../../../../src/messaging/queue/connection.ts';
import { QUEUE_PREFIX } from '../../../../src/messaging/queue/names.ts';
import { addToOutbox } from '../../../../src/messaging/queue/outbox.ts';
import { closeQueues, createQueues, type QueueRegistry } from '../../../../src/messaging/queue/queues.ts';
import { createOutboxRelay } from '../../../../src/messaging/queue/relay.ts';
import { backends } from '../../../harness/databases.ts';
import { waitFor } from '../../../harness/free-port.ts';
import { type RedisServer, startRedis } from '../../../harness/redis.ts';

const logger = createLogger({ level: 'silent', secrets: [] });

async function writeInTransactions(handle: DatabaseHandle, from: number, count: number): Promise<void> {
  for (let i = from; i < from + count; i += 50) {
    await handle.db.transaction().execute(async (trx) => {
      const batch = Array.from({ length: Math.min(50, from + count - i) }, (_, k) => ({
        queue: (i + k) % 2 === 0 ? ('fanout' as const) : ('deliver-telegram' as const),
        name: 'test',
        payload: { n: i + k },
      }));
      await addToOutbox(trx, batch);
    });
  }
}

async function jobsIn(redisUrl: string): Promise<number[]> {
  const seen: number[] = [];
  for (const name of ['fanout', 'deliver-telegram']) {
    const queue = new Queue(name, { connection: { url: redisUrl }, prefix: QUEUE_PREFIX });
    const jobs = await queue.getJobs(['waiting', 'delayed', 'active', 'completed'], 0, -1);
    seen.push(...jobs.map((job) => (job.data as { n: number }).n));
    await queue.close();
  }
  return seen.sort((a, b) => a - b);
}

async function unsentCount(handle: DatabaseHandle): Promise<number> {
  const row = await handle.db
    .selectFrom('outbox')
    .where('sent_at', 'is', null)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return row.n;
}

describe.each(backends)('outbox relay on $name with a real redis-server', (backend) => {
  let handle: DatabaseHandle;
  let cleanup: () => Promise<void>;
  let redis: RedisServer;
  let queues: QueueRegistry;
  let producer: ReturnType<typeof connectRedis>;

  beforeAll(async () => {
    ({ handle, cleanup } = await backend.open());
    await migrateToLatest(handle.db);
    redis = await startRedis({ appendonly: true });
    producer = connectRedis(redis.url, 'producer');
    queues = createQueues(producer);
  });

  afterAll(async () => {
    await closeQueues(queues);
    producer.disconnect();
    await redis.destroy();
    await cleanup();
  });

  it('moves committed rows once, never rolled-back ones', async () => {
    await writeInTransactions(handle, 0, 200);
    await expect(
      handle.db.transaction().execute(async (trx) => {
        await addToOutbox(trx, { queue: 'fanout', name: 'test', payload: { n: -1 } });
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');

    const relay = createOutboxRelay({ db: handle.db, queues, logger, batchSize: 64, idleIntervalMs: 20 });
    relay.start();
    await waitFor('the outbox to drain', async () => {
      if ((await unsentCount(handle)) > 0) throw new Error('rows still unsent');
    });
    await relay.stop();
    expect(await jobsIn(redis.url)).toEqual(Array.from({ length: 200 }, (_, i) => i));
  });

  it('survives Redis being down and catches up when it returns: nothing lost, nothing doubled', async () => {
    const relay = createOutboxRelay({
      db: handle.db,
      queues,
      logger,
      batchSize: 64,
      idleIntervalMs: 20,
      maxBackoffMs: 200,
      redisTimeoutMs: 1000,
    });
    relay.start();
    await redis.stop();
    await writeInTransactions(handle, 200, 300);
    await new Promise((r) => setTimeout(r, 600)); // the relay tries and fails a few times meanwhile
    expect(await unsentCount(handle)).toBe(300);
    const failed = await handle.db
      .selectFrom('outbox')
      .where('sent_at', 'is', null)
      .where('last_error', 'is not', null)
      .select('id')
      .execute();
    expect(failed.length).toBeGreaterThan(0);

    await redis.start(); // same port, append-only file restores the first 200 jobs
    await waitFor('the relay to catch up', async () => {
      if ((await unsentCount(handle)) > 0) throw new Error('rows still unsent');
    });
    await relay.stop();
    expect(await jobsIn(redis.url)).toEqual(Array.from({ length: 500 }, (_, i) => i));
  });

  it('adds nothing twice when a batch is relayed again after a crash before its commit', async () => {
    // A crash after Redis accepted the batch but before the commit leaves the rows unsent; replay them.
    await sql`UPDATE outbox SET sent_at = NULL WHERE id IN (SELECT id FROM outbox ORDER BY id LIMIT 100)`.execute(
      handle.db,
    );
    const relay = createOutboxRelay({ db: handle.db, queues, logger, batchSize: 500 });
    expect(await relay.relayOnce()).toBe(100);
    expect(await jobsIn(redis.url)).toEqual(Array.from({ length: 500 }, (_, i) => i));
  });

  it('parks rows for an unknown queue without blocking the others', async () => {
    await handle.db
      .insertInto('outbox')
      .values({ queue: 'no-such-queue', job_name: 'x', payload: JSON.stringify({}) })
      .execute();
    await addToOutbox(handle.db, { queue: 'fanout', name: 'test', payload: { n: 500 } });
    const relay = createOutboxRelay({ db: handle.db, queues, logger });
    expect(await relay.relayOnce()).toBe(1);
    const parked = await handle.db
      .selectFrom('outbox')
      .where('queue', '=', 'no-such-queue')
      .selectAll()
      .executeTakeFirstOrThrow();
    expect(parked.sent_at).toBeNull();
    expect(parked.last_error).toBe('unknown queue');
    expect(parked.available_at.getTime()).toBeGreaterThan(Date.now() + 30 * 60_000);
  });

  it('refuses an outbox message for a queue that does not exist', async () => {
    await expect(addToOutbox(handle.db, { queue: 'nope' as 'fanout', name: 'x', payload: {} })).rejects.toThrow(
      /Unknown queue/,
    );
  });
});
