import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../../../src/db/connect.ts';
import { migrateToLatest } from '../../../../src/db/migrate.ts';
import { seedReferenceData } from '../../../../src/db/reference-data.ts';
import { loadSearchContext } from '../../../../src/features/search/loader.ts';
import { fanOutVacancy } from '../../../../src/messaging/fanout/vacancy.ts';
import { backends } from '../../../harness/databases.ts';
import { wageColumns } from '../../../harness/vacancy-wage.ts';
import { PHO_YEN, seedWorld, THAI_NGUYEN, type World } from './seed.ts';

/**
 * The wage floor in the one matching rule, on PostgreSQL and PGlite: the fan-out and job search both skip a vacancy
 * whose known monthly pay is below the worker's floor, and keep it when it is equal or more, when the worker has no
 * floor, or when the vacancy's monthly pay is unknown (a day rate, "from …", negotiable, no figure).
 */
const M = 1_000_000;
const RULES = { quietHours: { startHour: 21, endHour: 7 }, alertsPerDay: 100 };
const NOW = new Date('2026-11-20T03:00:00Z'); // 10:00 in Vietnam

const FLOORS = { no_floor: null, floor_8: 8 * M, floor_10: 10 * M, floor_12: 12 * M } as const;
type Worker = keyof typeof FLOORS;
const EVERYONE: Worker[] = ['no_floor', 'floor_8', 'floor_10', 'floor_12'];

/** A vacancy's wage as written → the workers it reaches. */
const VACANCIES: [wage: string, reaches: Worker[]][] = [
  ['8-10 triệu/tháng', ['no_floor', 'floor_8', 'floor_10']], // 10 million: equal to a floor is enough
  ['5-6 triệu/tháng', ['no_floor']],
  ['12.000.000 đ/tháng', EVERYONE],
  ['300k/ngày', EVERYONE], // a day rate is unknown monthly pay
  ['từ 8 triệu', EVERYONE], // no maximum
  ['7-9 triệu, thỏa thuận', EVERYONE], // negotiable
  ['Thỏa thuận', EVERYONE],
  ['1.200 USD/tháng', EVERYONE],
];

describe.each(backends)('the wage floor in matching, on $name', (backend) => {
  let handle: DatabaseHandle;
  let cleanup: () => Promise<void>;
  let world: World;
  const vacancyId: Record<string, number> = {};
  const parallelism = backend.name === 'postgres' ? 2 : 1;

  beforeAll(async () => {
    ({ handle, cleanup } = await backend.open());
    await migrateToLatest(handle.db);
    await seedReferenceData(handle.db);
    world = await seedWorld(handle.db, Object.fromEntries(EVERYONE.map((name) => [name, {}])), {}, NOW);
    for (const name of EVERYONE) {
      await handle.db
        .updateTable('worker_profiles')
        .set({ wage_floor_vnd: FLOORS[name] })
        .where('person_id', '=', world.person[name]!)
        .execute();
    }
    for (const [wage] of VACANCIES) {
      vacancyId[wage] = (
        await handle.db
          .insertInto('vacancies')
          .values({
            employer_id: world.employerId,
            title: `Công nhân may, ${wage}`,
            occupation: 'garment',
            commune_code: PHO_YEN,
            province_code: THAI_NGUYEN,
            headcount: 10,
            ...wageColumns(wage),
            deadline: '2027-06-30',
            contact: '0208 3850 123',
            status: 'approved',
            scam_reasons: '[]',
          })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    }
  });
  afterAll(async () => cleanup?.());

  const nameOf = (personId: number | null) => EVERYONE.find((name) => world.person[name] === personId);

  it.each(VACANCIES)('the fan-out of "%s" reaches %j', async (wage, reaches) => {
    const result = await fanOutVacancy(handle.db, vacancyId[wage]!, RULES, NOW, { parallelism });
    expect(result).toMatchObject({ outcome: 'written', pending: reaches.length, held: 0 });
    const rows = await handle.db
      .selectFrom('notifications')
      .select('person_id')
      .where('kind', '=', 'vacancy')
      .where('ref_id', '=', vacancyId[wage]!)
      .execute();
    expect(rows.map((r) => nameOf(r.person_id)).sort()).toEqual([...reaches].sort());
  });

  it.each(EVERYONE)('job search for %s lists exactly the vacancies the fan-out sent them', async (name) => {
    const { matches } = await loadSearchContext(handle.db, world.person[name]!, null, NOW);
    const expected = VACANCIES.filter(([, reaches]) => reaches.includes(name)).map(([wage]) => vacancyId[wage]);
    expect(matches.map((m) => m.id).sort((a, b) => a - b)).toEqual(expected.sort((a, b) => a! - b!));
  });

  it('a floor changed later applies to the next search at once', async () => {
    const person = world.person.floor_12!;
    await handle.db
      .updateTable('worker_profiles')
      .set({ wage_floor_vnd: null })
      .where('person_id', '=', person)
      .execute();
    expect((await loadSearchContext(handle.db, person, null, NOW)).matches).toHaveLength(VACANCIES.length);
    await handle.db
      .updateTable('worker_profiles')
      .set({ wage_floor_vnd: 12 * M })
      .where('person_id', '=', person)
      .execute();
    expect((await loadSearchContext(handle.db, person, null, NOW)).matches).toHaveLength(VACANCIES.length - 2);
  });
});
