import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createZaloClient, type ZaloClient } from './client.ts';
import { ZaloApiError } from './errors.ts';
import { startFakeZaloApi, type ZaloFakeApi } from '../../../test/fakes/zalo-api.ts';
import { captureLog } from '../../../test/harness/capture-log.ts';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), 'testdata');
const fixtureText = (name: string) => readFileSync(path.join(FIXTURES, `${name}.json`), 'utf8');
const CHAT = '51c2e8a09b7d3f6a4e10';

/** Catches what a call throws, and checks it is a ZaloApiError that nowhere shows the token. */
async function failure(promise: Promise<unknown>, token: string): Promise<ZaloApiError> {
  const error = await promise.then(
    () => {
      throw new Error('expected the call to fail');
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ZaloApiError);
  const zaloError = error as ZaloApiError;
  const everything = [
    zaloError.message,
    zaloError.description,
    zaloError.stack ?? '',
    JSON.stringify(zaloError),
    String(zaloError),
  ].join('\n');
  expect(everything).not.toContain(token);
  expect(everything).not.toContain(encodeURIComponent(token));
  return zaloError;
}

/** A fetch that answers one fixed body, for shapes the fake does not produce. */
function fixedFetch(status: number, body: string, headers: Record<string, string> = {}): typeof fetch {
  return async () => new Response(body, { status, headers: { 'content-type': 'application/json', ...headers } });
}

describe('Zalo client against the fake API', () => {
  let fake: ZaloFakeApi;
  let client: ZaloClient;
  beforeEach(async () => {
    fake = await startFakeZaloApi({ knownChats: [CHAT], maxPollWaitMs: 100, botName: 'Bot Kết Nối Việc Làm' });
    client = createZaloClient({ token: fake.token, apiRoot: fake.apiRoot });
  });
  afterEach(async () => {
    await fake.close();
  });

  it('getMe: POSTs `{}` as JSON to /bot<token>/getMe and reads the bot', async () => {
    const me = await client.getMe();
    expect(me).toMatchObject({
      id: fake.botId,
      account_name: 'Bot Kết Nối Việc Làm',
      account_type: 'BASIC',
      can_join_groups: false,
    });
    expect(fake.requests.at(-1)).toMatchObject({ method: 'getMe', tokenOk: true, body: {} });
  });

  it('sendMessage: sends chat_id and text, returns the message id', async () => {
    const sent = await client.sendMessage({ chat_id: CHAT, text: 'Xin chào! Có 3 việc mới.' });
    expect(sent.message_id).toMatch(/^[0-9a-f]{20}$/);
    expect(fake.sent.at(-1)).toMatchObject({
      method: 'sendMessage',
      chatId: CHAT,
      text: 'Xin chào! Có 3 việc mới.',
      messageId: sent.message_id,
    });
    expect(fake.requests.at(-1)?.body).toEqual({ chat_id: CHAT, text: 'Xin chào! Có 3 việc mới.' });
  });

  it('sendPhoto: sends the URL and the caption; no caption field when there is none', async () => {
    const a = await client.sendPhoto({
      chat_id: CHAT,
      photo: 'https://img.example.invalid/job.jpg',
      caption: 'Việc mới',
    });
    await client.sendPhoto({ chat_id: CHAT, photo: 'https://img.example.invalid/job2.jpg' });
    expect(a.message_id).toBeTruthy();
    expect(fake.requests.at(-1)?.body).toEqual({ chat_id: CHAT, photo: 'https://img.example.invalid/job2.jpg' });
    expect(fake.delivered(CHAT)).toEqual(['Việc mới', '']);
  });

  it('sendChatAction: typing', async () => {
    await expect(client.sendChatAction({ chat_id: CHAT, action: 'typing' })).resolves.toBe(true);
    expect(fake.sent.at(-1)).toMatchObject({ method: 'sendChatAction', chatId: CHAT, action: 'typing' });
  });

  it('setWebhook, getWebhookInfo, deleteWebhook', async () => {
    expect(await client.getWebhookInfo()).toMatchObject({ url: '' });
    const set = await client.setWebhook({
      url: 'https://bot.example.invalid/zalo/webhook',
      secret_token: 'secret-12345678',
    });
    expect(set).toMatchObject({ url: 'https://bot.example.invalid/zalo/webhook' });
    expect(typeof set.updated_at).toBe('number');
    expect(await client.getWebhookInfo()).toMatchObject({ url: 'https://bot.example.invalid/zalo/webhook' });
    expect(await client.deleteWebhook()).toMatchObject({ url: '' });
    expect(fake.webhook).toBeNull();
  });

  it('setWebhook refusals carry the 400 and Zalo description', async () => {
    const http_ = await failure(
      client.setWebhook({ url: 'http://bot.example.invalid/hook', secret_token: 'secret-12345678' }),
      fake.token,
    );
    expect(http_).toMatchObject({ method: 'setWebhook', code: 400, reason: 'api', description: 'url must be HTTPS' });
    const short = await failure(
      client.setWebhook({ url: 'https://bot.example.invalid/hook', secret_token: 'short' }),
      fake.token,
    );
    expect(short.code).toBe(400);
  });

  it('getUpdates: one raw update (not an array), and 408 when nothing arrived', async () => {
    const update = fake.injectText({ chatId: CHAT, text: 'Tìm việc' });
    expect(await client.getUpdates({ timeout: 1 })).toEqual(update);
    expect(fake.requests.at(-1)?.body).toEqual({ timeout: 1 });
    const nothing = await failure(client.getUpdates({ timeout: 1 }), fake.token);
    expect(nothing).toMatchObject({ method: 'getUpdates', code: 408, reason: 'api' });
  });

  it('getUpdates is refused while a webhook is set', async () => {
    await client.setWebhook({ url: 'https://bot.example.invalid/zalo/webhook', secret_token: 'secret-12345678' });
    const error = await failure(client.getUpdates({ timeout: 1 }), fake.token);
    expect(error.code).toBe(400);
  });

  it('ok:false in an HTTP 200 is a failure: unknown chat → 410', async () => {
    const error = await failure(client.sendMessage({ chat_id: 'ffffffffffffffffffff', text: 'hi' }), fake.token);
    expect(error).toMatchObject({
      method: 'sendMessage',
      code: 410,
      reason: 'api',
      description: 'The chat_id is invaild',
    });
  });

  it('text outside 1–2000 characters → 400', async () => {
    expect((await failure(client.sendMessage({ chat_id: CHAT, text: 'x'.repeat(2001) }), fake.token)).code).toBe(400);
    expect((await failure(client.sendMessage({ chat_id: CHAT, text: '' }), fake.token)).code).toBe(400);
    await expect(client.sendMessage({ chat_id: CHAT, text: 'x'.repeat(2000) })).resolves.toBeTruthy();
  });

  it('a wrong token → 401, and the error does not show either token', async () => {
    const wrong = createZaloClient({ token: '2718281:wrong-zalo-secret', apiRoot: fake.apiRoot });
    const error = await failure(wrong.getMe(), '2718281:wrong-zalo-secret');
    expect(error).toMatchObject({ code: 401, reason: 'api' });
    expect(error.message).not.toContain(fake.token);
  });

  it('HTTP 500 with an HTML page → code 500, reason http', async () => {
    fake.failNext('server_error');
    const error = await failure(client.sendMessage({ chat_id: CHAT, text: 'hi' }), fake.token);
    expect(error).toMatchObject({ code: 500, reason: 'http' });
    expect(error.description).toContain('500');
  });

  it('a 2xx body that is not JSON → invalid_response', async () => {
    fake.failNext('not_json');
    expect(await failure(client.getMe(), fake.token)).toMatchObject({ code: 200, reason: 'invalid_response' });
  });

  it('429 → code 429; a Retry-After hint is kept when present, absent otherwise', async () => {
    fake.failNext('rate_limited');
    const plain = await failure(client.sendMessage({ chat_id: CHAT, text: 'hi' }), fake.token);
    expect(plain).toMatchObject({ code: 429, description: 'Quota exceeded' });
    expect(plain.retryAfterMs).toBeUndefined();
    fake.failNext('rate_limited', { retryAfterSeconds: 7 });
    expect((await failure(client.sendMessage({ chat_id: CHAT, text: 'hi' }), fake.token)).retryAfterMs).toBe(7000);
  });

  it('the fake rate limit (msgs/s per bot) answers 429', async () => {
    await fake.close();
    fake = await startFakeZaloApi({ knownChats: [CHAT], rateLimitPerSecond: 2 });
    client = createZaloClient({ token: fake.token, apiRoot: fake.apiRoot });
    await client.sendMessage({ chat_id: CHAT, text: '1' });
    await client.sendMessage({ chat_id: CHAT, text: '2' });
    expect((await failure(client.sendMessage({ chat_id: CHAT, text: '3' }), fake.token)).code).toBe(429);
    expect(fake.delivered(CHAT)).toEqual(['1', '2']);
  });

  it('an aborted call → reason aborted', async () => {
    const controller = new AbortController();
    const pending = client.getUpdates({ timeout: 30 }, { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    expect(await failure(pending, fake.token)).toMatchObject({ code: 0, reason: 'aborted' });
  });
});

describe('Zalo client: failures without an answer never show the token', () => {
  const TOKEN = '12345689:abc-xyz';

  it('connection refused → reason network', async () => {
    const fake = await startFakeZaloApi();
    const apiRoot = fake.apiRoot;
    await fake.close();
    const error = await failure(createZaloClient({ token: TOKEN, apiRoot }).getMe(), TOKEN);
    expect(error).toMatchObject({ code: 0, reason: 'network' });
    expect(error.description).toMatch(/ECONNREFUSED|fetch failed/);
  });

  it('a network error whose message and cause include the URL', async () => {
    const leaky: typeof fetch = async (input) => {
      throw new TypeError(`request to ${String(input)} failed`, {
        cause: new Error(`connect ETIMEDOUT ${String(input)}`),
      });
    };
    const error = await failure(
      createZaloClient({ token: TOKEN, apiRoot: 'https://bot-api.zaloplatforms.com', fetch: leaky }).sendMessage({
        chat_id: CHAT,
        text: 'hi',
      }),
      TOKEN,
    );
    expect(error.description).toContain('https://bot-api.zaloplatforms.com/bot[redacted]/sendMessage');
  });

  it('an unusable apiRoot (the URL parser quotes the whole URL)', async () => {
    const error = await failure(createZaloClient({ token: TOKEN, apiRoot: 'not a url' }).getMe(), TOKEN);
    expect(error.reason).toBe('network');
  });

  it('a server that never answers → reason timeout', async () => {
    const sockets = new Set<import('node:net').Socket>();
    const silent = http.createServer(() => undefined);
    silent.on('connection', (socket) => sockets.add(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const apiRoot = `http://127.0.0.1:${(silent.address() as AddressInfo).port}`;
    try {
      const started = Date.now();
      const error = await failure(
        createZaloClient({ token: TOKEN, apiRoot, timeoutMs: 100 }).sendMessage({ chat_id: CHAT, text: 'hi' }),
        TOKEN,
      );
      expect(error).toMatchObject({ code: 0, reason: 'timeout' });
      expect(Date.now() - started).toBeLessThan(2000);
    } finally {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => silent.close(() => resolve()));
    }
  });

  it('an answer that echoes the token in its description', async () => {
    const echo = fixedFetch(
      200,
      JSON.stringify({ ok: false, error_code: 400, description: `bad path /bot${TOKEN}/nope` }),
    );
    const error = await failure(
      createZaloClient({ token: TOKEN, apiRoot: 'https://x.invalid', fetch: echo }).getMe(),
      TOKEN,
    );
    expect(error.description).toBe('bad path /bot[redacted]/nope');
  });

  it('errors logged through the project logger stay token-free (logger given no secrets)', async () => {
    const { logger, text } = captureLog();
    const leaky: typeof fetch = async (input) => {
      throw new TypeError(`fetch failed: ${String(input)}`);
    };
    const client = createZaloClient({ token: TOKEN, apiRoot: 'https://bot-api.zaloplatforms.com', fetch: leaky });
    try {
      await client.getMe();
    } catch (error) {
      logger.error({ err: error }, 'zalo call failed');
      logger.error(error);
    }
    expect(text()).toContain('zalo call failed');
    expect(text()).not.toContain(TOKEN);
    expect(text()).not.toContain('abc-xyz');
  });
});

describe('Zalo client: response shapes from the fixtures and the reference', () => {
  const TOKEN = '12345689:abc-xyz';
  const make = (f: typeof fetch) =>
    createZaloClient({ token: TOKEN, apiRoot: 'https://bot-api.zaloplatforms.com', fetch: f });

  it('sendMessage success (fixture)', async () => {
    expect(
      await make(fixedFetch(200, fixtureText('response-send-message-success'))).sendMessage({
        chat_id: CHAT,
        text: 'hi',
      }),
    ).toMatchObject({
      message_id: 'c4a19e0f7d2b8e6a1f35',
      date: 1764232862001,
    });
  });

  it('410 error (fixture), with HTTP 200 and with a non-2xx status alike', async () => {
    for (const status of [200, 400]) {
      const error = await failure(
        make(fixedFetch(status, fixtureText('response-error-410'))).sendMessage({ chat_id: CHAT, text: 'hi' }),
        TOKEN,
      );
      expect(error).toMatchObject({ code: 410, description: 'The chat_id is invaild', reason: 'api' });
    }
  });

  it('getUpdates 408 (fixture)', async () => {
    expect(
      await failure(make(fixedFetch(200, fixtureText('response-getupdates-408'))).getUpdates({ timeout: 30 }), TOKEN),
    ).toMatchObject({ code: 408 });
  });

  it('ok:false without error_code takes the HTTP status', async () => {
    expect(await failure(make(fixedFetch(503, JSON.stringify({ ok: false }))).getMe(), TOKEN)).toMatchObject({
      code: 503,
      reason: 'api',
    });
  });

  it('a non-2xx empty body → reason http with the status', async () => {
    expect(await failure(make(fixedFetch(502, '')).getMe(), TOKEN)).toMatchObject({ code: 502, reason: 'http' });
  });

  it("deleteWebhook answering `true` (the docs' prose) and getWebhookInfo answering 404 (reported by one client)", async () => {
    expect(await make(fixedFetch(200, JSON.stringify({ ok: true, result: true }))).deleteWebhook()).toEqual({
      url: '',
    });
    expect(
      await make(
        fixedFetch(200, JSON.stringify({ ok: false, error_code: 404, description: 'Not found' })),
      ).getWebhookInfo(),
    ).toEqual({ url: '' });
  });

  it('an ok:true result of the wrong shape → invalid_response', async () => {
    expect(
      await failure(
        make(fixedFetch(200, JSON.stringify({ ok: true, result: { message_id: 123 } }))).sendMessage({
          chat_id: CHAT,
          text: 'hi',
        }),
        TOKEN,
      ),
    ).toMatchObject({
      reason: 'invalid_response',
    });
  });

  it('a retry hint in the body (Telegram-style parameters.retry_after) is used', async () => {
    const body = JSON.stringify({
      ok: false,
      error_code: 429,
      description: 'Quota exceeded',
      parameters: { retry_after: 3 },
    });
    expect(
      (await failure(make(fixedFetch(200, body)).sendMessage({ chat_id: CHAT, text: 'hi' }), TOKEN)).retryAfterMs,
    ).toBe(3000);
  });

  it('a trailing slash on apiRoot is tolerated', async () => {
    const urls: string[] = [];
    const spy: typeof fetch = async (input) => {
      urls.push(String(input));
      return new Response(fixtureText('response-send-message-success'));
    };
    await createZaloClient({ token: TOKEN, apiRoot: 'https://bot-api.zaloplatforms.com/', fetch: spy }).sendMessage({
      chat_id: CHAT,
      text: 'hi',
    });
    expect(urls).toEqual([`https://bot-api.zaloplatforms.com/bot${TOKEN}/sendMessage`]);
  });
});
