/**
 * npm run bench:fanout -- --subscribers N --match-only [--parallelism P] [--explain FILE]
 *
 * The fan-out at scale: seeds N subscribers (bench/fanout/seed.ts: set-based, generate_series) on real PostgreSQL,
 * approves one vacancy most of them match, runs its fan-out (the same function the fanout worker runs for a
 * 'vacancy.approved' job) and prints one JSON line: {subscribers, matched, match_ms, rss_peak_mb, ...}; then runs
 * it again to show that a re-run writes nothing (rerun_written: 0). --parallelism: slices written at once (default 2,
 * as the worker does on PostgreSQL). --explain FILE also saves EXPLAIN (ANALYZE, BUFFERS) of the insert (for a second,
 * identical vacancy, rolled back) to FILE, headed by the JSON line. db_cpu_busiest_ms (the CPU time of the busiest
 * database backend) is what the match would take on an otherwise idle machine: report it beside match_ms.
 *
 * Delivery (the rest of the line: first_send_ms, delivered, deliver_per_s, http_429 … with --rate R) is
 * not measured yet: only --match-only runs. Extend `main` below with the delivery after `runMatch`.
 *
 * PostgreSQL: DATABASE_URL, or a throwaway PostgreSQL 15 started here (as the test harness does: fsync off).
 * The clock is fixed at 10:00 today, Vietnam time (outside quiet hours), so the numbers do not depend on the hour.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { sql } from 'kysely';
import { loadConfig } from '../src/config.ts';
import { vietnamDayStart } from '../src/core/quiet-hours.ts';
import { openDatabase } from '../src/db/connect.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { seedReferenceData } from '../src/db/reference-data.ts';
import { createTestDatabase, startPostgres } from '../test/harness/postgres.ts';
import { approveVacancy, explainMatch, runMatch } from './fanout/match.ts';
import { seedSubscribers } from './fanout/seed.ts';

const { values } = parseArgs({
  options: {
    subscribers: { type: 'string', default: '100000' },
    'match-only': { type: 'boolean', default: false },
    rate: { type: 'string' },
    parallelism: { type: 'string', default: '2' },
    explain: { type: 'string' },
  },
});
const subscribers = Number(values.subscribers);
const parallelism = Number(values.parallelism);
if (!Number.isInteger(subscribers) || subscribers <= 0 || !Number.isInteger(parallelism) || parallelism <= 0) {
  process.stderr.write('--subscribers and --parallelism must be positive whole numbers\n');
  process.exit(2);
}
if (!values['match-only']) {
  process.stderr.write('Only the match is measured so far: run with --match-only (delivery numbers come with the delivery worker).\n');
  process.exit(2);
}

const config = loadConfig();
const rules = { quietHours: config.quietHours, alertsPerDay: config.alertsPerDay };
const now = new Date(vietnamDayStart(new Date()).getTime() + 10 * 3_600_000);

let rssPeak = 0;
const sampler = setInterval(() => {
  rssPeak = Math.max(rssPeak, process.memoryUsage.rss());
}, 50);

const server = process.env.DATABASE_URL ? null : await startPostgres();
const database = server ? await createTestDatabase(server.url, 'bench') : null;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'knvl-bench-fanout-'));
const handle = await openDatabase({ databaseUrl: process.env.DATABASE_URL ?? database!.url, dataDir });
const { db } = handle;
try {
  await migrateToLatest(db);
  await seedReferenceData(db);

  const seedStarted = performance.now();
  const seeded = await seedSubscribers(db, subscribers, now);
  const seedMs = Math.round(performance.now() - seedStarted);

  await approveVacancy(db, seeded.vacancyId, seeded.officialId, now);
  const loadBefore = os.loadavg()[0]!;
  const cpuBefore = await backendCpu();
  const first = await runMatch(db, seeded.vacancyId, rules, now, parallelism);
  const cpu = diffCpu(cpuBefore, await backendCpu());
  const again = await runMatch(db, seeded.vacancyId, rules, now, parallelism);
  if (first.result.outcome !== 'written' || again.result.outcome !== 'written') throw new Error(`vacancy ${seeded.vacancyId} was not open`);

  clearInterval(sampler);
  const { pending, held, groupChats } = first.result;
  const setting = async (name: string) => (await sql<Record<string, string>>`SELECT current_setting(${name}) AS v`.execute(db)).rows[0]!.v;
  const line = JSON.stringify({
    bench: 'fanout',
    mode: 'match-only',
    subscribers,
    group_chats: seeded.groupChats,
    matched: pending + held + groupChats,
    pending,
    held,
    group_chats_matched: groupChats,
    match_ms: first.matchMs,
    parallelism,
    // CPU time of the database backends during the match (null when the server is not on this machine), and of the
    // busiest one: on an otherwise idle machine with a core per slice the match takes about that long.
    db_cpu_ms: cpu?.total ?? null,
    db_cpu_busiest_ms: cpu?.busiest ?? null,
    load_average_1m: Number(loadBefore.toFixed(1)),
    rerun_ms: again.matchMs,
    rerun_written: again.result.pending + again.result.held + again.result.groupChats,
    earlier_alerts: seeded.earlierAlerts,
    seed_ms: seedMs,
    rss_peak_mb: Math.round(Math.max(rssPeak, process.memoryUsage.rss()) / 1048576),
    postgres: await setting('server_version'),
    shared_buffers: await setting('shared_buffers'),
    cores: os.cpus().length,
    node: process.version,
  });

  if (values.explain) {
    // A second vacancy like the measured one (so the first one's alerts count toward the daily cap), rolled back.
    const { rows } = await sql<{ id: number }>`
      INSERT INTO vacancies (employer_id, title, occupation, commune_code, province_code, headcount, wage_raw, deadline, contact, status, scam_reasons)
      SELECT employer_id, title || ' (đợt 2)', occupation, commune_code, province_code, headcount, wage_raw, deadline, contact, 'pending', scam_reasons
      FROM vacancies WHERE id = ${seeded.vacancyId} RETURNING id`.execute(db);
    const second = rows[0]!.id;
    await approveVacancy(db, second, seeded.officialId, now);
    const plan = await explainMatch(db, second, rules, now);
    const header = [
      `-- npm run bench:fanout -- --subscribers ${subscribers} --match-only --parallelism ${parallelism} --explain ${values.explain}`,
      `-- ${new Date().toISOString().slice(0, 10)}, ${(await sql<{ v: string }>`SELECT version() AS v`.execute(db)).rows[0]!.v}, ${os.cpus().length} cores,`,
      `-- ${process.env.DATABASE_URL ? 'DATABASE_URL' : 'a throwaway server started like the test harness (fsync off)'}; load average ${loadBefore.toFixed(1)} (other work on the machine)`,
      `-- ${line}`,
      '--',
      '-- Below: EXPLAIN (ANALYZE, BUFFERS) of the people statement of the vacancy fan-out (src/fanout/vacancy.ts) as ONE',
      '-- statement over all subscribers (what each of the parallel slices runs over its share of person ids), for a',
      '-- second vacancy like the measured one, in a transaction rolled back. EXPLAIN ANALYZE adds its own timing cost.',
      '',
    ];
    fs.writeFileSync(values.explain, `${header.join('\n')}${plan}\n`);
  }

  process.stdout.write(`${line}\n`);
} finally {
  clearInterval(sampler);
  await handle.close();
  await database?.drop();
  await server?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}

/** CPU time (ms) of each backend connected to the bench database, read from /proc when the server runs here. */
async function backendCpu(): Promise<Map<number, number> | null> {
  const { rows } = await sql<{ pid: number }>`SELECT pid FROM pg_stat_activity WHERE datname = current_database()`.execute(db);
  const ticks = new Map<number, number>();
  for (const { pid } of rows) {
    try {
      if (fs.readFileSync(`/proc/${pid}/comm`, 'utf8').trim() !== 'postgres') return null;
      const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      ticks.set(Number(pid), (Number(fields[11]) + Number(fields[12])) * 10); // clock ticks of 10 ms
    } catch {
      return null;
    }
  }
  return ticks;
}

function diffCpu(before: Map<number, number> | null, after: Map<number, number> | null): { total: number; busiest: number } | null {
  if (!before || !after) return null;
  const used = [...after].map(([pid, ms]) => ms - (before.get(pid) ?? 0));
  return { total: used.reduce((a, b) => a + b, 0), busiest: Math.max(0, ...used) };
}
