import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { simulatorChatId } from '../../../src/channels/simulator/identity.ts';
import type { DatabaseHandle } from '../../../src/db/connect.ts';
import { migrateToLatest } from '../../../src/db/migrate.ts';
import { adminQueuesRoutes } from '../../../src/http/admin-queues.ts';
import { buildHttpApp, type HttpApp } from '../../../src/http/app.ts';
import { dashboardRoutes } from '../../../src/http/dashboard/routes.ts';
import { createLogger } from '../../../src/logger.ts';
import { createMetrics } from '../../../src/metrics.ts';
import { connectRedis, waitUntilReady } from '../../../src/messaging/queue/connection.ts';
import { QUEUE_NAMES } from '../../../src/messaging/queue/names.ts';
import { closeQueues, createQueues, type QueueRegistry } from '../../../src/messaging/queue/queues.ts';
import { startChatPipeline } from '../../harness/chat-pipeline.ts';
import { backends } from '../../harness/databases.ts';
import { type RedisServer, startRedis } from '../../harness/redis.ts';

/**
 * The queue dashboard over HTTP through the app, with a real redis-server and the sessions of /dashboard on
 * PostgreSQL and PGlite: off without ADMIN_TOKEN; else open to `Authorization: Bearer` and to an administrator
 * signed in on the /dashboard/login form (one session for both boards), never to a token in the address; and what
 * it shows of a job is redacted to ids.
 */
const TOKEN = 'admin-token-0123456789abcdef';
const NAME = 'Nguyễn Thị Hoa';
const PHONE = '0912345678';

describe.each(backends)(
  '/admin/queues (Bull Board) behind ADMIN_TOKEN, with a real redis-server, on $name',
  (backend) => {
    let handle: DatabaseHandle;
    let cleanup: () => Promise<void>;
    let redis: RedisServer;
    let producer: ReturnType<typeof connectRedis>;
    let queues: QueueRegistry;
    let on: HttpApp;
    let off: HttpApp;
    let otherToken: HttpApp;

    const build = (adminToken: string | null) =>
      buildHttpApp({
        logger: createLogger({ level: 'silent', secrets: [] }),
        metrics: createMetrics(),
        readiness: {},
        routes: [
          adminQueuesRoutes({ adminToken, queues, db: handle.db }),
          dashboardRoutes({ db: handle.db, adminToken, publicUrl: null }),
        ],
      });

    beforeAll(async () => {
      ({ handle, cleanup } = await backend.open());
      await migrateToLatest(handle.db);
      redis = await startRedis();
      producer = connectRedis(redis.url, 'producer');
      await waitUntilReady(producer, redis.url);
      queues = createQueues(producer);
      await queues.fanout.add('vacancy.approved', { vacancyId: 1 }, { jobId: 'outbox-1' });
      await queues['deliver-zalo'].add('deliver', { notificationId: 7 }, { jobId: 'n-7', delay: 60_000 });
      // A notice of the old shape, with a worker's name and phone in its data: the board must not show them.
      await queues.notify.add(
        'notice',
        {
          personId: 42,
          key: 'notice.interest_employer',
          params: { name: NAME, phone: PHONE, title: 'Phụ hồ' },
          applicationId: 9,
        },
        { jobId: 'outbox-2' },
      );
      [on, off, otherToken] = await Promise.all([build(TOKEN), build(null), build('another-admin-token-0123456789')]);
    });
    afterAll(async () => {
      for (const http of [on, off, otherToken]) await http?.app.close();
      if (queues) await closeQueues(queues);
      producer?.disconnect();
      await redis?.destroy();
      await cleanup?.();
    });

    const bearer = { authorization: `Bearer ${TOKEN}` };
    const signIn = (http: HttpApp, token: string, next = 'queues') =>
      http.app.inject({
        method: 'POST',
        url: '/dashboard/login',
        payload: `admin_token=${encodeURIComponent(token)}&next=${next}`,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      });
    const sessionCookie = (setCookie: string | string[] | undefined) => {
      const value = /knvl_session=([A-Za-z0-9_-]{43})/.exec(String(setCookie))?.[1];
      if (!value) throw new Error(`no session cookie in ${String(setCookie)}`);
      return `knvl_session=${value}`;
    };

    it('is off (404) when ADMIN_TOKEN is unset', async () => {
      for (const url of [
        '/admin/queues',
        '/admin/queues/',
        '/admin/queues/api/queues',
        `/admin/queues?token=${TOKEN}`,
      ]) {
        const response = await off.app.inject({ url, headers: bearer });
        expect(response.statusCode, url).toBe(404);
      }
    });

    it('without credentials: a browser is sent to the sign-in form, anything else gets 401; wrong ones get 401', async () => {
      const page = await on.app.inject({
        url: '/admin/queues',
        headers: { accept: 'text/html,application/xhtml+xml' },
      });
      expect(page.statusCode).toBe(303);
      expect(page.headers.location).toBe('/dashboard/login?next=queues');
      const api = await on.app.inject({ url: '/admin/queues/api/queues', headers: { accept: 'application/json' } });
      expect(api.statusCode).toBe(401);
      expect(api.headers['www-authenticate']).toBe('Bearer realm="admin"');
      expect(api.json().error).toContain('/dashboard/login?next=queues');
      const old = `knvl_admin=${'x'.repeat(43)}`; // the cookie of the former ?token= sign-in means nothing now
      for (const headers of [
        { authorization: 'Bearer wrong-token-0123456789' },
        { authorization: `Basic ${TOKEN}` },
        { authorization: `Bearer ${TOKEN}x` },
        { cookie: 'knvl_session=forged' },
        { cookie: `knvl_session=${TOKEN}` },
        { cookie: old },
      ]) {
        expect(
          (await on.app.inject({ url: '/admin/queues/api/queues', headers })).statusCode,
          JSON.stringify(headers),
        ).toBe(401);
      }
    });

    it('?token= in the address is refused, even the right one, and opens nothing', async () => {
      const before = await handle.db.selectFrom('dashboard_sessions').select('id_hash').execute();
      for (const url of [
        `/admin/queues?token=${TOKEN}`,
        `/admin/queues/queue/fanout?status=waiting&token=${encodeURIComponent(TOKEN)}`,
        '/admin/queues?token=nope',
      ]) {
        for (const headers of [{}, { accept: 'text/html' }, bearer]) {
          const response = await on.app.inject({ url, headers });
          expect(response.statusCode, url).toBe(401);
          expect(response.headers['set-cookie'], url).toBeUndefined();
          expect(response.body).not.toContain(TOKEN);
        }
      }
      expect(await handle.db.selectFrom('dashboard_sessions').select('id_hash').execute()).toEqual(before);
    });

    it('with the bearer token: the page, and every queue of names.ts in the API, read-only', async () => {
      const page = await on.app.inject({ url: '/admin/queues', headers: bearer });
      expect(page.statusCode).toBe(200);
      expect(page.headers['content-type']).toContain('text/html');
      expect(page.body).toContain('<base href="/admin/queues/" />');
      expect(page.body).toContain('<title>Kết Nối Việc Làm</title>');

      const api = await on.app.inject({
        url: '/admin/queues/api/queues?activeQueue=fanout&status=latest',
        headers: bearer,
      });
      expect(api.statusCode).toBe(200);
      const body = api.json() as { queues: { name: string; readOnlyMode: boolean; counts: Record<string, number> }[] };
      expect(body.queues.map((q) => q.name).sort()).toEqual([...QUEUE_NAMES].sort());
      expect(body.queues.every((q) => q.readOnlyMode)).toBe(true);
      expect(body.queues.find((q) => q.name === 'fanout')?.counts).toMatchObject({ waiting: 1 });
      expect(body.queues.find((q) => q.name === 'deliver-zalo')?.counts).toMatchObject({ delayed: 1 });
    });

    it('nothing but GET and HEAD passes: pausing, cleaning or retrying is refused even with the token', async () => {
      for (const [method, url] of [
        ['PUT', '/admin/queues/api/queues/fanout/pause'],
        ['PUT', '/admin/queues/api/queues/pause'],
        ['PUT', '/admin/queues/api/queues/fanout/clean/completed'],
        ['PUT', '/admin/queues/api/queues/fanout/obliterate'],
        ['PUT', '/admin/queues/api/queues/fanout/outbox-1/retry'],
        ['POST', '/admin/queues/api/queues/fanout/add'],
      ] as const) {
        expect((await on.app.inject({ method, url, headers: bearer })).statusCode, url).toBe(405);
      }
      expect(await queues.fanout.isPaused()).toBe(false);
      expect(await queues.fanout.getJobCounts('waiting')).toMatchObject({ waiting: 1 });
    });

    it('one sign-in on the form opens both boards; a person’s session does not open this one; signing out closes both', async () => {
      const signedIn = await signIn(on, TOKEN);
      expect(signedIn.statusCode).toBe(303);
      expect(signedIn.headers.location).toBe('/admin/queues');
      expect(String(signedIn.headers['set-cookie'])).toContain('Path=/;');
      const cookie = sessionCookie(signedIn.headers['set-cookie']);
      for (const url of [
        '/admin/queues',
        '/admin/queues/queue/fanout?status=waiting',
        '/admin/queues/api/queues',
        '/dashboard',
        '/dashboard/audit',
      ]) {
        expect((await on.app.inject({ url, headers: { cookie: `other=1; ${cookie}` } })).statusCode, url).toBe(200);
      }
      // A session opened under another ADMIN_TOKEN (the token changed since) opens nothing.
      const stale = sessionCookie((await signIn(otherToken, 'another-admin-token-0123456789')).headers['set-cookie']);
      expect((await on.app.inject({ url: '/admin/queues/api/queues', headers: { cookie: stale } })).statusCode).toBe(
        401,
      );

      // A person with the admin role, signed in with a one-time link, sees /dashboard but not the queues: those take
      // ADMIN_TOKEN.
      const chat = startChatPipeline(handle.db, { floodLimit: 10_000 });
      try {
        await chat.say('Can bo Queue', '/start');
        const person = await handle.db
          .selectFrom('channel_identities')
          .select('person_id')
          .where('chat_id', '=', simulatorChatId('Can bo Queue'))
          .executeTakeFirstOrThrow();
        await handle.db
          .insertInto('roles')
          .values({ person_id: person.person_id!, role: 'admin', region_code: null, granted_via: 'cli' })
          .execute();
        const link = /token=([A-Za-z0-9_-]{43})/.exec((await chat.say('Can bo Queue', '/baocao')).join('\n'))?.[1];
        const official = await on.app.inject({
          method: 'POST',
          url: '/dashboard/login',
          payload: `token=${link}`,
          headers: { 'content-type': 'application/x-www-form-urlencoded' },
        });
        const officialCookie = sessionCookie(official.headers['set-cookie']);
        expect((await on.app.inject({ url: '/dashboard', headers: { cookie: officialCookie } })).statusCode).toBe(200);
        const refused = await on.app.inject({ url: '/admin/queues/api/queues', headers: { cookie: officialCookie } });
        expect(refused.statusCode).toBe(403);
        expect(refused.json().error).toContain('ADMIN_TOKEN');
      } finally {
        chat.close();
      }

      const out = await on.app.inject({
        method: 'POST',
        url: '/dashboard/logout',
        headers: { cookie, 'content-type': 'application/x-www-form-urlencoded' },
        payload: '',
      });
      expect(out.statusCode).toBe(200);
      expect((await on.app.inject({ url: '/admin/queues/api/queues', headers: { cookie } })).statusCode).toBe(401);
      expect((await on.app.inject({ url: '/dashboard', headers: { cookie } })).statusCode).toBe(401);
    });

    it('a job’s data is shown redacted to ids: no name, no phone, in the list or the job itself', async () => {
      const list = await on.app.inject({
        url: '/admin/queues/api/queues?activeQueue=notify&status=latest',
        headers: bearer,
      });
      expect(list.statusCode).toBe(200);
      const job = await on.app.inject({ url: '/admin/queues/api/queues/notify/outbox-2', headers: bearer });
      expect(job.statusCode).toBe(200);
      for (const body of [list.body, job.body]) {
        expect(body).not.toContain('Hoa');
        expect(body).not.toContain(PHONE);
        expect(body).not.toContain('912345678');
        expect(body).not.toContain('Phụ hồ');
      }
      expect((job.json() as { job: { data: unknown; name: string } }).job).toMatchObject({
        name: 'notice',
        data: { personId: 42, key: '…', params: { name: '…', phone: '…', title: '…' }, applicationId: 9 },
      });
      const fanout = await on.app.inject({ url: '/admin/queues/api/queues/fanout/outbox-1', headers: bearer });
      expect((fanout.json() as { job: { data: unknown } }).job.data).toEqual({ vacancyId: 1 });
    });
  },
);
