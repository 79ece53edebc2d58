import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REDIS_MARKER_KEY, watchForRedisLoss } from '../../../../src/app/redis-loss-watch.ts';
import { captureLog } from '../../../harness/capture-log.ts';
import { type RedisServer, startRedis } from '../../../harness/redis.ts';

/** A running process notices Redis losing its data (src/app/redis-loss-watch.ts) and recovers once. */
describe('redis loss watch', () => {
  let server: RedisServer;
  let redis: Redis;
  beforeAll(async () => {
    server = await startRedis();
    redis = new Redis(server.url, { enableOfflineQueue: false, maxRetriesPerRequest: 1 });
    await new Promise((resolve) => redis.once('ready', resolve));
  });
  afterAll(async () => {
    redis.disconnect();
    await server.destroy();
  });

  it('does nothing while the data is there, recovers once after FLUSHALL, and marks the data again', async () => {
    const { logger, text } = captureLog();
    let recoveries = 0;
    const watch = watchForRedisLoss(redis, async () => void (recoveries += 1), logger, 60_000);
    expect(await watch.check()).toBe(false);
    expect(await redis.exists(REDIS_MARKER_KEY)).toBe(1);

    await redis.flushall();
    expect(await watch.check()).toBe(true);
    expect(recoveries).toBe(1);
    expect(await redis.exists(REDIS_MARKER_KEY)).toBe(1);
    expect(await watch.check()).toBe(false);
    expect(recoveries).toBe(1);
    expect(text()).toContain('redis has lost its data');
    await watch.stop();
  });

  it('tries again on the next check when recovering fails', async () => {
    const { logger } = captureLog();
    let calls = 0;
    const watch = watchForRedisLoss(
      redis,
      async () => {
        calls += 1;
        if (calls === 1) throw new Error('database away');
      },
      logger,
      60_000,
    );
    await watch.check();
    await redis.flushall();
    expect(await watch.check()).toBe(true);
    expect(await redis.exists(REDIS_MARKER_KEY)).toBe(0);
    expect(await watch.check()).toBe(true);
    expect(calls).toBe(2);
    await watch.stop();
  });
});
