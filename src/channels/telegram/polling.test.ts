import { Api } from 'grammy';
import { afterEach, describe, expect, it } from 'vitest';
import { startTelegramPolling, type TelegramPolling, type TelegramPollingOptions } from './polling.ts';
import { waitFor } from '../../../test/harness/free-port.ts';
import {
  callbackQueryUpdate,
  startFakeTelegramApi,
  textUpdate,
  type FakeTelegramApi,
} from '../../../test/fakes/telegram-api.ts';
import { captureLog } from '../../../test/harness/capture-log.ts';

const TOKEN = '4242:tok_en-secret-xyz';
const FAST = { initialMs: 40, maxMs: 400 };

let fake: FakeTelegramApi;
const running: TelegramPolling[] = [];

afterEach(async () => {
  await Promise.all(running.splice(0).map((p) => p.stop()));
  await fake?.close();
});

/** Starts polling against the current fake (each test starts its own fake first). */
async function start(options: Partial<TelegramPollingOptions> & Pick<TelegramPollingOptions, 'onUpdate'>) {
  const logs = captureLog();
  const polling = startTelegramPolling({
    token: TOKEN,
    apiRoot: fake.apiRoot,
    logger: logs.logger,
    timeoutSeconds: 2,
    backoff: FAST,
    ...options,
  });
  running.push(polling);
  return { polling, logs };
}

const updateIds = (updates: unknown[]) => updates.map((u) => (u as { update_id: number }).update_id);
const getUpdatesRequests = () => fake.requests.filter((r) => r.method === 'getUpdates');
const eventually = <T>(what: string, check: () => T) =>
  waitFor(
    what,
    async () => {
      const value = check();
      if (!value) throw new Error('not yet');
      return value;
    },
    5000,
    10,
  );

describe('telegram long polling against the fake Bot API', () => {
  it('hands updates over one at a time in update_id order, including ones that arrive during a long poll', async () => {
    fake = await startFakeTelegramApi({ token: TOKEN });
    const first = [1, 2, 3].map((i) => fake.pushUpdate(textUpdate({ chatId: 6000 + i, text: `tin ${i}` })));
    const seen: unknown[] = [];
    let concurrent = 0;
    let maxConcurrent = 0;
    await start({
      onUpdate: async (raw) => {
        concurrent += 1;
        maxConcurrent = Math.max(maxConcurrent, concurrent);
        await new Promise((r) => setTimeout(r, 5));
        seen.push(raw);
        concurrent -= 1;
      },
    });
    await eventually('first batch', () => seen.length === 3);
    await eventually('a long poll waiting', () => fake.waitingPollers() === 1);
    const later = fake.pushUpdate(callbackQueryUpdate({ chatId: 6001, data: 'consent:yes' }));
    await eventually('the late update', () => seen.length === 4);
    expect(updateIds(seen)).toEqual([...updateIds(first), later.update_id]);
    expect(maxConcurrent).toBe(1);
    expect(seen[3]).toEqual(later);
  });

  it('confirms the offset only after onUpdate resolved', async () => {
    fake = await startFakeTelegramApi({ token: TOKEN });
    const update = fake.pushUpdate(textUpdate({ chatId: 6001, text: 'xin chào' }));
    let release!: () => void;
    const handled = new Promise<void>((r) => (release = r));
    let called = false;
    await start({
      onUpdate: async () => {
        called = true;
        await handled;
      },
    });
    await eventually('onUpdate called', () => called);
    await new Promise((r) => setTimeout(r, 100));
    expect(fake.pendingUpdateIds()).toEqual([update.update_id]);
    expect(fake.confirmedOffset).toBeLessThanOrEqual(update.update_id);
    expect(getUpdatesRequests()).toHaveLength(1);
    release();
    await eventually('offset confirmed', () => fake.confirmedOffset === update.update_id + 1);
    expect(fake.pendingUpdateIds()).toEqual([]);
  });

  it('fetches an update again when onUpdate fails, so nothing is lost', async () => {
    fake = await startFakeTelegramApi({ token: TOKEN });
    const [a, b] = [
      fake.pushUpdate(textUpdate({ chatId: 6001, text: 'a' })),
      fake.pushUpdate(textUpdate({ chatId: 6001, text: 'b' })),
    ];
    const seen: number[] = [];
    let failed = false;
    const { logs } = await start({
      onUpdate: async (raw) => {
        seen.push((raw as { update_id: number }).update_id);
        if (!failed) {
          failed = true;
          throw new Error('database is down');
        }
      },
    });
    await eventually('both handled', () => seen.length === 3);
    expect(seen).toEqual([a.update_id, a.update_id, b.update_id]);
    expect(logs.text()).toContain('database is down');
    await eventually('confirmed', () => fake.confirmedOffset === b.update_id + 1);
  });

  it('skips an update whose handler keeps failing, with one error line, and goes on', async () => {
    fake = await startFakeTelegramApi({ token: TOKEN });
    const poison = fake.pushUpdate(textUpdate({ chatId: 6001, text: 'poison' }));
    const next = fake.pushUpdate(textUpdate({ chatId: 6002, text: 'fine' }));
    const handled: number[] = [];
    const { logs } = await start({
      maxAttemptsPerUpdate: 3,
      onUpdate: async (raw) => {
        const id = (raw as { update_id: number }).update_id;
        if (id === poison.update_id) throw new Error('cannot handle');
        handled.push(id);
      },
    });
    await eventually('next handled', () => handled.length === 1);
    expect(handled).toEqual([next.update_id]);
    const skipped = logs.parsed().filter((l) => String(l.msg).includes('skipped'));
    expect(skipped).toHaveLength(1);
    expect(skipped[0]).toMatchObject({ level: 50, eventId: String(poison.update_id), attempts: 3 });
  });

  it('on 409 (a webhook is set) logs one clear line, backs off, never touches the webhook, and resumes when it is gone', async () => {
    fake = await startFakeTelegramApi({ token: TOKEN });
    const api = new Api(TOKEN, { apiRoot: fake.apiRoot });
    await api.setWebhook('http://127.0.0.1:9/telegram', { secret_token: 'abc' });
    const seen: unknown[] = [];
    const { logs } = await start({ onUpdate: async (raw) => void seen.push(raw) });
    await eventually('several 409s', () => getUpdatesRequests().length >= 4);
    const conflictLines = logs.parsed().filter((l) => (l.level as number) >= 40);
    expect(conflictLines).toHaveLength(1);
    expect(String(conflictLines[0]!.msg)).toMatch(/409.*webhook.*another process/);
    const gaps = getUpdatesRequests()
      .slice(1)
      .map((r, i) => r.at - getUpdatesRequests()[i]!.at);
    expect(gaps[0]!).toBeGreaterThanOrEqual(35); // waits 40, 80, 160 … ms
    expect(gaps[1]!).toBeGreaterThanOrEqual(75);
    expect(fake.requests.filter((r) => /webhook/i.test(r.method)).map((r) => r.method)).toEqual(['setWebhook']);
    await api.deleteWebhook();
    const update = fake.pushUpdate(textUpdate({ chatId: 6001, text: 'sau khi xoá webhook' }));
    await eventually('update after recovery', () => seen.length === 1);
    expect(updateIds(seen)).toEqual([update.update_id]);
    expect(logs.text()).toContain('recovered');
  });

  it('on 409 from a second poller, the first keeps going after the other stops', async () => {
    fake = await startFakeTelegramApi({ token: TOKEN });
    const seen: unknown[] = [];
    const { logs } = await start({ onUpdate: async (raw) => void seen.push(raw) });
    await eventually('first poller waiting', () => fake.waitingPollers() === 1);
    const intruder = new Api(TOKEN, { apiRoot: fake.apiRoot });
    await intruder.getUpdates({ timeout: 0 });
    await eventually('conflict logged', () => logs.text().includes('409'));
    const update = fake.pushUpdate(textUpdate({ chatId: 6001, text: 'vẫn nhận' }));
    await eventually('update received', () => seen.length === 1);
    expect(updateIds(seen)).toEqual([update.update_id]);
  });

  it('on 401 stops with one clear line and no retries', async () => {
    fake = await startFakeTelegramApi({ token: TOKEN });
    fake.revokeToken();
    const { polling, logs } = await start({ onUpdate: async () => {} });
    expect(await polling.done).toBe('unauthorized');
    expect(getUpdatesRequests()).toHaveLength(1);
    const errors = logs.parsed().filter((l) => (l.level as number) >= 40);
    expect(errors).toHaveLength(1);
    expect(String(errors[0]!.msg)).toContain('401');
    expect(String(errors[0]!.msg)).toContain('TELEGRAM_BOT_TOKEN');
    await polling.stop(); // harmless after the end
  });

  it('on 429 waits retry_after before asking again', async () => {
    fake = await startFakeTelegramApi({ token: TOKEN });
    fake.failNext('rate_limited', 1, 'getUpdates');
    const seen: unknown[] = [];
    await start({ onUpdate: async (raw) => void seen.push(raw) });
    fake.pushUpdate(textUpdate({ chatId: 6001, text: 'x' }));
    await eventually('update after the wait', () => seen.length === 1);
    const [first, second] = getUpdatesRequests();
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(950);
  });

  it('on 5xx, bad gateways and network errors backs off exponentially up to the cap, then recovers', async () => {
    fake = await startFakeTelegramApi({ token: TOKEN });
    for (const kind of ['server_error', 'bad_gateway', 'network', 'server_error', 'server_error'] as const)
      fake.failNext(kind, undefined, 'getUpdates');
    const seen: unknown[] = [];
    const { logs } = await start({
      onUpdate: async (raw) => void seen.push(raw),
      backoff: { initialMs: 50, maxMs: 200 },
    });
    fake.pushUpdate(textUpdate({ chatId: 6001, text: 'x' }));
    await eventually('update after recovery', () => seen.length === 1);
    const times = getUpdatesRequests().map((r) => r.at);
    const gaps = times.slice(1).map((t, i) => t - times[i]!);
    // expected waits 50, 100, 200, 200, 200 (capped)
    expect(gaps[0]!).toBeGreaterThanOrEqual(45);
    expect(gaps[1]!).toBeGreaterThanOrEqual(95);
    expect(gaps[2]!).toBeGreaterThanOrEqual(195);
    expect(gaps[4]!).toBeLessThan(600);
    expect(logs.parsed().filter((l) => l.level === 40)).toHaveLength(1); // one warning for the streak
    expect(logs.text()).toContain('recovered');
  });

  it('stop() aborts the long poll in flight and resolves promptly', async () => {
    fake = await startFakeTelegramApi({ token: TOKEN });
    const { polling } = await start({ onUpdate: async () => {}, timeoutSeconds: 20 });
    await eventually('long poll waiting', () => fake.waitingPollers() === 1);
    const started = Date.now();
    await polling.stop();
    expect(Date.now() - started).toBeLessThan(500);
    expect(await polling.done).toBe('stopped');
    await eventually('server saw the abort', () => fake.waitingPollers() === 0);
  });

  it('stop() during a long back-off resolves promptly too', async () => {
    fake = await startFakeTelegramApi({ token: TOKEN });
    fake.failNext('server_error', undefined, 'getUpdates');
    const { polling } = await start({ onUpdate: async () => {}, backoff: { initialMs: 20_000, maxMs: 30_000 } });
    await eventually('first failure', () => getUpdatesRequests().length === 1);
    const started = Date.now();
    await polling.stop();
    expect(Date.now() - started).toBeLessThan(500);
  });

  it('stop() lets the running handler finish, confirms it, and leaves the rest for the next start', async () => {
    fake = await startFakeTelegramApi({ token: TOKEN });
    const [a, b] = [
      fake.pushUpdate(textUpdate({ chatId: 6001, text: 'a' })),
      fake.pushUpdate(textUpdate({ chatId: 6001, text: 'b' })),
    ];
    let stopping: Promise<void> | undefined;
    const seen: number[] = [];
    const { polling } = await start({
      onUpdate: async (raw) => {
        seen.push((raw as { update_id: number }).update_id);
        stopping = polling.stop();
        await new Promise((r) => setTimeout(r, 50));
      },
    });
    await eventually('stop requested', () => stopping);
    await stopping;
    expect(seen).toEqual([a.update_id]);
    expect(fake.confirmedOffset).toBe(a.update_id + 1);
    expect(fake.pendingUpdateIds()).toEqual([b.update_id]);

    const again: number[] = [];
    await start({ onUpdate: async (raw) => void again.push((raw as { update_id: number }).update_id) });
    await eventually('rest delivered', () => again.length === 1);
    expect(again).toEqual([b.update_id]);
  });

  it('asks only for the update kinds the parser reads, and works with a shared Api', async () => {
    fake = await startFakeTelegramApi({ token: TOKEN });
    fake.pushUpdate({ edited_message: textUpdate({ chatId: 6001, text: 'sửa' }).message });
    const wanted = fake.pushUpdate(textUpdate({ chatId: 6001, text: 'mới' }));
    const seen: unknown[] = [];
    const logs = captureLog();
    const polling = startTelegramPolling({
      api: new Api(TOKEN, { apiRoot: fake.apiRoot, timeoutSeconds: 30 }),
      logger: logs.logger,
      timeoutSeconds: 2,
      onUpdate: async (raw) => void seen.push(raw),
    });
    running.push(polling);
    await eventually('delivered', () => seen.length === 1);
    expect(updateIds(seen)).toEqual([wanted.update_id]);
    expect(getUpdatesRequests()[0]!.params).toMatchObject({
      allowed_updates: ['message', 'callback_query'],
      timeout: 2,
      limit: 100,
    });
  });

  it('never writes the token in its log lines', async () => {
    fake = await startFakeTelegramApi({ token: TOKEN });
    for (const kind of ['network', 'bad_gateway', 'server_error', 'conflict', 'rate_limited'] as const)
      fake.failNext(kind, 1, 'getUpdates');
    const seen: unknown[] = [];
    const { polling, logs } = await start({ onUpdate: async (raw) => void seen.push(raw) });
    fake.pushUpdate(textUpdate({ chatId: 6001, text: 'x' }));
    await eventually('recovered', () => seen.length === 1);
    fake.revokeToken();
    fake.pushUpdate(textUpdate({ chatId: 6001, text: 'y' }));
    expect(await polling.done).toBe('unauthorized');
    expect(logs.parsed().length).toBeGreaterThan(5);
    expect(logs.text()).not.toContain(TOKEN);
    expect(logs.text()).not.toContain('tok_en-secret-xyz');
  });
});
