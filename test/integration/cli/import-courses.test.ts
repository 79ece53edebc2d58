import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../../../src/app/config.ts';
import { importCoursesCommand } from '../../../src/cli/import-courses.ts';
import { UsageError } from '../../../src/cli/usage-error.ts';
import { VacancyCsvError } from '../../../src/cli/vacancy-csv.ts';
import { type DatabaseHandle, openDatabase } from '../../../src/db/connect.ts';
import { migrateToLatest } from '../../../src/db/migrate.ts';
import { seedReferenceData } from '../../../src/db/reference-data.ts';
import { createTestDatabase } from '../../harness/postgres.ts';

/**
 * npm run cli -- import-courses on real PostgreSQL (issue 15, item 1): a list of 200 courses in Vietnamese headers
 * with five bad rows (a level, a commune, a past start date, a fee in words, a missing title) reports each by line
 * and column and imports the 195 good ones as pending (source 'import'), their providers created without an owner;
 * --strict imports nothing; a second run skips every course already there; English headers work too.
 */
const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const FIXTURE = path.join(ROOT, 'test/fixtures/csv/courses-200.csv');
/** 7 December 2026, 10:00 in Vietnam: the fixture's start dates (January to November 2027) are ahead of it. */
const NOW = new Date('2026-12-07T03:00:00Z');

describe('npm run cli -- import-courses, with real PostgreSQL', () => {
  let database: { url: string; drop: () => Promise<void> };
  let handle: DatabaseHandle;

  beforeAll(async () => {
    database = await createTestDatabase(inject('postgresUrl'), 'import_courses');
    handle = await openDatabase({ databaseUrl: database.url, dataDir: '/tmp' });
    await migrateToLatest(handle.db);
    await seedReferenceData(handle.db);
  });
  afterAll(async () => {
    await handle.close();
    await database.drop();
  });

  const run = async (args: string[]) => {
    const lines: string[] = [];
    const code = await importCoursesCommand(
      loadConfig({ DATABASE_URL: database.url }),
      args,
      (line) => lines.push(line),
      NOW,
    );
    return { code, lines };
  };
  const courses = () => handle.db.selectFrom('courses').selectAll().orderBy('id').execute();

  const PROBLEMS = [
    'line 18, level: "Đại học" is not a level we know; ' +
      'write one of: Cao đẳng, Trung cấp, Sơ cấp, Dưới 3 tháng, Thường xuyên',
    'line 49, commune: no commune is called "Xã Không Có Thật"; check the spelling (communes since 1 July 2025)',
    'line 91, start: 01/11/2026 is not after today (07/12/2026); courses starting later only',
    'line 132, fee: "liên hệ" is not an amount we can read; write the fee, e.g. "miễn phí" or "2.500.000"',
    'line 171, title: is empty; write the course name, e.g. "May công nghiệp"',
  ];

  it('--strict with bad rows imports nothing', async () => {
    const { code, lines } = await run([FIXTURE, '--strict']);
    expect(code).toBe(1);
    expect(lines).toEqual(expect.arrayContaining(PROBLEMS));
    expect(lines.slice(-2)).toEqual([
      'Nothing imported (--strict): 5 of 200 rows are bad; fix them and run again.',
      "Imported 0 (pending an official's review), skipped 0, bad 5.",
    ]);
    expect(await courses()).toEqual([]);
  });

  it('200 rows: the bad ones by line and column, the 195 good ones pending for review', async () => {
    const { code, lines } = await run([FIXTURE]);
    expect(code).toBe(1);
    for (const line of PROBLEMS) expect(lines).toContain(line);
    expect(lines.at(-1)).toBe("Imported 195 (pending an official's review), skipped 0, bad 5.");

    const rows = await courses();
    expect(rows).toHaveLength(195);
    expect(new Set(rows.map((r) => `${r.status}/${r.source}/${r.submitted_by}`))).toEqual(
      new Set(['pending/import/null']),
    );
    expect(rows[0]).toMatchObject({
      title: 'Hàn điện khoá 1',
      occupation: 'mechanic_welding',
      level: 'intermediate',
      online: false,
      commune_code: '01843',
      province_code: '19',
      address: 'Nhà văn hoá tổ 2',
      starts_on: '2027-02-02',
      duration_days: 42,
      schedule: 'evening',
      seats: 11,
      contact: '0208 3850 123',
    });
    expect(Number(rows[0]!.fee_vnd)).toBe(2_500_000);
    const online = rows.filter((r) => r.online);
    expect(online.length).toBe(8);
    expect(online.every((r) => r.commune_code === null && r.province_code === null)).toBe(true);
    const priority = rows.find((r) => r.title === 'Trồng chè khoá 5')!;
    expect(priority).toMatchObject({ priority_support: true, occupation: 'agriculture' });
    expect(Number(priority.support_amount_vnd)).toBe(3_000_000);

    const providers = await handle.db.selectFrom('providers').select(['name', 'owner_person_id']).execute();
    expect(providers).toHaveLength(7);
    expect(providers.every((p) => p.owner_person_id === null)).toBe(true);
    const audit = await handle.db
      .selectFrom('audit_log')
      .select(['actor_label', 'subject_id', 'details'])
      .where('action', '=', 'courses.imported')
      .orderBy('id')
      .execute();
    expect(audit.at(-1)).toMatchObject({
      actor_label: 'cli',
      subject_id: 'courses-200.csv',
      details: { rows: 200, imported: 195, skipped: 0, bad: 5, refused: false, strict: false },
    });
  });

  it('the same file again adds nothing', async () => {
    const { lines } = await run([FIXTURE]);
    expect(lines.at(-1)).toBe("Imported 0 (pending an official's review), skipped 195, bad 5.");
    expect(await courses()).toHaveLength(195);
  });

  it('English headers, an online course, a provider matched whatever its letter case', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'knvl-courses-'));
    const file = path.join(dir, 'english.csv');
    fs.writeFileSync(
      file,
      [
        'provider,course,level,online,start,duration,schedule,seats,fee,priority_support,support_amount,contact',
        'TRUNG TÂM GDNN SỐ 1,May công nghiệp online,short,yes,2027-03-01,6 weeks,evening,unlimited,free,no,,',
      ].join('\n'),
    );
    const { code, lines } = await run([file]);
    expect([code, lines]).toEqual([0, ["Imported 1 (pending an official's review), skipped 0, bad 0."]]);
    const last = (await courses()).at(-1)!;
    expect(last).toMatchObject({
      online: true,
      level: 'short',
      seats: null,
      schedule: 'evening',
      occupation: 'garment',
    });
    expect(await handle.db.selectFrom('providers').select('id').execute()).toHaveLength(7);
  });

  it('usage and unreadable files', async () => {
    await expect(run([])).rejects.toThrow(UsageError);
    await expect(run(['/nonexistent.csv'])).rejects.toThrow(/no such file/);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'knvl-courses-'));
    const file = path.join(dir, 'no-level.csv');
    fs.writeFileSync(file, 'provider,title,start,duration,fee\nA,B,01/02/2027,3 tháng,0\n');
    await expect(run([file])).rejects.toThrow(VacancyCsvError);
    await expect(run([file])).rejects.toThrow(/lacks the column level/);
  });
});
