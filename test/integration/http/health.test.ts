import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../../../src/db/connect.ts';
import { buildHttpApp, type HttpApp } from '../../../src/http/app.ts';
import { createLogger } from '../../../src/logger.ts';
import { createMetrics } from '../../../src/metrics.ts';
import { connectRedis, pingRedis, waitUntilReady } from '../../../src/queue/connection.ts';
import { waitFor } from '../../harness/free-port.ts';
import { createTestDatabase } from '../../harness/postgres.ts';
import { type RedisServer, startRedis } from '../../harness/redis.ts';

describe('health, readiness and metrics over HTTP with real PostgreSQL and Redis', () => {
  let database: { url: string; drop: () => Promise<void> };
  let handle: DatabaseHandle;
  let redis: RedisServer;
  let producer: ReturnType<typeof connectRedis>;
  let http: HttpApp;

  beforeAll(async () => {
    database = await createTestDatabase(inject('postgresUrl'), 'http');
    handle = await openDatabase({ databaseUrl: database.url, dataDir: '/tmp' });
    redis = await startRedis();
    producer = connectRedis(redis.url, 'producer');
    await waitUntilReady(producer, redis.url);
    http = await buildHttpApp({
      logger: createLogger({ level: 'silent', secrets: [] }),
      metrics: createMetrics(),
      readiness: { database: () => handle.ping(), redis: () => pingRedis(producer) },
    });
  });
  afterAll(async () => {
    await http.app.close();
    producer.disconnect();
    await redis.destroy();
    await handle.close();
    await database.drop();
  });

  it('/healthz is 200 and /readyz reports each check', async () => {
    expect((await http.app.inject({ url: '/healthz' })).json()).toEqual({ status: 'ok' });
    const ready = await http.app.inject({ url: '/readyz' });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toMatchObject({ status: 'ready', checks: { database: { ok: true }, redis: { ok: true } } });
  });

  it('/readyz turns 503 naming Redis while Redis is down, and 200 again when it returns', async () => {
    await redis.stop();
    const down = await http.app.inject({ url: '/readyz' });
    expect(down.statusCode).toBe(503);
    expect(down.json()).toMatchObject({ status: 'not_ready', checks: { database: { ok: true }, redis: { ok: false } } });
    await redis.start();
    await waitFor('readiness to return', async () => {
      const ready = await http.app.inject({ url: '/readyz' });
      if (ready.statusCode !== 200) throw new Error(ready.body);
    });
  });

  it('/metrics counts requests by route and status in Prometheus text', async () => {
    await http.app.inject({ url: '/no-such-thing' });
    const metrics = await http.app.inject({ url: '/metrics' });
    expect(metrics.headers['content-type']).toContain('text/plain');
    expect(metrics.body).toMatch(/knvl_http_requests_total\{method="GET",route="\/readyz",status="503",app="ket-noi-viec-lam"\} \d+/);
    expect(metrics.body).toContain('status="404"');
    expect(metrics.body).toContain('knvl_process_cpu_seconds_total');
  });

  it('answers bad requests with 4xx, never 5xx', async () => {
    expect((await http.app.inject({ method: 'POST', url: '/healthz', payload: '{' })).statusCode).toBe(404);
    expect((await http.app.inject({ method: 'GET', url: '/%E0%A4%A' })).statusCode).toBeLessThan(500);
  });

  it('/readyz says shutting_down once shutdown has begun', async () => {
    http.markShuttingDown();
    const response = await http.app.inject({ url: '/readyz' });
    expect(response.statusCode).toBe(503);
    expect(response.json()).toEqual({ status: 'shutting_down' });
  });
});
