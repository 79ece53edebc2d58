import type { Kysely } from 'kysely';
import { Gauge } from 'prom-client';
import type { Channel, Database } from '../../db/schema.ts';
import type { Metrics } from '../../metrics.ts';
import { QUEUE_NAMES } from './names.ts';
import type { QueueRegistry } from './queues.ts';

/**
 * Backlog gauges for /metrics, read at scrape time and cached a few seconds (several Prometheus servers, or a
 * scrape every second, still cost one query and one Redis round per interval):
 *
 *   knvl_notifications_waiting{status="pending|queued|held", channel}  rows still to go out (PostgreSQL)
 *   knvl_queue_jobs{queue, state="waiting|active|delayed|failed"}      BullMQ queue depth (Redis); waiting counts
 *                                                                      prioritised and paused jobs too
 *
 * Every label combination is always present (0 when empty), so a series never vanishes. When the database or
 * Redis does not answer, the last values stay (/readyz reports the outage). Delivery counters live in metrics.ts.
 */
export const WAITING_STATUSES = ['pending', 'queued', 'held'] as const;
export const CHANNELS: readonly Channel[] = ['telegram', 'zalo', 'simulator'];
export const QUEUE_STATES = ['waiting', 'active', 'delayed', 'failed'] as const;

export interface BacklogMetricsOptions {
  /** How long one reading serves scrapes (default 5 s). */
  cacheMs?: number;
  /** Milliseconds clock (tests). */
  now?: () => number;
  /** A reading slower than this fails (default 2 s): a hung Redis or database never hangs a scrape. */
  timeoutMs?: number;
}

function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** A value read at most once per `cacheMs`; concurrent scrapes share the reading in flight. */
function cached<T>(read: () => Promise<T>, cacheMs: number, now: () => number): () => Promise<T> {
  let last: { at: number; value: Promise<T> } | null = null;
  return () => {
    if (last && now() - last.at < cacheMs) return last.value;
    const value = read();
    const entry = { at: now(), value };
    last = entry;
    // A failed reading is not kept: the next scrape tries again.
    value.catch(() => {
      if (last === entry) last = null;
    });
    return value;
  };
}

export async function readNotificationBacklog(db: Kysely<Database>): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('notifications')
    .select(['status', 'channel', (eb) => eb.fn.countAll<number>().as('n')])
    .where('status', 'in', [...WAITING_STATUSES])
    .groupBy(['status', 'channel'])
    .execute();
  return new Map(rows.map((r) => [`${r.status}|${r.channel}`, Number(r.n)]));
}

export async function readQueueDepths(queues: QueueRegistry): Promise<Map<string, number>> {
  const depths = new Map<string, number>();
  await Promise.all(
    QUEUE_NAMES.map(async (name) => {
      const counts = await queues[name].getJobCounts('waiting', 'prioritized', 'active', 'delayed', 'failed');
      const n = (key: string) => Number(counts[key] ?? 0);
      depths.set(`${name}|waiting`, n('waiting') + n('paused') + n('prioritized'));
      for (const state of ['active', 'delayed', 'failed'] as const) depths.set(`${name}|${state}`, n(state));
    }),
  );
  return depths;
}

export function registerBacklogMetrics(
  metrics: Metrics,
  db: Kysely<Database>,
  queues: QueueRegistry,
  options: BacklogMetricsOptions = {},
): void {
  const cacheMs = options.cacheMs ?? 5000;
  const now = options.now ?? Date.now;
  const timeoutMs = options.timeoutMs ?? 2000;
  const notifications = cached(() => within(readNotificationBacklog(db), timeoutMs), cacheMs, now);
  const depths = cached(() => within(readQueueDepths(queues), timeoutMs), cacheMs, now);

  new Gauge({
    name: 'knvl_notifications_waiting',
    help: 'Notifications still to go out, by status (pending: to be queued; queued: in Redis; held: waiting for the digest) and channel',
    labelNames: ['status', 'channel'],
    registers: [metrics.registry],
    async collect() {
      try {
        const counts = await notifications();
        for (const status of WAITING_STATUSES) {
          for (const channel of CHANNELS) this.set({ status, channel }, counts.get(`${status}|${channel}`) ?? 0);
        }
      } catch {
        // database unavailable: the last values stay
      }
    },
  });

  new Gauge({
    name: 'knvl_queue_jobs',
    help: 'BullMQ jobs by queue and state (waiting includes prioritised and paused jobs)',
    labelNames: ['queue', 'state'],
    registers: [metrics.registry],
    async collect() {
      try {
        const counts = await depths();
        for (const queue of QUEUE_NAMES) {
          for (const state of QUEUE_STATES) this.set({ queue, state }, counts.get(`${queue}|${state}`) ?? 0);
        }
      } catch {
        // Redis unavailable: the last values stay
      }
    },
  });
}
