import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Api, type GrammyError, InputFile } from 'grammy';
import { afterEach, describe, expect, it } from 'vitest';
import {
  groupMentionUpdate,
  startFakeTelegramApi,
  textUpdate,
  type FakeTelegramApi,
} from '../../../test/fakes/telegram-api.ts';

/** The fake answers like the Bot API: other people's webhook tests rely on these behaviours too. */

let fake: FakeTelegramApi;
afterEach(async () => {
  await fake?.close();
});

async function call(
  method: string,
  init: { body?: string; contentType?: string; query?: string; token?: string } = {},
) {
  const response = await fetch(
    `${fake.apiRoot}/bot${init.token ?? fake.token}/${method}${init.query ? `?${init.query}` : ''}`,
    {
      method: 'POST',
      ...(init.contentType ? { headers: { 'content-type': init.contentType } } : {}),
      ...(init.body !== undefined ? { body: init.body } : {}),
    },
  );
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('fake Telegram Bot API', () => {
  it('answers getMe, and 401 for a wrong token, 404 for an unknown method, with HTTP status = error_code', async () => {
    fake = await startFakeTelegramApi({ bot: { username: 'OurBot' } });
    expect(await call('getMe')).toMatchObject({
      status: 200,
      body: { ok: true, result: { is_bot: true, username: 'OurBot' } },
    });
    expect(await call('getMe', { token: '1:wrong' })).toEqual({
      status: 401,
      body: { ok: false, error_code: 401, description: 'Unauthorized' },
    });
    expect(await call('sendTelepathy')).toEqual({
      status: 404,
      body: { ok: false, error_code: 404, description: 'Not Found' },
    });
    expect(await call('GETME')).toMatchObject({ status: 200 });
  });

  it('reads urlencoded bodies and query strings, with JSON-serialized fields', async () => {
    fake = await startFakeTelegramApi({ knownChats: [42] });
    const markup = JSON.stringify({ inline_keyboard: [[{ text: '1. Có', callback_data: 'yes' }]] });
    const form = new URLSearchParams({ chat_id: '42', text: 'Xin chào <b>bạn</b>', reply_markup: markup }).toString();
    expect(await call('sendMessage', { body: form, contentType: 'application/x-www-form-urlencoded' })).toMatchObject({
      status: 200,
      body: { ok: true, result: { message_id: 1, chat: { id: 42 }, text: 'Xin chào <b>bạn</b>' } },
    });
    expect(await call('sendMessage', { query: 'chat_id=42&text=qua%20query' })).toMatchObject({ status: 200 });
    expect(fake.sentTo(42).map((m) => [m.text, m.replyMarkup])).toEqual([
      ['Xin chào <b>bạn</b>', { inline_keyboard: [[{ text: '1. Có', callback_data: 'yes' }]] }],
      ['qua query', undefined],
    ]);
  });

  it('reads the multipart body grammY sends when a file is uploaded', async () => {
    fake = await startFakeTelegramApi({ knownChats: [42] });
    const api = new Api(fake.token, { apiRoot: fake.apiRoot });
    const message = await api.sendPhoto(42, new InputFile(Buffer.from('not really a jpeg'), 'viec.jpg'), {
      caption: 'Ảnh việc làm',
    });
    expect(message.photo.length).toBeGreaterThan(0);
    expect(fake.requests[0]!.contentType).toMatch(/^multipart\/form-data; boundary=/);
    expect(fake.sentTo(42)[0]).toMatchObject({
      method: 'sendPhoto',
      text: 'Ảnh việc làm',
      photo: { upload: 'viec.jpg', size: 17 },
    });
  });

  it('validates messages like Telegram', async () => {
    fake = await startFakeTelegramApi({ knownChats: [42] });
    const api = new Api(fake.token, { apiRoot: fake.apiRoot });
    const failure = (promise: Promise<unknown>) =>
      promise.then(
        () => 'ok',
        (e: GrammyError) => `${e.error_code} ${e.description}`,
      );
    expect(await failure(api.sendMessage(42, ' '))).toBe('400 Bad Request: message text is empty');
    expect(await failure(api.sendMessage(42, 'x'.repeat(4097)))).toBe('400 Bad Request: message is too long');
    expect(await failure(api.sendMessage(42, 'x'.repeat(4096)))).toBe('ok');
    expect(await failure(api.sendMessage(43, 'x'))).toBe('400 Bad Request: chat not found');
    expect(
      await failure(
        api.sendMessage(42, 'x', {
          reply_markup: { inline_keyboard: [[{ text: 'a', callback_data: 'd'.repeat(65) }]] },
        }),
      ),
    ).toBe('400 Bad Request: BUTTON_DATA_INVALID');
    const buttons = Array.from({ length: 101 }, (_, i) => [{ text: `${i}`, callback_data: `${i}` }]);
    expect(await failure(api.sendMessage(42, 'x', { reply_markup: { inline_keyboard: buttons } }))).toBe(
      '400 Bad Request: BUTTONS_TOO_MUCH',
    );
    expect(await failure(api.sendPhoto(42, 'https://example.org/a.jpg', { caption: 'c'.repeat(1025) }))).toBe(
      '400 Bad Request: message caption is too long',
    );
    expect(await failure(api.sendChatAction(42, 'typing'))).toBe('ok');
    expect(fake.chatActions).toEqual([{ chatId: '42', action: 'typing' }]);
    fake.block(42);
    expect(await failure(api.sendMessage(42, 'x'))).toBe('403 Forbidden: bot was blocked by the user');
    fake.unblock(42);
    fake.failNext('rate_limited', 9);
    await expect(api.sendMessage(42, 'x')).rejects.toMatchObject({ error_code: 429, parameters: { retry_after: 9 } });
  });

  it('learns chats from injected updates', async () => {
    fake = await startFakeTelegramApi();
    const api = new Api(fake.token, { apiRoot: fake.apiRoot });
    await expect(api.sendMessage(-100555, 'x')).rejects.toMatchObject({ error_code: 400 });
    fake.pushUpdate(groupMentionUpdate({ chatId: -100555, botUsername: fake.bot.username, text: 'tìm việc' }));
    await expect(api.sendMessage(-100555, 'x')).resolves.toMatchObject({ chat: { id: -100555, type: 'supergroup' } });
  });

  it('serves getUpdates with offsets, limits, negative offsets and long polls', async () => {
    fake = await startFakeTelegramApi();
    const api = new Api(fake.token, { apiRoot: fake.apiRoot });
    const ids = [1, 2, 3, 4].map((i) => fake.pushUpdate(textUpdate({ chatId: 100 + i, text: `${i}` })).update_id);
    expect((await api.getUpdates({ limit: 2 })).map((u) => u.update_id)).toEqual(ids.slice(0, 2));
    expect((await api.getUpdates({ offset: ids[2] })).map((u) => u.update_id)).toEqual(ids.slice(2));
    expect(fake.pendingUpdateIds()).toEqual(ids.slice(2));
    expect((await api.getUpdates({ offset: -1 })).map((u) => u.update_id)).toEqual([ids[3]]);
    const started = Date.now();
    expect(await api.getUpdates({ offset: ids[3]! + 1, timeout: 1 })).toEqual([]);
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
    const waiting = api.getUpdates({ offset: ids[3]! + 1, timeout: 10 });
    setTimeout(() => fake.pushUpdate(textUpdate({ chatId: 1, text: 'now' })), 50);
    expect((await waiting).map((u) => u.update_id)).toEqual([ids[3]! + 1]);
  });

  it('refuses getUpdates with 409 while a webhook is set, and reports the webhook', async () => {
    fake = await startFakeTelegramApi();
    const api = new Api(fake.token, { apiRoot: fake.apiRoot });
    await api.setWebhook('https://example.org/telegram', { secret_token: 's3cret' });
    await expect(api.getUpdates()).rejects.toMatchObject({
      error_code: 409,
      description: expect.stringContaining('webhook is active'),
    });
    expect(await api.getWebhookInfo()).toMatchObject({ url: 'https://example.org/telegram', pending_update_count: 0 });
    expect(fake.webhook).toEqual({ url: 'https://example.org/telegram', secretToken: 's3cret' });
    await expect(api.setWebhook('https://example.org/x', { secret_token: 'bad secret!' })).rejects.toMatchObject({
      error_code: 400,
    });
    await api.deleteWebhook();
    await expect(api.getUpdates()).resolves.toEqual([]);
  });

  it('delivers an update to a webhook with the secret header', async () => {
    fake = await startFakeTelegramApi();
    const received: Array<{ secret: unknown; body: unknown }> = [];
    const server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString()));
      req.on('end', () => {
        received.push({ secret: req.headers['x-telegram-bot-api-secret-token'], body: JSON.parse(body) });
        res.end('ok');
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/telegram`;
    const update = textUpdate({ chatId: 77, text: 'Xin chào' });
    expect(await fake.deliverWebhook(url, update, 'abc')).toEqual({ status: 200, body: 'ok' });
    await new Promise<void>((r) => server.close(() => r()));
    expect(received).toEqual([{ secret: 'abc', body: update }]);
    await expect(new Api(fake.token, { apiRoot: fake.apiRoot }).sendMessage(77, 'x')).resolves.toBeTruthy();
  });

  it('closes promptly with a long poll open', async () => {
    fake = await startFakeTelegramApi();
    const api = new Api(fake.token, { apiRoot: fake.apiRoot });
    const poll = api.getUpdates({ timeout: 30 }).catch((e: unknown) => e);
    while (fake.waitingPollers() === 0) await new Promise((r) => setTimeout(r, 5));
    const started = Date.now();
    await fake.close();
    expect(Date.now() - started).toBeLessThan(500);
    expect(await poll).toBeInstanceOf(Error);
  });
});
