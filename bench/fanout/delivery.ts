import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { Queue } from 'bullmq';
import { sql, type Kysely } from 'kysely';
import pino from 'pino';
import { loadConfig, secretsOf } from '../../src/app/config.ts';
import type { Database } from '../../src/db/schema.ts';
import type { VacancyFanoutResult } from '../../src/messaging/fanout/vacancy.ts';
import { createLogger } from '../../src/logger.ts';
import type { Metrics } from '../../src/metrics.ts';
import { createSendAdapters } from '../../src/app/channels.ts';
import { openServices, startRelay } from '../../src/app/services.ts';
import { createShutdown } from '../../src/app/shutdown.ts';
import { startDeliveryWorkers, startFanout } from '../../src/app/workers.ts';
import { outboxJobId } from '../../src/messaging/queue/names.ts';
import { startRedis } from '../../test/harness/redis.ts';
import { backendCpu, diffCpu } from './db-cpu.ts';
import { startFakeTelegramProcess } from './fake-telegram-process.ts';
import { approveAsOfficial } from './match.ts';
import { processCpuMs, redisCpuMs, sampleQueue, sampleRedisMemory, sampleRss } from './samplers.ts';
import { BENCH_VACANCY_TITLE, seedSubscribers } from './seed.ts';

/**
 * The delivery half of bench:fanout (bench/fanout.ts describes what is measured and how).
 *
 * Everything after the seeding runs as `npm run worker` runs it (src/app/worker.ts): openServices, startRelay,
 * createSendAdapters, startDeliveryWorkers, startFanout, from a configuration read by loadConfig with
 * TELEGRAM_SEND_RATE = R and QUIET_HOURS = off (the benchmark runs at any hour). The notify worker, the scheduler
 * and reconcile-at-start are not started: they play no part in a fan-out.
 */
export interface DeliveryBenchOptions {
  databaseUrl: string;
  subscribers: number;
  rate: number;
  /** Stop this many seconds after the first message instead of when everything is sent. */
  deliverSeconds: number | null;
}

/** No new message for this long while rows are still in flight: stop and report (stopped: 'stalled'). */
const STALL_MS = 60_000;

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Accepted sends as the benchmark sees them: at the fake, or (against TELEGRAM_API_ROOT) in the delivery's metrics. */
interface SendCounts {
  accepted: number;
  firstAt: number;
  lastAt: number;
  http429: number;
  duplicateChats: number | null;
}

interface SendTracker {
  counts(): Promise<SendCounts>;
  stop(): void;
}

/** Against another server: the delivery's own counters (sent, throttled), polled every 20 ms for the times. */
function metricsTracker(metrics: Pick<Metrics, 'deliveries'>): SendTracker {
  const counts: SendCounts = { accepted: 0, firstAt: 0, lastAt: 0, http429: 0, duplicateChats: null };
  const read = async () => {
    const { values } = await metrics.deliveries.get();
    const value = (outcome: string) =>
      values
        .filter((v) => v.labels.channel === 'telegram' && v.labels.outcome === outcome)
        .reduce((n, v) => n + v.value, 0);
    const sent = value('sent');
    if (sent > counts.accepted) {
      const at = Date.now();
      if (counts.firstAt === 0) counts.firstAt = at;
      counts.lastAt = at;
      counts.accepted = sent;
    }
    counts.http429 = value('throttled');
  };
  const timer = setInterval(() => void read(), 20);
  return {
    async counts() {
      await read();
      return { ...counts };
    },
    stop: () => clearInterval(timer),
  };
}

async function rowsInFlight(db: Kysely<Database>, vacancyId: number): Promise<number> {
  const { rows } = await sql<{ n: number }>`
    SELECT count(*)::int AS n FROM notifications WHERE kind = 'vacancy' AND ref_id = ${vacancyId}::bigint AND status IN ('pending', 'queued')`.execute(
    db,
  );
  return Number(rows[0]?.n ?? 0);
}

async function statusCounts(db: Kysely<Database>, vacancyId: number): Promise<Record<string, number>> {
  const { rows } = await sql<{ status: string; n: number }>`
    SELECT status, count(*)::int AS n FROM notifications WHERE kind = 'vacancy' AND ref_id = ${vacancyId}::bigint GROUP BY status ORDER BY status`.execute(
    db,
  );
  return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
}

/** The fan-out job of the approval (from the outbox relay: job id outbox-<row id>), once it has finished. */
async function finishedFanoutJob(db: Kysely<Database>, queue: Queue, vacancyId: number, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  let outboxId: number | undefined;
  while (Date.now() < deadline) {
    if (outboxId === undefined) {
      const { rows } = await sql<{ id: number }>`
        SELECT id FROM outbox WHERE queue = 'fanout' AND job_name = 'vacancy.approved' AND payload->>'vacancyId' = ${String(vacancyId)} ORDER BY id DESC LIMIT 1`.execute(
        db,
      );
      outboxId = rows[0]?.id;
    }
    const job = outboxId === undefined ? undefined : await queue.getJob(outboxJobId(outboxId));
    if (job?.finishedOn) {
      if (job.failedReason) throw new Error(`the fan-out job failed: ${job.failedReason}`);
      return job;
    }
    await sleep(25);
  }
  throw new Error(`the fan-out of vacancy ${vacancyId} did not finish within ${timeoutMs / 1000} s`);
}

export async function runDeliveryBench(options: DeliveryBenchOptions): Promise<string> {
  const { subscribers, rate, deliverSeconds } = options;
  const externalRoot = process.env.TELEGRAM_API_ROOT;
  if (externalRoot && !process.env.TELEGRAM_BOT_TOKEN)
    throw new Error('TELEGRAM_API_ROOT is set: set TELEGRAM_BOT_TOKEN too (the token that server accepts)');
  const redisServer = process.env.REDIS_URL ? null : await startRedis();
  const redisUrl = process.env.REDIS_URL ?? redisServer!.url;
  const fake = externalRoot ? null : await startFakeTelegramProcess({ rate, marker: BENCH_VACANCY_TITLE });
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'knvl-bench-fanout-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    DATABASE_URL: options.databaseUrl,
    REDIS_URL: redisUrl,
    DATA_DIR: dataDir,
    TELEGRAM_BOT_TOKEN: fake?.token ?? process.env.TELEGRAM_BOT_TOKEN,
    TELEGRAM_API_ROOT: fake?.apiRoot ?? externalRoot,
    TELEGRAM_SEND_RATE: String(rate),
    QUIET_HOURS: 'off',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    SIMULATOR: '0',
  };
  for (const name of ['ZALO_BOT_TOKEN', 'PUBLIC_URL', 'TELEGRAM_WEBHOOK_SECRET']) delete env[name];
  const config = loadConfig(env);
  // Logs to stderr: stdout carries only the JSON line.
  const logger = createLogger({
    level: config.logLevel,
    secrets: secretsOf(config),
    destination: pino.destination(2),
  }).child({ role: 'bench-worker' });
  const shutdown = createShutdown(logger);
  let tracker: SendTracker | null = null;
  /** CPU used so far by each process taking part (the database backends only when the server runs here). */
  async function cpuNow(db: Kysely<Database>) {
    return {
      bench: processCpuMs(),
      fake: fake ? (await fake.stats()).cpuMs : null,
      postgres: await backendCpu(db),
      redis: await redisCpuMs(redisUrl),
    };
  }
  try {
    const services = await openServices(config, logger, shutdown);
    const { db } = services.database;

    const seedStarted = performance.now();
    const seeded = await seedSubscribers(db, subscribers, new Date(), { channel: 'telegram', earlierAlertsSent: true });
    const seedMs = Math.round(performance.now() - seedStarted);
    const knownChats = fake ? await fake.knowChats(options.databaseUrl) : null;

    // The worker role's wiring (src/app/worker.ts), with the moment the fan-out wakes the delivery noted.
    startRelay(services, logger, shutdown);
    const adapters = createSendAdapters(config, logger);
    const delivery = startDeliveryWorkers(services, config, adapters, logger, shutdown);
    let wokenAt = 0;
    startFanout(
      services,
      config,
      {
        wake: () => {
          wokenAt ||= Date.now();
          delivery.wake();
        },
      },
      logger,
      shutdown,
    );
    await Promise.all(delivery.channels.map((c) => c.worker.waitUntilReady()));
    await sleep(2000); // idle: every worker connected and waiting, the relay and the feeder polling

    tracker = fake ? { counts: async () => fake.stats(), stop: () => undefined } : metricsTracker(services.metrics);
    const rss = sampleRss();
    const redisMemory = sampleRedisMemory(redisUrl);
    const loadBefore = os.loadavg()[0]!;
    const cpuBefore = await backendCpu(db);

    const approvedAt = Date.now();
    await approveAsOfficial(db, seeded.vacancyId, seeded.officialId);
    const job = await finishedFanoutJob(db, services.queues.fanout, seeded.vacancyId, 10 * 60_000);
    const cpu = diffCpu(cpuBefore, await backendCpu(db));
    const fanout = job.returnvalue as VacancyFanoutResult;
    if (fanout.outcome !== 'written') throw new Error(`the fan-out wrote nothing: ${JSON.stringify(fanout)}`);
    const toDeliver = fanout.pending + fanout.groupChats;

    // First message, then until everything is sent (or --deliver-seconds after the first message).
    const fannedOutAt = Date.now();
    let counts = await tracker.counts();
    while (counts.firstAt === 0 && Date.now() - fannedOutAt < 60_000 && toDeliver > 0) {
      await sleep(10);
      counts = await tracker.counts();
    }
    const cpuAtFirstSend = await cpuNow(db);
    const queueSampler = sampleQueue(delivery.channels[0]!.queue);
    const loopDelay = monitorEventLoopDelay({ resolution: 10 });
    loopDelay.enable();
    const deliverUntil =
      deliverSeconds !== null && counts.firstAt > 0 ? counts.firstAt + deliverSeconds * 1000 : Infinity;
    let stopped: 'done' | 'deliver-seconds' | 'stalled' | 'nothing sent' =
      counts.firstAt === 0 ? 'nothing sent' : 'done';
    let lastProgress = { accepted: counts.accepted, at: Date.now() };
    let lastDatabaseCheck = 0;
    while (stopped === 'done') {
      if (Date.now() >= deliverUntil) {
        stopped = 'deliver-seconds';
        break;
      }
      const progressed = counts.accepted !== lastProgress.accepted;
      if (progressed) lastProgress = { accepted: counts.accepted, at: Date.now() };
      // Done when no row is left in flight: asked once all are at the platform, or (rows skipped, counted apart)
      // when sending has paused for a moment.
      const paused = !progressed && Date.now() - lastProgress.at >= 1000;
      if (counts.accepted >= toDeliver || (paused && Date.now() - lastDatabaseCheck >= 2000)) {
        lastDatabaseCheck = Date.now();
        if ((await rowsInFlight(db, seeded.vacancyId)) === 0) break;
      }
      if (Date.now() - lastProgress.at > STALL_MS) stopped = 'stalled';
      await sleep(Math.max(0, Math.min(200, deliverUntil - Date.now())));
      counts = await tracker.counts();
    }
    // Stops feeding and waits for the jobs already started (each ends sent, or back in the queue).
    await delivery.close();
    counts = await tracker.counts();
    const cpuAtEnd = await cpuNow(db);
    const queueWhileDelivering = queueSampler.stop();
    loopDelay.disable();
    tracker.stop();
    rss.stop();
    const redis = await redisMemory.stop();
    const loadAfter = os.loadavg()[0]!;

    const rows = await statusCounts(db, seeded.vacancyId);
    let missing: number | null = null;
    let unexpected: number | null = null;
    if (fake) {
      // Over every recipient to deliver now (not 'held'); stopped by --deliver-seconds: over the rows recorded 'sent'.
      const { rows: recipients } = await sql<{ chat_id: string; status: string }>`
        SELECT ci.chat_id, n.status FROM notifications n JOIN channel_identities ci ON ci.id = n.identity_id
        WHERE n.kind = 'vacancy' AND n.ref_id = ${seeded.vacancyId}::bigint AND n.status <> 'held'
          AND (${stopped !== 'deliver-seconds'}::boolean OR n.status = 'sent')`.execute(db);
      const reached = new Map(await fake.reached());
      missing = recipients.filter((r) => !reached.has(r.chat_id)).length;
      const recordedSent = new Set(recipients.filter((r) => r.status === 'sent').map((r) => r.chat_id));
      unexpected = [...reached.keys()].filter((chat) => !recordedSent.has(chat)).length;
    }
    const cpuWhileDelivering = {
      bench: cpuAtEnd.bench - cpuAtFirstSend.bench,
      fake: cpuAtEnd.fake === null || cpuAtFirstSend.fake === null ? null : cpuAtEnd.fake - cpuAtFirstSend.fake,
      postgres: diffCpu(cpuAtFirstSend.postgres, cpuAtEnd.postgres)?.total ?? null,
      redis: cpuAtEnd.redis - cpuAtFirstSend.redis,
    };
    const cpuTotal = Object.values(cpuWhileDelivering).reduce<number>((sum, ms) => sum + (ms ?? 0), 0);
    const spanS = (counts.lastAt - counts.firstAt) / 1000;
    const perSecond = spanS > 0 ? counts.accepted / spanS : null;
    const setting = async (name: string) =>
      (await sql<Record<string, string>>`SELECT current_setting(${name}) AS v`.execute(db)).rows[0]!.v;
    const pace = delivery.channels[0]?.pace;
    return JSON.stringify({
      bench: 'fanout',
      mode: deliverSeconds === null ? 'deliver' : 'deliver-seconds',
      platform: fake ? 'fake Telegram API (child process)' : 'TELEGRAM_API_ROOT',
      subscribers,
      group_chats: seeded.groupChats,
      matched: fanout.pending + fanout.held + fanout.groupChats,
      pending: fanout.pending,
      held: fanout.held,
      group_chats_matched: fanout.groupChats,
      to_deliver: toDeliver,
      match_ms: job.finishedOn! - job.processedOn!,
      fanout_started_ms: job.processedOn! - approvedAt,
      delivery_woken_ms: wokenAt ? wokenAt - approvedAt : null,
      first_send_ms: counts.firstAt ? counts.firstAt - approvedAt : null,
      delivered: counts.accepted,
      deliver_s: Number(spanS.toFixed(2)),
      deliver_per_s: perSecond === null ? null : Number(perSecond.toFixed(1)),
      configured_rate: rate,
      percent_of_rate: perSecond === null ? null : Number(((100 * perSecond) / rate).toFixed(1)),
      http_429: counts.http429,
      duplicates: counts.duplicateChats,
      missing,
      unexpected,
      stopped,
      deliver_seconds: deliverSeconds,
      rows,
      redis_peak_mb: redis.peakMb,
      redis_used_max_mb: redis.usedMaxMb,
      rss_peak_mb: rss.peakMb(),
      // CPU used from the first message to the end of the delivery, per process (null: not measurable here), and per
      // message sent: on a machine with C free cores the delivery cannot go faster than C × 1000 / cpu_ms_per_message.
      cpu_ms_while_delivering: cpuWhileDelivering,
      cpu_ms_per_message: counts.accepted > 0 ? Number((cpuTotal / counts.accepted).toFixed(2)) : null,
      // The delivery queue sampled every 250 ms (samplers.ts sampleQueue), and how late this process' event loop ran.
      queue_while_delivering: queueWhileDelivering,
      event_loop_delay_ms: {
        mean: Number((loopDelay.mean / 1e6).toFixed(1)),
        p99: Number((loopDelay.percentile(99) / 1e6).toFixed(1)),
      },
      db_cpu_ms: cpu?.total ?? null,
      db_cpu_busiest_ms: cpu?.busiest ?? null,
      load_average_1m: Number(loadBefore.toFixed(1)),
      load_average_1m_after: Number(loadAfter.toFixed(1)),
      pace: pace ? { window: pace.window, concurrency: pace.concurrency, limiter: pace.limiter } : null,
      known_chats: knownChats,
      earlier_alerts: seeded.earlierAlerts,
      seed_ms: seedMs,
      postgres: await setting('server_version'),
      cores: os.cpus().length,
      node: process.version,
    });
  } finally {
    tracker?.stop();
    await shutdown.run('benchmark done');
    await fake?.close();
    await redisServer?.destroy();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
