import { afterEach, describe, expect, it } from 'vitest';
import { createZaloClient, type ZaloClient } from './client.ts';
import { startZaloPolling, TOKEN_REJECTED_LOG, type ZaloPolling } from './polling.ts';
import { parseZaloUpdate } from './parse.ts';
import { startFakeZaloApi, type ZaloFakeApi } from '../../../test/fakes/zalo-api.ts';
import { captureLog } from '../../../test/harness/capture-log.ts';

const CHAT = '51c2e8a09b7d3f6a4e10';
const WARN = 40;
const SHORT_BACKOFF = { initialMs: 40, maxMs: 160 };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
async function until(condition: () => boolean, timeoutMs = 5000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error('condition not met in time');
    await sleep(5);
  }
}

/** Wraps a client to count getUpdates calls in flight at once. */
function countingClient(client: ZaloClient) {
  let inFlight = 0;
  let maxInFlight = 0;
  return {
    client: {
      async getUpdates(...args: Parameters<ZaloClient['getUpdates']>) {
        inFlight++;
        maxInFlight = Math.max(maxInFlight, inFlight);
        try {
          return await client.getUpdates(...args);
        } finally {
          inFlight--;
        }
      },
    },
    maxInFlight: () => maxInFlight,
  };
}

describe('Zalo polling against the fake API', () => {
  let fake: ZaloFakeApi | undefined;
  let polling: ZaloPolling | undefined;
  afterEach(async () => {
    await polling?.stop();
    await fake?.close();
    polling = undefined;
    fake = undefined;
  });

  async function setup(fakeOptions: Parameters<typeof startFakeZaloApi>[0] = {}) {
    fake = await startFakeZaloApi({ maxPollWaitMs: 50, ...fakeOptions });
    const client = createZaloClient({ token: fake.token, apiRoot: fake.apiRoot });
    const log = captureLog();
    return { fake, client, log };
  }

  const getUpdatesTimes = (f: ZaloFakeApi) =>
    f.requests.filter((r) => r.method === 'getUpdates').map((r) => r.at.getTime());

  it('hands updates to onUpdate in order, one getUpdates at a time, awaiting each handler', async () => {
    const { fake, client, log } = await setup();
    const counting = countingClient(client);
    for (let i = 1; i <= 5; i++) fake.injectText({ chatId: CHAT, text: `tin ${i}` });
    const seen: string[] = [];
    let handling = 0;
    polling = startZaloPolling({
      client: counting.client,
      logger: log.logger,
      timeoutSeconds: 1,
      onUpdate: async (raw) => {
        expect(handling).toBe(0);
        handling++;
        await sleep(10); // a slow handler must not let the next update overtake it
        seen.push(parseZaloUpdate(raw)[0]?.text ?? '?');
        handling--;
      },
    });
    await until(() => seen.length === 5);
    for (let i = 6; i <= 8; i++) fake.injectText({ chatId: CHAT, text: `tin ${i}` });
    await until(() => seen.length === 8);
    expect(seen).toEqual(['tin 1', 'tin 2', 'tin 3', 'tin 4', 'tin 5', 'tin 6', 'tin 7', 'tin 8']);
    expect(counting.maxInFlight()).toBe(1);
    expect(log.parsed().filter((l) => l.level >= WARN)).toEqual([]);
  });

  it('408 means nothing new: polls again at once, quietly, and still gets the next update', async () => {
    const { fake, client, log } = await setup({ maxPollWaitMs: 20 });
    const seen: unknown[] = [];
    polling = startZaloPolling({
      client,
      logger: log.logger,
      timeoutSeconds: 1,
      backoff: { initialMs: 5000, maxMs: 5000 },
      onUpdate: async (raw) => void seen.push(raw),
    });
    await until(() => getUpdatesTimes(fake).length >= 5);
    const update = fake.injectText({ chatId: CHAT, text: 'có việc chưa?' });
    await until(() => seen.length === 1);
    expect(seen[0]).toEqual(update);
    // with a 5 s back-off configured, five polls in this time prove 408 is not treated as a failure
    expect(log.parsed().filter((l) => l.level >= WARN)).toEqual([]);
  });

  it('401 stops polling for good with one clear log line', async () => {
    const { fake, log } = await setup();
    const client = createZaloClient({ token: '2718281:wrong-zalo-secret', apiRoot: fake.apiRoot });
    const handled: unknown[] = [];
    polling = startZaloPolling({
      client,
      logger: log.logger,
      timeoutSeconds: 1,
      backoff: SHORT_BACKOFF,
      onUpdate: async (raw) => void handled.push(raw),
    });
    await polling.done;
    await sleep(100);
    expect(getUpdatesTimes(fake)).toHaveLength(1);
    expect(log.raw).toHaveLength(1);
    expect(log.parsed()[0]).toMatchObject({ level: 50, msg: TOKEN_REJECTED_LOG });
    expect(log.text()).not.toContain('wrong-zalo-secret');
    expect(handled).toEqual([]);
  });

  it('backs off exponentially on 429 and 500, and resets after a success', async () => {
    const { fake, client, log } = await setup();
    fake.failNext('rate_limited', { method: 'getUpdates' });
    fake.failNext('server_error', { method: 'getUpdates' });
    fake.failNext('rate_limited', { method: 'getUpdates' });
    fake.failNext('server_error', { method: 'getUpdates' });
    fake.injectText({ chatId: CHAT, text: 'sau lỗi' });
    const seen: unknown[] = [];
    polling = startZaloPolling({
      client,
      logger: log.logger,
      timeoutSeconds: 1,
      backoff: SHORT_BACKOFF,
      onUpdate: async (raw) => {
        seen.push(raw);
        if (seen.length === 1) fake.failNext('server_error', { method: 'getUpdates' });
      },
    });
    await until(() => seen.length === 1);
    await until(() => getUpdatesTimes(fake).length >= 8);
    const times = getUpdatesTimes(fake);
    const gaps = times.slice(1).map((t, i) => t - times[i]!);
    // failures 1-4 wait 40, 80, 160, 160 (capped); the 5th call succeeds; the 6th fails and waits 40 again
    const slack = 5;
    expect(gaps[0]).toBeGreaterThanOrEqual(40 - slack);
    expect(gaps[1]).toBeGreaterThanOrEqual(80 - slack);
    expect(gaps[2]).toBeGreaterThanOrEqual(160 - slack);
    expect(gaps[3]).toBeGreaterThanOrEqual(160 - slack);
    expect(gaps[5]).toBeGreaterThanOrEqual(40 - slack);
    // the waits chosen (deterministic, unlike wall-clock upper bounds on a loaded machine)
    const warnings = log.parsed().filter((l) => l.level >= WARN);
    expect(warnings.map((l) => l.retryInMs)).toEqual([40, 80, 160, 160, 40]);
    expect(log.text()).not.toContain(fake.token);
  });

  it('backs off on network errors, logging without the token', async () => {
    const { fake: down, log } = await setup();
    const apiRoot = down.apiRoot;
    await down.close();
    fake = undefined;
    const token = '12345689:abc-xyz';
    const client = createZaloClient({ token, apiRoot });
    polling = startZaloPolling({
      client,
      logger: log.logger,
      timeoutSeconds: 1,
      backoff: SHORT_BACKOFF,
      onUpdate: async () => undefined,
    });
    await until(() => log.raw.length >= 3);
    await polling.stop();
    const retries = log.parsed().map((l) => l.retryInMs);
    expect(retries.slice(0, 3)).toEqual([40, 80, 160]);
    expect(log.text()).not.toContain(token);
    expect(log.text()).not.toContain('abc-xyz');
  });

  it('stop() aborts the long poll in flight and resolves promptly, and no update is lost to the aborted call', async () => {
    const { fake, client, log } = await setup({ maxPollWaitMs: 30_000 });
    const seen: unknown[] = [];
    polling = startZaloPolling({
      client,
      logger: log.logger,
      timeoutSeconds: 30,
      onUpdate: async (raw) => void seen.push(raw),
    });
    await until(() => getUpdatesTimes(fake).length === 1);
    await sleep(20);
    const started = Date.now();
    await polling.stop();
    expect(Date.now() - started).toBeLessThan(500);
    await sleep(50);
    fake.injectText({ chatId: CHAT, text: 'sau khi dừng' });
    expect(fake.pendingUpdates()).toBe(1);
    expect(seen).toEqual([]);
    expect(log.parsed().filter((l) => l.level >= WARN)).toEqual([]);
  });

  it('stop() during a back-off wait resolves promptly', async () => {
    const { fake, client, log } = await setup();
    fake.failNext('server_error', { method: 'getUpdates' });
    polling = startZaloPolling({
      client,
      logger: log.logger,
      timeoutSeconds: 1,
      backoff: { initialMs: 30_000, maxMs: 30_000 },
      onUpdate: async () => undefined,
    });
    await until(() => log.raw.length === 1);
    const started = Date.now();
    await polling.stop();
    expect(Date.now() - started).toBeLessThan(200);
  });

  it('an aborted signal stops polling like stop()', async () => {
    const { client, log } = await setup({ maxPollWaitMs: 30_000 });
    const controller = new AbortController();
    polling = startZaloPolling({
      client,
      logger: log.logger,
      signal: controller.signal,
      timeoutSeconds: 30,
      onUpdate: async () => undefined,
    });
    await sleep(30);
    const started = Date.now();
    controller.abort();
    await polling.done;
    expect(Date.now() - started).toBeLessThan(500);
  });

  it('a failing handler is logged and polling goes on', async () => {
    const { fake, client, log } = await setup();
    fake.injectText({ chatId: CHAT, text: 'một' });
    fake.injectText({ chatId: CHAT, text: 'hai' });
    const seen: string[] = [];
    polling = startZaloPolling({
      client,
      logger: log.logger,
      timeoutSeconds: 1,
      onUpdate: async (raw) => {
        const text = parseZaloUpdate(raw)[0]?.text ?? '?';
        seen.push(text);
        if (text === 'một') throw new Error('handler broke');
      },
    });
    await until(() => seen.length === 2);
    expect(seen).toEqual(['một', 'hai']);
    expect(
      log
        .parsed()
        .filter((l) => l.level >= WARN)
        .map((l) => l.msg),
    ).toEqual(['Zalo update handler failed; the update is dropped']);
  });

  it('getUpdates refused while a webhook is set: retried with back-off, never deletes the webhook itself', async () => {
    const { fake, client, log } = await setup();
    await client.setWebhook({ url: 'https://bot.example.invalid/zalo', secret_token: 'secret-12345678' });
    polling = startZaloPolling({
      client,
      logger: log.logger,
      timeoutSeconds: 1,
      backoff: SHORT_BACKOFF,
      onUpdate: async () => undefined,
    });
    await until(() => log.raw.length >= 2);
    await polling.stop();
    expect(fake.webhook).not.toBeNull();
    expect(fake.requests.map((r) => r.method)).not.toContain('deleteWebhook');
  });
});
