import type { JobsOptions, Queue } from 'bullmq';
import { sql, type Kysely } from 'kysely';
import type { ChannelName } from '../../kernel/message.ts';
import { vietnamIsoDate } from '../../kernel/time.ts';
import { isQuietTime, type QuietHoursRule } from '../../kernel/quiet-hours.ts';
import type { Database } from '../../db/schema.ts';
import type { Logger } from '../../logger.ts';
import { bullPriority, DELIVER_JOB, deliveryJobId } from './jobs.ts';
import { liveness } from './liveness.ts';
import type { NotificationKind } from './notification-kind.ts';
import { finishBroadcasts } from './record.ts';
import { createWakeablePause } from '../queue/wakeable-pause.ts';

/**
 * The feeder keeps a bounded window of delivery jobs in Redis for one channel; PostgreSQL holds the rest.
 *
 * Each round, in one transaction:
 * 1. a transaction-scoped advisory lock per channel, so when several processes run feeders one feeds at a time
 *    (the window bound holds across processes; the others try again at their next round);
 * 2. how many jobs the channel's queue holds (waiting, prioritised, delayed, active);
 * 3. claims up to the room left: the next due rows (`status 'pending'`, `not_before <= now()`, of a kind that has
 *    a renderer), most urgent first (priority, not_before, id), `FOR UPDATE SKIP LOCKED`; rows no longer wanted
 *    (liveness.ts) become 'skipped' in the same statement, the others 'queued';
 * 4. adds the queued ones with `addBulk`, job id `n-<id>`, BullMQ priority from the row (a vacancy alert added
 *    after a broadcast's jobs is still taken before them);
 * 5. commits. If Redis refuses the jobs the transaction rolls back and the rows stay 'pending'. If the process
 *    dies after Redis took the jobs and before the commit, the rows are 'pending' again with jobs in Redis: the
 *    delivery worker accepts a 'pending' row that is due, and a later round adding the same job ids is ignored.
 *
 * It goes round again at once while there is room and rows keep coming, every `fullIntervalMs` while the window is
 * full, and every `idleIntervalMs` (≤ 200 ms) when nothing is due; `wake()` starts a round now (after a fan-out).
 * Inside quiet hours it claims nothing. Every few seconds it also marks finished broadcasts 'sent'.
 */
export interface FeederOptions {
  db: Kysely<Database>;
  queue: Queue;
  channel: ChannelName;
  /** Most delivery jobs in Redis for this channel. */
  window: number;
  /** The kinds this process delivers (renderer and liveness); rows of other kinds stay pending. */
  kinds: readonly NotificationKind[];
  jobOptions: JobsOptions;
  logger: Logger;
  /** Most rows claimed in one round (default 1,000). */
  batchSize?: number;
  idleIntervalMs?: number;
  fullIntervalMs?: number;
  /** A Redis call slower than this fails the round (default 5 s). */
  redisTimeoutMs?: number;
  quietHours?: QuietHoursRule | null;
  now?: () => Date;
  /** How often to look for finished broadcasts (default 2 s). */
  broadcastSweepMs?: number;
  onQueued?: (count: number) => void;
  onSkipped?: (count: number) => void;
}

export interface FeedRound {
  /** Jobs added to Redis. */
  queued: number;
  /** Rows skipped as no longer wanted. */
  skipped: number;
  /** Jobs the queue held before the round (-1 when another feeder held the lock). */
  inQueue: number;
  /** Whether more due rows may be waiting (the round took all it asked for). */
  more: boolean;
}

export interface Feeder {
  start(): void;
  stop(): Promise<void>;
  /** One round now (the loop's step; tests call it directly). */
  feedOnce(): Promise<FeedRound>;
  wake(): void;
}

interface Claimed {
  id: number;
  priority: number;
  status: 'queued' | 'skipped';
}

const JOB_STATES = ['wait', 'paused', 'prioritized', 'delayed', 'active', 'waiting-children'] as const;

function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** Jobs the channel's queue holds now (every state that is not finished). */
export async function jobsInQueue(queue: Queue): Promise<number> {
  return queue.getJobCountByTypes(...JOB_STATES);
}

export function createFeeder(options: FeederOptions): Feeder {
  const { db, queue, channel, logger } = options;
  const batchSize = options.batchSize ?? 1000;
  const idleIntervalMs = options.idleIntervalMs ?? 200;
  const fullIntervalMs = options.fullIntervalMs ?? 100;
  const redisTimeoutMs = options.redisTimeoutMs ?? 5000;
  const broadcastSweepMs = options.broadcastSweepMs ?? 2000;
  const now = options.now ?? (() => new Date());
  const lockName = `knvl.delivery.feeder.${channel}`;

  let running = false;
  let loop: Promise<void> | null = null;
  const { pause, wake } = createWakeablePause();
  let failuresInARow = 0;
  let lastSweep = 0;

  async function feedOnce(): Promise<FeedRound> {
    const at = now();
    if (options.quietHours && isQuietTime(at, options.quietHours))
      return { queued: 0, skipped: 0, inQueue: 0, more: false };
    const round = await db.transaction().execute(async (trx): Promise<FeedRound> => {
      const { rows: locked } = await sql<{
        ok: boolean;
      }>`SELECT pg_try_advisory_xact_lock(hashtext(${lockName})) AS ok`.execute(trx);
      if (!locked[0]?.ok) return { queued: 0, skipped: 0, inQueue: -1, more: false };
      const inQueue = await withTimeout(jobsInQueue(queue), redisTimeoutMs, 'counting delivery jobs');
      const room = Math.min(batchSize, options.window - inQueue);
      if (room <= 0) return { queued: 0, skipped: 0, inQueue, more: false };
      const alive = liveness(options.kinds, vietnamIsoDate(at));
      const { rows } = await sql<Claimed>`
        WITH due AS (
          SELECT id FROM notifications
          WHERE channel = ${channel} AND status = 'pending' AND not_before <= now() AND kind = ANY(${options.kinds.map((k) => k.kind)}::text[])
          ORDER BY priority, not_before, id
          LIMIT ${room}
          FOR UPDATE SKIP LOCKED
        ), judged AS (
          SELECT n.id, ${alive.skipReason} AS reason
          FROM notifications n JOIN due ON due.id = n.id
          ${alive.joins}
        )
        UPDATE notifications n
        SET status = CASE WHEN judged.reason IS NULL THEN 'queued' ELSE 'skipped' END,
          queued_at = now(),
          finished_at = CASE WHEN judged.reason IS NULL THEN NULL ELSE now() END,
          last_error = judged.reason
        FROM judged
        WHERE n.id = judged.id
        RETURNING n.id, n.priority, n.status`.execute(trx);
      const queued = rows.filter((r) => r.status === 'queued').sort((a, b) => a.priority - b.priority || a.id - b.id);
      if (queued.length > 0) {
        await withTimeout(
          queue.addBulk(
            queued.map((r) => ({
              name: DELIVER_JOB,
              data: { notificationId: r.id },
              opts: { ...options.jobOptions, jobId: deliveryJobId(r.id), priority: bullPriority(r.priority) },
            })),
          ),
          redisTimeoutMs,
          'adding delivery jobs',
        );
      }
      return { queued: queued.length, skipped: rows.length - queued.length, inQueue, more: rows.length === room };
    });
    if (round.queued > 0) options.onQueued?.(round.queued);
    if (round.skipped > 0) options.onSkipped?.(round.skipped);
    return round;
  }

  async function sweepBroadcasts(): Promise<void> {
    const at = Date.now();
    if (at - lastSweep < broadcastSweepMs) return;
    lastSweep = at;
    const done = await finishBroadcasts(db);
    if (done.length > 0) logger.info({ broadcasts: done }, 'broadcasts delivered to everyone they could reach');
  }

  async function run(): Promise<void> {
    while (running) {
      let waitMs = idleIntervalMs;
      try {
        const round = await feedOnce();
        await sweepBroadcasts();
        if (failuresInARow > 0) logger.info({ channel }, 'delivery feeder working again');
        failuresInARow = 0;
        if (round.more) waitMs = 0;
        else if (round.inQueue >= options.window || round.queued > 0) waitMs = fullIntervalMs;
      } catch (error) {
        failuresInARow += 1;
        if (failuresInARow === 1)
          logger.warn(
            { channel, err: { message: (error as Error).message } },
            'delivery feeder round failed; retrying',
          );
        waitMs = Math.min(idleIntervalMs * 2 ** failuresInARow, 5000);
      }
      if (!running) break;
      if (waitMs === 0) await new Promise((resolve) => setImmediate(resolve));
      else await pause(waitMs);
    }
  }

  return {
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
    feedOnce,
    wake,
  };
}
