/**
 * The simulator page in a real browser (Debian's chromium driven by playwright-core): add people, chat, press
 * buttons, and check that panes are independent (two people both called "Lan" too); then, with SIMULATOR_TOKEN,
 * sign in with the form, hit the limits and sign out. Leaves screenshots in test-results/simulator.png,
 * simulator-phone.png and simulator-login.png.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { chromiumLauncher, requireChromium } from '../harness/browser.ts';
import { type EchoApp, startEchoApp } from '../../src/channels/simulator/testdata/echo-app.ts';

vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });

const ROOT = path.resolve(import.meta.dirname, '../..');
const SCREENSHOT = path.join(ROOT, 'test-results', 'simulator.png');
const echoed = (said: string) => `Bạn nói: ${said}`;

function pane(page: Page, user: string): Locator {
  return page.locator(`section.pane[data-user="${user}"]`);
}

/** The chat id the pane shows (and carries as data-chat-id): its session's, never its name's. */
async function chatIdOf(pane: Locator): Promise<string> {
  const chatId = (await pane.getAttribute('data-chat-id')) ?? '';
  expect(chatId).toMatch(/^sim-[0-9a-f]{20}$/);
  expect(await pane.locator('.chat-id').textContent()).toBe(`Mã trò chuyện: ${chatId}`);
  return chatId;
}

async function addUser(page: Page, name: string, state = 'connected'): Promise<Locator> {
  const before = await pane(page, name).count();
  await page.getByLabel('Tên người dùng').fill(name);
  await page.getByRole('button', { name: 'Thêm người dùng' }).click();
  await expect.poll(() => pane(page, name).count()).toBe(before + 1);
  const added = pane(page, name).last();
  await expect.poll(() => added.locator('.status').getAttribute('data-state')).toBe(state);
  return added;
}

const browsers = chromiumLauncher();
const launch = () => browsers.launch({ viewport: { width: 1280, height: 800 }, locale: 'vi-VN' });
afterAll(() => browsers.closeAll());

describe('simulator page in chromium', () => {
  let echo: EchoApp;
  let context: BrowserContext;
  let page: Page;
  const consoleErrors: string[] = [];
  const outsideRequests: string[] = [];

  beforeAll(async () => {
    requireChromium();
    echo = await startEchoApp();
    context = await launch();
    page = context.pages()[0] ?? (await context.newPage());
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => consoleErrors.push(error.message));
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (!['data:', 'about:'].includes(url.protocol) && url.origin !== new URL(echo.url).origin)
        outsideRequests.push(request.url());
    });
  });

  afterAll(async () => {
    await context?.close();
    await echo?.close();
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
    await expect
      .poll(() => page.evaluate('document.activeElement?.getAttribute("aria-describedby")'))
      .toBe(await input.getAttribute('aria-describedby'));
    await input.fill('/start');
    await lan.getByRole('button', { name: 'Gửi' }).click();

    await expect.poll(() => lan.locator('.msg.user .bubble').allTextContents()).toEqual(['/start']);
    await expect
      .poll(() => lan.locator('.msg.bot .bubble').last().textContent())
      .toBe(`${echoed('/start')}\n\n1. Đồng ý\n2. Không đồng ý`);
    await expect.poll(() => lan.locator('.choices button').allTextContents()).toEqual(['1. Đồng ý', '2. Không đồng ý']);
    expect(await input.inputValue()).toBe('');
    expect(echo.received.flat().at(-1)).toMatchObject({
      chatId: await chatIdOf(lan),
      displayName: 'Lan',
      text: '/start',
      choiceId: null,
    });
    expect(await lan.locator('.chat-id').getAttribute('title')).toContain(
      'npm run cli -- grant --channel simulator --chat sim-',
    );
    // No sign-out button without SIMULATOR_TOKEN.
    expect(await page.getByRole('button', { name: 'Đăng xuất' }).isVisible()).toBe(false);
  });

  it('a button sends its choice id, and the next echo arrives', async () => {
    const lan = pane(page, 'Lan');
    await lan.getByRole('button', { name: '2. Không đồng ý' }).click();
    await expect.poll(() => lan.locator('.msg.bot .bubble').last().textContent()).toContain(echoed('choice:disagree'));
    expect(echo.received.flat().at(-1)).toMatchObject({
      chatId: await chatIdOf(lan),
      text: null,
      choiceId: 'disagree',
    });
    expect(await lan.locator('.msg.user .bubble').allTextContents()).toEqual(['/start', '2. Không đồng ý']);
  });

  it('typing "2" and pressing Enter sends it as text', async () => {
    const lan = pane(page, 'Lan');
    await lan.getByLabel('Tin nhắn của Lan').fill('2');
    await lan.getByLabel('Tin nhắn của Lan').press('Enter');
    await expect.poll(() => lan.locator('.msg.bot .bubble').last().textContent()).toContain(echoed('2'));
    expect(echo.received.flat().at(-1)).toMatchObject({ text: '2', choiceId: null });
  });

  it('a second person has an independent pane; a second "Lan" is another person', async () => {
    const hung = await addUser(page, 'Cán bộ Hùng');
    expect(await hung.locator('.msg').count()).toBe(0);
    expect(await hung.locator('.choices').isHidden()).toBe(true);
    await hung.getByLabel('Tin nhắn của Cán bộ Hùng').fill('/duyet');
    await hung.getByRole('button', { name: 'Gửi' }).click();
    await expect
      .poll(() => hung.locator('.msg.bot .bubble').allTextContents())
      .toEqual([`${echoed('/duyet')}\n\n1. Đồng ý\n2. Không đồng ý`]);
    await hung.getByRole('button', { name: '1. Đồng ý' }).click();
    await expect.poll(() => hung.locator('.msg.bot').count()).toBe(2);
    expect(echo.received.flat().at(-1)).toMatchObject({ chatId: await chatIdOf(hung), choiceId: 'agree' });

    const lan = pane(page, 'Lan');
    expect(await lan.locator('.msg.bot').count()).toBe(3);
    expect(await lan.locator('.bubble', { hasText: '/duyet' }).count()).toBe(0);

    // Another "Lan" is a new person with a chat of her own: she sees none of the first Lan's messages.
    const otherLan = await addUser(page, 'Lan');
    expect(await page.locator('section.pane').count()).toBe(3);
    expect(await chatIdOf(otherLan)).not.toBe(await chatIdOf(lan.first()));
    expect(await otherLan.locator('.msg').count()).toBe(0);
    await otherLan.getByLabel('Tin nhắn của Lan').fill('tôi là Lan khác');
    await otherLan.getByRole('button', { name: 'Gửi' }).click();
    await expect.poll(() => otherLan.locator('.msg.bot').count()).toBe(1);
    expect(echo.received.flat().at(-1)).toMatchObject({
      chatId: await chatIdOf(otherLan),
      displayName: 'Lan',
      text: 'tôi là Lan khác',
    });
    expect(await lan.first().locator('.bubble', { hasText: 'tôi là Lan khác' }).count()).toBe(0);
    await otherLan.getByRole('button', { name: 'Đóng khung của Lan' }).click();
    expect(await page.locator('section.pane').count()).toBe(2);
  });

  it('a bot message sent later (an alert) arrives live in the right pane', async () => {
    await echo.adapter.send(await chatIdOf(pane(page, 'Lan')), {
      text: '🔔 Việc mới gần bạn\nCông nhân may — Cty May Phổ Yên',
      choices: [{ id: 'interested', label: 'Quan tâm' }],
    });
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

  it('after a reload the panes come back as the same people and replay the bot’s messages', async () => {
    const before = await page
      .locator('section.pane')
      .evaluateAll((panes) => panes.map((each) => each.getAttribute('data-chat-id')));
    await page.reload();
    await expect.poll(() => page.locator('section.pane').count()).toBe(3);
    expect(
      await page.locator('section.pane').evaluateAll((panes) => panes.map((each) => each.getAttribute('data-chat-id'))),
    ).toEqual(before);
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

    const firm = await chatIdOf(pane(page, 'Cty May Phổ Yên'));
    await expect.poll(() => echo.adapter.listenerCount(firm)).toBe(1);
    await pane(page, 'Cty May Phổ Yên').getByRole('button', { name: 'Đóng khung của Cty May Phổ Yên' }).click();
    expect(await page.locator('section.pane').count()).toBe(2);
    await expect.poll(() => echo.adapter.listenerCount(firm)).toBe(0);
  });

  it('loaded nothing from outside the server and logged no errors', () => {
    expect(outsideRequests).toEqual([]);
    expect(consoleErrors).toEqual([]);
  });
});

describe('simulator page in chromium with SIMULATOR_TOKEN and small limits', () => {
  const TOKEN = 'a-simulator-token-12';
  let echo: EchoApp;
  let context: BrowserContext;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    echo = await startEchoApp({ token: TOKEN, limits: { streamsPerIp: 1, messagesPerMinute: 2 } });
    context = await launch();
    page = context.pages()[0] ?? (await context.newPage());
    // Refused requests (401, 429) are the point here; anything else logged (a CSP violation, a script error) is not.
    page.on('console', (message) => {
      if (message.type() === 'error' && !/Failed to load resource/.test(message.text())) problems.push(message.text());
    });
    page.on('pageerror', (error) => problems.push(error.message));
  });

  afterAll(async () => {
    await context?.close();
    await echo?.close();
  });

  it('shows a sign-in form instead of the page; a wrong token gets the form again with a message', async () => {
    const response = await page.goto(`${echo.url}/`);
    expect(response?.status()).toBe(401);
    expect(await page.title()).toBe('Đăng nhập trình mô phỏng');
    await page.getByLabel('Mã truy cập').fill('not-the-token-at-all');
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toBe('Mã truy cập không đúng. Vui lòng thử lại.');
    expect(page.url()).toBe(`${echo.url}/simulator/login`);
    fs.mkdirSync(path.dirname(SCREENSHOT), { recursive: true });
    await page.screenshot({ path: path.join(path.dirname(SCREENSHOT), 'simulator-login.png') });
    expect(await context.cookies()).toEqual([]);
  });

  it('the right token opens the page with an HttpOnly, SameSite=Strict cookie; the token is in no address', async () => {
    await page.getByLabel('Mã truy cập').fill(TOKEN);
    await page.getByRole('button', { name: 'Đăng nhập' }).click();
    await page.waitForURL(`${echo.url}/`);
    await expect.poll(() => page.locator('body').getAttribute('data-ready')).toBe('true');
    expect(page.url()).not.toContain(TOKEN);
    const [cookie, ...others] = await context.cookies();
    expect(others).toEqual([]);
    expect(cookie).toMatchObject({
      name: 'knvl_simulator',
      path: '/',
      httpOnly: true,
      sameSite: 'Strict',
      secure: false,
    });
    expect(cookie!.value).not.toContain(TOKEN);
    expect(await page.getByRole('button', { name: 'Đăng xuất' }).isVisible()).toBe(true);
  });

  it('past the message limit a pane says why its message was not sent', async () => {
    const lan = await addUser(page, 'Lan');
    const input = lan.getByLabel('Tin nhắn của Lan');
    for (const text of ['một', 'hai']) {
      await input.fill(text);
      await input.press('Enter');
      await expect.poll(() => lan.locator('.msg.bot .bubble').last().textContent()).toContain(`Bạn nói: ${text}`);
    }
    await input.fill('ba');
    await input.press('Enter');
    await expect
      .poll(() => lan.locator('.form-error').textContent())
      .toMatch(/^Chưa gửi được: Bạn thao tác nhanh quá\. Vui lòng đợi \d+ giây rồi thử lại\.$/);
    expect(await lan.locator('.msg.user.failed .bubble').allTextContents()).toEqual(['ba']);
  });

  it('past the stream cap a pane says why it cannot connect, and connects once a slot is free', async () => {
    const hoa = await addUser(page, 'Hoa', 'reconnecting');
    await expect
      .poll(() => hoa.locator('.form-error').textContent())
      .toBe(
        'Chưa mở được kết nối: Máy này đã mở 1 kết nối tới trình mô phỏng, không mở thêm được. Hãy đóng bớt khung hoặc cửa sổ.',
      );
    await pane(page, 'Lan').getByRole('button', { name: 'Đóng khung của Lan' }).click();
    await expect.poll(() => hoa.locator('.status').getAttribute('data-state'), { timeout: 20_000 }).toBe('connected');
    await expect.poll(() => hoa.locator('.form-error').textContent()).toBe('');
  });

  it('signing out shows the form again; the old cookie opens nothing', async () => {
    const [before] = await context.cookies();
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await expect.poll(() => page.title()).toBe('Đăng nhập trình mô phỏng');
    expect(await context.cookies()).toEqual([]);
    const stale = await fetch(`${echo.url}/simulator/i18n.json`, {
      headers: { cookie: `knvl_simulator=${before!.value}` },
    });
    expect(stale.status).toBe(401);
    await stale.body?.cancel();
  });

  it('logged nothing but the refusals it was meant to get', () => {
    expect(problems).toEqual([]);
  });
});
