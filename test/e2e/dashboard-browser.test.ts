/**
 * The officials' dashboard in a real browser (Debian's chromium driven by playwright-core), on real PostgreSQL: an
 * official asks the bot for /baocao, opens the link from another site (as from a chat app's web page: the
 * SameSite=Strict cookie must still work), presses the button, and lands on /dashboard without the token in the
 * address; the numbers and both SVG charts are on the page, nothing is blocked by the Content-Security-Policy, the
 * page fits a phone's width, an export downloads, and signing out works (the browser's own Sec-Fetch-Site passes the
 * same-origin check). Leaves screenshots in test-results/dashboard.png and test-results/dashboard-phone.png.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { simulatorChatId } from '../../src/channels/simulator/identity.ts';
import { openDatabase, type DatabaseHandle } from '../../src/db/connect.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { seedReferenceData } from '../../src/db/reference-data.ts';
import { createDialogEngine } from '../../src/engine/run.ts';
import { REGISTRY } from '../../src/features/index.ts';
import { buildHttpApp, type HttpApp } from '../../src/http/app.ts';
import { dashboardRoutes } from '../../src/http/dashboard/routes.ts';
import { createLogger } from '../../src/logger.ts';
import { createMetrics } from '../../src/metrics.ts';
import { chromiumLauncher, requireChromium } from '../harness/browser.ts';
import { startChatPipeline, type ChatPipeline } from '../harness/chat-pipeline.ts';
import { DASHBOARD_MARCH, EXPECTED, seedDashboardData } from '../harness/dashboard-seed.ts';
import { createTestDatabase } from '../harness/postgres.ts';

vi.setConfig({ testTimeout: 90_000, hookTimeout: 90_000 });

const ROOT = path.resolve(import.meta.dirname, '../..');
const SCREENSHOT = path.join(ROOT, 'test-results', 'dashboard.png');
const PHONE_SCREENSHOT = path.join(ROOT, 'test-results', 'dashboard-phone.png');
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): { width: number; height: number; bytes: number } {
  const data = fs.readFileSync(file);
  expect(data.subarray(0, 8).equals(PNG_SIGNATURE)).toBe(true);
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20), bytes: data.length };
}

describe('officials’ dashboard in chromium', () => {
  let database: { url: string; drop: () => Promise<void> };
  let handle: DatabaseHandle;
  let http: HttpApp;
  let chat: ChatPipeline;
  let port = 0;
  let chatPageLink = '';
  const browsers = chromiumLauncher();
  const problems: string[] = [];

  async function openBrowser(viewport: { width: number; height: number }): Promise<Page> {
    const context = await browsers.launch({ viewport, acceptDownloads: true });
    // Only our server (under both of its names); the page must need nothing else.
    await context.route('**/*', (route) => {
      const host = new URL(route.request().url()).host;
      return host === `127.0.0.1:${port}` || host === `localhost:${port}` ? route.continue() : route.abort();
    });
    const page = context.pages()[0] ?? (await context.newPage());
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    return page;
  }

  /** /baocao in chat: the bot's link, pointing at this server as "localhost". */
  async function linkFromBot(): Promise<string> {
    const replies = await chat.say('Can bo Hung', '/baocao');
    const url = /http:\/\/localhost:\d+\/dashboard\/login\?token=[A-Za-z0-9_-]{43}/.exec(replies.join('\n'))?.[0];
    if (!url) throw new Error(`no link in ${JSON.stringify(replies)}`);
    return url;
  }

  beforeAll(async () => {
    requireChromium();
    database = await createTestDatabase(inject('postgresUrl'), 'dashboard_browser');
    handle = await openDatabase({ databaseUrl: database.url, dataDir: os.tmpdir() });
    await migrateToLatest(handle.db);
    await seedReferenceData(handle.db);
    await seedDashboardData(handle.db);
    http = await buildHttpApp({
      logger: createLogger({ level: 'silent', secrets: [] }),
      metrics: createMetrics(),
      readiness: {},
      routes: [
        dashboardRoutes({ db: handle.db, adminToken: null, publicUrl: null }),
        // Stands for a chat app's web page on another site, holding the bot's message with the link.
        (app) =>
          app.get('/test/chat', async (_request, reply) =>
            reply
              .type('text/html; charset=utf-8')
              .send(`<!doctype html><p><a id="link" href="${chatPageLink}">link</a></p>`),
          ),
      ],
    });
    const address = await http.app.listen({ port: 0, host: '127.0.0.1' });
    port = Number(new URL(address).port);
    chat = startChatPipeline(handle.db, {
      floodLimit: 10_000,
      handler: createDialogEngine(handle.db, REGISTRY, { dashboardUrl: `http://localhost:${port}` }),
    });
    await chat.say('Can bo Hung', '/start');
    const official = await handle.db
      .selectFrom('channel_identities')
      .select('person_id')
      .where('chat_id', '=', simulatorChatId('Can bo Hung'))
      .executeTakeFirstOrThrow();
    await handle.db
      .insertInto('roles')
      .values({ person_id: official.person_id!, role: 'official', region_code: '19', granted_via: 'cli' })
      .execute();
  });

  afterAll(async () => {
    await browsers.closeAll();
    chat?.close();
    await http?.app.close();
    await handle?.close();
    await database?.drop();
  });

  it('the link from the bot, opened from another site, leads to the figures and charts; a screenshot is saved', async () => {
    chatPageLink = await linkFromBot();
    const page = await openBrowser({ width: 1280, height: 900 });
    await page.goto(`http://127.0.0.1:${port}/test/chat`);
    await page.click('#link');
    await page.waitForURL(/\/dashboard\/login\?token=/);
    await page.click('#open');
    await page.waitForURL((url) => url.pathname === '/dashboard');
    expect(page.url()).not.toContain('token');

    await page.goto(`http://localhost:${port}/dashboard?from=${DASHBOARD_MARCH.from}&to=${DASHBOARD_MARCH.to}`);
    await expect.poll(() => page.locator('#heading').innerText()).toBe('Thái Nguyên, từ 01/03/2026 đến 31/03/2026');
    const cardValue = (measure: string) => page.locator(`.card[data-measure="${measure}"] .value`).innerText();
    expect(await cardValue('registered')).toBe(String(EXPECTED.thaiNguyen.registered));
    expect(await cardValue('headcountApproved')).toBe('1.234');
    expect(await cardValue('hired')).toBe('<5');
    expect(await page.locator('tr[data-region="05665"] td[data-measure="registered"]').innerText()).toBe('7');
    expect(await page.locator('tr[data-region="05860"] td[data-measure="registered"]').innerText()).toBe('<5');

    // The charts are drawn, with real size: the funnel with a bar per step, the trend with a point for March, and
    // enrolment and completion by month (no courses in this dataset: zeros).
    const funnel = page.locator('svg.chart.funnel');
    const trend = page.locator('svg.chart.trend');
    const training = page.locator('svg.chart.training');
    for (const chart of [funnel, trend, training]) {
      const box = await chart.boundingBox();
      expect(box?.width).toBeGreaterThan(400);
      expect(box?.height).toBeGreaterThan(100);
    }
    expect(await funnel.locator('g.step').count()).toBeGreaterThanOrEqual(4);
    expect(await funnel.locator('text.value').allTextContents()).toContain(String(EXPECTED.thaiNguyen.registered));
    expect(await trend.locator('circle').count()).toBeGreaterThan(0);

    fs.mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    fs.rmSync(SCREENSHOT, { force: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    const size = pngSize(SCREENSHOT);
    expect(size.width).toBe(1280);
    expect(size.height).toBeGreaterThan(900);
    expect(size.bytes).toBeGreaterThan(30_000);

    // An export downloads from the page.
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#exports a').first().click()]);
    expect(download.suggestedFilename()).toBe(`so-lieu-19-${DASHBOARD_MARCH.from}-${DASHBOARD_MARCH.to}.xlsx`);
    const saved = fs.readFileSync((await download.path()) ?? '');
    expect(saved.subarray(0, 2).toString()).toBe('PK');

    // Signing out: the browser's own headers show the form came from this page, so it is not refused as cross-site.
    await page.click('header form[action="/dashboard/logout"] button');
    await expect.poll(() => page.locator('#message').innerText()).toContain('Bạn đã đăng xuất.');
    expect(await page.context().cookies()).toEqual([]);
    expect((await page.context().request.get(`http://localhost:${port}/dashboard`)).status()).toBe(401);
    expect(problems).toEqual([]);
  });

  it('on a phone-sized screen the page fits its width: wide tables scroll inside their box', async () => {
    chatPageLink = await linkFromBot();
    const page = await openBrowser({ width: 390, height: 844 });
    await page.goto(chatPageLink);
    await page.click('#open');
    await page.waitForURL((url) => url.pathname === '/dashboard');
    await expect.poll(() => page.locator('#heading').innerText()).toMatch(/^Thái Nguyên, từ 01\/01\/\d{4}/);
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    fs.rmSync(PHONE_SCREENSHOT, { force: true });
    await page.screenshot({ path: PHONE_SCREENSHOT, fullPage: false });
    expect(pngSize(PHONE_SCREENSHOT).width).toBe(390);
    expect(problems).toEqual([]);
  });

  it('a used link opened again says so in the browser', async () => {
    const page = await openBrowser({ width: 800, height: 600 });
    const response = await page.goto(chatPageLink);
    expect(response?.status()).toBe(401);
    expect(await page.locator('#message').innerText()).toContain('Đường dẫn này đã được dùng rồi.');
  });
});
