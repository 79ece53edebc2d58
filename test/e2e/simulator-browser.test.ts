/**
 * The simulator page in a real browser (Debian's chromium driven by playwright-core): add people, chat, press
 * buttons, and check that panes are independent. Leaves a screenshot in test-results/simulator.png.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { type BrowserContext, chromium, type Locator, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { type EchoApp, startEchoApp } from '../integration/channels/simulator/echo-app.ts';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const CHROMIUM = '/usr/bin/chromium';
const ROOT = path.resolve(import.meta.dirname, '../..');
const SCREENSHOT = path.join(ROOT, 'test-results', 'simulator.png');
const echoed = (said: string) => `Bạn nói: ${said}`;

function pane(page: Page, user: string): Locator {
  return page.locator(`section.pane[data-user="${user}"]`);
}

async function addUser(page: Page, name: string): Promise<Locator> {
  await page.getByLabel('Tên người dùng').fill(name);
  await page.getByRole('button', { name: 'Thêm người dùng' }).click();
  const added = pane(page, name);
  await expect.poll(() => added.locator('.status').getAttribute('data-state')).toBe('connected');
  return added;
}

describe('simulator page in chromium', () => {
  let echo: EchoApp;
  let userDataDir: string;
  let context: BrowserContext;
  let page: Page;
  const consoleErrors: string[] = [];
  const outsideRequests: string[] = [];

  beforeAll(async () => {
    if (!fs.existsSync(CHROMIUM)) {
      throw new Error(`${CHROMIUM} is missing: the browser tests use Debian's chromium. Install it with: apt-get install chromium`);
    }
    echo = await startEchoApp();
    userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'knvl-chromium-'));
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
      viewport: { width: 1280, height: 800 },
      locale: 'vi-VN',
    });
    page = context.pages()[0] ?? (await context.newPage());
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (!['data:', 'about:'].includes(url.protocol) && url.origin !== new URL(echo.url).origin) outsideRequests.push(request.url());
    });
  });

  afterAll(async () => {
    await context?.close();
    await echo?.close();
    if (userDataDir) fs.rmSync(userDataDir, { recursive: true, force: true });
  });

  it('opens in Vietnamese with the add form, suggestions and no panes', async () => {
    await page.goto(`${echo.url}/`);
    await expect.poll(() => page.locator('body').getAttribute('data-ready')).toBe('true');
    expect(await page.title()).toBe('Thử trò chuyện với bot Kết Nối Việc Làm');
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
    expect(await page.getByRole('button', { name: 'Thêm người dùng' }).isVisible()).toBe(true);
    for (const suggestion of ['Lan', 'Cty May Phổ Yên', 'Cán bộ Hùng']) {
      expect(await page.locator('.chip', { hasText: suggestion }).isVisible()).toBe(true);
    }
    expect(await page.locator('#empty').isVisible()).toBe(true);
  });

  it('adds Lan, sends /start, shows the echo and its choice buttons', async () => {
    const lan = await addUser(page, 'Lan');
    expect(await page.locator('#empty').isVisible()).toBe(false);
    const input = lan.getByLabel('Tin nhắn của Lan');
    await expect.poll(() => page.evaluate('document.activeElement?.getAttribute("aria-describedby")')).toBe(await input.getAttribute('aria-describedby'));
    await input.fill('/start');
    await lan.getByRole('button', { name: 'Gửi' }).click();

    await expect.poll(() => lan.locator('.msg.user .bubble').allTextContents()).toEqual(['/start']);
    await expect.poll(() => lan.locator('.msg.bot .bubble').last().textContent()).toBe(`${echoed('/start')}\n\n1. Đồng ý\n2. Không đồng ý`);
    await expect.poll(() => lan.locator('.choices button').allTextContents()).toEqual(['1. Đồng ý', '2. Không đồng ý']);
    expect(await input.inputValue()).toBe('');
    expect(echo.received.flat().at(-1)).toMatchObject({ chatId: 'sim-lan', displayName: 'Lan', text: '/start', choiceId: null });
  });

  it('a button sends its choice id, and the next echo arrives', async () => {
    const lan = pane(page, 'Lan');
    await lan.getByRole('button', { name: '2. Không đồng ý' }).click();
    await expect.poll(() => lan.locator('.msg.bot .bubble').last().textContent()).toContain(echoed('choice:disagree'));
    expect(echo.received.flat().at(-1)).toMatchObject({ chatId: 'sim-lan', text: null, choiceId: 'disagree' });
    expect(await lan.locator('.msg.user .bubble').allTextContents()).toEqual(['/start', '2. Không đồng ý']);
  });

  it('typing "2" and pressing Enter sends it as text', async () => {
    const lan = pane(page, 'Lan');
    await lan.getByLabel('Tin nhắn của Lan').fill('2');
    await lan.getByLabel('Tin nhắn của Lan').press('Enter');
    await expect.poll(() => lan.locator('.msg.bot .bubble').last().textContent()).toContain(echoed('2'));
    expect(echo.received.flat().at(-1)).toMatchObject({ text: '2', choiceId: null });
  });

  it('a second person has an independent pane; a duplicate name is refused', async () => {
    const hung = await addUser(page, 'Cán bộ Hùng');
    expect(await hung.locator('.msg').count()).toBe(0);
    expect(await hung.locator('.choices').isHidden()).toBe(true);
    await hung.getByLabel('Tin nhắn của Cán bộ Hùng').fill('/duyet');
    await hung.getByRole('button', { name: 'Gửi' }).click();
    await expect.poll(() => hung.locator('.msg.bot .bubble').allTextContents()).toEqual([`${echoed('/duyet')}\n\n1. Đồng ý\n2. Không đồng ý`]);
    await hung.getByRole('button', { name: '1. Đồng ý' }).click();
    await expect.poll(() => hung.locator('.msg.bot').count()).toBe(2);
    expect(echo.received.flat().at(-1)).toMatchObject({ chatId: 'sim-can-bo-hung', choiceId: 'agree' });

    const lan = pane(page, 'Lan');
    expect(await lan.locator('.msg.bot').count()).toBe(3);
    expect(await lan.locator('.bubble', { hasText: '/duyet' }).count()).toBe(0);

    // "lan" is Lan again: refused, with a message
    await page.getByLabel('Tên người dùng').fill(' lan ');
    await page.getByRole('button', { name: 'Thêm người dùng' }).click();
    await expect.poll(() => page.locator('#add-error').textContent()).toBe('Lan đã có khung trò chuyện.');
    expect(await page.locator('section.pane').count()).toBe(2);
  });

  it('a bot message sent later (an alert) arrives live in the right pane', async () => {
    await echo.adapter.send('sim-lan', { text: '🔔 Việc mới gần bạn\nCông nhân may — Cty May Phổ Yên', choices: [{ id: 'interested', label: 'Quan tâm' }] });
    const lan = pane(page, 'Lan');
    await expect.poll(() => lan.locator('.msg.bot .bubble').last().textContent()).toContain('🔔 Việc mới gần bạn');
    await expect.poll(() => lan.locator('.choices button').allTextContents()).toEqual(['1. Quan tâm']);
    expect(await pane(page, 'Cán bộ Hùng').locator('.bubble', { hasText: 'Việc mới' }).count()).toBe(0);
  });

  it('is accessible enough: labelled inputs, a live log, a named close button', async () => {
    const lan = pane(page, 'Lan');
    expect(await lan.locator('.log').getAttribute('role')).toBe('log');
    expect(await lan.locator('.log').getAttribute('aria-live')).toBe('polite');
    expect(await lan.locator('.log').getAttribute('aria-label')).toBe('Cuộc trò chuyện của Lan');
    expect(await lan.getByRole('button', { name: 'Đóng khung của Lan' }).isVisible()).toBe(true);
    expect(await lan.getByRole('group', { name: 'Các lựa chọn của tin nhắn mới nhất' }).isVisible()).toBe(true);
  });

  it('takes a screenshot with three people', async () => {
    const firm = await addUser(page, 'Cty May Phổ Yên');
    await firm.getByLabel('Tin nhắn của Cty May Phổ Yên').fill('/dangtin');
    await firm.getByRole('button', { name: 'Gửi' }).click();
    await expect.poll(() => firm.locator('.msg.bot').count()).toBe(1);
    await page.locator('#add-name').focus();
    fs.mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    expect(fs.statSync(SCREENSHOT).size).toBeGreaterThan(10_000);
  });

  it('stacks panes on a phone-sized screen', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    const boxes = [];
    for (const each of await page.locator('section.pane').all()) boxes.push((await each.boundingBox())!);
    expect(boxes).toHaveLength(3);
    for (const box of boxes) expect(box.x + box.width).toBeLessThanOrEqual(390);
    expect(boxes[1]!.y).toBeGreaterThan(boxes[0]!.y + boxes[0]!.height - 1);
    expect(await page.evaluate('document.documentElement.scrollWidth')).toBeLessThanOrEqual(390);
    await page.screenshot({ path: path.join(path.dirname(SCREENSHOT), 'simulator-phone.png') });
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('after a reload the panes come back and replay the bot’s messages', async () => {
    await page.reload();
    await expect.poll(() => page.locator('section.pane').count()).toBe(3);
    const lan = pane(page, 'Lan');
    await expect.poll(() => lan.locator('.msg.bot').count()).toBe(4);
    await expect.poll(() => lan.locator('.choices button').allTextContents()).toEqual(['1. Quan tâm']);
  });

  it('switches to English and back; closing a pane stops its stream', async () => {
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.getByRole('button', { name: 'Add person' }).isVisible()).toBe(true);
    expect(await pane(page, 'Lan').getByLabel('Message from Lan').isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Tiếng Việt' }).click();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('vi');

    await expect.poll(() => echo.adapter.listenerCount('sim-cty-may-pho-yen')).toBe(1);
    await pane(page, 'Cty May Phổ Yên').getByRole('button', { name: 'Đóng khung của Cty May Phổ Yên' }).click();
    expect(await page.locator('section.pane').count()).toBe(2);
    await expect.poll(() => echo.adapter.listenerCount('sim-cty-may-pho-yen')).toBe(0);
  });

  it('loaded nothing from outside the server and logged no errors', () => {
    expect(outsideRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});
