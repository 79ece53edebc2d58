/**
 * npm run bench:fanout-course -- [--subscribers N] [--parallelism P] [--explain FILE]
 *
 * A course announcement at scale, next to a vacancy's on the same machine and data. Seeds N subscribers as
 * bench:fanout does (bench/fanout/seed.ts: Thái Nguyên and elsewhere, garment and other trades, every reach, every
 * exclusion, the day's earlier vacancy alerts), then makes half of them (even person ids) want to learn garment
 * making (worker_profiles.training_occupations) and the other half registered 60 days ago (so those with no garment
 * alert in 30 days are "without work in their trade"). An official approves a garment course in Phường Phổ Yên as
 * /duyet does (the decision and its 'course.approved' outbox row in one transaction), and its fan-out runs directly
 * (the function the fanout worker runs), then again as the retry of a run that stopped before marking the course
 * fanned out (rerun_written: 0). Then the seeded vacancy is approved and its
 * fan-out runs the same way: the vacancy figure. Prints ONE JSON line; the default N (150,000) gives about 100,000
 * course recipients. The clock is fixed at 10:00 today, Vietnam time. db_cpu_busiest_ms: the CPU time of the busiest
 * database backend (what the match would take on an otherwise idle machine). --explain FILE saves EXPLAIN (ANALYZE,
 * BUFFERS) of the course statement (over everyone, for a second identical course, rolled back).
 *
 * PostgreSQL: DATABASE_URL (an empty database), or a throwaway PostgreSQL 15 started here (fsync off).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { type Kysely, sql } from 'kysely';
import { loadConfig } from '../src/app/config.ts';
import { openDatabase } from '../src/db/connect.ts';
import { decideCourse } from '../src/db/course-review.ts';
import { migrateToLatest } from '../src/db/migrate.ts';
import { seedReferenceData } from '../src/db/reference-data.ts';
import type { Database } from '../src/db/schema.ts';
import { coursePeopleInsert } from '../src/features/courses/audience.ts';
import { COURSE_APPROVED_JOB, courseInsertParams, fanOutCourse } from '../src/features/courses/fanout.ts';
import { vietnamDayStart } from '../src/kernel/time.ts';
import type { FanoutRules } from '../src/messaging/fanout/rules.ts';
import { fanOutVacancy } from '../src/messaging/fanout/vacancy.ts';
import { addToOutbox } from '../src/messaging/queue/outbox.ts';
import { createTestDatabase, startPostgres } from '../test/harness/postgres.ts';
import { backendCpu, diffCpu } from './fanout/db-cpu.ts';
import { seedSubscribers } from './fanout/seed.ts';

const { values } = parseArgs({
  options: {
    subscribers: { type: 'string', default: '150000' },
    parallelism: { type: 'string', default: '2' },
    explain: { type: 'string' },
  },
});
const subscribers = Number(values.subscribers);
const parallelism = Number(values.parallelism);
if (!Number.isInteger(subscribers) || subscribers <= 0 || !Number.isInteger(parallelism) || parallelism <= 0) {
  process.stderr.write('usage: npm run bench:fanout-course -- [--subscribers N] [--parallelism P] [--explain FILE]\n');
  process.exit(2);
}

type Db = Kysely<Database>;

/** Half want to learn garment making, the other half registered 60 days ago. */
async function seedCourseAudience(db: Db, now: Date): Promise<void> {
  await sql`UPDATE worker_profiles SET training_occupations = ARRAY['garment'] WHERE person_id % 2 = 0`.execute(db);
  const registered = sql`${now}::timestamptz - interval '60 days'`;
  await sql`UPDATE worker_profiles SET created_at = ${registered} WHERE person_id % 2 = 1`.execute(db);
  await sql`VACUUM ANALYZE worker_profiles`.execute(db);
}

async function addPendingCourse(db: Db, officialId: number, title: string): Promise<number> {
  const provider = await db
    .insertInto('providers')
    .values({ name: `Trường Trung cấp nghề Thái Nguyên ${title}` })
    .returning('id')
    .executeTakeFirstOrThrow();
  const course = await db
    .insertInto('courses')
    .values({
      provider_id: provider.id,
      title,
      occupation: 'garment',
      level: 'elementary',
      commune_code: '05860',
      province_code: '19',
      starts_on: new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10),
      duration_days: 90,
      seats: 30,
      submitted_by: officialId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return course.id;
}

/** As /duyet's approve: the decision within the official's scope and the outbox row, in one transaction. */
async function approveCourse(db: Db, courseId: number, officialId: number): Promise<void> {
  await db.transaction().execute(async (trx) => {
    if (!(await decideCourse(trx, officialId, courseId, 'approve', null))) throw new Error('course not approved');
    await addToOutbox(trx, { queue: 'fanout', name: COURSE_APPROVED_JOB, payload: { courseId } });
  });
}

async function timed<T>(db: Db, run: () => Promise<T>) {
  const cpuBefore = await backendCpu(db);
  const started = performance.now();
  const result = await run();
  const ms = Math.round(performance.now() - started);
  const cpu = diffCpu(cpuBefore, await backendCpu(db));
  return { result, ms, dbCpuMs: cpu?.total ?? null, dbCpuBusiestMs: cpu?.busiest ?? null };
}

async function explainCourse(db: Db, courseId: number, rules: FanoutRules, now: Date): Promise<string> {
  let plan = '';
  await db
    .transaction()
    .execute(async (trx) => {
      const course = await trx
        .selectFrom('courses')
        .select(['id', 'occupation', 'commune_code', 'province_code', 'online'])
        .where('id', '=', courseId)
        .executeTakeFirstOrThrow();
      const statement = coursePeopleInsert(courseInsertParams(course, rules, now));
      await sql`SET LOCAL jit = off`.execute(trx);
      const { rows } = await sql<{ 'QUERY PLAN': string }>`EXPLAIN (ANALYZE, BUFFERS) ${statement}`.execute(trx);
      plan = rows.map((r) => r['QUERY PLAN']).join('\n');
      throw new RollBack();
    })
    .catch((error: unknown) => {
      if (!(error instanceof RollBack)) throw error;
    });
  return plan;
}
class RollBack extends Error {}

async function run(databaseUrl: string): Promise<string> {
  const config = loadConfig();
  const rules = { quietHours: config.quietHours, alertsPerDay: config.alertsPerDay };
  const now = new Date(vietnamDayStart(new Date()).getTime() + 10 * 3_600_000);
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'knvl-bench-course-'));
  const handle = await openDatabase({ databaseUrl, dataDir });
  const { db } = handle;
  try {
    await migrateToLatest(db);
    await seedReferenceData(db);
    const seedStarted = performance.now();
    const seeded = await seedSubscribers(db, subscribers, now);
    await seedCourseAudience(db, now);
    const seedMs = Math.round(performance.now() - seedStarted);

    const courseId = await addPendingCourse(db, seeded.officialId, 'May công nghiệp');
    await approveCourse(db, courseId, seeded.officialId);
    const course = await timed(db, () => fanOutCourse(db, courseId, rules, now, { parallelism }));
    // The retry of a run that stopped before marking the course (the costly re-run; a repeated job after a
    // finished one reads only the course).
    await db.updateTable('courses').set({ fanned_out_at: null }).where('id', '=', courseId).execute();
    const rerun = await timed(db, () => fanOutCourse(db, courseId, rules, now, { parallelism }));
    if (course.result.outcome !== 'written' || rerun.result.outcome !== 'written') throw new Error('course not open');
    const { rows: audience } = await sql<{ wants: number; unmatched: number }>`
      SELECT count(*) FILTER (WHERE score = 2)::int AS wants, count(*) FILTER (WHERE score = 1)::int AS unmatched
      FROM notifications WHERE kind = 'course' AND ref_id = ${courseId}`.execute(db);

    await db
      .updateTable('vacancies')
      .set({ status: 'approved', decided_at: now, decided_by: seeded.officialId })
      .where('id', '=', seeded.vacancyId)
      .execute();
    const vacancy = await timed(db, () => fanOutVacancy(db, seeded.vacancyId, rules, now, { parallelism }));
    if (vacancy.result.outcome !== 'written') throw new Error('vacancy not open');

    const matched = course.result.pending + course.result.held;
    const vacancyMatched = vacancy.result.pending + vacancy.result.held + vacancy.result.groupChats;
    const perThousand = (ms: number, rows: number) => (rows > 0 ? Number(((ms * 1000) / rows).toFixed(1)) : null);
    const line = JSON.stringify({
      bench: 'fanout-course',
      subscribers,
      parallelism,
      course: {
        matched,
        wants_to_learn: audience[0]?.wants ?? 0,
        without_work_30_days: audience[0]?.unmatched ?? 0,
        match_ms: course.ms,
        ms_per_1000: perThousand(course.ms, matched),
        db_cpu_ms: course.dbCpuMs,
        db_cpu_busiest_ms: course.dbCpuBusiestMs,
        rerun_ms: rerun.ms,
        rerun_written: rerun.result.pending + rerun.result.held,
      },
      vacancy: {
        matched: vacancyMatched,
        pending: vacancy.result.pending,
        held: vacancy.result.held,
        group_chats: vacancy.result.groupChats,
        match_ms: vacancy.ms,
        ms_per_1000: perThousand(vacancy.ms, vacancyMatched),
        db_cpu_ms: vacancy.dbCpuMs,
        db_cpu_busiest_ms: vacancy.dbCpuBusiestMs,
      },
      seed_ms: seedMs,
      load_average_1m: Number(os.loadavg()[0]!.toFixed(1)),
      postgres: (await sql<{ v: string }>`SELECT current_setting('server_version') AS v`.execute(db)).rows[0]!.v,
      cores: os.cpus().length,
      node: process.version,
    });
    if (values.explain) {
      const second = await addPendingCourse(db, seeded.officialId, 'May công nghiệp (đợt 2)');
      await approveCourse(db, second, seeded.officialId);
      const plan = await explainCourse(db, second, rules, now);
      const header = [
        `-- npm run bench:fanout-course -- --subscribers ${subscribers} --explain ${values.explain}`,
        `-- ${new Date().toISOString().slice(0, 10)}, ${os.cpus().length} cores; ${line}`,
        '-- EXPLAIN (ANALYZE, BUFFERS) of the course statement (src/features/courses/audience.ts), all subscribers,',
        '-- for a second course like the measured one (its audience already offered one this month), rolled back.',
        '',
      ];
      fs.writeFileSync(values.explain, `${header.join('\n')}${plan}\n`);
    }
    return line;
  } finally {
    await handle.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

const server = process.env.DATABASE_URL ? null : await startPostgres();
const database = server ? await createTestDatabase(server.url, 'bench') : null;
try {
  process.stdout.write(`${await run(process.env.DATABASE_URL ?? database!.url)}\n`);
} finally {
  await database?.drop();
  await server?.stop();
}
