import { sql, type Kysely } from 'kysely';
import { type messages, t } from './messages.ts';
import { OCCUPATIONS, occupationLabel } from '../kernel/occupations/index.ts';
import { PRIORITY_GROUPS } from '../kernel/priority-groups.ts';
import { SMALL_CELL, SMALL_CELL_LABEL, shownPeopleCount } from '../kernel/suppression.ts';
import type { Database } from '../db/schema.ts';
import { coversCommune, coversProvince, groupBroadcasts, type Broadcast } from './funnel-broadcasts.ts';
import { formerDistrictsIn, type ProvinceDistrict } from './funnel-districts.ts';
import { eventsStatement } from './events-funnel.ts';
import { trainingStatement } from './training-queries.ts';
import { periodInstants, type FunnelPeriod, type PeriodMonth } from './funnel-period.ts';
import {
  broadcastTargetsQuery,
  funnelStatements,
  type FunnelPart,
  type FunnelStatement,
  type StatementRow,
} from './funnel-queries.ts';

export { SMALL_CELL, SMALL_CELL_LABEL };
export type { FunnelPeriod } from './funnel-period.ts';

/**
 * The funnel (PRODUCT.md: registered → counselled → introduced to a job → successfully connected) for an area and
 * a period: one row per province (whole country) or per commune (a province, or one commune), a total, and tables
 * by priority group, sex, age band, occupation, former district (province scope) and month. One module computes
 * them all; /thongke, `npm run cli -- report` and /dashboard call it. Computed in SQL (funnel-queries.ts).
 *
 * The period is a range of calendar days in Vietnam (Asia/Ho_Chi_Minh, UTC+7 all year), both ends included.
 * Numbers are raw here; whoever shows them suppresses small counts of people (src/kernel/suppression.ts), because a
 * count of 1–4 people in a commune can point at a person. Only area names and counts come out, never personal data.
 *
 * "Workers" are people with a worker profile, plus workers who erased their data (the people row keeps the
 * commune and province they had: migration 0009). Where each measure comes from, and where it is counted:
 *   registered        worker profiles created in the period (erased workers: their first contact)   where the worker
 * lives   totalAtEnd        workers who existed at the period's end (registered before it, not erased by then)
 *   activeAtEnd       of those, the ones not stopped at the end (a STOP that was later taken back is not known)
 *   stopped           workers who sent STOP in the period and have not come back
 *   deleted           workers who erased their data in the period                                  where they lived
 *   counselled        workers who completed registration in the period, or for whose application an official
 *                     did something in the period (an application event by actor_role 'official')
 *   vacanciesApproved vacancies approved in the period (still open, closed or hidden since)        where the job is
 *   headcountApproved their headcount (chỉ tiêu)                                                   where the job is
 *   employers         employers with at least one of those vacancies                               where the job is
 *   alertsDelivered   job alerts sent in the period: vacancy alerts and daily digests (one message each) to people
 *                     where the worker lives (alerts posted to group chats are not in it)
 *   interested        workers who pressed "Quan tâm" in the period (an 'interested' application event)
 *   introduced        workers an application of whom reached introduced, offered or hired in the period
 *   hired             workers an application of whom reached hired in the period (successfully connected)
 *   broadcasts        broadcasts sent in the period, in every area a target covers (a province target covers its
 *                     communes)
 *   broadcastReach    broadcast messages sent in the period: to people, where they live, and to group chats, where
 *                     the group is subscribed (a group subscribed to a whole province counts in no commune)
 *   broadcastReplies  people who wrote to the bot, from the chat a broadcast reached, within 48 hours of it being
 *                     sent (inbound_events keeps every message received and its chat; channel_identities.last_seen_at
 *                     would only know the last one, so it would miss a reply followed by later messages)
 *   events            job fairs, online sessions and village meetings held or announced that start in the period,
 *                     where they take place (events-funnel.ts)
 *   meetingAttendees  the attendees typed in for village meetings plus the registrations checked in at events
 *   trainingWanted    workers who named trades they want to learn, asked in the period (training_asked_at)
 *   signedUp          workers who signed up for a course in the period (signed_up_at), not cancelled since
 *   enrolled          workers whose place on a course was confirmed in the period (enrolled_at)
 *   completed         workers who completed a course in the period (finished_at, status 'completed')
 *   workingInTrade    workers who answered in the period that they work in the course's trade (60-day question)
 *                     — the five training measures where the worker lives (training-queries.ts)
 * The people measures count people, not applications or messages (a worker interested in three vacancies counts
 * once). The total counts distinct people and employers over the whole scope; for people it is the sum of the rows,
 * for employers and broadcasts it can be less.
 *
 * Breakdowns (same period and scope): by priority group (only groups given with the 'priority_status' consent that
 * still stands; a person can be in several), sex and age band (at the period's end; erased workers are 'unknown'),
 * occupation (workers registered, and at the end, under each trade they chose; vacancies, and the application steps,
 * under the vacancy's trade), former district (province scope; sums of its communes, and a commune can lie in several),
 * and month (flows in each calendar month of the period; totalAtEnd and activeAtEnd at each month's end).
 */
export type FunnelScope =
  | { level: 'country'; code: null; name: string }
  | { level: 'province'; code: string; name: string }
  | { level: 'commune'; code: string; name: string; provinceCode: string };

export interface FunnelCounts {
  registered: number;
  totalAtEnd: number;
  activeAtEnd: number;
  stopped: number;
  /** null: not known for this area (kept for callers written before erasure kept the area; always a number now). */
  deleted: number | null;
  counselled: number;
  vacanciesApproved: number;
  headcountApproved: number;
  employers: number;
  alertsDelivered: number;
  interested: number;
  introduced: number;
  hired: number;
  broadcasts: number;
  broadcastReach: number;
  broadcastReplies: number;
  events: number;
  meetingAttendees: number;
  trainingWanted: number;
  signedUp: number;
  enrolled: number;
  completed: number;
  workingInTrade: number;
}

export type FunnelMeasure = keyof FunnelCounts;

/** Every measure, in the order reports show them. Labels: the i18n keys funnel.measure.<measure>. */
export const FUNNEL_MEASURES: readonly FunnelMeasure[] = [
  'registered',
  'totalAtEnd',
  'activeAtEnd',
  'stopped',
  'deleted',
  'counselled',
  'vacanciesApproved',
  'headcountApproved',
  'employers',
  'alertsDelivered',
  'interested',
  'introduced',
  'hired',
  'broadcasts',
  'broadcastReach',
  'broadcastReplies',
  'events',
  'meetingAttendees',
  'trainingWanted',
  'signedUp',
  'enrolled',
  'completed',
  'workingInTrade',
];

/** Counts with every measure at 0 but the ones given. */
export function funnelCounts(values: Partial<FunnelCounts> = {}): FunnelCounts {
  return { ...(Object.fromEntries(FUNNEL_MEASURES.map((m) => [m, 0])) as unknown as FunnelCounts), ...values };
}

/** The measures that count people: suppressed below SMALL_CELL. Alerts and broadcast reach count messages. */
export const PEOPLE_MEASURES: ReadonlySet<FunnelMeasure> = new Set<FunnelMeasure>([
  'registered',
  'totalAtEnd',
  'activeAtEnd',
  'stopped',
  'deleted',
  'counselled',
  'interested',
  'introduced',
  'hired',
  'broadcastReplies',
  'meetingAttendees',
  'trainingWanted',
  'signedUp',
  'enrolled',
  'completed',
  'workingInTrade',
]);

/** How a count may be shown on its own: the number, "<5" for a small count of people, or null when not known. */
export function shownCount(measure: FunnelMeasure, value: number | null): number | typeof SMALL_CELL_LABEL | null {
  if (!PEOPLE_MEASURES.has(measure)) return value;
  const shown = shownPeopleCount(value);
  return shown === SMALL_CELL_LABEL || shown === null || typeof shown === 'number' ? shown : null;
}

export interface FunnelRow extends FunnelCounts {
  /** Province or commune code. */
  code: string;
  name: string;
}

/** The i18n keys of the notes a table carries (what a reader must know to read it right). */
export type FunnelNoteKey = Extract<keyof typeof messages.vi, `funnel.note.${string}`>;

export type FunnelBreakdownId = 'priority_group' | 'sex' | 'age_band' | 'occupation' | 'former_district' | 'month';

/** Age bands at the period's end. */
export const AGE_BANDS = ['under_15', '15_24', '25_34', '35_44', '45_54', '55_plus', 'unknown'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];
export const SEXES = ['female', 'male', 'unknown'] as const;

/**
 * A table beside the area rows, over the same scope and period: one row per priority group, sex, age band,
 * occupation, former district (province scope) or month (the trend), with the columns in `measures` (a value is
 * null where it is not known). Labels: the i18n keys funnel.breakdown.<id> and funnel.measure.<measure>; notes:
 * i18n keys of what a reader must know about the table.
 */
export interface FunnelBreakdown {
  id: FunnelBreakdownId;
  measures: readonly FunnelMeasure[];
  rows: FunnelBreakdownRow[];
  /** Whether the rows add up to the report's total (sex, age band, month flows): a report may show it below. */
  addsUp?: boolean;
  notes?: readonly FunnelNoteKey[];
}

export interface FunnelBreakdownRow {
  /**
   * A priority group, 'female' | 'male' | 'unknown', an age band (AGE_BANDS; i18n funnel.age.<band>), an occupation
   * key, a former district ('Tỉnh Bắc Kạn/Huyện Ba Bể'), a month 'YYYY-MM'.
   */
  key: string;
  /** What to show for the key (in Vietnamese; the month as mm/yyyy). */
  name: string;
  values: Partial<Record<FunnelMeasure, number | null>>;
  /** A former district's communes in the province (its figures are their sums). */
  communeCodes?: readonly string[];
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

const PERSON_MEASURES: readonly FunnelMeasure[] = [
  'registered',
  'totalAtEnd',
  'activeAtEnd',
  'stopped',
  'deleted',
  'counselled',
  'interested',
  'introduced',
  'hired',
];
/** The measures of each breakdown. */
export const BREAKDOWN_MEASURES: Readonly<Record<FunnelBreakdownId, readonly FunnelMeasure[]>> = {
  priority_group: PERSON_MEASURES.filter((m) => m !== 'deleted'),
  sex: PERSON_MEASURES,
  age_band: PERSON_MEASURES,
  occupation: [
    'registered',
    'totalAtEnd',
    'vacanciesApproved',
    'headcountApproved',
    'employers',
    'interested',
    'introduced',
    'hired',
  ],
  former_district: FUNNEL_MEASURES,
  month: FUNNEL_MEASURES,
};

/** Measures a former district gets by adding up its communes (each person, message, vacancy is in one commune). */
const ADDITIVE: readonly FunnelMeasure[] = FUNNEL_MEASURES.filter((m) => m !== 'employers' && m !== 'broadcasts');

/** The scope a region code names ('01', '00769'), or null when no region has that code; null code: the country. */
export async function resolveScope(db: Kysely<Database>, code: string | null): Promise<FunnelScope | null> {
  if (code === null) return { level: 'country', code: null, name: 'the whole country' };
  const region = await db
    .selectFrom('regions')
    .select(['code', 'name', 'level', 'province_code'])
    .where('code', '=', code)
    .executeTakeFirst();
  if (!region) return null;
  return region.level === 'province'
    ? { level: 'province', code: region.code, name: region.name }
    : { level: 'commune', code: region.code, name: region.name, provinceCode: region.province_code };
}

type Values = Partial<Record<string, number>>;

/** The statements' rows, by part and key. */
class Cells {
  private readonly byPart = new Map<FunnelPart, Map<string, Values>>();

  add(rows: readonly StatementRow[]): void {
    for (const row of rows) {
      let part = this.byPart.get(row.part);
      if (part === undefined) this.byPart.set(row.part, (part = new Map()));
      const key = row.key ?? '';
      const values = part.get(key) ?? {};
      for (const [column, value] of Object.entries(row)) {
        if (column === 'part' || column === 'key' || value === null) continue;
        values[column] = (values[column] ?? 0) + Number(value);
      }
      part.set(key, values);
    }
  }

  get(part: FunnelPart, key: string | null): Values {
    return this.byPart.get(part)?.get(key ?? '') ?? {};
  }
}

function counts(values: Values, broadcasts: number): FunnelCounts {
  const n = (m: string) => values[m] ?? 0;
  return {
    registered: n('registered'),
    totalAtEnd: n('totalAtEnd'),
    activeAtEnd: n('activeAtEnd'),
    stopped: n('stopped'),
    deleted: n('deleted'),
    counselled: n('counselled'),
    vacanciesApproved: n('vacanciesApproved'),
    headcountApproved: n('headcountApproved'),
    employers: n('employers'),
    alertsDelivered: n('alertsDelivered'),
    interested: n('interested'),
    introduced: n('introduced'),
    hired: n('hired'),
    broadcasts,
    broadcastReach: n('broadcastReach'),
    broadcastReplies: n('broadcastReplies'),
    events: n('events'),
    meetingAttendees: n('meetingAttendees'),
    trainingWanted: n('trainingWanted'),
    signedUp: n('signedUp'),
    enrolled: n('enrolled'),
    completed: n('completed'),
    workingInTrade: n('workingInTrade'),
  };
}

function pick(values: Values, measures: readonly FunnelMeasure[]): Partial<Record<FunnelMeasure, number>> {
  return Object.fromEntries(measures.map((m) => [m, values[m] ?? 0]));
}

/**
 * Runs `work` in a transaction with the settings of a report (SET LOCAL: they end with the transaction, so the
 * pooled connection is left as it was):
 * - no JIT: the statements' estimates are large enough to trigger it, and compiling them cost more CPU than
 *   running them (1.2 s of 3 s at 200,000 people);
 * - work_mem 64 MB: room to hash and sort in memory (the default 4 MB makes the people pass spill to disk);
 * - random_page_cost 1.1 (data in memory or on SSD), and, unless `hashJoins`, no hash joins: people, profiles and
 *   notifications are all read in person order (primary keys, notifications_sent_person_idx), and merging them
 *   costs half the CPU of hashing a million rows (bench/report-explain.txt: at 1,000,000 people the people pass
 *   1.2 s instead of 1.9 s, the notifications 0.9 s instead of 1.7 s). The planner still hashes where nothing else
 *   can be done.
 */
export async function withReportSettings<T>(
  db: Kysely<Database>,
  work: (trx: Kysely<Database>) => Promise<T>,
  options: { hashJoins?: boolean } = {},
): Promise<T> {
  return db.transaction().execute(async (trx) => {
    await sql`SELECT set_config('jit', 'off', true), set_config('work_mem', '64MB', true), set_config('random_page_cost', '1.1', true),
      set_config('enable_hashjoin', ${options.hashJoins === true ? 'on' : 'off'}, true), set_config('max_parallel_workers_per_gather', '0', true)`.execute(
      trx,
    );
    return work(trx);
  });
}

async function runStatement(db: Kysely<Database>, statement: FunnelStatement): Promise<StatementRow[]> {
  return withReportSettings(db, async (trx) => (await statement.query.execute(trx)).rows, {
    hashJoins: statement.hashJoins,
  });
}

export async function computeFunnel(
  db: Kysely<Database>,
  scope: FunnelScope,
  period: FunnelPeriod,
): Promise<FunnelReport> {
  const { months } = periodInstants(period);
  const groupBy = scope.level === 'country' ? 'province' : 'commune';
  const areasQuery = db.selectFrom('regions').select(['code', 'name', 'province_code']).orderBy('code');
  const areas = await (scope.level === 'country'
    ? areasQuery.where('level', '=', 'province')
    : scope.level === 'province'
      ? areasQuery.where('level', '=', 'commune').where('province_code', '=', scope.code)
      : areasQuery.where('code', '=', scope.code)
  ).execute();
  const districts = scope.level === 'province' ? formerDistrictsIn(scope.code, new Set(areas.map((a) => a.code))) : [];

  // Independent statements, at the same time (each on its own connection; PGlite runs them one after another).
  const statements = [
    ...funnelStatements(scope, period, districts),
    eventsStatement(scope, period),
    trainingStatement(scope, period),
  ];
  const [results, targetRows] = await Promise.all([
    Promise.all(statements.map((s) => runStatement(db, s))),
    broadcastTargetsQuery(period).execute(db),
  ]);
  const cells = new Cells();
  for (const rows of results) cells.add(rows);

  const provinceOf = (code: string) =>
    areas.find((a) => a.code === code)?.province_code ?? (scope.level === 'commune' ? scope.provinceCode : code);
  const covers = (b: Broadcast, areaCode: string) =>
    groupBy === 'province' ? coversProvince(b, areaCode) : coversCommune(b, areaCode, provinceOf(areaCode));
  const broadcasts = groupBroadcasts(targetRows.rows).filter(
    (b) =>
      scope.level === 'country' ||
      (scope.level === 'province' ? coversProvince(b, scope.code) : coversCommune(b, scope.code, scope.provinceCode)),
  );

  const rows: FunnelRow[] = areas.map((a) => ({
    code: a.code,
    name: a.name,
    ...counts(cells.get('area', a.code), broadcasts.filter((b) => covers(b, a.code)).length),
  }));
  const total = counts(cells.get('total', null), broadcasts.length);

  const breakdowns: FunnelBreakdown[] = [
    {
      id: 'priority_group',
      measures: BREAKDOWN_MEASURES.priority_group,
      rows: PRIORITY_GROUPS.map((g) => ({
        key: g,
        name: t('vi', `registration.priority.group.${g}`),
        values: pick(cells.get('priority_group', g), BREAKDOWN_MEASURES.priority_group),
      })),
      notes: ['funnel.note.priority_group'],
    },
    {
      id: 'sex',
      measures: BREAKDOWN_MEASURES.sex,
      rows: SEXES.map((s) => ({
        key: s,
        name: t('vi', `funnel.sex.${s}`),
        values: pick(cells.get('sex', s), BREAKDOWN_MEASURES.sex),
      })),
      addsUp: true,
    },
    {
      id: 'age_band',
      measures: BREAKDOWN_MEASURES.age_band,
      // SQL gives width_bucket(age, [15, 25, 35, 45, 55]): 0 → 'under_15' … 5 → '55_plus', none → 'unknown'.
      rows: AGE_BANDS.map((band, i) => ({
        key: band,
        name: t('vi', `funnel.age.${band}`),
        values: pick(cells.get('age_band', band === 'unknown' ? null : String(i)), BREAKDOWN_MEASURES.age_band),
      })),
      addsUp: true,
    },
    occupationBreakdown(cells),
    ...(scope.level === 'province' ? [districtBreakdown(cells, districts, rows, broadcasts, scope.code)] : []),
    monthBreakdown(cells, months, broadcasts),
  ];
  return { scope, period, groupBy, rows, total, breakdowns };
}

function occupationBreakdown(cells: Cells): FunnelBreakdown {
  const measures = BREAKDOWN_MEASURES.occupation;
  return {
    id: 'occupation',
    measures,
    rows: OCCUPATIONS.map((o) => ({
      key: o.key,
      name: occupationLabel(o.key, 'vi'),
      values: pick(cells.get('occupation', o.key), measures),
    })),
    notes: ['funnel.note.occupation'],
  };
}

function districtBreakdown(
  cells: Cells,
  districts: readonly ProvinceDistrict[],
  rows: readonly FunnelRow[],
  broadcasts: readonly Broadcast[],
  provinceCode: string,
): FunnelBreakdown {
  return {
    id: 'former_district',
    measures: BREAKDOWN_MEASURES.former_district,
    rows: districts.map((d) => {
      const communes = rows.filter((r) => d.communeCodes.includes(r.code));
      const values: Partial<Record<FunnelMeasure, number>> = {};
      for (const m of ADDITIVE) values[m] = communes.reduce((sum, r) => sum + (r[m] ?? 0), 0);
      values.employers = cells.get('former_district', d.key).employers ?? 0;
      values.broadcasts = broadcasts.filter((b) =>
        d.communeCodes.some((c) => coversCommune(b, c, provinceCode)),
      ).length;
      return { key: d.key, name: d.name, values, communeCodes: d.communeCodes };
    }),
    notes: ['funnel.note.former_district'],
  };
}

/**
 * One row per month. Flows come from the month buckets; the stocks at each month's end are added up from the
 * people's own dates: those registered (bucket 0: before the period) minus those erased, and of them the stopped.
 */
function monthBreakdown(
  cells: Cells,
  months: readonly PeriodMonth[],
  broadcasts: readonly Broadcast[],
): FunnelBreakdown {
  let exist = 0;
  let stoppedNow = 0;
  const flow = (part: FunnelPart, bucket: number) => cells.get(part, String(bucket));
  const step = (bucket: number) => {
    exist += (flow('month_reg', bucket).n ?? 0) - (flow('month_del', bucket).n ?? 0);
    stoppedNow += (flow('month_stop', bucket).n ?? 0) - (flow('month_del', bucket).nStopped ?? 0);
  };
  step(0);
  const rows = months.map((month, i) => {
    const bucket = i + 1;
    step(bucket);
    const own = flow('month', bucket);
    const registered = flow('month_reg', bucket).n ?? 0;
    const values: Partial<Record<FunnelMeasure, number>> = {
      ...pick(own, FUNNEL_MEASURES),
      registered,
      totalAtEnd: exist,
      activeAtEnd: exist - stoppedNow,
      stopped: flow('month_stop', bucket).n ?? 0,
      deleted: flow('month_del', bucket).n ?? 0,
      counselled: registered + (own.counselledExtra ?? 0),
      broadcasts: broadcasts.filter((b) => b.month === bucket).length,
    };
    return { key: month.key, name: month.name, values };
  });
  return { id: 'month', measures: BREAKDOWN_MEASURES.month, rows, addsUp: true };
}
