import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { createZaloClient } from './client.ts';
import { parseZaloUpdate } from './parse.ts';
import { verifyZaloSecret, ZALO_SECRET_HEADER } from './webhook.ts';
import { startFakeZaloApi, zaloTextUpdate, type ZaloFakeApi } from '../../../test/fakes/zalo-api.ts';

/** The fake itself behaves as the reference says, so tests built on it mean something. */
describe('fake Zalo API', () => {
  let fake: ZaloFakeApi;
  let receiver: http.Server | undefined;
  afterEach(async () => {
    await fake.close();
    if (receiver) await new Promise<void>((resolve) => receiver!.close(() => resolve()));
    receiver = undefined;
  });

  /** A stand-in for our webhook route: checks the secret, then parses. */
  async function startReceiver(secret: string) {
    const got: Array<{ status: number; body: unknown; texts: Array<string | null> }> = [];
    receiver = http.createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const ok = verifyZaloSecret(req.headers[ZALO_SECRET_HEADER], secret);
        const body: unknown = JSON.parse(Buffer.concat(chunks).toString('utf8'));
        got.push({ status: ok ? 200 : 403, body, texts: ok ? parseZaloUpdate(body).map((m) => m.text) : [] });
        res.writeHead(ok ? 200 : 403, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ ok }));
      });
    });
    await new Promise<void>((resolve) => receiver!.listen(0, '127.0.0.1', resolve));
    return { url: `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/zalo/webhook`, got };
  }

  it('setWebhook refuses http, localhost and private hosts, and bad secrets; allowLocalWebhook lets 127.0.0.1 through', async () => {
    fake = await startFakeZaloApi();
    const client = createZaloClient({ token: fake.token, apiRoot: fake.apiRoot });
    for (const url of [
      'http://bot.example.invalid/h',
      'https://127.0.0.1/h',
      'https://localhost/h',
      'https://192.168.1.5/h',
      'not a url',
    ]) {
      await expect(client.setWebhook({ url, secret_token: 'secret-12345678' })).rejects.toMatchObject({ code: 400 });
    }
    for (const secret of ['1234567', 'x'.repeat(257)]) {
      await expect(
        client.setWebhook({ url: 'https://bot.example.invalid/h', secret_token: secret }),
      ).rejects.toMatchObject({ code: 400 });
    }
    await expect(
      client.setWebhook({ url: 'https://bot.example.invalid/h', secret_token: '12345678' }),
    ).resolves.toBeTruthy();
    await fake.close();
    fake = await startFakeZaloApi({ allowLocalWebhook: true });
    const local = createZaloClient({ token: fake.token, apiRoot: fake.apiRoot });
    await expect(
      local.setWebhook({ url: 'http://127.0.0.1:9/h', secret_token: 'x'.repeat(256) }),
    ).resolves.toMatchObject({ url: 'http://127.0.0.1:9/h' });
  });

  it('deliverWebhook posts to the registered URL with the registered secret, flat or wrapped', async () => {
    fake = await startFakeZaloApi({ allowLocalWebhook: true });
    const client = createZaloClient({ token: fake.token, apiRoot: fake.apiRoot });
    const { url, got } = await startReceiver('webhook-secret-1');
    await client.setWebhook({ url, secret_token: 'webhook-secret-1' });
    const update = zaloTextUpdate({ chatId: '51c2e8a09b7d3f6a4e10', text: 'phẳng' });
    expect(await fake.deliverWebhook(update)).toMatchObject({ status: 200 });
    expect(
      await fake.deliverWebhook(zaloTextUpdate({ chatId: '51c2e8a09b7d3f6a4e10', text: 'bọc' }), { wrapped: true }),
    ).toMatchObject({ status: 200 });
    expect(await fake.deliverWebhook(update, { secret: 'wrong-secret-1' })).toMatchObject({ status: 403 });
    expect(await fake.deliverWebhook(update, { secret: undefined })).toMatchObject({ status: 403 });
    expect(got.map((g) => g.texts)).toEqual([['phẳng'], ['bọc'], [], []]);
    expect(got[0]!.body).toEqual(update);
    expect(got[1]!.body).toMatchObject({ ok: true, result: { event_name: 'message.text.received' } });
  });

  it('getUpdates hands out one update per call, FIFO, and the chat becomes known', async () => {
    fake = await startFakeZaloApi({ maxPollWaitMs: 20 });
    const client = createZaloClient({ token: fake.token, apiRoot: fake.apiRoot });
    await expect(client.sendMessage({ chat_id: 'aaaaaaaaaaaaaaaaaaaa', text: 'hi' })).rejects.toMatchObject({
      code: 410,
    });
    const a = fake.injectText({ chatId: 'aaaaaaaaaaaaaaaaaaaa', text: 'a' });
    const b = fake.injectText({ chatId: 'bbbbbbbbbbbbbbbbbbbb', text: 'b' });
    expect(await client.getUpdates({ timeout: 1 })).toEqual(a);
    expect(await client.getUpdates({ timeout: 1 })).toEqual(b);
    await expect(client.getUpdates({ timeout: 1 })).rejects.toMatchObject({ code: 408 });
    await expect(client.sendMessage({ chat_id: 'aaaaaaaaaaaaaaaaaaaa', text: 'hi' })).resolves.toBeTruthy();
  });

  it('a waiting getUpdates receives an update injected while it waits; the timeout may come as a string', async () => {
    fake = await startFakeZaloApi({ maxPollWaitMs: 5000 });
    const pending = fetch(`${fake.apiRoot}/bot${fake.token}/getUpdates`, {
      method: 'POST',
      body: JSON.stringify({ timeout: '30' }),
    }).then((r) => r.json());
    await new Promise((resolve) => setTimeout(resolve, 50));
    const update = fake.injectText({ chatId: '51c2e8a09b7d3f6a4e10', text: 'ngay' });
    expect(await pending).toEqual({ ok: true, result: update });
  });

  it('unknown methods and garbage bodies are refused; the token is checked first', async () => {
    fake = await startFakeZaloApi();
    const post = (p: string, body: string) =>
      fetch(`${fake.apiRoot}${p}`, { method: 'POST', body }).then(async (r) => ({
        status: r.status,
        json: (await r.json()) as unknown,
      }));
    expect(await post(`/bot${fake.token}/sendTemplate`, '{}')).toMatchObject({ json: { ok: false, error_code: 404 } });
    expect(await post(`/bot${fake.token}/sendMessage`, 'not json')).toMatchObject({
      status: 400,
      json: { ok: false, error_code: 400 },
    });
    expect(await post('/botnope/getMe', '{}')).toMatchObject({ status: 401, json: { ok: false, error_code: 401 } });
    expect(
      await post(`/bot${fake.token}/sendChatAction`, JSON.stringify({ chat_id: 'x', action: 'typing' })),
    ).toMatchObject({ json: { error_code: 410 } });
  });
});
