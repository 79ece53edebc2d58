import { afterEach, describe, expect, it } from 'vitest';
import { createZaloAdapter, ZALO_TEXT_LIMIT } from './adapter.ts';
import { createZaloClient } from './client.ts';
import { startFakeZaloApi, type ZaloFakeApi, type ZaloFakeOptions } from '../../../test/fakes/zalo-api.ts';
import { captureLog } from '../../../test/harness/capture-log.ts';

const CHAT = '51c2e8a09b7d3f6a4e10';
const GROUP = 'f6d21a8e0b4c93e7a512';
const longText = (pieces: number) =>
  Array.from(
    { length: pieces * 30 },
    (_, i) => `Dòng ${i + 1}: tuyển công nhân may, lương 8 triệu ${'—'.repeat(30)}`,
  ).join('\n');

describe('Zalo adapter against the fake API', () => {
  let fake: ZaloFakeApi;
  afterEach(async () => {
    await fake.close();
  });

  async function setup(options: ZaloFakeOptions = {}, botName?: string) {
    fake = await startFakeZaloApi({ knownChats: [CHAT], ...options });
    const log = captureLog();
    const adapter = createZaloAdapter({
      client: createZaloClient({ token: fake.token, apiRoot: fake.apiRoot }),
      logger: log.logger,
      ...(botName ? { botName } : {}),
    });
    return { adapter, log };
  }

  it('returns the platform message ids, one per piece, in order', async () => {
    const { adapter } = await setup();
    const result = await adapter.send(CHAT, { text: longText(3) });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.messageIds.length).toBeGreaterThan(1);
    expect(result.messageIds).toEqual(fake.sent.map((s) => s.messageId));
    for (const text of fake.delivered(CHAT)) expect(text.length).toBeLessThanOrEqual(ZALO_TEXT_LIMIT);
  });

  it('sends an image first with the first piece as caption, then the rest as text', async () => {
    const { adapter } = await setup();
    const text = longText(2);
    const result = await adapter.send(CHAT, {
      text,
      imageUrl: 'https://img.example.invalid/viec-lam.jpg',
      choices: [{ id: 'apply', label: 'Ứng tuyển' }],
    });
    expect(result.ok).toBe(true);
    expect(fake.sent[0]).toMatchObject({ method: 'sendPhoto', photo: 'https://img.example.invalid/viec-lam.jpg' });
    expect(fake.sent.slice(1).every((s) => s.method === 'sendMessage')).toBe(true);
    expect(fake.sent[0]!.caption!.length).toBeLessThanOrEqual(ZALO_TEXT_LIMIT);
    const all = fake.delivered(CHAT);
    expect(all.at(-1)).toMatch(/1\. Ứng tuyển$/);
    expect(
      all
        .join('\n')
        .split('\n')
        .filter((l) => l.startsWith('Dòng')).length,
    ).toBe(60);
  });

  it('renders choices as numbered lines and the prompt last (Zalo has no buttons)', async () => {
    const { adapter } = await setup();
    await adapter.send(CHAT, {
      text: 'Bạn muốn làm gì?',
      choices: [
        { id: 'find', label: 'Tìm việc' },
        { id: 'post', label: 'Đăng tin' },
      ],
      prompt: 'Trả lời bằng một số, ví dụ: 1',
    });
    expect(fake.delivered(CHAT)).toEqual([
      'Bạn muốn làm gì?\n\n1. Tìm việc\n2. Đăng tin\n\nTrả lời bằng một số, ví dụ: 1',
    ]);
  });

  it('an image with a short text is a single sendPhoto', async () => {
    const { adapter } = await setup();
    const result = await adapter.send(CHAT, {
      text: 'Việc mới ở Bình Dương',
      imageUrl: 'https://img.example.invalid/a.jpg',
    });
    expect(result).toEqual({ ok: true, messageIds: [fake.sent[0]!.messageId] });
    expect(fake.sent).toHaveLength(1);
  });

  it('stops at the first failure: a rate limit after the first piece', async () => {
    const { adapter, log } = await setup({ rateLimitPerSecond: 1 });
    const result = await adapter.send(CHAT, { text: longText(3) });
    expect(result).toMatchObject({ ok: false, failure: { kind: 'throttled', retryAfterMs: 1000 } });
    expect(fake.sent).toHaveLength(1);
    expect(fake.requests.filter((r) => r.method === 'sendMessage')).toHaveLength(2);
    expect(log.parsed().at(-1)).toMatchObject({ msg: 'Zalo send failed', kind: 'throttled', piecesSent: 1 });
  });

  it('a chat that never wrote is an invalid recipient until it writes (410 in HTTP 200)', async () => {
    const { adapter } = await setup();
    const stranger = '0123456789abcdef0123';
    expect(await adapter.send(stranger, { text: 'xin chào' })).toMatchObject({
      ok: false,
      failure: { kind: 'invalid_recipient', detail: 'Zalo sendMessage 410: The chat_id is invaild' },
    });
    fake.injectText({ chatId: stranger, text: 'chào bot' });
    expect(await adapter.send(stranger, { text: 'xin chào' })).toMatchObject({ ok: true });
  });

  it('a text the fake refuses (400 not about the chat) is fatal; nothing to send is fatal without a request', async () => {
    const { adapter } = await setup();
    expect(await adapter.send(CHAT, { text: '' })).toMatchObject({ ok: false, failure: { kind: 'fatal' } });
    expect(fake.requests).toHaveLength(0);
    expect(await adapter.send(CHAT, { text: 'ảnh', imageUrl: 'ftp://img.example.invalid/a.jpg' })).toMatchObject({
      ok: false,
      failure: { kind: 'fatal' },
    });
  });

  it('maps the rate limit with a Retry-After hint, and a bad token, and logs without the token', async () => {
    const { adapter, log } = await setup();
    fake.failNext('rate_limited', { retryAfterSeconds: 3 });
    expect(await adapter.send(CHAT, { text: 'hi' })).toMatchObject({
      ok: false,
      failure: { kind: 'throttled', retryAfterMs: 3000 },
    });
    fake.failNext('bad_token');
    expect(await adapter.send(CHAT, { text: 'hi' })).toMatchObject({ ok: false, failure: { kind: 'fatal' } });
    expect(log.raw.length).toBe(2);
    expect(log.text()).not.toContain(fake.token);
  });

  it('a network failure is transient and its log line is token-free', async () => {
    const { log } = await setup();
    const token = '12345689:abc-xyz';
    const leaky: typeof fetch = async (input) => {
      throw new TypeError(`connect ECONNRESET ${String(input)}`);
    };
    const adapter = createZaloAdapter({
      client: createZaloClient({ token, apiRoot: fake.apiRoot, fetch: leaky }),
      logger: log.logger,
    });
    const result = await adapter.send(CHAT, { text: 'hi' });
    expect(result).toMatchObject({ ok: false, failure: { kind: 'transient' } });
    if (!result.ok) expect(result.failure.detail).not.toContain(token);
    expect(log.text()).not.toContain(token);
    expect(log.text()).not.toContain('abc-xyz');
  });

  it('receive strips the bot mention in groups when the bot name is given', async () => {
    const { adapter } = await setup({}, 'Bot Kết Nối Việc Làm');
    const [message] = adapter.receive({
      event_name: 'message.text.received',
      message: {
        message_id: '8ab3f5e0c72d941e6b05',
        date: 1764233120777,
        from: { id: 'c03e8f1a5d9b27e46f81', display_name: 'Vo Thi E', is_bot: false },
        chat: { id: GROUP, chat_type: 'GROUP' },
        text: '@Bot Kết Nối Việc Làm 2',
      },
    });
    expect(message).toMatchObject({ chatType: 'group', chatId: GROUP, text: '2', addressedToBot: true });
  });
});
