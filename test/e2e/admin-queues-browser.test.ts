/**
 * The queue dashboard in a real browser (Debian's chromium driven by playwright-core): opening
 * /admin/queues?token=… once lands on the board without the token in the address, the board lists every queue,
 * and a fresh browser without the cookie is refused. Leaves a screenshot in test-results/admin-queues.png.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { adminQueuesRoutes } from '../../src/http/admin-queues.ts';
import { buildHttpApp, type HttpApp } from '../../src/http/app.ts';
import { createLogger } from '../../src/logger.ts';
import { createMetrics } from '../../src/metrics.ts';
import { connectRedis, waitUntilReady } from '../../src/queue/connection.ts';
import { QUEUE_NAMES } from '../../src/queue/names.ts';
import { closeQueues, createQueues, type QueueRegistry } from '../../src/queue/queues.ts';
import { type RedisServer, startRedis } from '../harness/redis.ts';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const CHROMIUM = '/usr/bin/chromium';
const ROOT = path.resolve(import.meta.dirname, '../..');
const SCREENSHOT = path.join(ROOT, 'test-results', 'admin-queues.png');
const TOKEN = 'browser-admin-token-0123456789';

describe('queue dashboard in chromium', () => {
  let redis: RedisServer;
  let producer: ReturnType<typeof connectRedis>;
  let queues: QueueRegistry;
  let http: HttpApp;
  let origin: string;
  const userDataDirs: string[] = [];
  const contexts: BrowserContext[] = [];
  const pageErrors: string[] = [];

  async function openBrowser(): Promise<Page> {
    const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'knvl-chromium-'));
    userDataDirs.push(userDataDir);
    const context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
      viewport: { width: 1280, height: 800 },
    });
    contexts.push(context);
    // Only our server: the board's web font (fonts.googleapis.com) is refused, and the page must work without it.
    await context.route('**/*', (route) => (new URL(route.request().url()).origin === origin ? route.continue() : route.abort()));
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (error) => pageErrors.push(error.message));
    return page;
  }

  beforeAll(async () => {
    if (!fs.existsSync(CHROMIUM)) {
      throw new Error(`${CHROMIUM} is missing: the browser tests use Debian's chromium. Install it with: apt-get install chromium`);
    }
    redis = await startRedis();
    producer = connectRedis(redis.url, 'producer');
    await waitUntilReady(producer, redis.url);
    queues = createQueues(producer);
    await queues.fanout.add('vacancy.approved', { vacancyId: 12 }, { jobId: 'outbox-12' });
    await queues['deliver-telegram'].addBulk(Array.from({ length: 3 }, (_, i) => ({ name: 'deliver', data: { notificationId: i + 1 }, opts: { jobId: `n-${i + 1}` } })));
    http = await buildHttpApp({
      logger: createLogger({ level: 'silent', secrets: [] }),
      metrics: createMetrics(),
      readiness: {},
      routes: [adminQueuesRoutes({ adminToken: TOKEN, queues })],
    });
    origin = await http.app.listen({ port: 0, host: '127.0.0.1' });
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    for (const dir of userDataDirs) fs.rmSync(dir, { recursive: true, force: true });
    await http?.app.close();
    if (queues) await closeQueues(queues);
    producer?.disconnect();
    await redis?.destroy();
  });

  it('?token= once: the board opens without the token in the address and lists every queue', async () => {
    const page = await openBrowser();
    await page.goto(`${origin}/admin/queues?token=${TOKEN}`);
    expect(new URL(page.url()).pathname).toBe('/admin/queues');
    expect(page.url()).not.toContain(TOKEN);
    expect(await page.title()).toBe('Kết Nối Việc Làm');
    for (const name of QUEUE_NAMES) {
      await expect.poll(() => page.getByText(name, { exact: true }).first().isVisible(), { timeout: 15_000 }).toBe(true);
    }
    const cookies = await contexts[0]!.cookies();
    expect(cookies.find((c) => c.name === 'knvl_admin')).toMatchObject({ httpOnly: true, path: '/admin/queues' });
    fs.mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });

    // The cookie keeps the admin in: a queue's own page opens straight away.
    await page.goto(`${origin}/admin/queues/queue/deliver-telegram`);
    await expect.poll(() => page.getByText('n-1').first().isVisible().catch(() => false), { timeout: 15_000 }).toBe(true);
    expect(pageErrors).toEqual([]);
  });

  it('a browser without the cookie gets 401', async () => {
    const page = await openBrowser();
    const response = await page.goto(`${origin}/admin/queues`);
    expect(response?.status()).toBe(401);
    expect(await page.locator('body').innerText()).toContain('admin token needed');
    const wrong = await page.goto(`${origin}/admin/queues?token=not-the-token`);
    expect(wrong?.status()).toBe(401);
  });
});
