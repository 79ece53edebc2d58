/**
 * The queue dashboard in a real browser (Debian's chromium driven by playwright-core), on real PostgreSQL: opening
 * /admin/queues sends the browser to the sign-in form, the admin types ADMIN_TOKEN there and lands on the board
 * (the token never in an address), which lists every queue; the same session opens /dashboard. A token put in the
 * address is refused and sets nothing. Leaves a screenshot in test-results/admin-queues.png.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../../src/db/connect.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { seedReferenceData } from '../../src/db/reference-data.ts';
import { adminQueuesRoutes } from '../../src/http/admin-queues.ts';
import { buildHttpApp, type HttpApp } from '../../src/http/app.ts';
import { dashboardRoutes } from '../../src/http/dashboard/routes.ts';
import { createLogger } from '../../src/logger.ts';
import { createMetrics } from '../../src/metrics.ts';
import { connectRedis, waitUntilReady } from '../../src/messaging/queue/connection.ts';
import { QUEUE_NAMES } from '../../src/messaging/queue/names.ts';
import { closeQueues, createQueues, type QueueRegistry } from '../../src/messaging/queue/queues.ts';
import { chromiumLauncher, requireChromium } from '../harness/browser.ts';
import { createTestDatabase } from '../harness/postgres.ts';
import { type RedisServer, startRedis } from '../harness/redis.ts';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const ROOT = path.resolve(import.meta.dirname, '../..');
const SCREENSHOT = path.join(ROOT, 'test-results', 'admin-queues.png');
const TOKEN = 'browser-admin-token-0123456789';

describe('queue dashboard in chromium', () => {
  let database: { url: string; drop: () => Promise<void> };
  let handle: DatabaseHandle;
  let redis: RedisServer;
  let producer: ReturnType<typeof connectRedis>;
  let queues: QueueRegistry;
  let http: HttpApp;
  let origin: string;
  const browsers = chromiumLauncher();
  const pageErrors: string[] = [];

  async function openBrowser(): Promise<Page> {
    const context = await browsers.launch({ viewport: { width: 1280, height: 800 } });
    // Only our server: the board's web font (fonts.googleapis.com) is refused, and the page must work without it.
    await context.route('**/*', (route) =>
      new URL(route.request().url()).origin === origin ? route.continue() : route.abort(),
    );
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (error) => pageErrors.push(error.message));
    return page;
  }

  beforeAll(async () => {
    requireChromium();
    database = await createTestDatabase(inject('postgresUrl'), 'admin_queues_browser');
    handle = await openDatabase({ databaseUrl: database.url, dataDir: os.tmpdir() });
    await migrateToLatest(handle.db);
    await seedReferenceData(handle.db);
    redis = await startRedis();
    producer = connectRedis(redis.url, 'producer');
    await waitUntilReady(producer, redis.url);
    queues = createQueues(producer);
    await queues.fanout.add('vacancy.approved', { vacancyId: 12 }, { jobId: 'outbox-12' });
    await queues['deliver-telegram'].addBulk(
      Array.from({ length: 3 }, (_, i) => ({
        name: 'deliver',
        data: { notificationId: i + 1 },
        opts: { jobId: `n-${i + 1}` },
      })),
    );
    http = await buildHttpApp({
      logger: createLogger({ level: 'silent', secrets: [] }),
      metrics: createMetrics(),
      readiness: {},
      routes: [
        adminQueuesRoutes({ adminToken: TOKEN, queues, db: handle.db }),
        dashboardRoutes({ db: handle.db, adminToken: TOKEN, publicUrl: null }),
      ],
    });
    origin = await http.app.listen({ port: 0, host: '127.0.0.1' });
  });

  afterAll(async () => {
    await browsers.closeAll();
    await http?.app.close();
    if (queues) await closeQueues(queues);
    producer?.disconnect();
    await redis?.destroy();
    await handle?.close();
    await database?.drop();
  });

  it('the sign-in form once: the board opens without the token in the address, lists every queue, and /dashboard opens too', async () => {
    const page = await openBrowser();
    await page.goto(`${origin}/admin/queues`);
    expect(new URL(page.url()).pathname).toBe('/dashboard/login');
    await page.fill('#admin-token', TOKEN);
    await page.click('#sign-in');
    await page.waitForURL((url) => url.pathname === '/admin/queues');
    expect(page.url()).not.toContain(TOKEN);
    expect(await page.title()).toBe('Kết Nối Việc Làm');
    for (const name of QUEUE_NAMES) {
      await expect
        .poll(() => page.getByText(name, { exact: true }).first().isVisible(), { timeout: 15_000 })
        .toBe(true);
    }
    const cookies = await page.context().cookies();
    expect(cookies.map((c) => c.name)).toEqual(['knvl_session']);
    expect(cookies[0]).toMatchObject({ httpOnly: true, path: '/', sameSite: 'Strict' });
    expect(cookies[0]?.value).not.toContain(TOKEN);
    fs.mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });

    // The cookie keeps the admin in: a queue's own page opens straight away, and so does the officials' dashboard.
    await page.goto(`${origin}/admin/queues/queue/deliver-telegram`);
    await expect
      .poll(
        () =>
          page
            .getByText('n-1')
            .first()
            .isVisible()
            .catch(() => false),
        { timeout: 15_000 },
      )
      .toBe(true);
    const dashboard = await page.goto(`${origin}/dashboard`);
    expect(dashboard?.status()).toBe(200);
    await expect.poll(() => page.locator('#heading').innerText()).toMatch(/^Cả nước, từ /);
    expect(pageErrors).toEqual([]);
  });

  it('a wrong token is refused on the form; a token in the address gets 401 and sets nothing', async () => {
    const page = await openBrowser();
    await page.goto(`${origin}/dashboard/login?next=queues`);
    await page.fill('#admin-token', 'not-the-admin-token-0000');
    await page.click('#sign-in');
    expect(await page.locator('#message').innerText()).toContain('Mã quản trị không đúng.');
    for (const url of [`${origin}/admin/queues?token=${TOKEN}`, `${origin}/dashboard?token=${TOKEN}`]) {
      const response = await page.goto(url);
      expect(response?.status(), url).toBe(401);
    }
    expect(await page.locator('body').innerText()).toContain('Không nhận mã quản trị trong địa chỉ trang.');
    expect(await page.context().cookies()).toEqual([]);
    const board = await page.goto(`${origin}/admin/queues`);
    expect(new URL(page.url()).pathname).toBe('/dashboard/login');
    expect(board?.status()).toBe(200);
  });
});
