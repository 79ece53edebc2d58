/**
 * `npm start` with no configuration, then the simulator page in a real browser (Debian's chromium driven by
 * playwright-core): a person sends /start and gets the bot's welcome, then presses a button.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { freePort, waitFor } from '../harness/free-port.ts';
import { getJson, spawnRole, type RoleProcess } from '../harness/spawn-role.ts';

vi.setConfig({ testTimeout: 90_000, hookTimeout: 90_000 });

const CHROMIUM = '/usr/bin/chromium';

describe('npm start, then /start in the simulator page', () => {
  let app: RoleProcess;
  let port: number;
  let context: BrowserContext;
  const dirs = [fs.mkdtempSync(path.join(os.tmpdir(), 'knvl-start-browser-')), fs.mkdtempSync(path.join(os.tmpdir(), 'knvl-chromium-'))];

  beforeAll(async () => {
    if (!fs.existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing. Install it with: apt-get install chromium`);
    port = await freePort();
    app = spawnRole('src/main.ts', { PORT: String(port), DATA_DIR: dirs[0]! });
    await waitFor('the app', async () => {
      if ((await getJson(`http://127.0.0.1:${port}/readyz`)).status !== 200) throw new Error('not ready');
    }, 60_000);
    context = await chromium.launchPersistentContext(dirs[1]!, {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
      viewport: { width: 1100, height: 800 },
    });
  });
  afterAll(async () => {
    await context?.close();
    app?.child.kill('SIGINT');
    await app?.exited;
    for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('shows the welcome with the numbered menu as buttons, and a button opens the guide', async () => {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.getByLabel('Tên người dùng').fill('Lan');
    await page.getByRole('button', { name: 'Thêm người dùng' }).click();
    const lan = page.locator('section.pane[data-user="Lan"]');
    await expect.poll(() => lan.locator('.status').getAttribute('data-state')).toBe('connected');

    await lan.getByRole('textbox').fill('/start');
    await lan.getByRole('button', { name: 'Gửi' }).click();
    await expect.poll(() => lan.locator('.msg.bot .bubble').last().textContent(), { timeout: 15_000 }).toContain('Xin chào! Đây là trợ lý tự động');
    await expect.poll(() => lan.locator('.choices button').allTextContents()).toEqual([
      '1. Đăng ký nhận tin việc làm',
      '2. Tìm việc ngay',
      '3. Tôi là nhà tuyển dụng',
      '4. Hướng dẫn',
    ]);

    await lan.getByRole('button', { name: '4. Hướng dẫn' }).click();
    await expect.poll(() => lan.locator('.msg.bot .bubble').last().textContent(), { timeout: 15_000 }).toContain('Mình là trợ lý tự động, giúp bạn');
    fs.mkdirSync(path.resolve('test-results'), { recursive: true });
    await page.screenshot({ path: path.resolve('test-results', 'start-in-browser.png') });
  });
});
