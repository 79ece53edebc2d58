import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../db/schema.ts';

/**
 * The funnel (PRODUCT.md: registered → introduced to a job → successfully connected) for an area and a period,
 * computed in SQL: one row per province (whole country) or per commune (a province, or one commune), plus a total.
 *
 * The period is a range of calendar days in Vietnam (Asia/Ho_Chi_Minh, UTC+7 all year), both ends included.
 * Numbers are raw here; whoever shows them suppresses small counts of people (`shownCount`), because a count of
 * 1–4 people in a commune can point at a person. Only area names and counts come out, never personal data.
 *
 * Where each measure comes from, and where it is counted:
 *   registered        worker profiles created in the period                         where the worker lives
 *   activeAtEnd       worker profiles that existed at the end, person not stopped   where the worker lives
 *   stopped           workers who sent STOP in the period and have not come back    where the worker lives
 *   deleted           people who erased their data in the period; erasure keeps no area, so only the whole
 *                     country's total has it (null everywhere else)
 *   vacanciesApproved vacancies approved in the period (still open, closed or hidden since)   where the job is
 *   headcountApproved their headcount                                                where the job is
 *   employers         employers with at least one of those vacancies                  where the job is
 *   interested        workers who pressed "interested" in the period                  where the worker lives
 *   introduced        workers whose application reached introduced or hired in the period (last change)
 *   hired             workers whose application reached hired in the period (last change)
 * The people measures count people, not applications (a worker interested in three vacancies counts once).
 * The total row counts distinct people and employers over the whole scope, so it can be less than the sum.
 */
export type FunnelScope =
  | { level: 'country'; code: null; name: string }
  | { level: 'province'; code: string; name: string }
  | { level: 'commune'; code: string; name: string; provinceCode: string };

/** Calendar days in Vietnam, 'YYYY-MM-DD', both included. */
export interface FunnelPeriod {
  from: string;
  to: string;
}

export interface FunnelCounts {
  registered: number;
  activeAtEnd: number;
  stopped: number;
  /** null: not known for this area (see the file comment). */
  deleted: number | null;
  vacanciesApproved: number;
  headcountApproved: number;
  employers: number;
  interested: number;
  introduced: number;
  hired: number;
}

export type FunnelMeasure = keyof FunnelCounts;

/** Every measure, in the order reports show them. */
export const FUNNEL_MEASURES: readonly FunnelMeasure[] = [
  'registered',
  'activeAtEnd',
  'stopped',
  'deleted',
  'vacanciesApproved',
  'headcountApproved',
  'employers',
  'interested',
  'introduced',
  'hired',
];

/** The measures that count people: shown as "<5" below SMALL_CELL. */
export const PEOPLE_MEASURES: ReadonlySet<FunnelMeasure> = new Set<FunnelMeasure>(['registered', 'activeAtEnd', 'stopped', 'deleted', 'interested', 'introduced', 'hired']);

/** Counts of people from 1 to SMALL_CELL - 1 are not shown (as in /thongke); 0 is shown. */
export const SMALL_CELL = 5;
export const SMALL_CELL_LABEL = '<5';

/** How a count may be shown: the number, "<5" for a small count of people, or null when not known. */
export function shownCount(measure: FunnelMeasure, value: number | null): number | typeof SMALL_CELL_LABEL | null {
  if (value === null) return null;
  return PEOPLE_MEASURES.has(measure) && value > 0 && value < SMALL_CELL ? SMALL_CELL_LABEL : value;
}

export interface FunnelRow extends FunnelCounts {
  /** Province or commune code. */
  code: string;
  name: string;
}

export type FunnelBreakdownId = 'priority_group' | 'sex' | 'age_band' | 'occupation' | 'former_district' | 'month';

/**
 * A table beside the area rows, over the same scope and period: one row per priority group, sex, age band,
 * occupation, former district (province scope) or month (the trend), each with the same columns (`measures`).
 * A value is null where it is not known. Labels: the i18n keys funnel.breakdown.<id> and funnel.measure.<measure>.
 */
export interface FunnelBreakdown {
  id: FunnelBreakdownId;
  measures: readonly FunnelMeasure[];
  rows: FunnelBreakdownRow[];
}

export interface FunnelBreakdownRow {
  /** A priority group, 'female' | 'male' | 'unknown', an age band ('15-24'), an occupation key, a district name, 'YYYY-MM'. */
  key: string;
  /** What to show for the key (a name in Vietnamese; the month as mm/yyyy). */
  name: string;
  values: Partial<Record<FunnelMeasure, number | null>>;
}

export interface FunnelReport {
  scope: FunnelScope;
  period: FunnelPeriod;
  /** What the rows are. */
  groupBy: 'province' | 'commune';
  /** Every province of the country, or every commune of the province (or the one commune), by code; zeros too. */
  rows: FunnelRow[];
  total: FunnelCounts;
  /** The other views of the same numbers, in the order a report shows them. */
  breakdowns: FunnelBreakdown[];
}

/** The scope a region code names ('01', '00769'), or null when no region has that code; null code: the country. */
export async function resolveScope(db: Kysely<Database>, code: string | null): Promise<FunnelScope | null> {
  if (code === null) return { level: 'country', code: null, name: 'the whole country' };
  const region = await db.selectFrom('regions').select(['code', 'name', 'level', 'province_code']).where('code', '=', code).executeTakeFirst();
  if (!region) return null;
  return region.level === 'province'
    ? { level: 'province', code: region.code, name: region.name }
    : { level: 'commune', code: region.code, name: region.name, provinceCode: region.province_code };
}

const DAY_MS = 24 * 60 * 60 * 1000;
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;

/** Midnight in Vietnam at the start of an ISO calendar day, as an instant. */
export function vietnamDayStart(isoDate: string): Date {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (m === null) throw new RangeError(`not an ISO date: ${isoDate}`);
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) - VIETNAM_OFFSET_MS);
}

interface CountsRow {
  code: string | null;
  name: string | null;
  registered: number;
  active_at_end: number;
  stopped: number;
  vacancies: number;
  headcount: number;
  employers: number;
  interested: number;
  introduced: number;
  hired: number;
}

export async function computeFunnel(db: Kysely<Database>, scope: FunnelScope, period: FunnelPeriod): Promise<FunnelReport> {
  const start = vietnamDayStart(period.from);
  const end = new Date(vietnamDayStart(period.to).getTime() + DAY_MS);
  if (end <= start) throw new RangeError(`the period ends (${period.to}) before it starts (${period.from})`);

  const groupBy = scope.level === 'country' ? 'province' : 'commune';
  const area = sql.raw(groupBy === 'province' ? 'province_code' : 'commune_code');
  /** The scope on a table with province_code and commune_code columns, under the alias given. */
  const within = (alias: string): RawBuilder<boolean> => {
    const t = sql.raw(alias);
    if (scope.level === 'country') return sql<boolean>`true`;
    if (scope.level === 'province') return sql<boolean>`${t}.province_code = ${scope.code}`;
    return sql<boolean>`${t}.commune_code = ${scope.code}`;
  };
  const areas =
    scope.level === 'country'
      ? sql`SELECT code, name FROM regions WHERE level = 'province'`
      : scope.level === 'province'
        ? sql`SELECT code, name FROM regions WHERE level = 'commune' AND province_code = ${scope.code}`
        : sql`SELECT code, name FROM regions WHERE code = ${scope.code}`;
  const inPeriod = (column: string) => sql`${sql.raw(column)} >= ${start} AND ${sql.raw(column)} < ${end}`;

  // Each part is grouped by area and, in the same pass, over the whole scope (the empty grouping set: the total).
  const result = await sql<CountsRow>`
    WITH areas AS (${areas}),
    workers AS (
      SELECT w.${area} AS area, GROUPING(w.${area}) AS is_total,
        count(*) FILTER (WHERE ${inPeriod('w.created_at')})::int AS registered,
        count(*) FILTER (WHERE w.created_at < ${end} AND (p.status = 'active' OR (p.status = 'stopped' AND p.stopped_at >= ${end})))::int AS active_at_end,
        count(*) FILTER (WHERE p.status = 'stopped' AND ${inPeriod('p.stopped_at')})::int AS stopped
      FROM worker_profiles w JOIN people p ON p.id = w.person_id
      WHERE ${within('w')}
      GROUP BY GROUPING SETS ((w.${area}), ())
    ),
    approved AS (
      SELECT v.${area} AS area, GROUPING(v.${area}) AS is_total,
        count(*)::int AS vacancies,
        coalesce(sum(v.headcount), 0)::int AS headcount,
        count(DISTINCT v.employer_id)::int AS employers
      FROM vacancies v
      WHERE ${within('v')} AND v.status IN ('approved', 'closed', 'hidden') AND ${inPeriod('v.decided_at')}
      GROUP BY GROUPING SETS ((v.${area}), ())
    ),
    applied AS (
      SELECT w.${area} AS area, GROUPING(w.${area}) AS is_total,
        count(DISTINCT a.person_id) FILTER (WHERE a.status <> 'not_suitable' AND ${inPeriod('a.created_at')})::int AS interested,
        count(DISTINCT a.person_id) FILTER (WHERE a.status IN ('introduced', 'hired') AND ${inPeriod('a.updated_at')})::int AS introduced,
        count(DISTINCT a.person_id) FILTER (WHERE a.status = 'hired' AND ${inPeriod('a.updated_at')})::int AS hired
      FROM applications a JOIN worker_profiles w ON w.person_id = a.person_id
      WHERE ${within('w')}
      GROUP BY GROUPING SETS ((w.${area}), ())
    ),
    keyed AS (
      SELECT code, name, 0 AS is_total FROM areas
      UNION ALL SELECT NULL, NULL, 1
    )
    SELECT k.code, k.name,
      coalesce(wk.registered, 0) AS registered, coalesce(wk.active_at_end, 0) AS active_at_end, coalesce(wk.stopped, 0) AS stopped,
      coalesce(ap.vacancies, 0) AS vacancies, coalesce(ap.headcount, 0) AS headcount, coalesce(ap.employers, 0) AS employers,
      coalesce(ad.interested, 0) AS interested, coalesce(ad.introduced, 0) AS introduced, coalesce(ad.hired, 0) AS hired
    FROM keyed k
    LEFT JOIN workers wk ON wk.is_total = k.is_total AND (k.is_total = 1 OR wk.area = k.code)
    LEFT JOIN approved ap ON ap.is_total = k.is_total AND (k.is_total = 1 OR ap.area = k.code)
    LEFT JOIN applied ad ON ad.is_total = k.is_total AND (k.is_total = 1 OR ad.area = k.code)
    ORDER BY k.is_total, k.code
  `.execute(db);

  const counts = (r: CountsRow, deleted: number | null): FunnelCounts => ({
    registered: r.registered,
    activeAtEnd: r.active_at_end,
    stopped: r.stopped,
    deleted,
    vacanciesApproved: r.vacancies,
    headcountApproved: r.headcount,
    employers: r.employers,
    interested: r.interested,
    introduced: r.introduced,
    hired: r.hired,
  });
  const rows = result.rows.filter((r) => r.code !== null).map((r) => ({ code: r.code ?? '', name: r.name ?? '', ...counts(r, null) }));
  const totalRow = result.rows.find((r) => r.code === null);
  if (totalRow === undefined) throw new Error('the funnel query returned no total row');

  let deleted: number | null = null;
  if (scope.level === 'country') {
    const row = await db
      .selectFrom('people')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('status', '=', 'deleted')
      .where('deleted_at', '>=', start)
      .where('deleted_at', '<', end)
      .executeTakeFirstOrThrow();
    deleted = Number(row.n);
  }
  return { scope, period, groupBy, rows, total: counts(totalRow, deleted), breakdowns: [] };
}
