import { type Kysely, sql } from 'kysely';
import type { Database, OutboxRow } from '../../db/schema.ts';
import type { Logger } from '../../logger.ts';
import { isQueueName, outboxJobId, type QueueName } from './names.ts';
import type { QueueRegistry } from './queues.ts';
import { createWakeablePause } from './wakeable-pause.ts';

/**
 * Moves committed outbox rows to BullMQ and marks them sent.
 *
 * Each batch is locked (FOR UPDATE SKIP LOCKED, so several relays share the work), added to its queues with
 * job ids derived from the row ids, then marked sent in the same transaction. If Redis is away the transaction
 * rolls back and the rows wait; when Redis returns the relay catches up. If the process dies after Redis
 * accepted a batch but before the commit, the next relay adds the same job ids again and BullMQ ignores them:
 * nothing lost, nothing doubled.
 */
export interface OutboxRelayOptions {
  db: Kysely<Database>;
  queues: QueueRegistry;
  logger: Logger;
  batchSize?: number;
  /** How often to look for new rows when idle. */
  idleIntervalMs?: number;
  /** Longest wait between attempts while Redis is unavailable. */
  maxBackoffMs?: number;
  /** A Redis call that takes longer than this is treated as failed (the batch is retried). */
  redisTimeoutMs?: number;
  onRelayed?: (count: number) => void;
  onFailure?: () => void;
}

export interface OutboxRelay {
  start(): void;
  /** Stops taking new batches and waits for the batch in flight. */
  stop(): Promise<void>;
  /** Relays one batch now; returns how many rows were moved. */
  relayOnce(): Promise<number>;
  /** Look for rows now instead of at the next interval (after a commit that wrote to the outbox). */
  wake(): void;
}

const UNKNOWN_QUEUE_RETRY = sql<Date>`now() + interval '1 hour'`;

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export function createOutboxRelay(options: OutboxRelayOptions): OutboxRelay {
  const { db, queues, logger } = options;
  const batchSize = options.batchSize ?? 500;
  const idleIntervalMs = options.idleIntervalMs ?? 200;
  const maxBackoffMs = options.maxBackoffMs ?? 5000;
  const redisTimeoutMs = options.redisTimeoutMs ?? 5000;

  let running = false;
  let loop: Promise<void> | null = null;
  const { pause: sleep, wake } = createWakeablePause();
  let failuresInARow = 0;

  async function relayOnce(): Promise<number> {
    let failedRows: number[] = [];
    try {
      return await db.transaction().execute(async (trx) => {
        const rows = await trx
          .selectFrom('outbox')
          .selectAll()
          .where('sent_at', 'is', null)
          .where('available_at', '<=', sql<Date>`now()`)
          .orderBy('id')
          .limit(batchSize)
          .forUpdate()
          .skipLocked()
          .execute();
        if (rows.length === 0) return 0;
        failedRows = rows.map((r) => r.id);

        const known = rows.filter((r) => isQueueName(r.queue));
        const unknown = rows.filter((r) => !isQueueName(r.queue));
        if (unknown.length > 0) {
          logger.error({ ids: unknown.map((r) => r.id) }, 'outbox rows name an unknown queue; parked for an hour');
          await trx
            .updateTable('outbox')
            .set({ available_at: UNKNOWN_QUEUE_RETRY, last_error: 'unknown queue', attempts: sql`attempts + 1` })
            .where(
              'id',
              'in',
              unknown.map((r) => r.id),
            )
            .execute();
        }
        if (known.length === 0) return 0;

        await withTimeout(addToQueues(known), redisTimeoutMs, 'adding jobs to Redis');
        await trx
          .updateTable('outbox')
          .set({ sent_at: sql`now()`, attempts: sql`attempts + 1`, last_error: null })
          .where(
            'id',
            'in',
            known.map((r) => r.id),
          )
          .execute();
        return known.length;
      });
    } catch (error) {
      await recordFailure(failedRows, error);
      throw error;
    }
  }

  async function addToQueues(rows: OutboxRow[]): Promise<void> {
    const byQueue = new Map<QueueName, OutboxRow[]>();
    for (const row of rows) {
      const queue = row.queue as QueueName;
      byQueue.set(queue, [...(byQueue.get(queue) ?? []), row]);
    }
    await Promise.all(
      [...byQueue].map(([queue, queueRows]) =>
        queues[queue].addBulk(
          queueRows.map((r) => ({ name: r.job_name, data: r.payload, opts: { jobId: outboxJobId(r.id) } })),
        ),
      ),
    );
  }

  async function recordFailure(ids: number[], error: unknown): Promise<void> {
    if (ids.length === 0) return;
    const message = error instanceof Error ? error.message : String(error);
    try {
      await db
        .updateTable('outbox')
        .set({ attempts: sql`attempts + 1`, last_error: message.slice(0, 500) })
        .where('id', 'in', ids)
        .where('sent_at', 'is', null)
        .execute();
    } catch {
      // the database itself may be the problem; the rows are still unsent and will be retried
    }
  }

  async function run(): Promise<void> {
    while (running) {
      try {
        const moved = await relayOnce();
        if (failuresInARow > 0) logger.info({ afterFailures: failuresInARow }, 'outbox relay caught up with Redis');
        failuresInARow = 0;
        if (moved > 0) options.onRelayed?.(moved);
        if (moved < batchSize) await sleep(idleIntervalMs);
      } catch (error) {
        failuresInARow += 1;
        options.onFailure?.();
        if (failuresInARow === 1)
          logger.warn(
            { err: error },
            'outbox relay cannot reach the queue; rows stay in the outbox and will be retried',
          );
        await sleep(Math.min(idleIntervalMs * 2 ** Math.min(failuresInARow, 10), maxBackoffMs));
      }
    }
  }

  return {
    relayOnce,
    start() {
      if (running) return;
      running = true;
      loop = run();
    },
    async stop() {
      running = false;
      wake();
      await loop;
      loop = null;
    },
    wake,
  };
}
