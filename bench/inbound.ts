/**
 * npm run bench:inbound -- [--people 1000] [--messages 10] [--think-ms 0]
 * N simulated people register at once through the Telegram webhook of a running `npm start`
 * (webhook mode, real PostgreSQL, private redis-server, a fake Telegram that answers at full speed).
 * Each person types the registration (/start → confirmed, 9 messages, as on Zalo), waiting for each reply and
 * then --think-ms (a person reading and typing). Measures, per update, the time
 * from the webhook POST to the reply reaching Telegram, and updates handled per second. Prints one JSON line.
 * PostgreSQL: DATABASE_URL, or a throwaway PostgreSQL 15 started here (as the test harness does).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { startFakeTelegramApi, textUpdate } from '../test/fakes/telegram-api.ts';
import { freePort, waitFor } from '../test/harness/free-port.ts';
import { createTestDatabase, startPostgres } from '../test/harness/postgres.ts';
import { getJson, spawnRole } from '../test/harness/spawn-role.ts';

const { values } = parseArgs({
  options: {
    people: { type: 'string', default: '1000' },
    messages: { type: 'string', default: '9' },
    'think-ms': { type: 'string', default: '0' },
    rate: { type: 'string', default: '0' },
  },
});
const people = Number(values.people);
const perPerson = Number(values.messages);
const thinkMs = Number(values['think-ms']);
/**
 * --rate R: the people together offer R updates/s (each sends a message every people/R seconds, starting at a
 * random moment in the first such period, never before the previous reply): latency at a given load, not at
 * saturation. Without it every person sends as soon as the previous reply arrives (the most the system can do).
 */
const rate = Number(values.rate);
if (!Number.isFinite(rate) || rate < 0) {
  process.stderr.write('--rate must be a number of updates per second (0: as fast as replies come)\n');
  process.exit(2);
}
if (!Number.isInteger(people) || people <= 0 || !Number.isInteger(perPerson) || perPerson <= 0) {
  process.stderr.write('--people and --messages must be positive whole numbers\n');
  process.exit(2);
}
/** What each person types, in order: the whole registration, text only (10 messages). */
const SCRIPT = ['/start', '1', '1', '1998', 'meo vac', '1', '1 4', '2', '1'];
const SECRET = 'bench-secret';
/** One of Telegram's webhook addresses (149.154.160.0/20). */
const TELEGRAM_ADDRESS = '149.154.167.99';

const server = process.env.DATABASE_URL ? null : await startPostgres();
const database = server ? await createTestDatabase(server.url, 'bench') : null;
const databaseUrl = process.env.DATABASE_URL ?? database!.url;
const telegram = await startFakeTelegramApi({ perChat: false, globalPerSecond: false });
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'knvl-bench-inbound-'));
const port = await freePort();
const app = spawnRole('src/app/main.ts', {
  PORT: String(port),
  DATA_DIR: dataDir,
  DATABASE_URL: databaseUrl,
  PUBLIC_URL: 'https://bot.example.vn',
  TELEGRAM_BOT_TOKEN: telegram.token,
  TELEGRAM_API_ROOT: telegram.apiRoot,
  TELEGRAM_WEBHOOK_SECRET: SECRET,
  LOG_LEVEL: 'warn',
  // The load comes from this machine as if through a local proxy from Telegram's own addresses, which the webhook's
  // per-address rate limit spares (src/http/webhook-routes.ts); from anywhere else it would be held at 6,000 a minute.
  TRUST_PROXY: 'loopback',
});

try {
  await waitFor(
    'the app',
    async () => {
      if ((await getJson(`http://127.0.0.1:${port}/readyz`)).status !== 200) throw new Error('not ready');
    },
    60_000,
  );

  // One loop watches what the fake received and wakes whoever waits for that chat.
  const waiting = new Map<string, () => void>();
  let seen = 0;
  const watcher = setInterval(() => {
    for (; seen < telegram.sent.length; seen += 1) {
      const chat = telegram.sent[seen]!.chatId;
      const wake = waiting.get(chat);
      if (wake) {
        waiting.delete(chat);
        wake();
      }
    }
  }, 2);

  const url = `http://127.0.0.1:${port}/webhooks/telegram`;
  const latencies: number[] = [];
  let failures = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: people }, async (_, p) => {
      const chatId = 100_000 + p;
      telegram.knowChat(chatId); // as if this person had written to the bot before (real chats exist)
      const periodMs = rate > 0 ? (people * 1000) / rate : 0;
      const firstAt = started + Math.random() * periodMs;
      for (let m = 0; m < perPerson; m += 1) {
        const due = firstAt + m * periodMs - performance.now();
        if (due > 0) await new Promise((r) => setTimeout(r, due));
        const update = textUpdate({ chatId, text: SCRIPT[m % SCRIPT.length]!, updateId: p * 1000 + m + 1 });
        const replied = new Promise<void>((resolve) => waiting.set(String(chatId), resolve));
        const t0 = performance.now();
        const response = await fetch(url, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'x-telegram-bot-api-secret-token': SECRET,
            'x-forwarded-for': TELEGRAM_ADDRESS,
          },
          body: JSON.stringify(update),
        });
        await response.arrayBuffer();
        if (response.status !== 200) {
          failures += 1;
          waiting.delete(String(chatId));
          continue;
        }
        const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 30_000));
        if ((await Promise.race([replied, timeout])) === 'timeout') failures += 1;
        else latencies.push(performance.now() - t0);
        if (thinkMs > 0) await new Promise((r) => setTimeout(r, thinkMs * (0.5 + Math.random())));
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  clearInterval(watcher);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const { rows } = await client.query<{ n: string }>('SELECT count(*) AS n FROM worker_profiles');
  await client.end();
  const registered = Number(rows[0]?.n ?? 0);
  const metrics = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
  const stageMeans = Object.fromEntries(
    ['queued', 'record', 'dialog', 'reply', 'total'].map((stage) => {
      const sum = Number(
        new RegExp(`knvl_inbound_handling_seconds_sum\\{[^}]*stage="${stage}"[^}]*\\} ([0-9.e-]+)`).exec(metrics)?.[1],
      );
      const n = Number(
        new RegExp(`knvl_inbound_handling_seconds_count\\{[^}]*stage="${stage}"[^}]*\\} ([0-9]+)`).exec(metrics)?.[1],
      );
      return [stage, Math.round((sum / n) * 10000) / 10];
    }),
  );
  latencies.sort((a, b) => a - b);
  const at = (q: number) =>
    Math.round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? NaN);
  process.stdout.write(
    `${JSON.stringify({
      bench: 'inbound.telegram_webhook',
      people,
      messagesPerPerson: perPerson,
      thinkMs,
      offeredRate: rate > 0 ? rate : 'as fast as replies come',
      updates: people * perPerson,
      handled: latencies.length,
      registered,
      failures,
      seconds: Number(seconds.toFixed(2)),
      updatesPerSec: Math.round(latencies.length / seconds),
      p50Ms: at(0.5),
      p99Ms: at(0.99),
      maxMs: Math.round(latencies.at(-1) ?? NaN),
      serverMeanMsByStage: stageMeans,
      database: 'postgres',
      node: process.version,
    })}\n`,
  );
} finally {
  app.child.kill('SIGTERM');
  await app.exited;
  await telegram.close();
  await database?.drop();
  await server?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}
