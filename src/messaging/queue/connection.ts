import { Redis, type RedisOptions } from 'ioredis';
import { hidePassword } from '../../app/config.ts';
import type { Logger } from '../../logger.ts';

/**
 * Redis connections for BullMQ. Producers fail fast when Redis is away (the outbox keeps the work);
 * workers wait and reconnect forever, as BullMQ requires (maxRetriesPerRequest: null).
 */
export type RedisRole = 'producer' | 'worker' | 'probe';

const ROLE_OPTIONS: Record<RedisRole, RedisOptions> = {
  producer: { maxRetriesPerRequest: 1, enableOfflineQueue: false },
  worker: { maxRetriesPerRequest: null, enableOfflineQueue: true },
  probe: { maxRetriesPerRequest: 0, enableOfflineQueue: false, connectTimeout: 2000 },
};

export function connectRedis(url: string, role: RedisRole, logger?: Logger): Redis {
  const redis = new Redis(url, {
    ...ROLE_OPTIONS[role],
    connectionName: `knvl-${role}`,
    // Reconnect quickly at first, then every 2 s; never give up: Redis coming back must be enough.
    retryStrategy: (times) => Math.min(50 * 2 ** Math.min(times, 6), 2000),
    lazyConnect: false,
  });
  let lastState: 'up' | 'down' = 'up';
  redis.on('error', (error: Error) => {
    if (lastState === 'down') return; // one line per outage, not one per retry
    lastState = 'down';
    logger?.warn({ connection: role, err: { message: error.message } }, 'redis unavailable; retrying');
  });
  redis.on('ready', () => {
    if (lastState === 'down') logger?.info({ connection: role }, 'redis reachable again');
    lastState = 'up';
  });
  return redis;
}

/** PING with a deadline, for /readyz. */
export async function pingRedis(redis: Redis, timeoutMs = 1500): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      redis.ping(),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
      }),
    ]);
  } finally {
    clearTimeout(timer);
  }
}

export class RedisUnavailableError extends Error {
  constructor(url: string, reason: string) {
    super(`Cannot connect to Redis at ${hidePassword(url)}: ${reason}`);
    this.name = 'RedisUnavailableError';
  }
}

/** Waits for the first successful connection, so start-up fails with a clear line instead of a silent retry loop. */
export function waitUntilReady(redis: Redis, url: string, timeoutMs = 10_000): Promise<void> {
  if (redis.status === 'ready') return Promise.resolve();
  return new Promise((resolve, reject) => {
    let lastError = 'no answer';
    const onError = (error: Error) => {
      lastError =
        (error as NodeJS.ErrnoException).code === 'ECONNREFUSED'
          ? 'nothing is listening there (is redis-server running?)'
          : error.message;
    };
    const timer = setTimeout(() => {
      redis.off('ready', onReady);
      redis.off('error', onError);
      reject(new RedisUnavailableError(url, lastError));
    }, timeoutMs);
    function onReady() {
      clearTimeout(timer);
      redis.off('error', onError);
      resolve();
    }
    redis.once('ready', onReady);
    redis.on('error', onError);
  });
}
