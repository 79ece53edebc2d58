import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../../../src/app/config.ts';
import { reportCommand } from '../../../src/cli/report.ts';
import { type DatabaseHandle, openDatabase } from '../../../src/db/connect.ts';
import { migrateToLatest } from '../../../src/db/migrate.ts';
import { seedReferenceData } from '../../../src/db/reference-data.ts';
import { computeFunnel, resolveScope, type FunnelScope } from '../../../src/reporting/funnel.ts';
import { funnelCsv } from '../../../src/reporting/funnel-format.ts';
import { computeTrainingReport, trainingTables } from '../../../src/reporting/training-report.ts';
import { backends } from '../../harness/databases.ts';
import { createTestDatabase } from '../../harness/postgres.ts';
import { PY, seedTraining, TP, TRAINING_PERIOD as PERIOD, VL, vn } from './training-dataset.ts';

/**
 * Vocational training in the funnel and its own breakdowns (issue 15), against the dataset of training-dataset.ts
 * and the numbers worked out there by hand: areas, months, the period's edges in Vietnam time, the scope, and
 * small counts of people suppressed where shown.
 */
const training = (wanted: number, signedUp: number, enrolled: number, completed: number, inTrade: number) => ({
  trainingWanted: wanted,
  signedUp,
  enrolled,
  completed,
  workingInTrade: inTrade,
});
const measures = ['trainingWanted', 'signedUp', 'enrolled', 'completed', 'workingInTrade'] as const;
const only = (counts: object) =>
  Object.fromEntries(measures.map((m) => [m, (counts as Record<string, number | null>)[m]]));

describe.each(backends)('vocational training counted on $name', (backend) => {
  let handle: DatabaseHandle;
  let cleanup: () => Promise<void>;
  const scope = async (code: string | null): Promise<FunnelScope> => {
    const found = await resolveScope(handle.db, code);
    if (found === null) throw new Error(`no region ${code}`);
    return found;
  };

  beforeAll(async () => {
    ({ handle, cleanup } = await backend.open());
    await seedTraining(handle.db);
  });
  afterAll(async () => cleanup());

  it('a province: per commune, in total and per month, at the edges of Vietnam days', async () => {
    const report = await computeFunnel(handle.db, await scope('19'), PERIOD);
    const row = (code: string) => only(report.rows.find((r) => r.code === code) ?? {});
    expect(row(VL)).toEqual(training(2, 6, 5, 3, 1));
    expect(row(PY)).toEqual(training(1, 2, 1, 1, 0));
    expect(only(report.total)).toEqual(training(3, 8, 6, 4, 1));
    const others = report.rows.filter((r) => r.code !== VL && r.code !== PY);
    expect(others.every((r) => measures.every((m) => r[m] === 0))).toBe(true);
    // Nothing else moves: these workers registered before the period.
    expect(report.total).toMatchObject({ registered: 0, totalAtEnd: 9, hired: 0 });

    const months = report.breakdowns.find((b) => b.id === 'month');
    expect(months?.rows.map((r) => [r.key, only(r.values)])).toEqual([
      ['2026-02', training(1, 3, 2, 1, 0)],
      ['2026-03', training(2, 6, 5, 3, 1)],
    ]);
  });

  it('a former district is the sum of its communes in the training measures too', async () => {
    const report = await computeFunnel(handle.db, await scope('19'), PERIOD);
    const districts = report.breakdowns.find((b) => b.id === 'former_district');
    expect(districts?.rows.length).toBeGreaterThan(0);
    for (const district of districts?.rows ?? []) {
      const communes = report.rows.filter((r) => district.communeCodes?.includes(r.code));
      for (const m of measures) expect(district.values[m]).toBe(communes.reduce((sum, r) => sum + r[m], 0));
    }
    expect(districts?.rows.some((d) => d.values.enrolled === 5 && d.communeCodes?.includes(VL))).toBe(true);
  });

  it('the scope: the country by province; another province, and one commune, see only their own', async () => {
    const country = await computeFunnel(handle.db, await scope(null), PERIOD);
    expect(only(country.rows.find((r) => r.code === '19') ?? {})).toEqual(training(3, 8, 6, 4, 1));
    expect(only(country.rows.find((r) => r.code === '14') ?? {})).toEqual(training(1, 1, 1, 0, 0));
    expect(only(country.total)).toEqual(training(4, 9, 7, 4, 1));

    const sonLa = await computeFunnel(handle.db, await scope('14'), PERIOD);
    expect(only(sonLa.total)).toEqual(training(1, 1, 1, 0, 0));
    expect(only(sonLa.rows.find((r) => r.code === TP) ?? {})).toEqual(training(1, 1, 1, 0, 0));
    expect(only((await computeTrainingReport(handle.db, await scope('14'), PERIOD)).level[2]?.values ?? {})).toEqual({
      ...training(0, 1, 1, 0, 0),
      trainingWanted: null,
    });

    const phoYen = await computeFunnel(handle.db, await scope(PY), PERIOD);
    expect(only(phoYen.total)).toEqual(training(1, 2, 1, 1, 0));
    const elsewhere = await computeFunnel(handle.db, await scope('01'), PERIOD);
    expect(only(elsewhere.total)).toEqual(training(0, 0, 0, 0, 0));
  });

  it('the period: one day more at either end brings in what lay just outside', async () => {
    const wider = await computeFunnel(handle.db, await scope('19'), { from: '2026-02-14', to: '2026-04-01' });
    // + v2's wish (14/02 23:30) and p2's (01/04 00:00); + v2's sign-up (14/02 23:59); + p1's place (01/04 00:10)
    expect(only(wider.total)).toEqual(training(5, 9, 7, 4, 1));
    const lastDay = await computeFunnel(handle.db, await scope('19'), { from: '2026-03-31', to: '2026-03-31' });
    // p1's wish at 23:59; v6's sign-up at 22:00 and p1's at 23:50; v6's place at 23:00
    expect(only(lastDay.total)).toEqual(training(1, 2, 1, 0, 0));
  });

  it('by level, trade and priority group; small counts shown as "<5" in the tables', async () => {
    const report = await computeTrainingReport(handle.db, await scope('19'), PERIOD);
    expect(report.level.map((r) => [r.key, only(r.values)])).toEqual([
      ['college', { ...training(0, 3, 2, 2, 0), trainingWanted: null }],
      ['intermediate', { ...training(0, 0, 0, 0, 0), trainingWanted: null }],
      ['elementary', { ...training(0, 6, 5, 2, 1), trainingWanted: null }],
      ['short', { ...training(0, 0, 0, 0, 0), trainingWanted: null }],
      ['regular', { ...training(0, 0, 0, 0, 0), trainingWanted: null }],
    ]);
    expect(report.occupation.map((r) => [r.key, only(r.values)])).toEqual([
      ['garment', training(2, 6, 5, 2, 1)],
      ['mechanic_welding', training(1, 0, 0, 0, 0)],
      ['driver', training(1, 3, 2, 2, 0)],
    ]);
    expect(report.priority_group.map((r) => [r.key, only(r.values)])).toEqual([
      ['poor', training(1, 4, 5, 2, 1)],
      ['near_poor', training(1, 1, 0, 0, 0)],
      ['newly_out_of_poverty', training(0, 0, 0, 0, 0)],
      ['ethnic_minority', training(0, 0, 0, 0, 0)],
      ['disability', training(0, 0, 0, 0, 0)],
    ]);

    const [level, occupation, groups] = trainingTables(report, 'vi');
    expect(level?.rows.map((r) => [r.keys[0], ...r.values])).toEqual([
      ['Cao đẳng', null, '<5', '<5', '<5', 0],
      ['Trung cấp', null, 0, 0, 0, 0],
      ['Sơ cấp', null, 6, 5, '<5', '<5'],
      ['Dưới 3 tháng', null, 0, 0, 0, 0],
      ['Đào tạo thường xuyên', null, 0, 0, 0, 0],
    ]);
    expect(occupation?.rows[0]?.values).toEqual(['<5', 6, 5, '<5', '<5']);
    expect(groups?.rows[0]).toEqual({ keys: ['Hộ nghèo'], values: ['<5', '<5', 5, '<5', '<5'], isTotal: false });
  });

  it('the funnel export hides the commune whose figure would give away another one’s small count', async () => {
    const csv = funnelCsv(await computeFunnel(handle.db, await scope('19'), PERIOD));
    const tail = (prefix: string) =>
      csv
        .find((l) => l.startsWith(prefix))
        ?.split(',')
        .slice(-5);
    expect(csv[0]?.endsWith(',training_wanted,signed_up,enrolled,completed,working_in_trade')).toBe(true);
    // Phổ Yên's two signed up and single enrolled person are "<5"; with the totals (8, 6) shown, Văn Lăng's 6 and 5
    // would give them away: hidden too ("…"). In the other columns both communes are under 5 already.
    expect(tail(`${VL},`)).toEqual(['<5', '…', '…', '<5', '<5']);
    expect(tail(`${PY},`)).toEqual(['<5', '<5', '<5', '<5', '0']);
    expect(csv.at(-1)?.split(',').slice(-5)).toEqual(['<5', '8', '6', '<5', '<5']);
  });
});

describe('npm run cli -- report: training', () => {
  let database: Awaited<ReturnType<typeof createTestDatabase>>;
  let handle: DatabaseHandle;
  const run = async (args: string[]) => {
    const lines: string[] = [];
    await reportCommand(
      loadConfig({ DATABASE_URL: database.url }),
      ['--from', '15/02/2026', '--to', '31/03/2026', ...args],
      (line) => lines.push(line),
      vn('2026-04-10 09:00'),
    );
    return lines;
  };

  beforeAll(async () => {
    database = await createTestDatabase(inject('postgresUrl'), 'training_cli');
    handle = await openDatabase({ databaseUrl: database.url, dataDir: '/tmp' });
    await migrateToLatest(handle.db);
    await seedReferenceData(handle.db);
    await seedTraining(handle.db);
  });
  afterAll(async () => {
    await handle.close();
    await database.drop();
  });

  it('--breakdown training: the three tables in one CSV, small counts as "<5"', async () => {
    const lines = await run(['--region', '19', '--format', 'csv', '--breakdown', 'training']);
    expect(lines[0]).toBe('\uFEFFtable,key,name,training_wanted,signed_up,enrolled,completed,working_in_trade');
    expect(lines).toContain('level,elementary,Sơ cấp,,6,5,<5,<5');
    expect(lines).toContain('occupation,garment,"May mặc, dệt, da giày",<5,6,5,<5,<5');
    expect(lines).toContain('priority_group,poor,Hộ nghèo,<5,<5,5,<5,<5');
    expect(lines).toHaveLength(1 + 5 + 3 + 5);
  });

  it('the table: the measures by area, then the training tables with their notes', async () => {
    const lines = await run(['--region', '19']);
    const header = lines[2]?.split(/ {2,}/) ?? [];
    expect(header.slice(-5)).toEqual([
      'Wanting training',
      'Signed up for a course',
      'Enrolled',
      'Completed a course',
      'Working in the trade',
    ]);
    const byLevel = lines.indexOf('Training by level');
    expect(byLevel).toBeGreaterThan(0);
    expect(lines[byLevel + 2]?.split(/ {2,}/)).toEqual([
      'Group',
      'Wanting training',
      'Signed up for a course',
      'Enrolled',
      'Completed a course',
      'Working in the trade',
    ]);
    expect(lines.find((l) => l.startsWith('Elementary'))?.split(/ {2,}/)).toEqual([
      'Elementary',
      '—',
      '6',
      '5',
      '<5',
      '<5',
    ]);
    expect(lines).toContain('Training by trade');
    expect(lines).toContain('Training by priority group');
    expect(lines.join('\n')).not.toContain('Người v');
  });

  it('the country total matches the funnel', async () => {
    const csv = await run(['--format', 'csv']);
    expect(csv.at(-1)?.split(',').slice(-5)).toEqual(['<5', '9', '7', '<5', '<5']);
  });
});
