import { sql } from 'kysely';
import { expect, inject, onTestFinished } from 'vitest';
import { createTelegramAdapter } from '../../../../../src/channels/telegram/adapter.ts';
import { openDatabase, type DatabaseHandle } from '../../../../../src/db/connect.ts';
import { concurrencyFor } from '../../../../../src/messaging/delivery/limits.ts';
import { createLogger } from '../../../../../src/logger.ts';
import { connectRedis } from '../../../../../src/messaging/queue/connection.ts';
import { closeQueues, createQueues } from '../../../../../src/messaging/queue/queues.ts';
import { createOutboxRelay } from '../../../../../src/messaging/queue/relay.ts';
import { type DeliveryOptions, startDelivery } from '../../../../../src/messaging/workers/deliver.ts';
import { POSTGRES_PARALLELISM, startFanoutWorker } from '../../../../../src/messaging/workers/fanout.ts';
import { createDeliveryWorld, type DeliveryWorld, type Recipient } from '../../../../harness/delivery-world.ts';
import { addAudience, addVacancyToModerate, tally, vacancyRowStatus } from '../../../../harness/fanout-audience.ts';
import { waitFor } from '../../../../harness/free-port.ts';
import { createTestDatabase } from '../../../../harness/postgres.ts';
import { type RedisServer, startRedis } from '../../../../harness/redis.ts';
import { type RoleProcess, spawnRole } from '../../../../harness/spawn-role.ts';
import { type FakeTelegramApi, startFakeTelegramApi } from '../../../../fakes/telegram-api.ts';
import { REGISTRY } from '../../../../../src/features/index.ts';

/**
 * Delivery under faults (issue 5, item 8): the scene and the checks of the five cases, one file each in this folder.
 * In every case an official approves a vacancy that 10,000 recipients match (9,990 subscribers and 10 subscribed
 * group chats); the real path runs: outbox → relay → fan-out (one INSERT … SELECT writes the 10,000 rows) → feeder →
 * delivery at TELEGRAM_SEND_RATE = 1,000/s against a fake Telegram that enforces that rate (429 + retry_after beyond
 * it) and 1 message/s per chat. Mid-delivery:
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
 * requires DATABASE_URL). Each case gets its own database (a copy of the run's migrated and seeded template) and its
 * own redis-server (the queue names are fixed).
 * Cases (b)–(e) run the same pieces as src/app/worker.ts in this process (relay, fan-out worker, delivery), so the
 * faults can be injected and (d)'s retry back-off shortened; (a) runs the real worker process.
 *
 * On the shared 2-core development machine one case alone delivers about 200 messages/s, so it takes about a minute
 * and the fake's 1,000/s limit is not reached there (rates.test.ts covers sending right at a platform's limit). The
 * cases run side by side, each file in its own process (`npm run test:faults`): much of a case is waiting (for a
 * process to start, for BullMQ's stalled-job check in (a) and (b)), which the others fill.
 */
export const RATE = 1000;
/**
 * 10,000 as the issue asks (`npm run test:faults`); FAULT_RECIPIENTS=2000 npx vitest run <this file> for a quicker
 * look.
 */
export const RECIPIENTS = Number(process.env.FAULT_RECIPIENTS ?? 10_000);
export const GROUPS = 10;
export const PEOPLE = RECIPIENTS - GROUPS;
/** Sends in flight in one worker process at this rate: the most a SIGKILL can leave sent but not recorded. */
export const IN_FLIGHT = concurrencyFor(RATE);
export const RULES = { quietHours: { startHour: 0, endHour: 0 }, alertsPerDay: 3 };
export const quiet = createLogger({ level: 'silent', secrets: [] });

export interface Scene {
  handle: DatabaseHandle;
  databaseUrl: string;
  world: DeliveryWorld;
  recipients: Recipient[];
  vacancyId: number;
  redis: RedisServer;
  fake: FakeTelegramApi;
  close(): Promise<void>;
}

/** Undone when the test finishes, last first, whatever its outcome (a failed step is reported, not thrown). */
export function closeAfterTest(close: () => Promise<void>): void {
  onTestFinished(() => close().catch((error: unknown) => console.warn('cleanup failed', error)));
}

/**
 * A fresh database with the audience and a vacancy to approve, a fresh redis-server and a fake Telegram knowing every
 * chat.
 */
export async function openScene(options: { appendonly?: boolean } = {}): Promise<Scene> {
  const database = await createTestDatabase(inject('postgresUrl'), 'faults');
  const handle = await openDatabase({ databaseUrl: database.url, dataDir: '/tmp' });
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
  closeAfterTest(() => scene.close());
  return scene;
}

/** What src/app/worker.ts runs for delivery, in this process: the outbox relay, the fan-out worker and the delivery. */
export function startWorkerHere(scene: Scene, options: { apiRoot?: string; delivery?: Partial<DeliveryOptions> } = {}) {
  const { db } = scene.handle;
  const adapter = createTelegramAdapter({ token: scene.fake.token, apiRoot: options.apiRoot ?? scene.fake.apiRoot });
  const producer = connectRedis(scene.redis.url, 'producer');
  const queues = createQueues(producer);
  const relay = createOutboxRelay({ db, queues, logger: quiet });
  const delivery = startDelivery({
    db,
    kinds: REGISTRY.notificationKinds,
    redisUrl: scene.redis.url,
    adapters: { telegram: adapter },
    rates: { telegram: RATE },
    logger: quiet,
    ...options.delivery,
  });
  const fanout = startFanoutWorker({
    jobs: REGISTRY.fanoutJobs,
    db,
    redisUrl: scene.redis.url,
    rules: RULES,
    parallelism: POSTGRES_PARALLELISM,
    logger: quiet,
    onFannedOut: () => delivery.wake(),
  });
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
  closeAfterTest(close);
  return { delivery, close };
}

/** `npm run worker` against the scene, sending to the fake at RATE. */
export function spawnWorker(scene: Scene): RoleProcess {
  const worker = spawnRole('src/app/worker.ts', {
    DATABASE_URL: scene.databaseUrl,
    REDIS_URL: scene.redis.url,
    TELEGRAM_BOT_TOKEN: scene.fake.token,
    TELEGRAM_API_ROOT: scene.fake.apiRoot,
    TELEGRAM_SEND_RATE: String(RATE),
    QUIET_HOURS: 'off',
    LOG_LEVEL: 'info',
  });
  closeAfterTest(async () => {
    if (worker.child.exitCode === null && worker.child.signalCode === null) worker.child.kill('SIGKILL');
    await worker.exited;
  });
  return worker;
}

export async function untilRunning(worker: RoleProcess): Promise<void> {
  await waitFor(
    'the worker to start',
    async () => {
      if (!worker.stdout().includes('worker running')) throw new Error(`not yet: ${worker.stderr().slice(-300)}`);
    },
    60_000,
  );
}

export async function untilSent(scene: Scene, count: number): Promise<void> {
  await waitFor(
    `${count} messages at the fake`,
    async () => {
      if (scene.fake.sent.length < count) throw new Error(`${scene.fake.sent.length} so far`);
    },
    240_000,
    20,
  );
}

/** Until the fan-out wrote every row and none is pending or queued; the rows by status. */
export async function untilSettled(scene: Scene, timeoutMs = 360_000): Promise<Record<string, number>> {
  return waitFor(
    'every notification of the vacancy to be finished',
    async () => {
      const counts = await vacancyRowStatus(scene.handle.db, scene.vacancyId);
      const total = Object.values(counts).reduce((a, b) => a + b, 0);
      if (total < RECIPIENTS || (counts.pending ?? 0) + (counts.queued ?? 0) > 0)
        throw new Error(JSON.stringify(counts));
      return counts;
    },
    timeoutMs,
    200,
  );
}

export function sendRequests(fake: FakeTelegramApi): number {
  return fake.requests.filter((r) => r.method.toLowerCase() === 'sendmessage' || r.method.toLowerCase() === 'sendphoto')
    .length;
}

/** The end every case shares: all sent, each recipient reached once (plus `allowedRepeats`), no 429 of our making. */
export function expectDeliveredOnce(scene: Scene, counts: Record<string, number>, label: string, allowedRepeats = 0) {
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
