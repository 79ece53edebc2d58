import { Redis } from 'ioredis';
import { sql } from 'kysely';
import { afterEach, describe, expect, inject, it, vi } from 'vitest';
import { createTelegramAdapter } from '../../../../src/channels/telegram/adapter.ts';
import { openDatabase, type DatabaseHandle } from '../../../../src/db/connect.ts';
import { migrateToLatest } from '../../../../src/db/migrate.ts';
import { seedReferenceData } from '../../../../src/db/reference-data.ts';
import { concurrencyFor } from '../../../../src/messaging/delivery/limits.ts';
import { createLogger } from '../../../../src/logger.ts';
import { connectRedis } from '../../../../src/messaging/queue/connection.ts';
import { closeQueues, createQueues } from '../../../../src/messaging/queue/queues.ts';
import { createOutboxRelay } from '../../../../src/messaging/queue/relay.ts';
import { type DeliveryOptions, startDelivery } from '../../../../src/messaging/workers/deliver.ts';
import { POSTGRES_PARALLELISM, startFanoutWorker } from '../../../../src/messaging/workers/fanout.ts';
import { createDeliveryWorld, type DeliveryWorld, type Recipient } from '../../../harness/delivery-world.ts';
import { addAudience, addVacancyToModerate, approveVacancy, tally, vacancyRowStatus } from '../../../harness/fanout-audience.ts';
import { startFlakyProxy } from '../../../harness/flaky-proxy.ts';
import { waitFor } from '../../../harness/free-port.ts';
import { createTestDatabase } from '../../../harness/postgres.ts';
import { type RedisServer, startRedis } from '../../../harness/redis.ts';
import { type RoleProcess, spawnRole } from '../../../harness/spawn-role.ts';
import { type FakeTelegramApi, startFakeTelegramApi } from '../../../fakes/telegram-api.ts';

/**
 * Delivery under faults (issue 5, item 8). In every case an official approves a vacancy that 10,000 recipients match
 * (9,990 subscribers and 10 subscribed group chats); the real path runs: outbox → relay → fan-out (one INSERT … SELECT
 * writes the 10,000 rows) → feeder → delivery at TELEGRAM_SEND_RATE = 1,000/s against a fake Telegram that enforces
 * that rate (429 + retry_after beyond it) and 1 message/s per chat. Mid-delivery:
 *   (a) the worker process (src/app/worker.ts, what `npm run worker` runs) is killed with SIGKILL and started again;
 *   (b) redis-server is restarted on the same port, with its data (append-only file, as the private Redis of
 *       `npm start` keeps it);
 *   (c) Redis is emptied (FLUSHALL) and `npm run cli -- reconcile` runs;
 *   (d) 20 % of the send calls get a 500;
 *   (e) the fake puts the bot under flood control every 4 s: for 1 s every send gets 429 with retry_after = 1.
 * Each ends with every recipient holding exactly one message at the fake (in (a), at most one repeat per message
 * that was being sent when the process died, counted and printed), every row 'sent', and no 429 but the forced ones.
 *
 * PostgreSQL 15 only, no PGlite: PGlite is one connection inside one process, while these faults are about several
 * processes and connections sharing one database (and production workers run on PostgreSQL: `npm run worker`
 * requires DATABASE_URL). Each case gets its own database and its own redis-server (the queue names are fixed).
 * Cases (b)–(e) run the same pieces as src/app/worker.ts in this process (relay, fan-out worker, delivery), so the
 * faults can be injected and (d)'s retry back-off shortened; (a) runs the real worker process.
 *
 * On the shared 2-core development machine the delivery reaches about 200 messages/s, so a case takes about a minute
 * and the fake's 1,000/s limit is not reached there; rates.test.ts covers sending right at a platform's limit.
 */
vi.setConfig({ testTimeout: 480_000, hookTimeout: 60_000 });

const RATE = 1000;
/** 10,000 as the issue asks (`npm run test:faults`); FAULT_RECIPIENTS=2000 npx vitest run <this file> for a quicker look. */
const RECIPIENTS = Number(process.env.FAULT_RECIPIENTS ?? 10_000);
const GROUPS = 10;
const PEOPLE = RECIPIENTS - GROUPS;
/** Sends in flight in one worker process at this rate: the most a SIGKILL can leave sent but not recorded. */
const IN_FLIGHT = concurrencyFor(RATE);
const RULES = { quietHours: { startHour: 0, endHour: 0 }, alertsPerDay: 3 };
const quiet = createLogger({ level: 'silent', secrets: [] });

interface Scene {
  handle: DatabaseHandle;
  databaseUrl: string;
  world: DeliveryWorld;
  recipients: Recipient[];
  vacancyId: number;
  redis: RedisServer;
  fake: FakeTelegramApi;
  close(): Promise<void>;
}

const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const close of closers.splice(0).reverse()) await close().catch((error: unknown) => console.warn('cleanup failed', error));
});

/** A fresh database with the audience and a vacancy to approve, a fresh redis-server and a fake Telegram knowing every chat. */
async function openScene(options: { appendonly?: boolean } = {}): Promise<Scene> {
  const database = await createTestDatabase(inject('postgresUrl'), 'faults');
  const handle = await openDatabase({ databaseUrl: database.url, dataDir: '/tmp' });
  await migrateToLatest(handle.db);
  await seedReferenceData(handle.db);
  const world = await createDeliveryWorld(handle.db);
  const recipients = await addAudience(world, { people: PEOPLE, groups: GROUPS }, 'telegram');
  const vacancyId = await addVacancyToModerate(world);
  await sql`VACUUM ANALYZE`.execute(handle.db);
  const redis = await startRedis(options);
  const fake = await startFakeTelegramApi({ globalPerSecond: RATE });
  for (const r of recipients) fake.knowChat(r.chatId, r.personId === null ? 'supergroup' : 'private');
  const scene: Scene = {
    handle,
    databaseUrl: database.url,
    world,
    recipients,
    vacancyId,
    redis,
    fake,
    async close() {
      await fake.close();
      await redis.destroy();
      await handle.close();
      await database.drop();
    },
  };
  closers.push(() => scene.close());
  return scene;
}

/** What src/app/worker.ts runs for delivery, in this process: the outbox relay, the fan-out worker and the delivery. */
function startWorkerHere(scene: Scene, options: { apiRoot?: string; delivery?: Partial<DeliveryOptions> } = {}) {
  const { db } = scene.handle;
  const adapter = createTelegramAdapter({ token: scene.fake.token, apiRoot: options.apiRoot ?? scene.fake.apiRoot });
  const producer = connectRedis(scene.redis.url, 'producer');
  const queues = createQueues(producer);
  const relay = createOutboxRelay({ db, queues, logger: quiet });
  const delivery = startDelivery({ db, redisUrl: scene.redis.url, adapters: { telegram: adapter }, rates: { telegram: RATE }, logger: quiet, ...options.delivery });
  const fanout = startFanoutWorker({ db, redisUrl: scene.redis.url, rules: RULES, parallelism: POSTGRES_PARALLELISM, logger: quiet, onFannedOut: () => delivery.wake() });
  relay.start();
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await relay.stop();
    await fanout.close();
    await delivery.close();
    await closeQueues(queues);
    producer.disconnect();
  };
  closers.push(close);
  return { delivery, close };
}

/** `npm run worker` against the scene, sending to the fake at RATE. */
function spawnWorker(scene: Scene): RoleProcess {
  const worker = spawnRole('src/app/worker.ts', {
    DATABASE_URL: scene.databaseUrl,
    REDIS_URL: scene.redis.url,
    TELEGRAM_BOT_TOKEN: scene.fake.token,
    TELEGRAM_API_ROOT: scene.fake.apiRoot,
    TELEGRAM_SEND_RATE: String(RATE),
    QUIET_HOURS: 'off',
    LOG_LEVEL: 'info',
  });
  closers.push(async () => {
    if (worker.child.exitCode === null && worker.child.signalCode === null) worker.child.kill('SIGKILL');
    await worker.exited;
  });
  return worker;
}

async function untilRunning(worker: RoleProcess): Promise<void> {
  await waitFor('the worker to start', async () => {
    if (!worker.stdout().includes('worker running')) throw new Error(`not yet: ${worker.stderr().slice(-300)}`);
  }, 60_000);
}

async function untilSent(scene: Scene, count: number): Promise<void> {
  await waitFor(`${count} messages at the fake`, async () => {
    if (scene.fake.sent.length < count) throw new Error(`${scene.fake.sent.length} so far`);
  }, 240_000, 20);
}

/** Until the fan-out wrote every row and none is pending or queued; the rows by status. */
async function untilSettled(scene: Scene, timeoutMs = 360_000): Promise<Record<string, number>> {
  return waitFor(
    'every notification of the vacancy to be finished',
    async () => {
      const counts = await vacancyRowStatus(scene.handle.db, scene.vacancyId);
      const total = Object.values(counts).reduce((a, b) => a + b, 0);
      if (total < RECIPIENTS || (counts.pending ?? 0) + (counts.queued ?? 0) > 0) throw new Error(JSON.stringify(counts));
      return counts;
    },
    timeoutMs,
    200,
  );
}

function sendRequests(fake: FakeTelegramApi): number {
  return fake.requests.filter((r) => r.method.toLowerCase() === 'sendmessage' || r.method.toLowerCase() === 'sendphoto').length;
}

/** The end every case shares: all sent, each recipient reached once (plus `allowedRepeats`), no 429 of our making. */
function expectDeliveredOnce(scene: Scene, counts: Record<string, number>, label: string, allowedRepeats = 0) {
  const result = tally(scene.fake.sent, scene.recipients);
  const { forced, rateLimited } = scene.fake.tooManyRequests;
  console.info(
    `[faults ${label}] ${scene.fake.sent.length} messages for ${RECIPIENTS} recipients, ${result.missing.length} missing, ${result.repeats} repeats; ` +
      `${sendRequests(scene.fake)} send requests, 429: ${forced} forced, ${rateLimited} from the rate`,
  );
  expect(counts).toEqual({ sent: RECIPIENTS });
  expect(result.strangers).toBe(0);
  expect(result.missing).toEqual([]);
  expect(result.repeats).toBeLessThanOrEqual(allowedRepeats);
  expect(result.repeated.every((r) => r.times === 2)).toBe(true);
  expect(rateLimited).toBe(0);
  return result;
}

describe(`delivery faults during a ${RECIPIENTS.toLocaleString('en')}-recipient fan-out (PostgreSQL 15, redis-server, fake Telegram at 1,000/s)`, () => {
  it('(a) the worker process killed with SIGKILL mid-delivery and started again: nothing lost, a repeat only for a send in flight', async () => {
    const scene = await openScene();
    const first = spawnWorker(scene);
    await untilRunning(first);
    const started = Date.now();
    await approveVacancy(scene.handle.db, scene.vacancyId, scene.world.officialId);
    await untilSent(scene, Math.round(RECIPIENTS * 0.3));
    first.child.kill('SIGKILL');
    expect((await first.exited).signal).toBe('SIGKILL');
    // What the dead process left 'queued': its window of jobs, and the sends it had started but not recorded.
    const queued = await scene.handle.db
      .selectFrom('notifications as n')
      .innerJoin('channel_identities as ci', 'ci.id', 'n.identity_id')
      .select('ci.chat_id')
      .where('n.kind', '=', 'vacancy')
      .where('n.ref_id', '=', scene.vacancyId)
      .where('n.status', '=', 'queued')
      .execute();
    const queuedChats = new Set(queued.map((r) => r.chat_id));
    const sentByFirst = scene.fake.sent.slice();
    const unrecorded = new Set(sentByFirst.filter((m) => queuedChats.has(m.chatId)).map((m) => m.chatId));

    const second = spawnWorker(scene);
    const counts = await untilSettled(scene);
    const elapsed = Date.now() - started;
    second.child.kill('SIGTERM');
    expect((await second.exited).code).toBe(0);

    const result = expectDeliveredOnce(scene, counts, '(a) SIGKILL', IN_FLIGHT);
    // Exactly the messages sent and not recorded when the process died went out a second time, once each.
    expect(result.repeated.map((r) => r.chatId).sort()).toEqual([...unrecorded].sort());
    console.info(
      `[faults (a) SIGKILL] killed after ${sentByFirst.length} messages, ${queuedChats.size} rows left queued, ${unrecorded.size} of them sent but not recorded; ` +
        `repeats: ${result.repeats} (at most ${IN_FLIGHT} in flight); all delivered ${elapsed} ms after the approval`,
    );
  });

  it('(b) redis-server restarted mid-delivery (same port, with its append-only data): exactly once', async () => {
    const scene = await openScene({ appendonly: true });
    const worker = startWorkerHere(scene);
    const started = Date.now();
    await approveVacancy(scene.handle.db, scene.vacancyId, scene.world.officialId);
    await untilSent(scene, Math.round(RECIPIENTS * 0.3));
    await scene.redis.stop();
    const sentWhileDown = scene.fake.sent.length;
    // An outage longer than a send (jobs in flight lose Redis mid-job), far shorter than a job's 30 s lock.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    await scene.redis.start();
    const client = new Redis(scene.redis.url);
    const keysKept = await client.dbsize();
    client.disconnect();
    expect(keysKept).toBeGreaterThan(0); // it came back with its queues
    const counts = await untilSettled(scene);
    const elapsed = Date.now() - started;
    await worker.close();
    expectDeliveredOnce(scene, counts, '(b) Redis restart');
    console.info(`[faults (b) Redis restart] restarted after ${sentWhileDown} sent; all delivered ${elapsed} ms after the approval`);
  });

  it('(c) Redis flushed mid-delivery, then npm run cli -- reconcile: exactly once', async () => {
    const scene = await openScene();
    const worker = startWorkerHere(scene);
    const started = Date.now();
    await approveVacancy(scene.handle.db, scene.vacancyId, scene.world.officialId);
    await untilSent(scene, Math.round(RECIPIENTS * 0.3));
    const client = new Redis(scene.redis.url);
    await client.flushall();
    await client.quit();
    const sentAtFlush = scene.fake.sent.length;
    // Reconcile puts a row whose job Redis lost back to 'pending'. Run while a worker is still sending a lost job it
    // would let that one message go out twice (src/messaging/queue/reconcile.ts says so); run as the CLI, a process that takes
    // seconds to start, it comes after the sends in flight at the flush have finished, as it would in operation.
    const cli = spawnRole('src/app/cli.ts', { DATABASE_URL: scene.databaseUrl, REDIS_URL: scene.redis.url, LOG_LEVEL: 'warn' }, ['reconcile']);
    closers.push(async () => {
      if (cli.child.exitCode === null && cli.child.signalCode === null) cli.child.kill('SIGKILL');
    });
    const exit = await cli.exited;
    expect(exit.code, cli.stderr()).toBe(0);
    expect(Number(/re-queued (\d+) notification/.exec(cli.stdout())?.[1])).toBeGreaterThan(0); // the flush lost jobs
    const counts = await untilSettled(scene);
    const elapsed = Date.now() - started;
    await worker.close();
    expectDeliveredOnce(scene, counts, '(c) FLUSHALL + reconcile');
    console.info(`[faults (c) FLUSHALL + reconcile] flushed after ${sentAtFlush} sent; ${cli.stdout().trim()}; all delivered ${elapsed} ms after the approval`);
  });

  it('(d) 20 % of the send calls answered 500: retried until exactly once', async () => {
    const scene = await openScene();
    const proxy = await startFlakyProxy(scene.fake.apiRoot, { failureRate: 0.2, seed: 5 });
    closers.push(() => proxy.close());
    // The back-off is shortened (50 ms doubling to 1 s instead of 1 s to 60 s) so the few unlucky messages that fail
    // four or five times in a row do not hold the test for minutes; the attempts (10) are the production ones.
    const worker = startWorkerHere(scene, { apiRoot: proxy.url, delivery: { retryBaseMs: 50, retryCapMs: 1000 } });
    const started = Date.now();
    await approveVacancy(scene.handle.db, scene.vacancyId, scene.world.officialId);
    const counts = await untilSettled(scene);
    const elapsed = Date.now() - started;
    await worker.close();
    expectDeliveredOnce(scene, counts, '(d) 20 % 5xx');
    expect(proxy.failed).toBeGreaterThan(RECIPIENTS * 0.15);
    const attempts = await scene.handle.db.selectFrom('notifications').select((eb) => eb.fn.sum<number>('attempts').as('n')).where('kind', '=', 'vacancy').where('ref_id', '=', scene.vacancyId).executeTakeFirstOrThrow();
    expect(Number(attempts.n)).toBe(RECIPIENTS + proxy.failed);
    console.info(`[faults (d) 20 % 5xx] ${proxy.failed} answered 500 by the proxy; all delivered ${elapsed} ms after the approval`);
  });

  it('(e) 429 flood control in bursts (retry_after = 1 for 1 s, every 4 s): no 429 but the forced ones, exactly once', async () => {
    const scene = await openScene();
    const worker = startWorkerHere(scene);
    const started = Date.now();
    await approveVacancy(scene.handle.db, scene.vacancyId, scene.world.officialId);
    await untilSent(scene, Math.round(RECIPIENTS * 0.1));
    scene.fake.floodWait(1);
    const bursts = setInterval(() => scene.fake.floodWait(1), 4000);
    let counts: Record<string, number>;
    try {
      counts = await untilSettled(scene);
    } finally {
      clearInterval(bursts);
    }
    const elapsed = Date.now() - started;
    await worker.close();
    expectDeliveredOnce(scene, counts, '(e) 429 bursts');
    const { forced } = scene.fake.tooManyRequests;
    const refusedPerBurst = scene.fake.floods.map((f) => f.refused.length);
    expect(forced).toBeGreaterThan(0);
    // Every refused request was a forced 429: nothing else (no rate 429, no error) came back.
    expect(sendRequests(scene.fake) - scene.fake.sent.length).toBe(forced);
    expect(refusedPerBurst.reduce((a, b) => a + b, 0)).toBe(forced);
    // retry_after was honoured: a message refused in a burst was not tried again inside that burst (the channel
    // paused at the first 429; only sends already on their way met the rest of the burst).
    for (const flood of scene.fake.floods) expect(new Set(flood.refused).size).toBe(flood.refused.length);
    console.info(`[faults (e) 429 bursts] ${refusedPerBurst.length} bursts, 429s in each: ${refusedPerBurst.join(', ')}; all delivered ${elapsed} ms after the approval`);
  });
});
