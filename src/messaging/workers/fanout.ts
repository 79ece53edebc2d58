import { Worker } from 'bullmq';
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { type AnyFanoutJob, type FanoutRun, readFanoutJob } from '../fanout/jobs.ts';
import type { FanoutRules } from '../fanout/rules.ts';
import type { Logger } from '../../logger.ts';
import { connectRedis } from '../queue/connection.ts';
import { QUEUE_PREFIX } from '../queue/names.ts';

/**
 * The fan-out worker (queue 'fanout'): an approved vacancy or a due broadcast becomes notification rows in
 * PostgreSQL (src/messaging/fanout/), which the delivery then sends. Jobs come from the outbox relay (job id
 * `outbox-<row id>`); a job with an unknown name or a malformed payload is logged and dropped, never retried and
 * never a crash. The work is idempotent (ON CONFLICT DO NOTHING), so a retried, stalled or duplicated job writes
 * nothing twice. A database error is retried a few times here; if it still fails the job fails, the vacancy or
 * broadcast keeps `fanned_out_at` NULL, and reconcile runs it again.
 */
export interface FanoutWorkerOptions {
  db: Kysely<Database>;
  /** The kinds of job it runs: the features' (their notification kinds' `fanout`), from the app. */
  jobs: readonly AnyFanoutJob[];
  redisUrl: string;
  rules: FanoutRules;
  logger: Logger;
  /** Jobs at once in this process (default 2: a broadcast need not wait for a vacancy). */
  concurrency?: number;
  /** Slices of the subscribers each fan-out writes at once, each on its own connection: 1 for PGlite (default). */
  parallelism?: number;
  clock?: () => Date;
  /** Waits between attempts after a database error (default 1 s, 5 s). */
  retryDelaysMs?: readonly number[];
  /** Called after rows were written (e.g. to wake the delivery). */
  onFannedOut?: (result: FanoutResult) => void;
}

/** Slices a fan-out writes at once on PostgreSQL (one per core of a 2-core database server; PGlite: 1). */
export const POSTGRES_PARALLELISM = 2;

export type FanoutResult = FanoutRun | { outcome: 'dropped'; reason: string };

export async function runFanoutJob(
  options: Omit<FanoutWorkerOptions, 'redisUrl'>,
  name: string,
  data: unknown,
): Promise<FanoutResult> {
  const { db, rules, logger } = options;
  const read = readFanoutJob(options.jobs, name, data);
  if (!read.ok) {
    logger.error(
      { jobName: name.slice(0, 60), reason: read.reason },
      'fan-out job dropped: not a job this worker knows',
    );
    return { outcome: 'dropped', reason: read.reason };
  }
  const { job } = read;
  const delays = options.retryDelaysMs ?? [1000, 5000];
  const execution = { parallelism: options.parallelism ?? 1 };
  for (let attempt = 0; ; attempt += 1) {
    const now = options.clock?.() ?? new Date();
    const started = performance.now();
    let result: FanoutRun;
    try {
      result = await job.run(db, rules, now, execution);
    } catch (error) {
      const wait = delays[attempt];
      if (wait === undefined) throw error;
      logger.warn(
        { jobName: job.name, payload: job.payload, attempt: attempt + 1, err: error },
        'fan-out failed; retrying',
      );
      await new Promise((resolve) => setTimeout(resolve, wait));
      continue;
    }
    logger.info({ ...result, ms: Math.round(performance.now() - started) }, 'fan-out done');
    if (result.outcome === 'written') {
      try {
        options.onFannedOut?.(result);
      } catch (error) {
        logger.warn(
          { err: error },
          'waking the delivery after a fan-out failed; it will find the rows on its next round',
        );
      }
    }
    return result;
  }
}

export function startFanoutWorker(options: FanoutWorkerOptions): { worker: Worker; close(): Promise<void> } {
  const connection = connectRedis(options.redisUrl, 'worker', options.logger);
  const worker = new Worker('fanout', async (job) => runFanoutJob(options, job.name, job.data), {
    connection,
    prefix: QUEUE_PREFIX,
    concurrency: options.concurrency ?? 2,
  });
  worker.on('failed', (job, error) =>
    options.logger.error(
      { jobId: job?.id, err: { message: error.message } },
      'fan-out job failed; reconcile will run it again',
    ),
  );
  worker.on('error', (error) => options.logger.warn({ err: { message: error.message } }, 'fan-out worker error'));
  return {
    worker,
    async close() {
      await worker.close();
      await connection.quit().catch(() => connection.disconnect());
    },
  };
}
