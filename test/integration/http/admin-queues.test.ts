import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_COOKIE, adminCookieValue, adminQueuesRoutes } from '../../../src/http/admin-queues.ts';
import { buildHttpApp, type HttpApp } from '../../../src/http/app.ts';
import { createLogger } from '../../../src/logger.ts';
import { createMetrics } from '../../../src/metrics.ts';
import { connectRedis, waitUntilReady } from '../../../src/queue/connection.ts';
import { QUEUE_NAMES } from '../../../src/queue/names.ts';
import { closeQueues, createQueues, type QueueRegistry } from '../../../src/queue/queues.ts';
import { type RedisServer, startRedis } from '../../harness/redis.ts';

/** The queue dashboard over HTTP through the app, with a real redis-server: off without ADMIN_TOKEN, else behind it. */
const TOKEN = 'admin-token-0123456789abcdef';

describe('/admin/queues (Bull Board) behind ADMIN_TOKEN, with a real redis-server', () => {
  let redis: RedisServer;
  let producer: ReturnType<typeof connectRedis>;
  let queues: QueueRegistry;
  let on: HttpApp;
  let off: HttpApp;

  const build = (adminToken: string | null) =>
    buildHttpApp({
      logger: createLogger({ level: 'silent', secrets: [] }),
      metrics: createMetrics(),
      readiness: {},
      routes: [adminQueuesRoutes({ adminToken, queues })],
    });

  beforeAll(async () => {
    redis = await startRedis();
    producer = connectRedis(redis.url, 'producer');
    await waitUntilReady(producer, redis.url);
    queues = createQueues(producer);
    await queues.fanout.add('vacancy.approved', { vacancyId: 1 }, { jobId: 'outbox-1' });
    await queues['deliver-zalo'].add('deliver', { notificationId: 7 }, { jobId: 'n-7', delay: 60_000 });
    [on, off] = await Promise.all([build(TOKEN), build(null)]);
  });
  afterAll(async () => {
    await on.app.close();
    await off.app.close();
    await closeQueues(queues);
    producer.disconnect();
    await redis.destroy();
  });

  const bearer = { authorization: `Bearer ${TOKEN}` };

  it('is off (404) when ADMIN_TOKEN is unset', async () => {
    for (const url of ['/admin/queues', '/admin/queues/', '/admin/queues/api/queues', `/admin/queues?token=${TOKEN}`]) {
      const response = await off.app.inject({ url, headers: bearer });
      expect(response.statusCode, url).toBe(404);
    }
  });

  it('refuses a missing or wrong token with 401', async () => {
    const missing = await on.app.inject({ url: '/admin/queues' });
    expect(missing.statusCode).toBe(401);
    expect(missing.headers['www-authenticate']).toBe('Bearer realm="admin"');
    expect(missing.json().error).toContain('/admin/queues?token=');
    for (const headers of [{ authorization: 'Bearer wrong-token-0123456789' }, { authorization: `Basic ${TOKEN}` }, { authorization: `Bearer ${TOKEN}x` }, { cookie: `${ADMIN_COOKIE}=forged` }, { cookie: `${ADMIN_COOKIE}=${TOKEN}` }]) {
      expect((await on.app.inject({ url: '/admin/queues/api/queues', headers })).statusCode, JSON.stringify(headers)).toBe(401);
    }
    const wrongQuery = await on.app.inject({ url: '/admin/queues?token=nope' });
    expect(wrongQuery.statusCode).toBe(401);
    expect(wrongQuery.headers['set-cookie']).toBeUndefined();
  });

  it('with the bearer token: the page, and every queue of names.ts in the API, read-only', async () => {
    const page = await on.app.inject({ url: '/admin/queues', headers: bearer });
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain('<base href="/admin/queues/" />');
    expect(page.body).toContain('<title>Kết Nối Việc Làm</title>');

    const api = await on.app.inject({ url: '/admin/queues/api/queues?activeQueue=fanout&status=latest', headers: bearer });
    expect(api.statusCode).toBe(200);
    const body = api.json() as { queues: { name: string; readOnlyMode: boolean; counts: Record<string, number> }[] };
    expect(body.queues.map((q) => q.name).sort()).toEqual([...QUEUE_NAMES].sort());
    expect(body.queues.every((q) => q.readOnlyMode)).toBe(true);
    expect(body.queues.find((q) => q.name === 'fanout')?.counts).toMatchObject({ waiting: 1 });
    expect(body.queues.find((q) => q.name === 'deliver-zalo')?.counts).toMatchObject({ delayed: 1 });
  });

  it('nothing but GET and HEAD passes: pausing, cleaning or retrying is refused even with the token', async () => {
    for (const [method, url] of [['PUT', '/admin/queues/api/queues/fanout/pause'], ['PUT', '/admin/queues/api/queues/pause'], ['PUT', '/admin/queues/api/queues/fanout/clean/completed'], ['PUT', '/admin/queues/api/queues/fanout/obliterate'], ['PUT', '/admin/queues/api/queues/fanout/outbox-1/retry'], ['POST', '/admin/queues/api/queues/fanout/add']] as const) {
      expect((await on.app.inject({ method, url, headers: bearer })).statusCode, url).toBe(405);
    }
    expect(await queues.fanout.isPaused()).toBe(false);
    expect(await queues.fanout.getJobCounts('waiting')).toMatchObject({ waiting: 1 });
  });

  it('?token= sets an HttpOnly cookie and redirects to the page without the token; the cookie then opens it', async () => {
    const first = await on.app.inject({ url: `/admin/queues/queue/fanout?token=${encodeURIComponent(TOKEN)}&status=waiting` });
    expect(first.statusCode).toBe(303);
    expect(first.headers.location).toBe('/admin/queues/queue/fanout?status=waiting');
    const cookie = String(first.headers['set-cookie']);
    expect(cookie).toContain(`${ADMIN_COOKIE}=${adminCookieValue(TOKEN)}`);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('Path=/admin/queues');
    expect(cookie).not.toContain(TOKEN);
    expect(cookie).not.toContain('Secure'); // plain http here; behind an https proxy it is added

    const headers = { cookie: `other=1; ${ADMIN_COOKIE}=${adminCookieValue(TOKEN)}` };
    expect((await on.app.inject({ url: '/admin/queues/queue/fanout?status=waiting', headers })).statusCode).toBe(200);
    expect((await on.app.inject({ url: '/admin/queues/api/queues', headers })).statusCode).toBe(200);
    // A cookie from another token (ADMIN_TOKEN changed) no longer works.
    expect((await on.app.inject({ url: '/admin/queues', headers: { cookie: `${ADMIN_COOKIE}=${adminCookieValue('another-token-0123456789')}` } })).statusCode).toBe(401);

    const https = await on.app.inject({ url: `/admin/queues?token=${TOKEN}`, headers: { 'x-forwarded-proto': 'https' } });
    expect(String(https.headers['set-cookie'])).toContain('Secure');
    expect(https.headers.location).toBe('/admin/queues');
  });

  it('the rest of the app is not affected by the dashboard', async () => {
    expect((await on.app.inject({ url: '/metrics' })).statusCode).toBe(200);
    expect((await on.app.inject({ url: '/admin/other' })).statusCode).toBe(404);
  });
});
