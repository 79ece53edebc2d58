import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../../../src/db/connect.ts';
import { buildHttpApp, type HttpApp } from '../../../src/http/app.ts';
import { createLogger } from '../../../src/logger.ts';
import { createMetrics } from '../../../src/metrics.ts';
import { connectRedis, pingRedis, waitUntilReady } from '../../../src/messaging/queue/connection.ts';
import { captureLog } from '../../harness/capture-log.ts';
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
    expect(down.json()).toMatchObject({
      status: 'not_ready',
      checks: { database: { ok: true }, redis: { ok: false } },
    });
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
    expect(metrics.body).toMatch(
      /knvl_http_requests_total\{method="GET",route="\/readyz",status="503",app="ket-noi-viec-lam"\} \d+/,
    );
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

describe('/readyz names the failed check without the driver’s words; /metrics behind METRICS_TOKEN', () => {
  const PASSWORD = 'pg-password-s3cret';
  const driverError = () =>
    new Error(
      `connect ECONNREFUSED 10.20.30.40:5432 (postgres://knvl_app:${PASSWORD}@db.internal.example:5432/knvl, /var/run/postgresql/.s.PGSQL.5432)`,
    );

  it('a failing check says "failed", one that hangs says how long it waited; the error itself goes to the log, scrubbed', async () => {
    const log = captureLog([PASSWORD]);
    const http = await buildHttpApp({
      logger: log.logger,
      metrics: createMetrics(),
      readiness: { database: async () => Promise.reject(driverError()), redis: () => new Promise<void>(() => {}) },
    });
    try {
      const response = await http.app.inject({ url: '/readyz' });
      expect(response.statusCode).toBe(503);
      expect(response.json()).toEqual({
        status: 'not_ready',
        checks: {
          database: { ok: false, error: 'failed', ms: expect.any(Number) },
          redis: { ok: false, error: 'no answer within 2000 ms', ms: expect.any(Number) },
        },
      });
      for (const secret of ['10.20.30.40', 'knvl_app', 'db.internal.example', '/var/run', PASSWORD, 'ECONNREFUSED'])
        expect(response.body).not.toContain(secret);

      const warnings = log.parsed().filter((line) => line.msg === 'readiness check failed');
      expect(warnings.map((line) => [line.level, line.check])).toEqual([
        [40, 'database'],
        [40, 'redis'],
      ]);
      expect(log.text()).toContain('ECONNREFUSED 10.20.30.40:5432');
      expect(log.text()).not.toContain(PASSWORD);
    } finally {
      await http.app.close();
    }
  });

  it('METRICS_TOKEN set: /metrics needs the Bearer token (401 otherwise); unset: open as before', async () => {
    const token = 'metrics-token-0123456789';
    const closed = await buildHttpApp({
      logger: createLogger({ level: 'silent', secrets: [] }),
      metrics: createMetrics(),
      readiness: {},
      metricsToken: token,
    });
    const open = await buildHttpApp({
      logger: createLogger({ level: 'silent', secrets: [] }),
      metrics: createMetrics(),
      readiness: {},
      metricsToken: null,
    });
    try {
      for (const headers of [
        {},
        { authorization: 'Bearer wrong-token-0123456789' },
        { authorization: `Basic ${token}` },
        { authorization: `Bearer ${token}x` },
      ]) {
        const refused = await closed.app.inject({ url: '/metrics', headers });
        expect(refused.statusCode, JSON.stringify(headers)).toBe(401);
        expect(refused.headers['www-authenticate']).toBe('Bearer realm="metrics"');
        expect(refused.body).not.toContain('knvl_');
      }
      const allowed = await closed.app.inject({ url: '/metrics', headers: { authorization: `Bearer ${token}` } });
      expect(allowed.statusCode).toBe(200);
      expect(allowed.body).toContain('knvl_process_cpu_seconds_total');
      expect((await closed.app.inject({ url: '/healthz' })).statusCode).toBe(200);
      expect((await open.app.inject({ url: '/metrics' })).statusCode).toBe(200);
    } finally {
      await closed.app.close();
      await open.app.close();
    }
  });
});
