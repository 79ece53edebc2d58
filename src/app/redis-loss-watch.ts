import type { Redis } from 'ioredis';
import type { Logger } from '../logger.ts';
import { QUEUE_PREFIX } from '../messaging/queue/names.ts';

/**
 * Notices when Redis loses its data while we run (flushed, restarted without persistence, failed over to an
 * empty replica) and calls `onLoss` — reconcile and re-register the job schedulers — instead of leaving the
 * lost work for the next start. A marker key is written at start; every `intervalMs` its absence means the data
 * went. A check that cannot reach Redis is no evidence either way and waits for the next round. A restore from an
 * old snapshot keeps an old marker and is not noticed here: that is what `npm run cli -- reconcile` is for.
 */
export const REDIS_MARKER_KEY = `${QUEUE_PREFIX}:data-marker`;

export interface RedisLossWatch {
  /** One check now (also what the timer runs); true when a loss was found and handled. */
  check(): Promise<boolean>;
  stop(): Promise<void>;
}

export function watchForRedisLoss(
  redis: Redis,
  onLoss: () => Promise<void>,
  logger: Logger,
  intervalMs = 30_000,
): RedisLossWatch {
  let running: Promise<boolean> | null = null;
  const mark = () => redis.set(REDIS_MARKER_KEY, new Date().toISOString(), 'NX');

  async function checkOnce(): Promise<boolean> {
    let present: number;
    try {
      present = await redis.exists(REDIS_MARKER_KEY);
    } catch {
      return false;
    }
    if (present === 1) return false;
    logger.warn('redis has lost its data (the marker key is gone): reconciling with the database');
    try {
      await mark();
      await onLoss();
    } catch (error) {
      logger.warn({ err: error }, 'recovering from the redis data loss failed; will try again');
      await redis.del(REDIS_MARKER_KEY).catch(() => undefined);
    }
    return true;
  }

  const check = () => {
    running ??= checkOnce().finally(() => {
      running = null;
    });
    return running;
  };
  const ready = mark().catch(() => undefined);
  const timer = setInterval(() => void ready.then(check), intervalMs);
  timer.unref();
  return {
    check: async () => {
      await ready;
      return check();
    },
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}
