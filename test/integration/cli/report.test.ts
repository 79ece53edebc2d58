import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { reportCommand } from '../../../src/cli/report.ts';
import { UsageError } from '../../../src/cli/usage-error.ts';
import { loadConfig } from '../../../src/app/config.ts';
import { openDatabase, type DatabaseHandle } from '../../../src/db/connect.ts';
import { migrateToLatest } from '../../../src/db/migrate.ts';
import { seedReferenceData } from '../../../src/db/reference-data.ts';
import type { ApplicationStatus, VacancyStatus } from '../../../src/db/schema.ts';
import { computeFunnel, resolveScope, type FunnelScope, funnelCounts } from '../../../src/reporting/funnel.ts';
import { createTestDatabase } from '../../harness/postgres.ts';

/** A moment in Vietnam time: '2026-03-04 10:00'. */
const vn = (local: string) => new Date(`${local.replace(' ', 'T')}:00+07:00`);
const MARCH = { from: '2026-03-01', to: '2026-03-31' };
/** 10 April 2026 in Vietnam: the default period is 01/04/2026 to 10/04/2026. */
const NOW = vn('2026-04-10 09:00');

const VAN_LANG = '05665'; // Xã Văn Lăng, Thái Nguyên (19)
const PHO_YEN = '05860'; // Phường Phổ Yên, Thái Nguyên (19)
const TAN_PHONG = '03970'; // Xã Tân Phong, Sơn La (14)

/**
 * The dataset, with every number the report should give worked out by hand (period: March 2026).
 *
 * Workers (where they live; created; status):
 *   Văn Lăng  w1–w6 created in March, active; w7 created February, active; w8 created 5 March, stopped 20 March;
 *             w9 created January, stopped 5 April (after the period: still active at its end); w10 created 2 April.
 *             → registered 7 (w1–w6, w8), active at end 8 (w1–w7, w9), stopped 1 (w8)
 *   Phổ Yên   w11, w12 created in March; w13 created 31 March 23:30 (in); w14 created 1 April 00:30 (out).
 *             → registered 3, active at end 3, stopped 0
 *   Tân Phong w15 created in March → registered 1, active at end 1
 *   Deleted: one person erased on 10 March, one on 20 February → deleted 1 (whole country only)
 *
 * Vacancies (employer; commune; status; approved on; headcount):
 *   v1 E1 Văn Lăng approved 3 March 1200 · v2 E1 Phổ Yên approved 15 March 10 · v3 E2 Văn Lăng closed (approved
 *   20 March) 5 · v4 E2 Văn Lăng pending 100 · v5 E3 Tân Phong approved 25 February 8 · v6 E3 Tân Phong rejected
 *   5 March 9 · v7 E3 Tân Phong hidden (approved 7 March) 7
 *   → Văn Lăng 2 vacancies, 1205 people wanted, 2 employers; Phổ Yên 1, 10, 1; Thái Nguyên 3, 1215, 2 (E1 counted
 *     once); Tân Phong 1, 7, 1; the country 4, 1222, 3.
 *
 * Applications (worker → vacancy; status; created; last change):
 *   w1→v1 interested 4 March; w1→v2 interested 16 March (w1 counts once); w2→v1 introduced 5→10 March;
 *   w3→v1 hired 5→25 March; w4→v1 hired 4 March → 3 April (hired after the period); w5→v1 not suitable 6 March;
 *   w6→v3 interested 21 March; w7→v1 withdrawn 4 March; w11→v2 hired 16→28 March
 *   → Văn Lăng interested 6 (w1, w2, w3, w4, w6, w7), introduced 2 (w2, w3), hired 1 (w3);
 *     Phổ Yên 1, 1, 1; Thái Nguyên 7, 3, 2.
 */
describe('npm run cli -- report: the funnel, with real PostgreSQL', () => {
  let database: { url: string; drop: () => Promise<void> };
  let handle: DatabaseHandle;
  const workers = new Map<string, number>();
  const vacancyIds = new Map<string, number>();

  beforeAll(async () => {
    database = await createTestDatabase(inject('postgresUrl'), 'report');
    handle = await openDatabase({ databaseUrl: database.url, dataDir: '/tmp' });
    await migrateToLatest(handle.db);
    await seedReferenceData(handle.db);
    const db = handle.db;

    const worker = async (name: string, commune: string, created: string, stopped?: string) => {
      const province = commune === TAN_PHONG ? '14' : '19';
      const at = vn(created);
      const { id } = await db
        .insertInto('people')
        .values({
          full_name: `Người ${name}`,
          status: stopped ? 'stopped' : 'active',
          stopped_at: stopped ? vn(stopped) : null,
          created_at: at,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await db
        .insertInto('worker_profiles')
        .values({
          person_id: id,
          commune_code: commune,
          province_code: province,
          occupations: ['garment'],
          reach: 'province',
          frequency: 'instant',
          created_at: at,
        })
        .execute();
      workers.set(name, id);
    };
    for (const n of [1, 2, 3, 4, 5, 6]) await worker(`w${n}`, VAN_LANG, `2026-03-0${n} 08:00`);
    await worker('w7', VAN_LANG, '2026-02-10 08:00');
    await worker('w8', VAN_LANG, '2026-03-05 08:00', '2026-03-20 08:00');
    await worker('w9', VAN_LANG, '2026-01-10 08:00', '2026-04-05 08:00');
    await worker('w10', VAN_LANG, '2026-04-02 08:00');
    await worker('w11', PHO_YEN, '2026-03-11 08:00');
    await worker('w12', PHO_YEN, '2026-03-12 08:00');
    await worker('w13', PHO_YEN, '2026-03-31 23:30');
    await worker('w14', PHO_YEN, '2026-04-01 00:30');
    await worker('w15', TAN_PHONG, '2026-03-15 08:00');
    // Two workers of Văn Lăng who erased their data (the area is kept), one in the period.
    await db
      .insertInto('people')
      .values([
        {
          status: 'deleted',
          deleted_at: vn('2026-03-10 08:00'),
          created_at: vn('2026-01-05 08:00'),
          erased_commune_code: VAN_LANG,
          erased_province_code: '19',
        },
        {
          status: 'deleted',
          deleted_at: vn('2026-02-20 08:00'),
          created_at: vn('2026-01-05 08:00'),
          erased_commune_code: VAN_LANG,
          erased_province_code: '19',
        },
      ])
      .execute();

    const employer = async (name: string) =>
      (await db.insertInto('employers').values({ name }).returning('id').executeTakeFirstOrThrow()).id;
    const e1 = await employer('Công ty May Một');
    const e2 = await employer('Công ty Giày Hai');
    const e3 = await employer('Hợp tác xã Ba');
    const vacancy = async (
      name: string,
      employerId: number,
      commune: string,
      status: VacancyStatus,
      decided: string | null,
      headcount: number,
    ) => {
      const { id } = await db
        .insertInto('vacancies')
        .values({
          employer_id: employerId,
          title: `Việc ${name}`,
          occupation: 'garment',
          commune_code: commune,
          province_code: commune === TAN_PHONG ? '14' : '19',
          headcount,
          wage_raw: '8 triệu',
          deadline: '2026-05-31',
          contact: '0912 345 678',
          status,
          scam_reasons: '[]',
          decided_at: decided ? vn(decided) : null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      vacancyIds.set(name, id);
    };
    await vacancy('v1', e1, VAN_LANG, 'approved', '2026-03-03 09:00', 1200);
    await vacancy('v2', e1, PHO_YEN, 'approved', '2026-03-15 09:00', 10);
    await vacancy('v3', e2, VAN_LANG, 'closed', '2026-03-20 09:00', 5);
    await vacancy('v4', e2, VAN_LANG, 'pending', null, 100);
    await vacancy('v5', e3, TAN_PHONG, 'approved', '2026-02-25 09:00', 8);
    await vacancy('v6', e3, TAN_PHONG, 'rejected', '2026-03-05 09:00', 9);
    await vacancy('v7', e3, TAN_PHONG, 'hidden', '2026-03-07 09:00', 7);

    // Each application with its events: "Quan tâm" (or "không phù hợp") when created, its last step when updated.
    const application = async (w: string, v: string, status: ApplicationStatus, created: string, updated = created) => {
      const { id } = await db
        .insertInto('applications')
        .values({
          person_id: workers.get(w) ?? 0,
          vacancy_id: vacancyIds.get(v) ?? 0,
          status,
          created_at: vn(created),
          updated_at: vn(updated),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const first: ApplicationStatus = status === 'not_suitable' ? 'not_suitable' : 'interested';
      await db
        .insertInto('application_events')
        .values({ application_id: id, status: first, actor_role: 'worker', at: vn(created) })
        .execute();
      if (status !== first)
        await db
          .insertInto('application_events')
          .values({ application_id: id, status, actor_role: 'employer', at: vn(updated) })
          .execute();
    };
    await application('w1', 'v1', 'interested', '2026-03-04 10:00');
    await application('w1', 'v2', 'interested', '2026-03-16 10:00');
    await application('w2', 'v1', 'introduced', '2026-03-05 10:00', '2026-03-10 10:00');
    await application('w3', 'v1', 'hired', '2026-03-05 10:00', '2026-03-25 10:00');
    await application('w4', 'v1', 'hired', '2026-03-04 10:00', '2026-04-03 10:00');
    await application('w5', 'v1', 'not_suitable', '2026-03-06 10:00');
    await application('w6', 'v3', 'interested', '2026-03-21 10:00');
    await application('w7', 'v1', 'withdrawn', '2026-03-04 10:00');
    await application('w11', 'v2', 'hired', '2026-03-16 10:00', '2026-03-28 10:00');
  });
  afterAll(async () => {
    await handle.close();
    await database.drop();
  });

  const counts = funnelCounts;
  const scope = async (code: string | null): Promise<FunnelScope> => {
    const found = await resolveScope(handle.db, code);
    if (found === null) throw new Error(`no region ${code}`);
    return found;
  };
  const run = async (args: string[]) => {
    const lines: string[] = [];
    await reportCommand(loadConfig({ DATABASE_URL: database.url }), args, (line) => lines.push(line), NOW);
    return lines;
  };

  const THAI_NGUYEN = counts({
    registered: 10,
    totalAtEnd: 12,
    activeAtEnd: 11,
    stopped: 1,
    deleted: 1,
    counselled: 10,
    vacanciesApproved: 3,
    headcountApproved: 1215,
    employers: 2,
    interested: 7,
    introduced: 3,
    hired: 2,
  });
  const SON_LA = counts({
    registered: 1,
    totalAtEnd: 1,
    activeAtEnd: 1,
    counselled: 1,
    vacanciesApproved: 1,
    headcountApproved: 7,
    employers: 1,
  });

  it('a province: one row per commune (zeros too), and a total that counts each employer once', async () => {
    const report = await computeFunnel(handle.db, await scope('19'), MARCH);
    expect(report.groupBy).toBe('commune');
    expect(report.scope).toEqual({ level: 'province', code: '19', name: 'Thái Nguyên' });
    const communes = await handle.db
      .selectFrom('regions')
      .select('code')
      .where('province_code', '=', '19')
      .where('level', '=', 'commune')
      .orderBy('code')
      .execute();
    expect(report.rows.map((r) => r.code)).toEqual(communes.map((c) => c.code));
    const active = report.rows.filter((r) => Object.values(r).some((v) => typeof v === 'number' && v > 0));
    expect(active).toEqual([
      {
        code: VAN_LANG,
        name: 'Xã Văn Lăng',
        ...counts({
          registered: 7,
          totalAtEnd: 9,
          activeAtEnd: 8,
          stopped: 1,
          deleted: 1,
          counselled: 7,
          vacanciesApproved: 2,
          headcountApproved: 1205,
          employers: 2,
          interested: 6,
          introduced: 2,
          hired: 1,
        }),
      },
      {
        code: PHO_YEN,
        name: 'Phường Phổ Yên',
        ...counts({
          registered: 3,
          totalAtEnd: 3,
          activeAtEnd: 3,
          counselled: 3,
          vacanciesApproved: 1,
          headcountApproved: 10,
          employers: 1,
          interested: 1,
          introduced: 1,
          hired: 1,
        }),
      },
    ]);
    expect(report.total).toEqual(THAI_NGUYEN);
  });

  it('the whole country: one row per province, and the total', async () => {
    const report = await computeFunnel(handle.db, await scope(null), MARCH);
    expect(report.groupBy).toBe('province');
    expect(report.rows).toHaveLength(34);
    expect(report.rows.find((r) => r.code === '19')).toEqual({ code: '19', name: 'Thái Nguyên', ...THAI_NGUYEN });
    expect(report.rows.find((r) => r.code === '14')).toEqual({ code: '14', name: 'Sơn La', ...SON_LA });
    expect(
      report.rows
        .filter((r) => r.code !== '19' && r.code !== '14')
        .every((r) => r.registered === 0 && r.vacanciesApproved === 0),
    ).toBe(true);
    expect(report.total).toEqual(
      counts({
        registered: 11,
        totalAtEnd: 13,
        activeAtEnd: 12,
        stopped: 1,
        deleted: 1,
        counselled: 11,
        vacanciesApproved: 4,
        headcountApproved: 1222,
        employers: 3,
        interested: 7,
        introduced: 3,
        hired: 2,
      }),
    );
  });

  it('one commune; and the period edges are Vietnam midnights', async () => {
    const march = await computeFunnel(handle.db, await scope(PHO_YEN), MARCH);
    expect(march.rows.map((r) => [r.code, r.registered])).toEqual([[PHO_YEN, 3]]);
    expect(march.total.registered).toBe(3);
    const lastDay = await computeFunnel(handle.db, await scope(PHO_YEN), { from: '2026-03-31', to: '2026-03-31' });
    expect(lastDay.total.registered).toBe(1); // w13 at 23:30
    const firstOfApril = await computeFunnel(handle.db, await scope(PHO_YEN), { from: '2026-04-01', to: '2026-04-01' });
    expect(firstOfApril.total.registered).toBe(1); // w14 at 00:30
  });

  it('--format table: aligned columns, Vietnamese numbers, small counts of people as <5 (and … where one would show through), then the breakdowns', async () => {
    const lines = await run(['--region', '19', '--from', '01/03/2026', '--to', '2026-03-31']);
    expect(lines[0]).toBe('Funnel for Thái Nguyên (19), 01/03/2026 to 31/03/2026 (Vietnam time), by commune');
    const header = lines[2] ?? '';
    expect(header.split(/ {2,}/)).toEqual([
      'Code',
      'Commune',
      'Registered',
      'Total at end',
      'Active at end',
      'Stopped',
      'Deleted',
      'Counselled',
      'Vacancies approved',
      'Headcount',
      'Employers',
      'Alerts delivered',
      'Interested',
      'Introduced',
      'Hired',
      'Broadcasts',
      'Broadcast reach',
      'Broadcast replies',
      'Events',
      'Meeting attendees',
      'Wanting training',
      'Signed up for a course',
      'Enrolled',
      'Completed a course',
      'Working in the trade',
    ]);
    const row = (code: string) => (lines.find((l) => l.startsWith(code)) ?? '').split(/ {2,}/);
    // Phổ Yên's 3 registered (and the like) could be worked out from the total and Văn Lăng's figure: that one is
    // hidden too.
    expect(row(VAN_LANG)).toEqual([
      VAN_LANG,
      'Xã Văn Lăng',
      '…',
      '…',
      '…',
      '<5',
      '<5',
      '…',
      '2',
      '1.205',
      '2',
      '0',
      '…',
      '<5',
      '<5',
      '0',
      '0',
      '0',
      '0',
      '0',
      '0',
      '0',
      '0',
      '0',
      '0',
    ]);
    expect(row(PHO_YEN)).toEqual([
      PHO_YEN,
      'Phường Phổ Yên',
      '<5',
      '<5',
      '<5',
      '0',
      '0',
      '<5',
      '1',
      '10',
      '1',
      '0',
      '<5',
      '<5',
      '<5',
      '0',
      '0',
      '0',
      '0',
      '0',
      '0',
      '0',
      '0',
      '0',
      '0',
    ]);
    const total = lines.find((l) => l.trimStart().startsWith('Total')) ?? '';
    expect(total.trim().split(/ {2,}/)).toEqual([
      'Total',
      '10',
      '12',
      '11',
      '<5',
      '<5',
      '10',
      '3',
      '1.215',
      '2',
      '0',
      '7',
      '<5',
      '<5',
      '0',
      '0',
      '0',
      '0',
      '0',
      '0',
      '0',
      '0',
      '0',
      '0',
    ]);
    // Every line of the table is as wide as the header: the right-aligned columns line up (Vietnamese names included).
    const table = lines.slice(2, lines.indexOf('', 3));
    expect(table.length).toBeGreaterThan(50);
    const width = (s: string) => [...s.normalize('NFC')].filter((c) => !/\p{M}/u.test(c)).length;
    expect(new Set(table.map(width))).toEqual(new Set([width(header)]));
    for (const title of [
      'By priority group',
      'By sex',
      'By age band',
      'By occupation',
      'By former district',
      'By month',
    ])
      expect(lines).toContain(title);
    expect(lines).toContain('Counts of people under 5 are shown as <5.');
    expect(lines).toContain('…: hidden, so that a count under 5 cannot be worked out from a total.');
    expect(lines.some((l) => l.startsWith('A new commune can lie in several former districts'))).toBe(true);
    const text = lines.join('\n');
    expect(text).not.toContain('Người w');
    expect(text).not.toContain('0912');
    expect(text).not.toContain('Công ty');
  });

  it('--format csv: a BOM, a header row, one row per area and the total; raw numbers, "<5" and "…"', async () => {
    const lines = await run(['--from', '1/3/2026', '--to', '31/03/2026', '--format', 'csv']);
    expect(lines[0]).toBe(
      '\uFEFFcode,province,registered,total_at_end,active_at_end,stopped,deleted,counselled,vacancies_approved,headcount_approved,employers,alerts_delivered,interested,introduced,hired,broadcasts,broadcast_reach,broadcast_replies,events,meeting_attendees,training_wanted,signed_up,enrolled,completed,working_in_trade',
    );
    expect(lines).toHaveLength(1 + 34 + 1);
    expect(lines).toContain('19,Thái Nguyên,…,…,…,<5,<5,…,3,1215,2,0,7,<5,<5,0,0,0,0,0,0,0,0,0,0');
    expect(lines).toContain('14,Sơn La,<5,<5,<5,0,0,<5,1,7,1,0,0,0,0,0,0,0,0,0,0,0,0,0,0');
    expect(lines).toContain('01,Thành phố Hà Nội,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0');
    expect(lines.at(-1)).toBe(',Total,11,13,12,<5,<5,11,4,1222,3,0,7,<5,<5,0,0,0,0,0,0,0,0,0,0');
  });

  it('--breakdown ID with --format csv: one breakdown table', async () => {
    const lines = await run([
      '--region',
      '19',
      '--from',
      '01/03/2026',
      '--to',
      '31/03/2026',
      '--format',
      'csv',
      '--breakdown',
      'occupation',
    ]);
    expect(lines[0]).toBe(
      '\uFEFFkey,name,registered,total_at_end,vacancies_approved,headcount_approved,employers,interested,introduced,hired',
    );
    expect(lines).toContain('garment,"May mặc, dệt, da giày",10,12,3,1215,2,7,<5,<5');
    const months = await run([
      '--region',
      '19',
      '--from',
      '01/02/2026',
      '--to',
      '31/03/2026',
      '--format',
      'csv',
      '--breakdown',
      'month',
    ]);
    expect(months.map((l) => l.split(',').slice(0, 3).join(','))).toEqual([
      '\uFEFFkey,name,registered',
      '2026-02,02/2026,<5',
      '2026-03,03/2026,…',
      ',Total,11',
    ]); // March = 11 − February: hidden too
  });

  it('without dates: from the first of this month to today (Vietnam)', async () => {
    const lines = await run(['--region', PHO_YEN, '--format', 'csv']);
    expect(lines.slice(1)).toEqual([
      `${PHO_YEN},Phường Phổ Yên,<5,<5,<5,0,0,<5,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0`,
      ',Total,<5,<5,<5,0,0,<5,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0,0',
    ]);
    expect((await run(['--region', PHO_YEN]))[0]).toBe(
      'Funnel for Phường Phổ Yên (05860), 01/04/2026 to 10/04/2026 (Vietnam time), by commune',
    );
    expect((await run(['--region', PHO_YEN, '--to', '15/03/2026']))[0]).toContain('01/03/2026 to 15/03/2026');
  });

  it.each([
    [['--region', 'Thai Nguyen'], /--region is a 2-digit province code/],
    [['--region', '99'], /no province or commune has the code 99/],
    [['--from', '31/02/2026'], /--from "31\/02\/2026" is not a date; write dd\/mm\/yyyy or yyyy-mm-dd/],
    [['--to', 'yesterday'], /--to "yesterday" is not a date/],
    [['--from', '2026-04-01', '--to', '2026-03-01'], /--from \(01\/04\/2026\) is after --to \(01\/03\/2026\)/],
    [['--format', 'xlsx'], /--format must be one of table, csv/],
    [
      ['--format', 'csv', '--breakdown', 'gender'],
      /--breakdown must be one of priority_group, sex, age_band, occupation, former_district, month/,
    ],
    [['--breakdown', 'sex'], /--breakdown goes with --format csv/],
    [['--format', 'csv', '--breakdown', 'former_district'], /--breakdown former_district is only for a province/],
    [['--colour', 'red'], /Unknown option/],
    [['extra'], /Unexpected argument|positional/i],
  ])('%j is refused with a usage error', async (args, message) => {
    const error = await run(args).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toMatch(message);
  });
});
