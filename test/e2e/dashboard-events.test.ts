/**
 * The dashboard's events page in a real browser (chromium via playwright-core), on real PostgreSQL: an official of
 * Thái Nguyên records a village meeting of 120 people with /hopthon in chat, a fair in Phổ Yên this month has one
 * employer, 6 registered, 5 checked in and 2 hired; a fair in Sơn La is outside the official's area. From the
 * navigation of /dashboard the official opens /dashboard/events: both of their events are listed in the standard
 * columns (the other province's is not), each with its SVG chart (the fair's by employer), nothing is blocked by
 * the Content-Security-Policy, and another province's address is refused. Leaves test-results/dashboard-events.png.
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
import { PHO_YEN } from '../harness/broadcast-audience.ts';
import { startChatPipeline, type ChatPipeline } from '../harness/chat-pipeline.ts';
import { createTestDatabase } from '../harness/postgres.ts';

vi.setConfig({ testTimeout: 90_000, hookTimeout: 90_000 });

const ROOT = path.resolve(import.meta.dirname, '../..');
const SCREENSHOT = path.join(ROOT, 'test-results', 'dashboard-events.png');
const HOUR = 3_600_000;

describe('the dashboard’s events page in chromium', () => {
  let database: { url: string; drop: () => Promise<void> };
  let handle: DatabaseHandle;
  let http: HttpApp;
  let chat: ChatPipeline;
  let port = 0;
  let fairId = 0;
  let otherFairId = 0;
  const browsers = chromiumLauncher();
  const problems: string[] = [];

  async function personOf(who: string): Promise<number> {
    await chat.say(who, '/start');
    const identity = await handle.db
      .selectFrom('channel_identities')
      .select('person_id')
      .where('chat_id', '=', simulatorChatId(who))
      .executeTakeFirstOrThrow();
    return identity.person_id!;
  }

  async function seedFair(commune: string, scope: string, title: string): Promise<number> {
    const { id } = await handle.db
      .insertInto('events')
      .values({
        kind: 'fair',
        title,
        // Within this month and next whatever the day: an hour from now.
        starts_at: new Date(Date.now() + HOUR),
        commune_code: commune,
        address: 'Nhà văn hoá',
        scope_region_code: scope,
        status: 'announced',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return id;
  }

  /** One employer with a vacancy of 30, 6 registered of whom 5 checked in, and 2 hired. */
  async function seedFairResults(eventId: number): Promise<void> {
    const db = handle.db;
    const { id: employer } = await db
      .insertInto('employers')
      .values({ name: 'Công ty May Phổ Yên', owner_person_id: null })
      .returning('id')
      .executeTakeFirstOrThrow();
    const { id: vacancyId } = await db
      .insertInto('vacancies')
      .values({
        employer_id: employer,
        title: 'Công nhân may',
        occupation: 'garment',
        commune_code: PHO_YEN,
        province_code: '19',
        headcount: 30,
        wage_raw: '8 triệu',
        deadline: '2099-12-31',
        contact: '0912 345 678',
        status: 'approved',
        scam_reasons: '[]',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('event_employers')
      .values({ event_id: eventId, employer_id: employer, status: 'joined' })
      .execute();
    await db.insertInto('event_vacancies').values({ event_id: eventId, vacancy_id: vacancyId }).execute();
    for (let i = 0; i < 6; i++) {
      const personId = await personOf(`Người ${i}`);
      const { id: registrationId } = await db
        .insertInto('event_registrations')
        .values({
          event_id: eventId,
          person_id: personId,
          ticket_code: `AB${10 + i}CD`,
          status: i < 5 ? 'attended' : 'registered',
          via: 'announcement',
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await db
        .insertInto('event_registration_vacancies')
        .values({ registration_id: registrationId, vacancy_id: vacancyId })
        .execute();
      if (i < 2)
        await db
          .insertInto('applications')
          .values({ person_id: personId, vacancy_id: vacancyId, status: 'hired', event_id: eventId })
          .execute();
    }
  }

  async function openBrowser(): Promise<Page> {
    const context = await browsers.launch({ viewport: { width: 1280, height: 900 } });
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

  beforeAll(async () => {
    requireChromium();
    database = await createTestDatabase(inject('postgresUrl'), 'dashboard_events');
    handle = await openDatabase({ databaseUrl: database.url, dataDir: os.tmpdir() });
    await migrateToLatest(handle.db);
    await seedReferenceData(handle.db);
    http = await buildHttpApp({
      logger: createLogger({ level: 'silent', secrets: [] }),
      metrics: createMetrics(),
      readiness: {},
      routes: [dashboardRoutes({ db: handle.db, adminToken: null, publicUrl: null })],
    });
    const address = await http.app.listen({ port: 0, host: '127.0.0.1' });
    port = Number(new URL(address).port);
    chat = startChatPipeline(handle.db, {
      floodLimit: 10_000,
      handler: createDialogEngine(handle.db, REGISTRY, { dashboardUrl: `http://localhost:${port}` }),
    });
    const official = await personOf('Can bo Hung');
    await handle.db
      .insertInto('roles')
      .values({ person_id: official, role: 'official', region_code: '19', granted_via: 'cli' })
      .execute();
    fairId = await seedFair(PHO_YEN, '19', 'Phiên việc làm Phổ Yên');
    await seedFairResults(fairId);
    const sonLa = await handle.db
      .selectFrom('regions')
      .select('code')
      .where('province_code', '=', '14')
      .where('level', '=', 'commune')
      .limit(1)
      .executeTakeFirstOrThrow();
    otherFairId = await seedFair(sonLa.code, '14', 'Phiên việc làm Sơn La');
  });

  afterAll(async () => {
    await browsers.closeAll();
    chat?.close();
    await http?.app.close();
    await handle?.close();
    await database?.drop();
  });

  it('a meeting recorded in chat and a fair show on the events page, each with its chart', async () => {
    for (const answer of ['/hopthon', 'Phường Phổ Yên', 'Nà Mẩy', '1', '120', '1 3'])
      await chat.say('Can bo Hung', answer);
    expect((await chat.say('Can bo Hung', '1')).join('\n')).toContain('Đã lưu buổi họp thôn Nà Mẩy.');
    const meeting = await handle.db
      .selectFrom('events')
      .select('id')
      .where('kind', '=', 'meeting')
      .executeTakeFirstOrThrow();

    const replies = await chat.say('Can bo Hung', '/baocao');
    const link = /http:\/\/localhost:\d+\/dashboard\/login\?token=[A-Za-z0-9_-]{43}/.exec(replies.join('\n'))?.[0];
    if (!link) throw new Error(`no link in ${JSON.stringify(replies)}`);
    const page = await openBrowser();
    await page.goto(link);
    await page.click('#open');
    await page.waitForURL((url) => url.pathname === '/dashboard');
    await page.click('header a[href="/dashboard/events"]');
    await page.waitForURL((url) => url.pathname === '/dashboard/events');
    await expect
      .poll(() => page.locator('#heading').innerText())
      .toMatch(/^Phiên việc làm và họp thôn: Thái Nguyên, từ 01\//);

    const rows = page.locator('#events tbody tr');
    expect(await rows.count()).toBe(2);
    expect(await page.locator(`tr[data-event="${otherFairId}"]`).count()).toBe(0);
    const cell = (id: number, measure: string) =>
      page.locator(`tr[data-event="${id}"] td[data-measure="${measure}"]`).innerText();
    expect(
      await Promise.all(
        ['employers', 'vacancies', 'headcount', 'registered', 'attended', 'interviewed', 'hired'].map((m) =>
          cell(fairId, m),
        ),
      ),
    ).toEqual(['1', '1', '30', '6', '5', '2', '2']);
    expect(await cell(meeting.id, 'attended')).toBe('120');
    expect(await page.locator(`tr[data-event="${meeting.id}"]`).innerText()).toContain('Nà Mẩy, Phường Phổ Yên');

    // A chart per event, with real size: the fair's has the whole event and its employer, four bars each.
    const fairChart = page.locator(`#event-${fairId} svg.chart.event`);
    const box = await fairChart.boundingBox();
    expect(box?.width).toBeGreaterThan(400);
    expect(box?.height).toBeGreaterThan(80);
    expect(await fairChart.locator('g.row').count()).toBe(2);
    expect(await fairChart.locator('g.row').nth(1).locator('text').first().textContent()).toBe('Công ty May Phổ Yên');
    expect(await fairChart.locator('rect[data-measure]').count()).toBe(8);
    const registeredBar = await fairChart.locator('rect[data-measure="registered"]').first().getAttribute('width');
    expect(Number(registeredBar)).toBeGreaterThan(0);
    expect(await page.locator(`#event-${meeting.id} svg.chart.event rect[data-measure="attended"]`).count()).toBe(1);

    fs.mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    fs.rmSync(SCREENSHOT, { force: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    expect(fs.statSync(SCREENSHOT).size).toBeGreaterThan(20_000);

    expect(problems).toEqual([]);

    // Another province is not the official's to see.
    const refused = await page.goto(`http://localhost:${port}/dashboard/events?region=14`);
    expect(refused?.status()).toBe(403);
    expect(await page.locator('#message').innerText()).toContain('14');
  });
});
