import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { runCli } from '../../../src/cli/commands.ts';
import { openDatabase, type DatabaseHandle } from '../../../src/db/connect.ts';
import { migrateToLatest } from '../../../src/db/migrate.ts';
import { seedReferenceData } from '../../../src/db/reference-data.ts';
import type { ApplicationStatus, EventRegistrationStatus } from '../../../src/db/schema.ts';
import { computeFunnel, resolveScope } from '../../../src/reporting/funnel.ts';
import { createTestDatabase } from '../../harness/postgres.ts';

const vn = (local: string) => new Date(`${local.replace(' ', 'T')}:00+07:00`);
const VAN_LANG = '05665'; // Xã Văn Lăng, Thái Nguyên (19)
const PHO_YEN = '05860'; // Phường Phổ Yên, Thái Nguyên (19)

/**
 * One fair in Văn Lăng on 20/11/2026 (two employers joined, one declined; vacancies of 10 + 2 extra and 5; 8
 * registrations: 6 attended, one waiting, one cancelled; 7 of them poor with consent; applications recorded at the
 * fair: 4 interviewed (introduced), 3 offered — 2 of them hired, one without the offered step — and 2 not hired), a
 * village meeting in Phổ Yên the next day (120 attendees typed in), and a cancelled fair (not in the funnel, still
 * listed).
 */
describe('npm run cli -- events / event-report, and the funnel’s events, with real PostgreSQL', () => {
  let database: { url: string; drop: () => Promise<void> };
  let handle: DatabaseHandle;
  let fairId = 0;

  beforeAll(async () => {
    database = await createTestDatabase(inject('postgresUrl'), 'events_cli');
    handle = await openDatabase({ databaseUrl: database.url, dataDir: '/tmp' });
    await migrateToLatest(handle.db);
    await seedReferenceData(handle.db);
    const db = handle.db;
    const employer = async (name: string) =>
      (await db.insertInto('employers').values({ name }).returning('id').executeTakeFirstOrThrow()).id;
    const [e1, e2, e3] = [await employer('Công ty May Một'), await employer('Công ty Giày Hai'), await employer('Ba')];
    const vacancy = async (employerId: number, headcount: number) =>
      (
        await db
          .insertInto('vacancies')
          .values({
            employer_id: employerId,
            title: 'Công nhân',
            occupation: 'garment',
            commune_code: VAN_LANG,
            province_code: '19',
            headcount,
            wage_raw: '8 triệu',
            deadline: '2026-12-31',
            contact: '0912 345 678',
            status: 'approved',
            scam_reasons: '[]',
            decided_at: vn('2026-11-01 09:00'),
          })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    const [v1, v2, v3] = [await vacancy(e1, 10), await vacancy(e2, 5), await vacancy(e3, 50)];
    const event = async (values: { kind: 'fair' | 'meeting'; title: string; at: string; commune: string }, more = {}) =>
      (
        await db
          .insertInto('events')
          .values({
            kind: values.kind,
            title: values.title,
            starts_at: vn(values.at),
            commune_code: values.commune,
            scope_region_code: '19',
            ...more,
          })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    fairId = await event(
      { kind: 'fair', title: 'Phiên việc làm Văn Lăng', at: '2026-11-20 08:00', commune: VAN_LANG },
      { status: 'announced' },
    );
    await event(
      { kind: 'meeting', title: 'Họp thôn Nà Mẩy', at: '2026-11-21 19:00', commune: PHO_YEN },
      { status: 'held', village: 'Nà Mẩy', attendees_reported: 120, topics: ['recruitment', 'loans'] },
    );
    await event(
      { kind: 'fair', title: 'Phiên đã huỷ', at: '2026-11-25 08:00', commune: VAN_LANG },
      { status: 'cancelled' },
    );
    await db
      .insertInto('event_employers')
      .values([
        { event_id: fairId, employer_id: e1, status: 'joined' },
        { event_id: fairId, employer_id: e2, status: 'joined' },
        { event_id: fairId, employer_id: e3, status: 'declined' },
      ])
      .execute();
    await db
      .insertInto('event_vacancies')
      .values([
        { event_id: fairId, vacancy_id: v1, extra_headcount: 2 },
        { event_id: fairId, vacancy_id: v2 },
        { event_id: fairId, vacancy_id: v3 },
      ])
      .execute();

    // What the applications recorded at the fair went through, by worker: each step counts once per worker, and a
    // hire counts as offered even without the step.
    const STEPS: ApplicationStatus[][] = [
      ['introduced', 'offered', 'hired'],
      ['introduced', 'hired'],
      ['introduced', 'offered', 'not_hired'],
      ['introduced', 'not_hired'],
    ];
    const statuses: EventRegistrationStatus[] = [
      'attended',
      'attended',
      'attended',
      'attended',
      'attended',
      'attended',
      'waiting',
      'cancelled',
    ];
    for (const [i, status] of statuses.entries()) {
      const { id: personId } = await db
        .insertInto('people')
        .values({ full_name: `Người ${i}` })
        .returning('id')
        .executeTakeFirstOrThrow();
      await db
        .insertInto('worker_profiles')
        .values({
          person_id: personId,
          commune_code: VAN_LANG,
          province_code: '19',
          occupations: ['garment'],
          reach: 'province',
          frequency: 'instant',
          priority_groups: i < 7 ? ['poor'] : [],
        })
        .execute();
      if (i < 7)
        await db
          .insertInto('consents')
          .values({ person_id: personId, purpose: 'priority_status', text_version: 't', channel: 'telegram' })
          .execute();
      const { id: registrationId } = await db
        .insertInto('event_registrations')
        .values({
          event_id: fairId,
          person_id: personId,
          ticket_code: `T${1000 + i}`,
          status,
          via: 'announcement',
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await db
        .insertInto('event_registration_vacancies')
        .values({ registration_id: registrationId, vacancy_id: i % 2 === 0 ? v1 : v2 })
        .execute();
      if (i >= 4) continue;
      const steps = STEPS[i]!;
      const { id: applicationId } = await db
        .insertInto('applications')
        .values({
          person_id: personId,
          vacancy_id: i % 2 === 0 ? v1 : v2,
          status: steps.at(-1)!,
          event_id: fairId,
          created_at: vn('2026-11-20 09:00'),
          updated_at: vn('2026-11-20 11:00'),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      for (const status of steps)
        await db
          .insertInto('application_events')
          .values({ application_id: applicationId, status, actor_role: 'employer', at: vn('2026-11-20 10:00') })
          .execute();
    }
    vi.stubEnv('DATABASE_URL', database.url);
  });
  afterAll(async () => {
    vi.unstubAllEnvs();
    await handle.close();
    await database.drop();
  });

  const cli = async (args: string[]) => {
    let stdout = '';
    let stderr = '';
    const code = await runCli(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
    return { code, lines: stdout.split('\n').filter((l) => l !== ''), stderr };
  };

  it('events --format csv: one row per event with the standard columns; exit code 0', async () => {
    const { code, lines } = await cli(['events', '--from', '01/11/2026', '--to', '30/11/2026', '--format', 'csv']);
    expect(code).toBe(0);
    expect(lines).toEqual([
      '\uFEFFid,date,kind,status,title,place,employers,vacancies,headcount,registered,attended,interviewed,offered,hired',
      `${fairId},2026-11-20,fair,announced,Phiên việc làm Văn Lăng,Xã Văn Lăng,2,2,17,7,6,4,3,2`,
      `${fairId + 1},2026-11-21,meeting,held,Họp thôn Nà Mẩy,"Nà Mẩy, Phường Phổ Yên",0,0,0,0,120,0,0,0`,
      `${fairId + 2},2026-11-25,fair,cancelled,Phiên đã huỷ,Xã Văn Lăng,0,0,0,0,0,0,0,0`,
    ]);
  });

  it('events: the table for a commune, and usage errors with exit code 2', async () => {
    const table = await cli(['events', '--region', PHO_YEN, '--from', '2026-11-01', '--to', '2026-11-30']);
    expect(table.code).toBe(0);
    expect(table.lines[0]?.split(/ {2,}/)).toEqual([
      'Id',
      'Date',
      'Kind',
      'Status',
      'Title',
      'Place',
      'Employers',
      'Vacancies',
      'Headcount',
      'Registered',
      'Attended',
      'Interviewed',
      'Offered',
      'Hired',
    ]);
    expect(table.lines).toHaveLength(3);
    expect(table.lines[2]).toContain('21/11/2026 19:00');
    expect(table.lines[2]?.trim().split(/ {2,}/).slice(-8)).toEqual(['0', '0', '0', '0', '120', '0', '0', '0']);
    for (const args of [
      ['events', '--format', 'pdf'],
      ['events', '--region', '7'],
      ['events', '--from', '31/11/2026'],
      ['events', '--region', '99999'],
      ['event-report'],
      ['event-report', '--id', '1', '--format', 'xlsx'],
    ])
      expect((await cli(args)).code).toBe(2);
    expect((await cli(['event-report', '--id', '999999'])).code).toBe(1);
  });

  it('event-report --format csv: the total, by employer and by priority group with small cells as <5', async () => {
    const { code, lines } = await cli(['event-report', '--id', String(fairId)]);
    expect(code).toBe(0);
    expect(lines).toEqual([
      '\uFEFFEvent,Phiên việc làm Văn Lăng,20/11/2026 08:00,fair',
      `Event ${fairId}`,
      'Event,Employers,Vacancies,Headcount,Registered,Attended,Interviewed,Offered,Hired',
      'Phiên việc làm Văn Lăng,2,2,17,7,6,4,3,2',
      'By employer',
      'Employer,Employers,Vacancies,Headcount,Registered,Attended,Interviewed,Offered,Hired',
      'Công ty Giày Hai,1,1,5,3,3,2,1,1',
      'Công ty May Một,1,1,12,4,3,2,2,1',
      'By priority group',
      'Priority group,Registered,Attended,Interviewed,Offered,Hired',
      'poor,7,6,<5,<5,<5',
      'near_poor,0,0,0,0,0',
      'newly_out_of_poverty,0,0,0,0,0',
      'ethnic_minority,0,0,0,0,0',
      'disability,0,0,0,0,0',
    ]);
  });

  it('event-report --format xlsx --out FILE: a workbook', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'event-report-'));
    try {
      const out = join(dir, 'phien.xlsx');
      const { code } = await cli(['event-report', '--id', String(fairId), '--format', 'xlsx', '--out', out]);
      expect(code).toBe(0);
      const { default: ExcelJS } = await import('exceljs');
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load((await readFile(out)) as unknown as ArrayBuffer);
      expect(workbook.worksheets.map((s) => s.name)).toEqual([
        'Event',
        `Event ${fairId}`,
        'By employer',
        'By priority group',
      ]);
      expect(workbook.getWorksheet('By employer')?.getRow(3).values).toEqual([
        undefined,
        'Công ty May Một',
        1,
        1,
        12,
        4,
        3,
        2,
        2,
        1,
      ]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('the funnel counts the events held or announced and the meeting’s 120 attendees in its commune', async () => {
    const period = { from: '2026-11-01', to: '2026-11-30' };
    const commune = await computeFunnel(handle.db, (await resolveScope(handle.db, PHO_YEN))!, period);
    expect(commune.total).toMatchObject({ events: 1, meetingAttendees: 120 });
    const province = await computeFunnel(handle.db, (await resolveScope(handle.db, '19'))!, period);
    expect(province.total).toMatchObject({ events: 2, meetingAttendees: 126, introduced: 4, hired: 2 });
    expect(province.rows.find((r) => r.code === VAN_LANG)).toMatchObject({ events: 1, meetingAttendees: 6 });
    expect(province.breakdowns.find((b) => b.id === 'month')?.rows[0]?.values).toMatchObject({
      events: 2,
      meetingAttendees: 126,
    });
  });
});
