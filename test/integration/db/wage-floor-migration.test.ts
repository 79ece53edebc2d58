import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseWage } from '../../../src/kernel/wage/index.ts';
import type { DatabaseHandle } from '../../../src/db/connect.ts';
import { createMigrator, migrateToLatest } from '../../../src/db/migrate.ts';
import { seedReferenceData } from '../../../src/db/reference-data.ts';
import { applyEffects } from '../../harness/apply-effects.ts';
import { backends } from '../../harness/databases.ts';
import { wageColumns } from '../../harness/vacancy-wage.ts';

/**
 * Migration 0011 on PostgreSQL and PGlite: vacancies.wage_monthly_max_vnd is the most a post pays a month in đồng
 * when it says so, else NULL (unknown), computed for the rows already there and kept right by every later write;
 * worker_profiles.wage_floor_vnd is optional and positive.
 */
const M = 1_000_000;
const PHO_YEN = '05860';

/** A post's wage as written → the monthly maximum in đồng the column must hold (null: unknown). */
const WAGES: [raw: string, monthlyMax: number | null][] = [
  ['8-10 triệu/tháng', 10 * M],
  ['7tr5', 7.5 * M],
  ['8.000.000đ', 8 * M],
  ['lương 8-10', 10 * M], // bare figures read as millions a month
  ['lên đến 18 triệu', 18 * M],
  ['từ 8 triệu', null], // no maximum
  ['300k/ngày', null], // day rates are not converted
  ['25k/giờ', null],
  ['200k/ca', null],
  ['1.200 USD/tháng', null],
  ['18 man/tháng', null],
  ['7-9 triệu, thỏa thuận', null], // negotiable: may end above 9
  ['Thỏa thuận', null],
  ['Lương khoán theo sản phẩm', null],
];

describe.each(backends)('migration 0011 (wage floor) on $name', (backend) => {
  let handle: DatabaseHandle;
  let cleanup: () => Promise<void>;
  let employerId: number;
  let workerId: number;
  const before: Record<string, number> = {};

  const monthlyMax = async (id: number) =>
    (
      await handle.db
        .selectFrom('vacancies')
        .select('wage_monthly_max_vnd')
        .where('id', '=', id)
        .executeTakeFirstOrThrow()
    ).wage_monthly_max_vnd;
  const insertVacancy = async (raw: string) =>
    (
      await handle.db
        .insertInto('vacancies')
        .values({
          employer_id: employerId,
          title: `Tin ${raw}`,
          occupation: 'garment',
          commune_code: PHO_YEN,
          province_code: '19',
          headcount: 5,
          ...wageColumns(raw),
          deadline: '2027-06-30',
          contact: '0208 3850 123',
          status: 'approved',
          scam_reasons: '[]',
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;

  beforeAll(async () => {
    ({ handle, cleanup } = await backend.open({ empty: true }));
    const { error } = await createMigrator(handle.db).migrateTo('0010_funnel_indexes');
    if (error) throw error;
    await seedReferenceData(handle.db);
    employerId = (
      await handle.db
        .insertInto('employers')
        .values({ name: 'Xưởng may Phổ Yên' })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    for (const [raw] of WAGES) before[raw] = await insertVacancy(raw);
    workerId = (
      await handle.db.insertInto('people').values({ full_name: 'Lò Thị Mai' }).returning('id').executeTakeFirstOrThrow()
    ).id;
    await handle.db
      .insertInto('worker_profiles')
      .values({
        person_id: workerId,
        commune_code: PHO_YEN,
        province_code: '19',
        occupations: ['garment'],
        reach: 'province',
        frequency: 'instant',
      })
      .execute();
    expect((await migrateToLatest(handle.db)).map((r) => r.migrationName)[0]).toBe('0011_wage_floor');
  });
  afterAll(async () => cleanup?.());

  it.each(WAGES)('a vacancy already there, "%s": %s', async (raw, expected) => {
    expect(await monthlyMax(before[raw]!)).toBe(expected);
  });

  it('a new vacancy gets it on insert, and a corrected wage changes it', async () => {
    const id = await insertVacancy('6-7 triệu/tháng');
    expect(await monthlyMax(id)).toBe(7 * M);
    await handle.db.updateTable('vacancies').set(wageColumns('300k/ngày')).where('id', '=', id).execute();
    expect(await monthlyMax(id)).toBeNull();
    await handle.db.updateTable('vacancies').set(wageColumns('9.500.000 đ/tháng')).where('id', '=', id).execute();
    expect(await monthlyMax(id)).toBe(9.5 * M);
  });

  it('a vacancy posted in chat (the submit effect) gets it too', async () => {
    const poster = (
      await handle.db.insertInto('people').values({ full_name: 'Chủ xưởng' }).returning('id').executeTakeFirstOrThrow()
    ).id;
    await handle.db.transaction().execute((trx) =>
      applyEffects(trx, poster, 'simulator', [
        {
          kind: 'submit_vacancy',
          vacancy: {
            employerName: 'Xưởng may Chủ',
            title: 'Thợ may',
            occupation: 'garment',
            communeCode: PHO_YEN,
            headcount: 3,
            wageRaw: '9-11tr/tháng',
            wage: parseWage('9-11tr/tháng'),
            requirements: null,
            deadline: '2027-06-30',
            contact: '0912 345 678',
            overseas: false,
            scamReasons: [],
          },
        },
      ]),
    );
    const row = await handle.db
      .selectFrom('vacancies')
      .select('wage_monthly_max_vnd')
      .where('title', '=', 'Thợ may')
      .executeTakeFirstOrThrow();
    expect(row.wage_monthly_max_vnd).toBe(11 * M);
  });

  it('the column cannot be written directly', async () => {
    await expect(
      sql`UPDATE vacancies SET wage_monthly_max_vnd = 1 WHERE id = ${before['7tr5']!}`.execute(handle.db),
    ).rejects.toThrow(/can only be updated to DEFAULT/);
  });

  it('a worker has no floor until they set one; a floor is positive', async () => {
    const floorOf = async () =>
      (
        await handle.db
          .selectFrom('worker_profiles')
          .select('wage_floor_vnd')
          .where('person_id', '=', workerId)
          .executeTakeFirstOrThrow()
      ).wage_floor_vnd;
    expect(await floorOf()).toBeNull();
    await handle.db
      .updateTable('worker_profiles')
      .set({ wage_floor_vnd: 5 * M })
      .where('person_id', '=', workerId)
      .execute();
    expect(await floorOf()).toBe(5 * M);
    await expect(
      handle.db.updateTable('worker_profiles').set({ wage_floor_vnd: 0 }).where('person_id', '=', workerId).execute(),
    ).rejects.toThrow(/check/i);
  });
});
