import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startFakeTelegramApi, textUpdate, type FakeTelegramApi } from '../fakes/telegram-api.ts';
import { startFakeZaloApi, zaloId, zaloTextUpdate, type ZaloFakeApi } from '../fakes/zalo-api.ts';
import { freePort, waitFor } from '../harness/free-port.ts';
import { getJson, spawnRole, type RoleProcess } from '../harness/spawn-role.ts';
import { seedEmbeddedDatabase } from '../harness/data-dirs.ts';

vi.setConfig({ testTimeout: 90_000, hookTimeout: 90_000 });

/** `npm start` against fake Telegram and Zalo servers: /start through each of the four ways in gets the welcome. */
const TELEGRAM_TOKEN = '4242:tok_en-secret-xyz';
const dirs: string[] = [];
function tempDataDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'knvl-channels-'));
  dirs.push(dir);
  return seedEmbeddedDatabase(dir); // these tests are not about a first start
}

async function startApp(env: Record<string, string>): Promise<{ app: RoleProcess; port: number }> {
  const port = await freePort();
  const app = spawnRole('src/app/main.ts', { PORT: String(port), DATA_DIR: tempDataDir(), ...env });
  await waitFor(
    'the app to be ready',
    async () => {
      if (app.child.exitCode !== null) throw new Error(`exited: ${app.stderr()}`);
      const ready = await getJson(`http://127.0.0.1:${port}/readyz`);
      if (ready.status !== 200) throw new Error('not ready');
    },
    60_000,
  );
  return { app, port };
}

async function stopApp(app: RoleProcess): Promise<void> {
  app.child.kill('SIGTERM');
  const exit = await app.exited;
  expect(exit.code).toBe(0);
}

function expectWelcome(texts: string[]): void {
  expect(texts.length).toBeGreaterThan(0);
  expect(texts[0]).toContain('Xin chào! Đây là trợ lý tự động');
  expect(texts[0]).toMatch(
    /1\. Đăng ký nhận tin việc làm\n2\. Tìm việc ngay\n3\. Tôi là nhà tuyển dụng\n4\. Hướng dẫn/,
  );
}

describe('npm start with fake Telegram and Zalo', () => {
  let telegram: FakeTelegramApi;
  let zalo: ZaloFakeApi;

  beforeAll(async () => {
    telegram = await startFakeTelegramApi({ token: TELEGRAM_TOKEN });
    zalo = await startFakeZaloApi({ allowLocalWebhook: true, maxPollWaitMs: 500 });
  });
  afterAll(async () => {
    await telegram?.close();
    await zalo?.close();
    for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('polling mode: /start on Telegram and on Zalo gets the welcome, and a typed "4" the guide', async () => {
    const { app } = await startApp({
      TELEGRAM_BOT_TOKEN: TELEGRAM_TOKEN,
      TELEGRAM_API_ROOT: telegram.apiRoot,
      ZALO_BOT_TOKEN: zalo.token,
      ZALO_API_ROOT: zalo.apiRoot,
    });
    try {
      telegram.pushUpdate(textUpdate({ chatId: 1001, text: '/start' }));
      const zaloChat = zaloId();
      zalo.injectText({ chatId: zaloChat, text: '/start', displayName: 'Lò Thị Mai' });

      await waitFor(
        'both welcomes',
        async () => {
          if (telegram.delivered(1001).length === 0 || zalo.delivered(zaloChat).length === 0)
            throw new Error('waiting');
        },
        30_000,
      );
      expectWelcome(telegram.delivered(1001));
      expectWelcome(zalo.delivered(zaloChat));
      const [sent] = telegram.sentTo(1001);
      expect(sent!.replyMarkup?.inline_keyboard.flat().map((b) => b.callback_data)).toEqual([
        'menu.register',
        'menu.search',
        'menu.employer',
        'menu.help',
      ]);

      zalo.injectText({ chatId: zaloChat, text: '4' });
      await waitFor(
        'the guide on Zalo',
        async () => {
          if (zalo.delivered(zaloChat).length < 2) throw new Error('waiting');
        },
        30_000,
      );
      expect(zalo.delivered(zaloChat)[1]).toContain('Mình là trợ lý tự động, giúp bạn');
    } finally {
      await stopApp(app);
    }
  });

  it('webhook mode: both webhooks answer /start and refuse a wrong secret with 401', async () => {
    const pollsBefore = telegram.getUpdatesCalls.length;
    const { app, port } = await startApp({
      PUBLIC_URL: 'https://bot.example.vn',
      TELEGRAM_BOT_TOKEN: TELEGRAM_TOKEN,
      TELEGRAM_API_ROOT: telegram.apiRoot,
      TELEGRAM_WEBHOOK_SECRET: 'tg-secret-123',
      ZALO_BOT_TOKEN: zalo.token,
      ZALO_API_ROOT: zalo.apiRoot,
      ZALO_WEBHOOK_SECRET: 'zalo-secret-123',
    });
    try {
      const base = `http://127.0.0.1:${port}`;
      const tgUpdate = textUpdate({ chatId: 2002, text: '/start' });
      telegram.knowChat(2002);
      expect((await telegram.deliverWebhook(`${base}/webhooks/telegram`, tgUpdate, 'wrong-secret')).status).toBe(401);
      expect((await telegram.deliverWebhook(`${base}/webhooks/telegram`, tgUpdate)).status).toBe(401);
      expect((await telegram.deliverWebhook(`${base}/webhooks/telegram`, tgUpdate, 'tg-secret-123')).status).toBe(200);

      const zaloChat = zaloId();
      zalo.knowChat(zaloChat);
      const update = zaloTextUpdate({ chatId: zaloChat, text: '/start' });
      expect(
        (await zalo.deliverWebhook(update, { url: `${base}/webhooks/zalo`, secret: 'not-the-secret' })).status,
      ).toBe(401);
      expect(
        (await zalo.deliverWebhook(update, { url: `${base}/webhooks/zalo`, secret: 'zalo-secret-123', wrapped: true }))
          .status,
      ).toBe(200);
      // Zalo delivering the same message again (flat this time) is answered 200 and dropped.
      expect(
        (await zalo.deliverWebhook(update, { url: `${base}/webhooks/zalo`, secret: 'zalo-secret-123' })).status,
      ).toBe(200);

      await waitFor(
        'both welcomes',
        async () => {
          if (telegram.delivered(2002).length === 0 || zalo.delivered(zaloChat).length === 0)
            throw new Error('waiting');
        },
        30_000,
      );
      expectWelcome(telegram.delivered(2002));
      expectWelcome(zalo.delivered(zaloChat));
      await new Promise((r) => setTimeout(r, 300));
      expect(zalo.delivered(zaloChat)).toHaveLength(1);
      expect(telegram.getUpdatesCalls.length).toBe(pollsBefore); // webhook mode never polls
    } finally {
      await stopApp(app);
    }
  });

  it('a token the platform rejects stops the start with one line', async () => {
    const app = spawnRole('src/app/main.ts', {
      PORT: String(await freePort()),
      DATA_DIR: tempDataDir(),
      TELEGRAM_BOT_TOKEN: '999:not-the-fake-token',
      TELEGRAM_API_ROOT: telegram.apiRoot,
    });
    expect((await app.exited).code).toBe(1);
    expect(app.stderr().trim()).toBe(
      'TELEGRAM_BOT_TOKEN was rejected by Telegram: check the token (it may have been revoked or mistyped).',
    );
  });

  it('the simulator is off when a real channel is configured, unless SIMULATOR=1', async () => {
    const { app, port } = await startApp({
      TELEGRAM_BOT_TOKEN: TELEGRAM_TOKEN,
      TELEGRAM_API_ROOT: telegram.apiRoot,
      SIMULATOR: '1',
    });
    try {
      const page = await fetch(`http://127.0.0.1:${port}/`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<html');
    } finally {
      await stopApp(app);
    }
  });
});
