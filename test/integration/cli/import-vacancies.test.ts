import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { importVacanciesCommand } from '../../../src/cli/import-vacancies.ts';
import { UsageError } from '../../../src/cli/usage-error.ts';
import { VacancyCsvError } from '../../../src/cli/vacancy-csv.ts';
import { loadConfig } from '../../../src/app/config.ts';
import { vietnamIsoDate } from '../../../src/kernel/time.ts';
import { openDatabase, type DatabaseHandle } from '../../../src/db/connect.ts';
import { migrateToLatest } from '../../../src/db/migrate.ts';
import { seedReferenceData } from '../../../src/db/reference-data.ts';
import { createTestDatabase } from '../../harness/postgres.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
const FIXTURES = path.join(ROOT, 'test/fixtures/csv');
const fixture = (name: string) => path.join(FIXTURES, name);
/** 10 March 2026, 10:00 in Vietnam: the fixtures' deadlines (March to May 2026) are ahead of it. */
const NOW = new Date('2026-03-10T03:00:00Z');

describe('npm run cli -- import-vacancies, with real PostgreSQL', () => {
  let database: { url: string; drop: () => Promise<void> };
  let handle: DatabaseHandle;
  let officialId: number;

  beforeAll(async () => {
    database = await createTestDatabase(inject('postgresUrl'), 'import');
    handle = await openDatabase({ databaseUrl: database.url, dataDir: '/tmp' });
    await migrateToLatest(handle.db);
    await seedReferenceData(handle.db);
    // An official of Thái Nguyên, who hears of vacancies held for review there.
    officialId = (await handle.db.insertInto('people').defaultValues().returning('id').executeTakeFirstOrThrow()).id;
    await handle.db
      .insertInto('roles')
      .values({ person_id: officialId, role: 'official', region_code: '19', granted_via: 'cli' })
      .execute();
  });
  afterAll(async () => {
    await handle.close();
    await database.drop();
  });

  const run = async (args: string[]) => {
    const lines: string[] = [];
    const code = await importVacanciesCommand(
      loadConfig({ DATABASE_URL: database.url }),
      args,
      (line) => lines.push(line),
      NOW,
    );
    return { code, lines };
  };
  const db = () => handle.db;
  const vacancies = () =>
    db()
      .selectFrom('vacancies as v')
      .innerJoin('employers as e', 'e.id', 'v.employer_id')
      .select([
        'v.id',
        'e.name as employer',
        'e.owner_person_id',
        'v.title',
        'v.occupation',
        'v.commune_code',
        'v.province_code',
        'v.headcount',
        'v.wage_raw',
        'v.wage_min',
        'v.wage_max',
        'v.wage_period',
        'v.requirements',
        'v.deadline',
        'v.contact',
        'v.overseas',
        'v.status',
        'v.source',
        'v.scam_reasons',
        'v.decided_at',
        'v.decided_by',
      ])
      .orderBy('v.id')
      .execute();
  const outbox = () => db().selectFrom('outbox').select(['queue', 'job_name', 'payload']).orderBy('id').execute();
  const audits = () =>
    db()
      .selectFrom('audit_log')
      .select(['actor_label', 'subject_type', 'subject_id', 'details'])
      .where('action', '=', 'vacancies.imported')
      .orderBy('id')
      .execute();

  it('a good file: every row approved, source import, handed to the fan-out through the outbox; a duplicate row skipped', async () => {
    const { code, lines } = await run([fixture('good.csv')]);
    const rows = await vacancies();
    expect(rows).toHaveLength(3);
    expect(lines).toEqual([
      `line 5: skipped, already there as vacancy ${rows[0]?.id} (same employer, title, commune and deadline 30/04/2026)`,
      'Imported 3 (approved 3, held for review 0), skipped 1, bad 0.',
    ]);
    expect(code).toBe(0);

    expect(rows[0]).toMatchObject({
      employer: 'Công ty TNHH May Việt Tiến',
      owner_person_id: null,
      title: 'Công nhân may',
      occupation: 'garment',
      commune_code: '05665',
      province_code: '19',
      headcount: 50,
      wage_raw: '8-10 triệu/tháng',
      wage_min: '8000000',
      wage_max: '10000000',
      wage_period: 'month',
      requirements: 'Nữ 18-35 tuổi, không cần kinh nghiệm',
      deadline: '2026-04-30',
      contact: '0912 345 678',
      overseas: false,
      status: 'approved',
      source: 'import',
      scam_reasons: [],
      decided_by: null,
    });
    expect(rows.every((r) => r.status === 'approved' && r.source === 'import' && r.decided_at instanceof Date)).toBe(
      true,
    );
    expect(rows.map((r) => [r.title, r.commune_code, r.deadline])).toEqual([
      ['Công nhân may', '05665', '2026-04-30'],
      ['Thợ cắt', '05860', '2026-05-15'],
      ['Công nhân hái chè', '00769', '2026-03-31'],
    ]);
    // Two rows of one employer: one ownerless employer record.
    expect(await db().selectFrom('employers').select(['name', 'owner_person_id']).orderBy('id').execute()).toEqual([
      { name: 'Công ty TNHH May Việt Tiến', owner_person_id: null },
      { name: 'Hợp tác xã Chè Tân Cương', owner_person_id: null },
    ]);
    expect(await outbox()).toEqual(
      rows.map((r) => ({ queue: 'fanout', job_name: 'vacancy.approved', payload: { vacancyId: r.id } })),
    );
    expect(await audits()).toEqual([
      {
        actor_label: 'cli',
        subject_type: 'file',
        subject_id: 'good.csv',
        details: { rows: 4, imported: 3, approved: 3, held: 0, skipped: 1, bad: 0, strict: false, refused: false },
      },
    ]);
  });

  it('importing the same file again adds nothing: every row is reported as skipped', async () => {
    const before = await vacancies();
    const { code, lines } = await run([fixture('good.csv')]);
    expect(code).toBe(0);
    expect(lines).toEqual([
      `line 2: skipped, already there as vacancy ${before[0]?.id} (same employer, title, commune and deadline 30/04/2026)`,
      `line 3: skipped, already there as vacancy ${before[1]?.id} (same employer, title, commune and deadline 15/05/2026)`,
      `line 4: skipped, already there as vacancy ${before[2]?.id} (same employer, title, commune and deadline 31/03/2026)`,
      `line 5: skipped, already there as vacancy ${before[0]?.id} (same employer, title, commune and deadline 30/04/2026)`,
      'Imported 0 (approved 0, held for review 0), skipped 4, bad 0.',
    ]);
    expect(await vacancies()).toEqual(before);
    expect(await outbox()).toHaveLength(3);
    expect(await db().selectFrom('employers').selectAll().execute()).toHaveLength(2);
    expect((await audits()).at(-1)?.details).toMatchObject({ imported: 0, skipped: 4 });
  });

  it('a mixed file: good rows imported, bad rows reported by line and column, a scam row held for an official; exit code 1', async () => {
    const before = (await vacancies()).length;
    const { code, lines } = await run([fixture('mixed.csv')]);
    const added = (await vacancies()).slice(before);
    const held = added.find((v) => v.status === 'pending');
    expect(lines).toEqual([
      'line 3, commune: "Tân Phong" matches 2 communes (Phường Tân Phong, Lai Châu (03408); Xã Tân Phong, Sơn La (03970)); add the province column, or write the 5-digit commune code',
      'line 4, headcount: must be between 1 and 10000; it is 0',
      `line 5: held for an official to review (vacancy ${held?.id}): asks_money "đặt cọc 600k", too_good_to_be_true "Việc nhẹ lương cao"`,
      'line 6, wage: "lương cao" is not a wage we can read; write an amount ("8-10 triệu/tháng", "300k/ngày"), "thỏa thuận" or "theo sản phẩm"',
      'line 6, deadline: 01/01/2026 has passed (today is 10/03/2026)',
      'line 9, commune: "Tân Phong" matches 2 communes (Phường Tân Phong, Lai Châu (03408); Xã Tân Phong, Sơn La (03970)); add the province column, or write the 5-digit commune code',
      'Imported 3 (approved 2, held for review 1), skipped 0, bad 4.',
    ]);
    expect(code).toBe(1);

    expect(added.map((v) => [v.employer, v.title, v.status])).toEqual([
      ['Công ty CP Giày Thái Bình', 'Công nhân đóng giày', 'approved'],
      ['Công ty Việc Nhẹ', 'Nhân viên đóng gói tại nhà', 'pending'],
      // A line break inside a quoted name is tidied to a space.
      ['Công ty TNHH Điện tử Hải Phòng', 'Công nhân lắp ráp', 'approved'],
    ]);
    expect(held).toMatchObject({
      source: 'import',
      decided_at: null,
      scam_reasons: [
        { code: 'asks_money', evidence: 'đặt cọc 600k' },
        { code: 'too_good_to_be_true', evidence: 'Việc nhẹ lương cao' },
      ],
    });
    const newOutbox = (await outbox()).slice(3);
    // Approved rows go to the fan-out; the held one does not, but Thái Nguyên's official is told about it.
    expect(newOutbox).toEqual([
      { queue: 'fanout', job_name: 'vacancy.approved', payload: { vacancyId: added[0]?.id } },
      {
        queue: 'notify',
        job_name: 'notice',
        payload: {
          personId: officialId,
          key: 'notice.vacancy_pending_held',
          params: { title: 'Nhân viên đóng gói tại nhà' },
        },
      },
      { queue: 'fanout', job_name: 'vacancy.approved', payload: { vacancyId: added[2]?.id } },
    ]);
    expect((await audits()).at(-1)).toMatchObject({
      subject_id: 'mixed.csv',
      details: { rows: 7, imported: 3, approved: 2, held: 1, skipped: 0, bad: 4 },
    });

    // Again: the good rows (and the held one) are skipped, the bad ones are still bad.
    const again = await run([fixture('mixed.csv')]);
    expect(again.code).toBe(1);
    expect(again.lines.at(-1)).toBe('Imported 0 (approved 0, held for review 0), skipped 3, bad 4.');
    expect(await vacancies()).toHaveLength(before + 3);
  });

  it('--strict with a bad row imports nothing, not even the good rows or their employer', async () => {
    const before = {
      vacancies: (await vacancies()).length,
      outbox: (await outbox()).length,
      employers: (await db().selectFrom('employers').selectAll().execute()).length,
    };
    const { code, lines } = await run([fixture('strict.csv'), '--strict']);
    expect(code).toBe(1);
    expect(lines).toEqual([
      'line 3, deadline: "31/02/2026" is not a date; write dd/mm/yyyy or yyyy-mm-dd',
      'Nothing imported (--strict): 1 of 3 rows is bad; fix it and run again.',
      'Imported 0 (approved 0, held for review 0), skipped 0, bad 1.',
    ]);
    expect((await vacancies()).length).toBe(before.vacancies);
    expect((await outbox()).length).toBe(before.outbox);
    expect(await db().selectFrom('employers').selectAll().execute()).toHaveLength(before.employers);
    expect((await audits()).at(-1)).toMatchObject({
      subject_id: 'strict.csv',
      details: { imported: 0, bad: 1, strict: true, refused: true },
    });

    // Without --strict the same file imports its two good rows.
    const lenient = await run([fixture('strict.csv')]);
    expect(lenient.code).toBe(1);
    expect(lenient.lines.at(-1)).toBe('Imported 2 (approved 2, held for review 0), skipped 0, bad 1.');
  });

  it('a BOM, CRLF line ends, quoted commas, "" and a line break inside a value; --strict with every row good imports them all', async () => {
    const before = (await vacancies()).length;
    const { code, lines } = await run(['--strict', fixture('bom-crlf.csv')]);
    expect(lines).toEqual(['Imported 2 (approved 2, held for review 0), skipped 0, bad 0.']);
    expect(code).toBe(0);
    const added = (await vacancies()).slice(before);
    expect(added).toMatchObject([
      {
        employer: 'Công ty TNHH Thực phẩm Sao Mai, chi nhánh Sơn La',
        title: 'Công nhân chế biến "ca đêm"',
        occupation: 'food_processing',
        commune_code: '03970',
        province_code: '14',
        headcount: 40,
        wage_raw: '7.000.000 - 9.000.000 đồng/tháng, có thưởng',
        wage_min: '7000000',
        wage_max: '9000000',
        requirements: 'Sức khỏe tốt, biết đọc, viết',
        deadline: '2026-04-30',
        contact: 'Phòng nhân sự, 0912 000 111',
      },
      {
        employer: 'Công ty TNHH Thực phẩm Sao Mai',
        title: 'Lái xe tải',
        occupation: 'driver',
        commune_code: '03408',
        province_code: '12',
        deadline: '2026-04-20',
      },
    ]);
  });

  it('a file that cannot be read as a vacancy list fails as a whole, writing nothing', async () => {
    const before = (await audits()).length;
    await expect(run([fixture('empty.csv')])).rejects.toThrow(VacancyCsvError);
    await expect(run([fixture('empty.csv')])).rejects.toThrow(/empty\.csv: the file is empty/);
    await expect(run([fixture('no-deadline-column.csv')])).rejects.toThrow(
      /no-deadline-column\.csv: the header \(line 1\) lacks the column deadline/,
    );
    expect(await audits()).toHaveLength(before);
  });

  it.each([
    [[], /give the CSV file to import/],
    [['a.csv', 'b.csv'], /one file at a time/],
    [['--strict'], /give the CSV file to import/],
    [['good.csv', '--colour'], /Unknown option/],
    [['/nonexistent/vacancies.csv'], /\/nonexistent\/vacancies\.csv: no such file/],
    [[FIXTURES], /is a folder/],
  ])('%j is refused with a usage error', async (args, message) => {
    const error = await run(args).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toMatch(message);
  });

  it('through npm run cli: exit code 0 for a clean import, 1 for bad rows, 2 for wrong usage', () => {
    // The real clock here, so the deadline is a few days from today.
    const day = new Date(Date.now() + 10 * 24 * 3600_000);
    const deadline = vietnamIsoDate(day);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'knvl-import-'));
    const file = path.join(dir, 'today.csv');
    fs.writeFileSync(
      file,
      `employer,title,occupation,commune,province,headcount,wage,deadline,contact\nHTX Rau Sạch,Công nhân trồng rau,nông nghiệp,Văn Lăng,19,5,6 triệu,${deadline},0918 222 333\nHTX Rau Sạch,Đóng gói,nông nghiệp,Văn Lăng,19,0,6 triệu,${deadline},0918 222 333\n`,
    );
    const cli = (...args: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', 'src/app/cli.ts', 'import-vacancies', ...args], {
        cwd: ROOT,
        env: { ...process.env, DATABASE_URL: database.url, LOG_LEVEL: 'silent' },
        encoding: 'utf8',
        timeout: 60_000,
      });
    try {
      const bad = cli(file);
      expect(bad.stdout).toContain('line 3, headcount: must be between 1 and 10000; it is 0');
      expect(bad.stdout).toContain('Imported 1 (approved 1, held for review 0), skipped 0, bad 1.');
      expect(bad.status).toBe(1);
      fs.writeFileSync(file, fs.readFileSync(file, 'utf8').split('\n').slice(0, 2).join('\n'));
      const clean = cli(file);
      expect(clean.stdout).toContain('skipped 1, bad 0.');
      expect(clean.status).toBe(0);
      const usage = cli(path.join(dir, 'missing.csv'));
      expect(usage.stderr).toContain('import-vacancies: ');
      expect(usage.stderr).toContain('missing.csv: no such file');
      expect(usage.status).toBe(2);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
