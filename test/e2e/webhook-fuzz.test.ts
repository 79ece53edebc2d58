import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { parseTelegramUpdate } from '../../src/channels/telegram/parse.ts';
import { parseZaloUpdate } from '../../src/channels/zalo/parse.ts';
import { startFakeTelegramApi, type FakeTelegramApi } from '../fakes/telegram-api.ts';
import { startFakeZaloApi, type ZaloFakeApi } from '../fakes/zalo-api.ts';
import { freePort, waitFor } from '../harness/free-port.ts';
import { createTestDatabase } from '../harness/postgres.ts';
import { redisDatabase } from '../harness/redis-database.ts';
import { getJson, spawnRole, type RoleProcess } from '../harness/spawn-role.ts';
import { seededRandom } from '../harness/seeded-random.ts';

vi.setConfig({ testTimeout: 240_000, hookTimeout: 90_000 });

/**
 * 10,000 random and malformed requests to both webhooks of a running `npm start` (webhook mode):
 * never a 5xx, the process stays up, and nothing is written for bodies that are not real updates.
 */
const REQUESTS = 10_000;
const CONCURRENCY = 32;
const SECRETS = { telegram: 'tg-fuzz-secret', zalo: 'zalo-fuzz-secret' } as const;
const CHANNELS_DIR = path.resolve(import.meta.dirname, '../../src/channels');

function loadFixtures(channel: 'telegram' | 'zalo'): unknown[] {
  const dir = path.join(CHANNELS_DIR, channel, 'testdata');
  return fs.readdirSync(dir).flatMap((file) => {
    const value: unknown = JSON.parse(fs.readFileSync(path.join(dir, file), 'utf8'));
    return Array.isArray(value) ? value : [value];
  });
}

type Rand = () => number;
const pick = <T>(rand: Rand, items: readonly T[]): T => items[Math.floor(rand() * items.length)]!;

function randomScalar(rand: Rand): unknown {
  return pick(rand, [
    null,
    true,
    false,
    0,
    -1,
    2 ** 53 + 7,
    1e308,
    'x',
    '',
    '🔔'.repeat(20),
    'đặt cọc 500k',
    '\u0000\u202e',
    `${'a'.repeat(5000)}`,
    [],
    {},
  ]);
}

function randomValue(rand: Rand, depth = 0): unknown {
  const r = rand();
  if (depth > 3 || r < 0.4) return randomScalar(rand);
  if (r < 0.7) return Array.from({ length: Math.floor(rand() * 4) }, () => randomValue(rand, depth + 1));
  const keys = [
    'update_id',
    'message',
    'event_name',
    'result',
    'ok',
    'chat',
    'from',
    'text',
    'date',
    'id',
    'message_id',
    'callback_query',
    'data',
  ];
  return Object.fromEntries(
    Array.from({ length: Math.floor(rand() * 5) }, () => [pick(rand, keys), randomValue(rand, depth + 1)]),
  );
}

/** A fixture with one field somewhere replaced, removed or retyped. */
function mutate(rand: Rand, value: unknown, depth = 0): unknown {
  if (typeof value !== 'object' || value === null) return rand() < 0.5 ? randomScalar(rand) : value;
  const copy: Record<string, unknown> = Array.isArray(value)
    ? ([...value] as unknown as Record<string, unknown>)
    : { ...(value as Record<string, unknown>) };
  const keys = Object.keys(copy);
  if (keys.length === 0) return randomScalar(rand);
  const key = pick(rand, keys);
  const action = rand();
  if (action < 0.3) delete copy[key];
  else if (action < 0.6 || depth > 4) copy[key] = randomScalar(rand);
  else copy[key] = mutate(rand, copy[key], depth + 1);
  return copy;
}

interface FuzzRequest {
  channel: 'telegram' | 'zalo';
  body: string | Buffer;
  contentType: string | null;
  secret: string | null;
}

function isRealUpdate(channel: 'telegram' | 'zalo', text: string): boolean {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return false;
  }
  return (channel === 'telegram' ? parseTelegramUpdate(parsed) : parseZaloUpdate(parsed)).length > 0;
}

function makeRequest(rand: Rand, fixtures: Record<'telegram' | 'zalo', unknown[]>): FuzzRequest {
  const channel = rand() < 0.5 ? 'telegram' : 'zalo';
  const secretRoll = rand();
  const secret = secretRoll < 0.85 ? SECRETS[channel] : secretRoll < 0.93 ? 'wrong-secret' : null;
  const kind = rand();
  let body: string | Buffer;
  let contentType: string | null = 'application/json';
  if (kind < 0.35) body = JSON.stringify(mutate(rand, pick(rand, fixtures[channel])));
  else if (kind < 0.6) body = JSON.stringify(randomValue(rand));
  else if (kind < 0.7)
    body = JSON.stringify(pick(rand, fixtures[channel])).slice(0, Math.floor(rand() * 200)); // truncated
  else if (kind < 0.78)
    body = Buffer.from(Array.from({ length: Math.floor(rand() * 300) }, () => Math.floor(rand() * 256))); // bytes
  else if (kind < 0.84) {
    body = 'a=1&b=2';
    contentType = pick(rand, [
      'application/x-www-form-urlencoded',
      'text/plain',
      'multipart/form-data; boundary=x',
      null,
    ]);
  } else if (kind < 0.88)
    body = `${'['.repeat(5000)}${']'.repeat(5000)}`; // deep nesting
  else if (kind < 0.9)
    body = JSON.stringify({ update_id: 1, message: { text: 'x'.repeat(300 * 1024) } }); // over the body limit
  else if (kind < 0.95) body = JSON.stringify({ ok: true, result: randomValue(rand) });
  else body = '';
  return { channel, body, contentType, secret };
}

describe('webhook fuzzing against a running app', () => {
  let telegram: FakeTelegramApi;
  let zalo: ZaloFakeApi;
  let database: { url: string; drop: () => Promise<void> };
  let app: RoleProcess;
  let port: number;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'knvl-fuzz-'));

  beforeAll(async () => {
    telegram = await startFakeTelegramApi();
    zalo = await startFakeZaloApi();
    database = await createTestDatabase(inject('postgresUrl'), 'fuzz');
    port = await freePort();
    app = spawnRole('src/app/main.ts', {
      PORT: String(port),
      DATA_DIR: dataDir,
      DATABASE_URL: database.url,
      REDIS_URL: redisDatabase(inject('redisUrl'), 7),
      PUBLIC_URL: 'https://bot.example.vn',
      TELEGRAM_BOT_TOKEN: telegram.token,
      TELEGRAM_API_ROOT: telegram.apiRoot,
      TELEGRAM_WEBHOOK_SECRET: SECRETS.telegram,
      ZALO_BOT_TOKEN: zalo.token,
      ZALO_API_ROOT: zalo.apiRoot,
      ZALO_WEBHOOK_SECRET: SECRETS.zalo,
      LOG_LEVEL: 'warn',
    });
    await waitFor(
      'the app',
      async () => {
        if ((await getJson(`http://127.0.0.1:${port}/readyz`)).status !== 200) throw new Error('not ready');
      },
      60_000,
    );
  });
  afterAll(async () => {
    app?.child.kill('SIGTERM');
    await app?.exited;
    await telegram?.close();
    await zalo?.close();
    await database?.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it(`${REQUESTS} random and malformed bodies: no 5xx, still alive, nothing written`, async () => {
    const rand = seededRandom(20261128);
    const fixtures = { telegram: loadFixtures('telegram'), zalo: loadFixtures('zalo') };
    const requests: FuzzRequest[] = [];
    while (requests.length < REQUESTS) {
      const request = makeRequest(rand, fixtures);
      if (typeof request.body === 'string' && isRealUpdate(request.channel, request.body)) continue; // only invalid bodies
      requests.push(request);
    }

    const statuses = new Map<number, number>();
    let next = 0;
    const started = performance.now();
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < requests.length) {
          const request = requests[next++]!;
          const headers: Record<string, string> = {};
          if (request.contentType) headers['content-type'] = request.contentType;
          if (request.secret)
            headers[request.channel === 'telegram' ? 'x-telegram-bot-api-secret-token' : 'x-bot-api-secret-token'] =
              request.secret;
          let status: number;
          try {
            const response = await fetch(`http://127.0.0.1:${port}/webhooks/${request.channel}`, {
              method: 'POST',
              headers,
              body: request.body,
            });
            await response.arrayBuffer();
            status = response.status;
          } catch {
            status = -1; // connection refused or reset: counted, and fails the test below
          }
          statuses.set(status, (statuses.get(status) ?? 0) + 1);
        }
      }),
    );
    const seconds = (performance.now() - started) / 1000;
    console.info(
      `fuzz: ${REQUESTS} requests in ${seconds.toFixed(1)} s (${Math.round(REQUESTS / seconds)}/s); statuses ${JSON.stringify(Object.fromEntries(statuses))}`,
    );

    const serverErrors = [...statuses]
      .filter(([status]) => status >= 500 || status < 0)
      .reduce((n, [, count]) => n + count, 0);
    expect(serverErrors).toBe(0);
    expect((await getJson(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    expect(app.child.exitCode).toBeNull();

    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    const counts = await client.query<{ events: string; people: string; identities: string }>(
      'SELECT (SELECT count(*) FROM inbound_events) AS events, (SELECT count(*) FROM people) AS people, (SELECT count(*) FROM channel_identities) AS identities',
    );
    await client.end();
    expect(counts.rows[0]).toEqual({ events: '0', people: '0', identities: '0' });
    expect(telegram.sent).toHaveLength(0);
    expect(zalo.sent).toHaveLength(0);
  });
});
