/**
 * npm run bench:fanout -- --subscribers N --rate R [--deliver-seconds S]
 * npm run bench:fanout -- --subscribers N --match-only [--parallelism P] [--explain FILE]
 *
 * Fan-out and delivery at scale. Seeds N subscribers (bench/fanout/seed.ts: set-based, generate_series) on real
 * PostgreSQL and one pending vacancy most of them match, then prints ONE JSON line on stdout (logs go to stderr).
 *
 * --match-only (bench/fanout/match-only.ts): approves the vacancy, runs its fan-out directly (the function the fanout
 * worker runs) and again (rerun_written: 0): {subscribers, matched, match_ms, rss_peak_mb, ...}. --parallelism: slices
 * written at once (default 2, as the worker does on PostgreSQL). --explain FILE also saves EXPLAIN (ANALYZE, BUFFERS)
 * of the insert (for a second, identical vacancy, rolled back) to FILE, headed by the JSON line. db_cpu_busiest_ms (the
 * CPU time of the busiest database backend) is what the match would take on an otherwise idle machine: report it beside
 * match_ms. The clock is fixed at 10:00 today, Vietnam time.
 *
 * Without --match-only (bench/fanout/delivery.ts): every chat is on Telegram; the process runs the worker role as
 * `npm run worker` does (outbox relay, fanout worker, delivery with TELEGRAM_SEND_RATE = R; QUIET_HOURS off so it runs
 * at any hour) against a real redis-server (REDIS_URL, else a private one started here) and the fake Telegram Bot API
 * (test/fakes/telegram-api.ts, in a child process, enforcing R with 429 + retry_after and knowing every seeded chat)
 * or, when TELEGRAM_API_ROOT is set (with TELEGRAM_BOT_TOKEN), that server. After 2 s idle the official approves the
 * vacancy as /duyet does (its outbox row in the same transaction) and the clock starts:
 *   match_ms          the fanout job as the worker ran it (BullMQ finishedOn − processedOn); fanout_started_ms: from
 *                     the approval to the job's start (the relay polls every 200 ms)
 *   first_send_ms     from the approval to the first alert the fake accepted (run --subscribers 1000 for the idle
 * figure)   delivered         alerts the fake accepted; deliver_s: first → last accepted; deliver_per_s = delivered /
 * deliver_s   http_429          429s the fake answered; duplicates: chats that got the alert more than once
 *   missing           recipients to deliver now (matched and not 'held': daily-digest subscribers and people over the
 *                     daily cap are held) without a message at the fake; unexpected: chats with a message at the fake
 *                     but no 'sent' row; rows: the vacancy's notification rows by status at the end (all to deliver
 *                     should be 'sent')
 *   redis_peak_mb     INFO memory used_memory_peak at the end (since the server started; with REDIS_URL that may
 *                     predate the run); redis_used_max_mb: used_memory sampled every 250 ms from the approval
 *   rss_peak_mb       this process (which runs the delivery; not the fake), sampled every 50 ms from the approval
 *   db_cpu_ms         CPU of the database backends from the approval to the end of the fan-out (null when remote)
 *   cpu_ms_while_delivering, cpu_ms_per_message: CPU of this process, the fake, the database backends and Redis from
 * the                     first message to the end: with C free cores the rate cannot exceed C × 1000 /
 * cpu_ms_per_message;                     queue_while_delivering: jobs active (vs the concurrency) and waiting in the
 * window, sampled;                     event_loop_delay_ms: how late this process' event loop ran. Together they say
 * what limits the rate. --deliver-seconds S stops the delivery S seconds after the first message (stopped:
 * 'deliver-seconds'): the feeders   stop, the jobs already started finish, and delivered / deliver_per_s count what the
 * fake accepted until then;   missing is then counted only over rows recorded 'sent' (a row claimed into the Redis
 * window but not yet sent is   left 'queued' and is not missing), unexpected as above; rows shows what was left pending
 * or queued. For the   1,000,000 line: --subscribers 1000000 --rate 1000 --deliver-seconds 30 (match_ms, redis_peak_mb
 * while the rest waits). About half the subscribers are recipients to deliver now (to_deliver): --subscribers 200000
 * gives about 100,000. Against TELEGRAM_API_ROOT the server's view is unknown: delivered, the times and http_429 come
 * from the delivery's own counters (sent, throttled) and duplicates / missing are null. That server must accept the
 * seeded numeric chat ids.
 *
 * PostgreSQL: DATABASE_URL (an empty database: subscribers left by an earlier run would be matched too), or a throwaway
 * PostgreSQL 15 started here (as the test harness does: fsync off).
 */
import { parseArgs } from 'node:util';
import { createTestDatabase, startPostgres } from '../test/harness/postgres.ts';
import { runDeliveryBench } from './fanout/delivery.ts';
import { runMatchOnly } from './fanout/match-only.ts';

const { values } = parseArgs({
  options: {
    subscribers: { type: 'string', default: '100000' },
    'match-only': { type: 'boolean', default: false },
    rate: { type: 'string' },
    'deliver-seconds': { type: 'string' },
    parallelism: { type: 'string', default: '2' },
    explain: { type: 'string' },
  },
});
const subscribers = Number(values.subscribers);
const parallelism = Number(values.parallelism);
const rate = values.rate === undefined ? null : Number(values.rate);
const deliverSeconds = values['deliver-seconds'] === undefined ? null : Number(values['deliver-seconds']);
const usage = (problem: string): never => {
  process.stderr.write(
    `${problem}\nusage: npm run bench:fanout -- --subscribers N --rate R [--deliver-seconds S]  |  --subscribers N --match-only [--explain FILE]\n`,
  );
  process.exit(2);
};
if (!Number.isInteger(subscribers) || subscribers <= 0 || !Number.isInteger(parallelism) || parallelism <= 0)
  usage('--subscribers and --parallelism must be positive whole numbers');
if (!values['match-only']) {
  if (rate === null || !(rate > 0) || rate > 1000)
    usage('--rate R (messages per second, above 0 and at most 1000, as TELEGRAM_SEND_RATE) is needed to deliver');
  if (deliverSeconds !== null && !(deliverSeconds > 0)) usage('--deliver-seconds must be a positive number');
  if (values.explain) usage('--explain goes with --match-only');
}

const server = process.env.DATABASE_URL ? null : await startPostgres();
const database = server ? await createTestDatabase(server.url, 'bench') : null;
const databaseUrl = process.env.DATABASE_URL ?? database!.url;
try {
  const line = values['match-only']
    ? await runMatchOnly({ databaseUrl, subscribers, parallelism, explain: values.explain })
    : await runDeliveryBench({ databaseUrl, subscribers, rate: rate!, deliverSeconds });
  process.stdout.write(`${line}\n`);
} finally {
  await database?.drop();
  await server?.stop();
}
