import { type JobsOptions, Queue, Worker } from 'bullmq';
import type { Kysely } from 'kysely';
import type { ChannelAdapter } from '../../channels/types.ts';
import type { ChannelName } from '../../kernel/message.ts';
import type { QuietHoursRule } from '../../kernel/quiet-hours.ts';
import type { Database } from '../../db/schema.ts';
import { type DeliveryObserver, deliverNotification } from '../delivery/deliver-one.ts';
import { createFeeder, type Feeder } from '../delivery/feeder.ts';
import { deliverPayload, deliveryQueueName } from '../delivery/jobs.ts';
import { recordFailed } from '../delivery/record.ts';
import { type DeliveryPace, paceFor, retryDelayMs } from '../delivery/limits.ts';
import { paceRule } from '../delivery/pacer.ts';
import type { NotificationKind } from '../delivery/notification-kind.ts';
import { createRenderCache } from '../delivery/render.ts';
import type { Logger } from '../../logger.ts';
import type { Metrics } from '../../metrics.ts';
import { connectRedis } from '../queue/connection.ts';
import { QUEUE_PREFIX } from '../queue/names.ts';
import { closeQueue } from '../queue/queues.ts';

/**
 * Delivery: for every channel this process can send on, a feeder (PostgreSQL → a bounded window of jobs in the
 * queue `deliver-<channel>`) and a BullMQ worker that sends them at the channel's rate (src/messaging/delivery/).
 *
 * The rate is BullMQ's limiter, whose counter is in Redis, plus a log of the sends of the last second (also in
 * Redis) checked right before each send: TELEGRAM_SEND_RATE / ZALO_SEND_RATE hold for all worker processes together,
 * however many run. A 429 pauses the channel for every process. Any number of
 * processes may call startDelivery against the same database and Redis.
 *
 *   const delivery = startDelivery({ db, redisUrl, adapters: { telegram }, rates: { telegram: 30 }, logger });
 *   delivery.wake();          // after a fan-out wrote rows: feed now instead of at the next poll
 *   await delivery.close();
 */
export interface DeliveryOptions {
  db: Kysely<Database>;
  redisUrl: string;
  /** The channels to deliver on, with their adapters. */
  adapters: Partial<Record<ChannelName, ChannelAdapter>>;
  /** Messages per second per channel, shared by all processes (defaults: telegram 25, zalo 10, simulator 50). */
  rates?: Partial<Record<ChannelName, number>>;
  logger: Logger;
  metrics?: Pick<Metrics, 'deliveries' | 'deliverySendSeconds'>;
  /** Nothing is sent inside quiet hours (Vietnam time); absent or null: no quiet hours. */
  quietHours?: QuietHoursRule | null;
  now?: () => Date;
  /** Per channel: limiter, window and concurrency instead of the ones derived from the rate. */
  pace?: Partial<Record<ChannelName, Partial<Omit<DeliveryPace, 'rate'>>>>;
  /** Tries per notification before 'failed' on transient errors (default 10: about 4 minutes of back-off). */
  attempts?: number;
  /** First retry delay; doubles each time up to retryCapMs (defaults 1 s and 60 s). */
  retryBaseMs?: number;
  retryCapMs?: number;
  /**
   * At most `rate` sends in any 1 + paceMargin seconds (default 0.02: 1,020 ms), so the jitter of a call never puts
   * more than `rate` arrivals into one second at the platform (src/messaging/delivery/pacer.ts).
   */
  paceMargin?: number;
  /** Messages per minute to one group chat (default 20). */
  groupPerMinute?: number;
  /** The kinds of notification to deliver (from the features: src/features/index.ts). */
  kinds: readonly NotificationKind[];
  feeder?: { idleIntervalMs?: number; fullIntervalMs?: number; batchSize?: number };
  /** Run the feeders (default true); a test may run workers only and feed by hand. */
  runFeeders?: boolean;
}

export interface ChannelDelivery {
  channel: ChannelName;
  pace: DeliveryPace;
  queue: Queue;
  feeder: Feeder;
  worker: Worker;
}

export interface Delivery {
  channels: ChannelDelivery[];
  /** Feed now (e.g. right after a fan-out wrote rows). */
  wake(): void;
  close(): Promise<void>;
}

export const DEFAULT_RATES: Readonly<Record<ChannelName, number>> = { telegram: 25, zalo: 10, simulator: 50 };
export const DEFAULT_ATTEMPTS = 10;
export const DEFAULT_GROUP_PER_MINUTE = 20;
export const DEFAULT_PACE_MARGIN = 0.02;

function observerFrom(metrics: DeliveryOptions['metrics']): DeliveryObserver | undefined {
  if (!metrics) return undefined;
  return {
    outcome: (channel, outcome) => metrics.deliveries.inc({ channel, outcome }),
    sendSeconds: (channel, seconds) => metrics.deliverySendSeconds.observe({ channel }, seconds),
  };
}

export function startDelivery(options: DeliveryOptions): Delivery {
  const { db, logger } = options;
  const attempts = options.attempts ?? DEFAULT_ATTEMPTS;
  const retryBaseMs = options.retryBaseMs ?? 1000;
  const retryCapMs = options.retryCapMs ?? 60_000;
  const kinds = options.kinds;
  const observer = observerFrom(options.metrics);
  const now = options.now ?? (() => new Date());
  const cache = createRenderCache();
  // Feeding and the checks before a send. Commands wait while Redis is away (the feeder gives up on a round after
  // its timeout and the rows stay in PostgreSQL); jobs a late command adds for rows still 'pending' are harmless:
  // the worker sends a due 'pending' row once and a later round's same job id is ignored or finds it sent.
  const producer = connectRedis(options.redisUrl, 'worker', logger);
  const workerConnections: ReturnType<typeof connectRedis>[] = [];
  const jobOptions: JobsOptions = {
    attempts,
    backoff: { type: 'knvl-capped', delay: retryBaseMs },
    // Finished jobs leave Redis at once: PostgreSQL has the outcome, and a row put back to 'pending' (reconcile,
    // quiet hours) can be queued again under the same job id.
    removeOnComplete: true,
    removeOnFail: { count: 1000, age: 7 * 24 * 3600 },
  };

  const channels: ChannelDelivery[] = [];
  for (const [channel, adapter] of Object.entries(options.adapters) as [ChannelName, ChannelAdapter | undefined][]) {
    if (!adapter) continue;
    const rate = options.rates?.[channel] ?? DEFAULT_RATES[channel];
    const pace = paceFor(rate, options.pace?.[channel]);
    const name = deliveryQueueName(channel);
    const channelLogger = logger.child({ delivery: channel });
    const queue = new Queue(name, { connection: producer, prefix: QUEUE_PREFIX, defaultJobOptions: jobOptions });
    queue.on('error', () => undefined); // the connection logs outages once
    const feeder = createFeeder({
      db,
      queue,
      channel,
      window: pace.window,
      kinds,
      jobOptions,
      logger: channelLogger,
      quietHours: options.quietHours ?? null,
      now,
      ...options.feeder,
      ...(observer
        ? { onSkipped: (n: number) => options.metrics!.deliveries.inc({ channel, outcome: 'skipped' }, n) }
        : {}),
    });
    const connection = connectRedis(options.redisUrl, 'worker', channelLogger);
    workerConnections.push(connection);
    const deps = {
      db,
      channel,
      adapter,
      redis: producer,
      queue,
      logger: channelLogger,
      kinds,
      cache,
      attempts,
      groupPerMinute: options.groupPerMinute ?? DEFAULT_GROUP_PER_MINUTE,
      pace: paceRule(rate, options.paceMargin ?? DEFAULT_PACE_MARGIN),
      quietHours: options.quietHours ?? null,
      now,
      ...(observer ? { observer } : {}),
    };
    const worker = new Worker(name, (job, token) => deliverNotification(deps, job, token), {
      connection,
      prefix: QUEUE_PREFIX,
      concurrency: pace.concurrency,
      limiter: pace.limiter,
      settings: { backoffStrategy: (attemptsMade: number) => retryDelayMs(attemptsMade, retryBaseMs, retryCapMs) },
    });
    worker.on('failed', (job, error) => {
      if (!job) return;
      const final =
        error.name === 'UnrecoverableError' ||
        job.attemptsMade >= (job.opts.attempts ?? attempts) ||
        /stalled/i.test(error.message);
      if (!final) {
        channelLogger.debug(
          { jobId: job.id, attemptsMade: job.attemptsMade, err: { message: error.message } },
          'delivery attempt failed; will retry',
        );
        return;
      }
      // The processor records its own final outcomes. A job that failed for another reason (the database away for
      // every attempt, a job stalled twice by dying processes) would leave its row 'queued' behind a failed job:
      // it is marked failed with the reason instead (a no-op when the row was already recorded).
      const parsed = deliverPayload.safeParse(job.data);
      if (!parsed.success) return;
      recordFailed(db, parsed.data.notificationId, `job failed: ${error.message}`)
        .then(
          (changed) =>
            changed &&
            channelLogger.warn(
              { jobId: job.id, err: { message: error.message } },
              'delivery job failed; notification marked failed',
            ),
        )
        .catch((recordError: Error) =>
          channelLogger.error(
            { jobId: job.id, err: { message: recordError.message } },
            'delivery job failed and could not be recorded',
          ),
        );
    });
    worker.on('error', (error) => channelLogger.warn({ err: { message: error.message } }, 'delivery worker error'));
    channels.push({ channel, pace, queue, feeder, worker });
    channelLogger.info(
      { rate, limiter: pace.limiter, window: pace.window, concurrency: pace.concurrency },
      'delivery started',
    );
  }

  if (options.runFeeders !== false) for (const c of channels) c.feeder.start();

  return {
    channels,
    wake() {
      for (const c of channels) c.feeder.wake();
    },
    async close() {
      await Promise.all(channels.map((c) => c.feeder.stop()));
      await Promise.all(channels.map((c) => c.worker.close()));
      await Promise.all(channels.map((c) => closeQueue(c.queue)));
      await Promise.all(workerConnections.map((c) => c.quit().catch(() => c.disconnect())));
      await producer.quit().catch(() => producer.disconnect());
    },
  };
}
