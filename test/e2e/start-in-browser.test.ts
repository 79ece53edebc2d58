/**
 * `npm start` with no configuration, then the simulator page in a real browser (Debian's chromium driven by
 * playwright-core): a person sends /start and gets the bot's welcome, then presses a button.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { chromiumLauncher, requireChromium } from '../harness/browser.ts';
import { freePort, waitFor } from '../harness/free-port.ts';
import { getJson, spawnRole, type RoleProcess } from '../harness/spawn-role.ts';

vi.setConfig({ testTimeout: 90_000, hookTimeout: 90_000 });

describe('npm start, then /start in the simulator page', () => {
  let app: RoleProcess;
  let port: number;
  let context: BrowserContext;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'knvl-start-browser-'));
  const browsers = chromiumLauncher();

  beforeAll(async () => {
    requireChromium();
    port = await freePort();
    app = spawnRole('src/app/main.ts', { PORT: String(port), DATA_DIR: dataDir });
    await waitFor(
      'the app',
      async () => {
        if ((await getJson(`http://127.0.0.1:${port}/readyz`)).status !== 200) throw new Error('not ready');
      },
      60_000,
    );
    context = await browsers.launch({ viewport: { width: 1100, height: 800 } });
  });
  afterAll(async () => {
    await browsers.closeAll();
    app?.child.kill('SIGINT');
    await app?.exited;
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('shows the welcome with the numbered menu as buttons, and a button opens the guide', async () => {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.getByLabel('Tên người dùng').fill('Lan');
    await page.getByRole('button', { name: 'Thêm người dùng' }).click();
    const lan = page.locator('section.pane[data-user="Lan"]');
    await expect.poll(() => lan.locator('.status').getAttribute('data-state')).toBe('connected');
    // The pane shows the chat id an admin needs for `npm run cli -- grant`: the session's, not the name's.
    expect(await lan.locator('.chat-id').textContent()).toMatch(/^Mã trò chuyện: sim-[0-9a-f]{20}$/);

    await lan.getByRole('textbox').fill('/start');
    await lan.getByRole('button', { name: 'Gửi' }).click();
    await expect
      .poll(() => lan.locator('.msg.bot .bubble').last().textContent(), { timeout: 15_000 })
      .toContain('Xin chào! Đây là trợ lý tự động');
    await expect
      .poll(() => lan.locator('.choices button').allTextContents())
      .toEqual(['1. Đăng ký nhận tin việc làm', '2. Tìm việc ngay', '3. Tôi là nhà tuyển dụng', '4. Hướng dẫn']);

    await lan.getByRole('button', { name: '4. Hướng dẫn' }).click();
    await expect
      .poll(() => lan.locator('.msg.bot .bubble').last().textContent(), { timeout: 15_000 })
      .toContain('Mình là trợ lý tự động, giúp bạn');
    fs.mkdirSync(path.resolve('test-results'), { recursive: true });
    await page.screenshot({ path: path.resolve('test-results', 'start-in-browser.png') });
  });
});
