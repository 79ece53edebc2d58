/**
 * npm run bench:report -- [--people N] [--repeat R] [--explain FILE] [--reuse]
 *
 * The full funnel (src/reporting/funnel.ts: every measure, every area row and every breakdown) over a large dataset
 * on real PostgreSQL: seeds N people (default 1,000,000; bench/report/seed.ts), N / 10 vacancies, 3 × N
 * notifications, applications and their events, then times computeFunnel for this year for the whole country, a
 * province and a commune, R times each (default 3; the first run reads from disk, the others from the cache), and
 * prints one JSON line: the milliseconds of every run per scope, the best and the first, plus the machine's load.
 * db_cpu_ms: CPU time the database backends (parallel workers included) spent on the best run of each scope, read
 * from /proc when the server runs here — what the funnel costs on an otherwise idle machine.
 *
 * PostgreSQL: DATABASE_URL, or a throwaway PostgreSQL 15 started here (as the test harness does: fsync off).
 * --reuse (with DATABASE_URL): skip migrating and seeding when the database already holds the seeded people.
 * --explain FILE: EXPLAIN (ANALYZE, BUFFERS) of each of the funnel's statements, for each of the three scopes, to FILE.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { sql, type Kysely } from 'kysely';
import { thisYear } from '../src/kernel/periods.ts';
import { openDatabase } from '../src/db/connect.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { seedReferenceData } from '../src/db/reference-data.ts';
import type { Database } from '../src/db/schema.ts';
import { formerDistrictsIn } from '../src/reporting/funnel-districts.ts';
import { computeFunnel, resolveScope, withReportSettings, type FunnelScope } from '../src/reporting/funnel.ts';
import { funnelStatements } from '../src/reporting/funnel-queries.ts';
import { createTestDatabase, startPostgres } from '../test/harness/postgres.ts';
import { BENCH_COMMUNE, BENCH_PROVINCE, seedFunnel } from './report/seed.ts';

const { values } = parseArgs({
  options: {
    people: { type: 'string', default: '1000000' },
    repeat: { type: 'string', default: '3' },
    explain: { type: 'string' },
    reuse: { type: 'boolean', default: false },
  },
});
const people = Number(values.people);
const repeat = Number(values.repeat);
if (!Number.isInteger(people) || people <= 0 || !Number.isInteger(repeat) || repeat <= 0) {
  process.stderr.write('--people and --repeat must be positive whole numbers\n');
  process.exit(2);
}
if (values.reuse && !process.env.DATABASE_URL) {
  process.stderr.write('--reuse needs DATABASE_URL (a database seeded by an earlier run)\n');
  process.exit(2);
}

const now = new Date();
const period = thisYear(now);
const log = (step: string) => process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${step}\n`);

const server = process.env.DATABASE_URL ? null : await startPostgres();
const database = server ? await createTestDatabase(server.url, 'bench') : null;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'knvl-bench-report-'));
const handle = await openDatabase({ databaseUrl: process.env.DATABASE_URL ?? database!.url, dataDir });
const { db } = handle;
try {
  const seeded = values.reuse ? await existing(db) : null;
  let seedMs = 0;
  let counts: Record<string, number> = seeded ?? {};
  if (seeded === null) {
    await migrateToLatest(db);
    await seedReferenceData(db);
    const started = performance.now();
    counts = { ...(await seedFunnel(db, people, now, log)) };
    seedMs = Math.round(performance.now() - started);
  }

  const scopes: FunnelScope[] = [];
  for (const code of [null, BENCH_PROVINCE, BENCH_COMMUNE]) {
    const scope = await resolveScope(db, code);
    if (scope === null) throw new Error(`no region ${code}`);
    scopes.push(scope);
  }
  const load = os.loadavg()[0] ?? 0;
  const timings: Record<
    string,
    { runs_ms: number[]; first_ms: number; best_ms: number; db_cpu_ms: number | null; breakdown_rows: number }
  > = {};
  for (const scope of scopes) {
    const runs: number[] = [];
    let bestCpu: number | null = null;
    let rows = 0;
    for (let i = 0; i < repeat; i++) {
      log(`funnel ${scope.level} run ${i + 1}`);
      const cpuBefore = await backendCpu(db);
      const started = performance.now();
      const report = await computeFunnel(db, scope, period);
      const ms = Math.round(performance.now() - started);
      const cpu = diffCpu(cpuBefore, await backendCpu(db));
      if (runs.length === 0 || ms < Math.min(...runs)) bestCpu = cpu;
      runs.push(ms);
      rows = report.breakdowns.reduce((sum, b) => sum + b.rows.length, report.rows.length);
    }
    timings[scope.level] = {
      runs_ms: runs,
      first_ms: runs[0]!,
      best_ms: Math.min(...runs),
      db_cpu_ms: bestCpu,
      breakdown_rows: rows,
    };
  }

  const setting = async (name: string) =>
    (await sql<{ v: string }>`SELECT current_setting(${name}) AS v`.execute(db)).rows[0]!.v;
  const line = JSON.stringify({
    bench: 'report',
    period: `${period.from}..${period.to}`,
    ...counts,
    country: timings.country,
    province: { code: BENCH_PROVINCE, ...timings.province },
    commune: { code: BENCH_COMMUNE, ...timings.commune },
    load_average_1m: Number(load.toFixed(1)),
    seed_ms: seedMs,
    postgres: (await setting('server_version')).split(' ')[0],
    shared_buffers: await setting('shared_buffers'),
    work_mem: await setting('work_mem'),
    max_parallel_workers_per_gather: Number(await setting('max_parallel_workers_per_gather')),
    cores: os.cpus().length,
    node: process.version,
  });

  if (values.explain) {
    const parts: string[] = [
      `-- ${process.env.DATABASE_URL ? 'DATABASE_URL=… ' : ''}npm run bench:report -- --people ${people}${values.reuse ? ' --reuse' : ''} --explain ${values.explain}`,
      `-- ${now.toISOString().slice(0, 10)}, ${(await sql<{ v: string }>`SELECT version() AS v`.execute(db)).rows[0]!.v}, ${os.cpus().length} cores, load average ${load.toFixed(1)}`,
      `-- ${line}`,
      '',
    ];
    for (const scope of scopes) {
      const districts = scope.level === 'province' ? await provinceDistricts(db, scope.code) : [];
      for (const statement of funnelStatements(scope, period, districts)) {
        // The settings computeFunnel runs them with (no JIT, work_mem), in the same kind of transaction.
        const explain = async (trx: Kysely<Database>) =>
          (await sql<{ 'QUERY PLAN': string }>`EXPLAIN (ANALYZE, BUFFERS) ${statement.query}`.execute(trx)).rows;
        const rows = await withReportSettings(db, explain, { hashJoins: statement.hashJoins });
        parts.push(
          `-- ${scope.level}${scope.code ? ` ${scope.code}` : ''}: ${statement.name}`,
          ...rows.map((r) => r['QUERY PLAN']),
          '',
        );
      }
    }
    fs.writeFileSync(values.explain, parts.join('\n'));
  }
  process.stdout.write(`${line}\n`);
} finally {
  await handle.close();
  await database?.drop();
  await server?.stop();
  fs.rmSync(dataDir, { recursive: true, force: true });
}

async function provinceDistricts(db: Kysely<Database>, code: string) {
  const communes = await db
    .selectFrom('regions')
    .select('code')
    .where('province_code', '=', code)
    .where('level', '=', 'commune')
    .execute();
  return formerDistrictsIn(code, new Set(communes.map((c) => c.code)));
}

/** The counts of a database seeded earlier, or null when it holds nothing yet (then it is seeded). */
async function existing(db: Kysely<Database>): Promise<Record<string, number> | null> {
  const tables = await sql<{
    n: number;
  }>`SELECT count(*)::int AS n FROM information_schema.tables WHERE table_name = 'notifications'`.execute(db);
  if (tables.rows[0]?.n !== 1) return null;
  const count = async (table: string) =>
    Number((await sql<{ n: string }>`SELECT count(*) AS n FROM ${sql.table(table)}`.execute(db)).rows[0]!.n);
  const n = await count('worker_profiles');
  if (n === 0) return null;
  return {
    worker_profiles: n,
    vacancies: await count('vacancies'),
    notifications: await count('notifications'),
    application_events: await count('application_events'),
  };
}

/**
 * CPU time (ms) the database server spent, read from /proc when it runs on this machine: every backend of the bench
 * database, plus the CPU of the server's children that have exited (parallel workers: the postmaster reaps them,
 * and their time is added to its cutime and cstime). Null when the server is elsewhere.
 */
async function backendCpu(db: Kysely<Database>): Promise<number | null> {
  const { rows } = await sql<{
    pid: number;
  }>`SELECT pid FROM pg_stat_activity WHERE datname = current_database()`.execute(db);
  try {
    const stat = (pid: number) => fs.readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    let ms = 0;
    let postmaster = 0;
    for (const { pid } of rows) {
      if (fs.readFileSync(`/proc/${pid}/comm`, 'utf8').trim() !== 'postgres') return null;
      const fields = stat(pid);
      ms += (Number(fields[11]) + Number(fields[12])) * 10; // utime + stime, in clock ticks of 10 ms
      postmaster = Number(fields[1]);
    }
    const parent = stat(postmaster);
    return ms + (Number(parent[13]) + Number(parent[14])) * 10; // cutime + cstime: children that have exited
  } catch {
    return null;
  }
}

function diffCpu(before: number | null, after: number | null): number | null {
  return before === null || after === null ? null : after - before;
}
