import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { loadConfig } from '../../src/app/config.ts';
import { vietnamDayStart } from '../../src/kernel/time.ts';
import { openDatabase } from '../../src/db/connect.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { seedReferenceData } from '../../src/db/reference-data.ts';
import { backendCpu, diffCpu } from './db-cpu.ts';
import { approveVacancy, explainMatch, runMatch } from './match.ts';
import { sampleRss } from './samplers.ts';
import { seedSubscribers } from './seed.ts';

export interface MatchOnlyOptions {
  databaseUrl: string;
  subscribers: number;
  parallelism: number;
  /** Also save EXPLAIN (ANALYZE, BUFFERS) of the insert to this file. */
  explain?: string | undefined;
}

/**
 * --match-only: seeds, approves one vacancy, runs its fan-out directly (the function the fanout worker runs) and
 * again (a re-run writes nothing). The clock is fixed at 10:00 today, Vietnam time (outside quiet hours), so the
 * numbers do not depend on the hour. Returns the JSON line.
 */
export async function runMatchOnly(options: MatchOnlyOptions): Promise<string> {
  const { subscribers, parallelism } = options;
  const config = loadConfig();
  const rules = { quietHours: config.quietHours, alertsPerDay: config.alertsPerDay };
  const now = new Date(vietnamDayStart(new Date()).getTime() + 10 * 3_600_000);
  const rss = sampleRss();
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'knvl-bench-fanout-'));
  const handle = await openDatabase({ databaseUrl: options.databaseUrl, dataDir });
  const { db } = handle;
  try {
    await migrateToLatest(db);
    await seedReferenceData(db);

    const seedStarted = performance.now();
    const seeded = await seedSubscribers(db, subscribers, now);
    const seedMs = Math.round(performance.now() - seedStarted);

    await approveVacancy(db, seeded.vacancyId, seeded.officialId, now);
    const loadBefore = os.loadavg()[0]!;
    const cpuBefore = await backendCpu(db);
    const first = await runMatch(db, seeded.vacancyId, rules, now, parallelism);
    const cpu = diffCpu(cpuBefore, await backendCpu(db));
    const again = await runMatch(db, seeded.vacancyId, rules, now, parallelism);
    if (first.result.outcome !== 'written' || again.result.outcome !== 'written')
      throw new Error(`vacancy ${seeded.vacancyId} was not open`);

    rss.stop();
    const { pending, held, groupChats } = first.result;
    const setting = async (name: string) =>
      (await sql<Record<string, string>>`SELECT current_setting(${name}) AS v`.execute(db)).rows[0]!.v;
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
      rss_peak_mb: rss.peakMb(),
      postgres: await setting('server_version'),
      shared_buffers: await setting('shared_buffers'),
      cores: os.cpus().length,
      node: process.version,
    });

    if (options.explain) {
      // A second vacancy like the measured one (so the first one's alerts count toward the daily cap), rolled back.
      const { rows } = await sql<{ id: number }>`
        INSERT INTO vacancies (employer_id, title, occupation, commune_code, province_code, headcount, wage_raw, deadline, contact, status, scam_reasons)
        SELECT employer_id, title || ' (đợt 2)', occupation, commune_code, province_code, headcount, wage_raw, deadline, contact, 'pending', scam_reasons
        FROM vacancies WHERE id = ${seeded.vacancyId} RETURNING id`.execute(db);
      const second = rows[0]!.id;
      await approveVacancy(db, second, seeded.officialId, now);
      const plan = await explainMatch(db, second, rules, now);
      const header = [
        `-- npm run bench:fanout -- --subscribers ${subscribers} --match-only --parallelism ${parallelism} --explain ${options.explain}`,
        `-- ${new Date().toISOString().slice(0, 10)}, ${(await sql<{ v: string }>`SELECT version() AS v`.execute(db)).rows[0]!.v}, ${os.cpus().length} cores,`,
        `-- ${process.env.DATABASE_URL ? 'DATABASE_URL' : 'a throwaway server started like the test harness (fsync off)'}; load average ${loadBefore.toFixed(1)} (other work on the machine)`,
        `-- ${line}`,
        '--',
        '-- Below: EXPLAIN (ANALYZE, BUFFERS) of the people statement of the vacancy fan-out (src/messaging/fanout/vacancy.ts) as ONE',
        '-- statement over all subscribers (what each of the parallel slices runs over its share of person ids), for a',
        '-- second vacancy like the measured one, in a transaction rolled back. EXPLAIN ANALYZE adds its own timing cost.',
        '',
      ];
      fs.writeFileSync(options.explain, `${header.join('\n')}${plan}\n`);
    }
    return line;
  } finally {
    rss.stop();
    await handle.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}
