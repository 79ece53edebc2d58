import { afterEach, describe, expect, it } from 'vitest';
import { createTelegramAdapter } from './adapter.ts';
import { freeLoopbackPort } from '../../net/free-port.ts';
import {
  callbackQueryUpdate,
  startFakeTelegramApi,
  textUpdate,
  type FakeTelegramApi,
  type FakeTelegramOptions,
} from '../../../test/fakes/telegram-api.ts';
import { captureLog } from '../../../test/harness/capture-log.ts';

/** Not shaped like the tokens the log scrubber recognises: only our own care keeps it out of logs. */
const TOKEN = '4242:tok_en-secret-xyz';
const LAN = 6012345678;

let fake: FakeTelegramApi | undefined;
afterEach(async () => {
  await fake?.close();
  fake = undefined;
});

async function setup(options: FakeTelegramOptions = {}) {
  fake = await startFakeTelegramApi({ token: TOKEN, knownChats: [LAN], ...options });
  const logs = captureLog();
  const adapter = createTelegramAdapter({
    token: TOKEN,
    apiRoot: fake.apiRoot,
    logger: logs.logger,
    botUsername: fake.bot.username,
  });
  return { fake, adapter, logs };
}

describe('telegram adapter against the fake Bot API', () => {
  it('sends every call to the configured apiRoot (trailing slash tolerated) and returns message ids', async () => {
    const { fake } = await setup();
    const adapter = createTelegramAdapter({ token: TOKEN, apiRoot: `${fake.apiRoot}/` });
    const result = await adapter.send(String(LAN), { text: 'Xin chào' });
    expect(result).toEqual({ ok: true, messageIds: ['1'] });
    expect(fake.requests.map((r) => [r.method, r.tokenAccepted, r.contentType])).toEqual([
      ['sendMessage', true, 'application/json'],
    ]);
    expect(fake.sentTo(LAN)[0]).toMatchObject({ text: 'Xin chào', parseMode: undefined });
  });

  it('reports a transient failure when nothing listens at the apiRoot, and nothing reaches elsewhere', async () => {
    const { fake, logs } = await setup();
    const port = await freeLoopbackPort();
    const adapter = createTelegramAdapter({ token: TOKEN, apiRoot: `http://127.0.0.1:${port}`, logger: logs.logger });
    const result = await adapter.send(String(LAN), { text: 'hi' });
    expect(result).toMatchObject({
      ok: false,
      failure: { kind: 'transient', detail: expect.stringContaining('ECONNREFUSED') },
    });
    expect(fake.requests).toEqual([]);
    expect(JSON.stringify(result)).not.toContain('tok_en');
  });

  it('delivers choices as an inline keyboard whose buttons carry the choice ids', async () => {
    const { fake, adapter } = await setup();
    await adapter.send(String(LAN), {
      text: 'Bạn đồng ý nhận tin?',
      choices: [
        { id: 'consent:yes', label: 'Đồng ý' },
        { id: 'consent:no', label: 'Không đồng ý' },
      ],
    });
    const [message] = fake.sentTo(LAN);
    expect(message!.text).toBe('Bạn đồng ý nhận tin?\n\n1. Đồng ý\n2. Không đồng ý');
    expect(message!.replyMarkup).toEqual({
      inline_keyboard: [
        [
          { text: '1. Đồng ý', callback_data: 'consent:yes' },
          { text: '2. Không đồng ý', callback_data: 'consent:no' },
        ],
      ],
    });
  });

  it('delivers 30 choices: 24 buttons (Telegram would take 100) and all 30 numbered lines', async () => {
    const { fake, adapter } = await setup();
    const choices = Array.from({ length: 30 }, (_, i) => ({ id: `occ:${i + 1}`, label: `Nghề số ${i + 1}` }));
    expect(await adapter.send(String(LAN), { text: 'Chọn nghề', choices })).toMatchObject({ ok: true });
    const [message] = fake.sentTo(LAN);
    expect(message!.replyMarkup!.inline_keyboard.flat()).toHaveLength(24);
    expect(message!.text).toContain('30. Nghề số 30');
  });

  it('sends an image as a photo with caption, the overflow as text, the keyboard last', async () => {
    const { fake, adapter } = await setup();
    const text = Array.from({ length: 60 }, (_, i) => `Dòng ${i + 1}: mô tả công việc`).join('\n');
    const result = await adapter.send(String(LAN), {
      text,
      imageUrl: 'https://example.org/viec.jpg',
      choices: [{ id: 'apply', label: 'Ứng tuyển' }],
    });
    expect(result).toMatchObject({ ok: true, messageIds: ['1', '2'] });
    const [photo, rest] = fake.sentTo(LAN);
    expect(photo).toMatchObject({ method: 'sendPhoto', photo: 'https://example.org/viec.jpg', replyMarkup: undefined });
    expect(photo!.text!.length).toBeLessThanOrEqual(1024);
    expect(rest).toMatchObject({
      method: 'sendMessage',
      replyMarkup: { inline_keyboard: [[{ callback_data: 'apply' }]] },
    });
  });

  it('acknowledges a button press, and swallows the error when the query is too old', async () => {
    const { fake, adapter, logs } = await setup();
    const update = fake.pushUpdate(callbackQueryUpdate({ chatId: LAN, data: 'consent:yes', queryId: 'q-1' }));
    const [press] = adapter.receive(update);
    expect(press).toMatchObject({ choiceId: 'consent:yes', callbackQueryId: 'q-1', chatId: String(LAN) });
    await adapter.acknowledge!(press!);
    expect(fake.answeredCallbackQueries).toEqual([{ id: 'q-1' }]);
    await expect(adapter.acknowledge!(press!)).resolves.toBeUndefined(); // answered twice: Telegram says "query is too old"
    expect(logs.text()).toContain('query is too old');
    await adapter.acknowledge!({ ...press!, callbackQueryId: undefined });
    expect(fake.answeredCallbackQueries).toHaveLength(1);
  });

  it('reads updates with the configured bot username', async () => {
    const { fake, adapter } = await setup();
    const [message] = adapter.receive(
      textUpdate({ chatId: -100123, chatType: 'supergroup', text: `@${fake.bot.username} tìm việc` }),
    );
    expect(message).toMatchObject({ chatType: 'group', addressedToBot: true, text: 'tìm việc' });
  });

  it('maps what the platform really answers', async () => {
    const { fake, adapter } = await setup();
    fake.knowChat(-100777, 'supergroup');
    fake.block(-100777);
    fake.knowChat(6000000001);
    fake.block(6000000001);
    expect(await adapter.send('6099999999', { text: 'hi' })).toMatchObject({
      ok: false,
      failure: { kind: 'invalid_recipient', detail: 'sendMessage: 400 Bad Request: chat not found' },
    });
    expect(await adapter.send('6000000001', { text: 'hi' })).toMatchObject({
      ok: false,
      failure: { kind: 'recipient_gone', detail: expect.stringContaining('blocked by the user') },
    });
    expect(await adapter.send('-100777', { text: 'hi' })).toMatchObject({
      ok: false,
      failure: { kind: 'recipient_gone', detail: expect.stringContaining('kicked') },
    });
    for (const [kind, expected] of [
      ['deactivated', 'recipient_gone'],
      ['kicked', 'recipient_gone'],
      ['peer_id_invalid', 'invalid_recipient'],
      ['bad_request', 'fatal'],
      ['not_found', 'fatal'],
      ['server_error', 'transient'],
      ['bad_gateway', 'transient'],
      ['network', 'transient'],
    ] as const) {
      fake.failNext(kind);
      expect(await adapter.send(String(LAN), { text: 'hi' }), kind).toMatchObject({
        ok: false,
        failure: { kind: expected },
      });
    }
    fake.revokeToken();
    expect(await adapter.send(String(LAN), { text: 'hi' })).toMatchObject({
      ok: false,
      failure: { kind: 'fatal', detail: 'sendMessage: 401 Unauthorized' },
    });
  });

  it('meets the fake per-chat rate limit as throttled, stopping at the first failed piece', async () => {
    const { fake, adapter } = await setup({ perChat: { perSecond: 0.5, burst: 2 } });
    const text = Array.from({ length: 3 }, (_, i) => `${i}`.repeat(4000)).join('\n');
    const result = await adapter.send(String(LAN), { text });
    expect(result).toMatchObject({
      ok: false,
      failure: { kind: 'throttled', detail: expect.stringContaining('after 2 of 3 pieces') },
    });
    if (!result.ok && result.failure.kind === 'throttled')
      expect(result.failure.retryAfterMs).toBeGreaterThanOrEqual(1000);
    expect(fake.delivered(LAN)).toHaveLength(2);
  });

  it('meets the fake global cap as throttled across chats', async () => {
    const { fake, adapter } = await setup({ globalPerSecond: 3, knownChats: [1001, 1002, 1003, 1004] });
    const results = [];
    for (const chat of [1001, 1002, 1003, 1004]) results.push(await adapter.send(String(chat), { text: 'Việc mới' }));
    expect(results.map((r) => (r.ok ? 'ok' : r.failure.kind))).toEqual(['ok', 'ok', 'ok', 'throttled']);
    expect(fake.sent).toHaveLength(3);
  });

  it('answers a choice id Telegram cannot carry with fatal, without calling Telegram', async () => {
    const { fake, adapter, logs } = await setup();
    const result = await adapter.send(String(LAN), { text: 'x', choices: [{ id: 'x'.repeat(65), label: 'quá dài' }] });
    expect(result).toMatchObject({
      ok: false,
      failure: { kind: 'fatal', detail: expect.stringContaining('64 bytes') },
    });
    expect(fake.requests).toEqual([]);
    expect(logs.parsed().some((l) => l.level === 50)).toBe(true);
  });

  it('never writes the token in a log line or a failure detail', async () => {
    const { fake, adapter, logs } = await setup();
    const details: string[] = [];
    const record = (result: Awaited<ReturnType<typeof adapter.send>>) => {
      if (!result.ok) details.push(result.failure.detail);
    };
    record(await adapter.send(String(LAN), { text: 'ok' }));
    for (const kind of [
      'rate_limited',
      'server_error',
      'bad_gateway',
      'network',
      'blocked',
      'unknown_chat',
      'bad_token',
    ] as const) {
      fake.failNext(kind, 2);
      record(await adapter.send(String(LAN), { text: 'hi' }));
    }
    const unreachable = createTelegramAdapter({
      token: TOKEN,
      apiRoot: `http://127.0.0.1:${await freeLoopbackPort()}`,
      logger: logs.logger,
    });
    record(await unreachable.send(String(LAN), { text: 'hi' }));
    await unreachable.acknowledge!({
      channel: 'telegram',
      eventId: '1',
      chatId: String(LAN),
      userId: null,
      chatType: 'private',
      displayName: null,
      text: null,
      choiceId: 'x',
      mediaUrl: null,
      sentAt: new Date(),
      addressedToBot: true,
      callbackQueryId: 'q',
    });
    expect(details).toHaveLength(8);
    expect(logs.parsed().length).toBeGreaterThanOrEqual(9);
    for (const text of [logs.text(), ...details]) {
      expect(text).not.toContain(TOKEN);
      expect(text).not.toContain('tok_en-secret-xyz');
    }
  });
});
