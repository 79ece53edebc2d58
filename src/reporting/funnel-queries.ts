import { sql, type RawBuilder } from 'kysely';
import { PRIORITY_GROUPS } from '../kernel/priority-groups.ts';
import { FUNNEL_KINDS, kindList } from './funnel-kinds.ts';
import { periodInstants, type FunnelPeriod } from './funnel-period.ts';
import type { FunnelScope } from './funnel.ts';

const ALERTS = kindList(FUNNEL_KINDS.alerts);
const BROADCAST = sql.lit(FUNNEL_KINDS.broadcast);

/**
 * The funnel's SQL: a few independent statements, each reading one source once over the scope and period, each
 * returning rows (part, key, measures…) that computeFunnel merges. They run at the same time on separate
 * connections (PostgreSQL), so the big ones (people, notifications) use both cores; each in its own transaction,
 * so their snapshots can be milliseconds apart (a report, not an account). Where each measure comes from is
 * documented in funnel.ts; the choices made for speed at a million people are here (bench/report-explain.txt).
 *
 * Parts: 'area' (key: province or commune code), 'total', 'sex', 'age_band' (key: width_bucket of the age over
 * 15, 25, 35, 45, 55; null: birth year not given), 'priority_group', 'occupation', 'month' (key: the month's
 * bucket, 1..n), 'former_district' (key: district key), and the month buckets of the people's own dates
 * ('month_reg', 'month_stop', 'month_del': 0 before the period, 1..n) from which the stocks at every month's end
 * are added up.
 */
export type FunnelPart =
  | 'area'
  | 'total'
  | 'sex'
  | 'age_band'
  | 'priority_group'
  | 'occupation'
  | 'month'
  | 'former_district'
  | 'month_reg'
  | 'month_stop'
  | 'month_del';

/** One statement's row: its part and key, then numbers by measure (camelCase column aliases). */
export type StatementRow = { part: FunnelPart; key: string | null } & Record<string, number | string | null>;

export interface FunnelStatement {
  name: string;
  query: RawBuilder<StatementRow>;
  /** Let the planner hash joins (off by default: see withReportSettings in funnel.ts). */
  hashJoins?: boolean;
}

/** A former district's communes within the scope's province (for the employers per district). */
export interface DistrictCommunes {
  key: string;
  communeCodes: readonly string[];
}

interface Parts {
  scope: FunnelScope;
  start: Date;
  end: Date;
  /** 'YYYY-MM-DD…' instants of the month boundaries, as a timestamptz[] parameter. */
  boundaries: RawBuilder<unknown>;
  months: number;
  endYear: number;
  /** The area column of the rows: province (whole country) or commune. */
  areaColumn: 'province_code' | 'commune_code';
}

/**
 * The month boundaries as a constant in the SQL text, not a parameter: a parameter cast to timestamptz[] is
 * parsed again for every row width_bucket reads (the cast is not constant-folded), a literal once. Built from
 * Date.toISOString() only, so nothing from outside gets into the text.
 */
export function boundariesLiteral(boundaries: readonly Date[]): RawBuilder<unknown> {
  return sql`${sql.lit(`{${boundaries.map((d) => d.toISOString()).join(',')}}`)}::timestamptz[]`;
}

function parts(scope: FunnelScope, period: FunnelPeriod): Parts {
  const instants = periodInstants(period);
  return {
    scope,
    start: instants.start,
    end: instants.end,
    boundaries: boundariesLiteral(instants.boundaries),
    months: instants.months.length,
    endYear: instants.endYear,
    areaColumn: scope.level === 'country' ? 'province_code' : 'commune_code',
  };
}

/** The scope on a table with province_code and commune_code (prefix: 'erased_' for erased people). */
export function within(scope: FunnelScope, alias: string, prefix = ''): RawBuilder<boolean> {
  const column = (name: string) => sql.ref(`${alias}.${prefix}${name}`);
  if (scope.level === 'country')
    return prefix === '' ? sql<boolean>`TRUE` : sql<boolean>`${column('commune_code')} IS NOT NULL`;
  if (scope.level === 'province') return sql<boolean>`${column('province_code')} = ${scope.code}`;
  return sql<boolean>`${column('commune_code')} = ${scope.code}`;
}

/**
 * The people the funnel counts, in scope, one row each (with 'all': what the `steps` CTE says their applications
 * did): every worker profile, and every worker who erased their
 * data (the profile is gone; the people row keeps the area it had, migration 0009). For the erased, the
 * registration time is the person's first contact (the profile's is gone) and sex and birth year are unknown.
 */
function workers(p: Parts, columns: 'all' | 'area'): RawBuilder<unknown> {
  const area = sql.raw(p.areaColumn);
  if (columns === 'area') {
    return sql`
      SELECT w.person_id, w.${area} AS area FROM worker_profiles w WHERE ${within(p.scope, 'w')}
      UNION ALL
      SELECT p.id, p.erased_${area} FROM people p WHERE ${within(p.scope, 'p', 'erased_')}`;
  }
  // What their applications did (the `steps` CTE) is joined in each branch: the profiles come out of their merge
  // with people in person order, and so stay, instead of the union being sorted again for the join.
  const steps = sql`s.official, s.interested, s.introduced, s.hired`;
  return sql`
    SELECT w.person_id, w.${area} AS area, w.created_at AS registered_at, p.stopped_at, NULL::timestamptz AS deleted_at, w.sex, p.birth_year,
      CASE WHEN cardinality(w.priority_groups) > 0 AND ${priorityConsent} THEN w.priority_groups END AS priority_groups, ${steps}
    FROM worker_profiles w JOIN people p ON p.id = w.person_id LEFT JOIN steps s ON s.person_id = w.person_id
    WHERE ${within(p.scope, 'w')}
    UNION ALL
    SELECT p.id, p.erased_${area}, p.created_at, p.stopped_at, p.deleted_at, NULL, NULL, NULL, ${steps}
    FROM people p LEFT JOIN steps s ON s.person_id = p.id WHERE ${within(p.scope, 'p', 'erased_')}`;
}

/**
 * A worker's priority groups count only with the 'priority_status' consent standing (withdrawing it also clears
 * them, and saving needs it: this is the same rule the broadcast audience applies, kept here as well).
 */
export const priorityConsent = sql<boolean>`EXISTS (
  SELECT 1 FROM consents c WHERE c.person_id = w.person_id AND c.purpose = 'priority_status' AND c.withdrawn_at IS NULL)`;

/**
 * The application events of the period, of people in scope (the whole country: every application is a worker's,
 * as searching needs a profile, so no join to the workers is needed there).
 */
function eventsInScope(p: Parts, columns: RawBuilder<unknown>): RawBuilder<unknown> {
  const scoped =
    p.scope.level === 'country' ? sql`` : sql`JOIN (${workers(p, 'area')}) xs ON xs.person_id = a.person_id`;
  return sql`
    SELECT ${columns}
    FROM application_events e JOIN applications a ON a.id = e.application_id ${scoped}
    WHERE e.at >= ${p.start} AND e.at < ${p.end}`;
}

/** Per person, what their applications did in the period (application_events, migration 0009). */
function applicationSteps(p: Parts): RawBuilder<unknown> {
  return sql`
    SELECT person_id,
      bool_or(status = 'interested') AS interested,
      bool_or(status IN ('introduced', 'offered', 'hired')) AS introduced,
      bool_or(status = 'hired') AS hired,
      bool_or(actor_role = 'official') AS official
    FROM (${eventsInScope(p, sql`a.person_id, e.status, e.actor_role`)}) e
    GROUP BY person_id`;
}

const AGE_LIMITS = sql`ARRAY[15, 25, 35, 45, 55]`;

/**
 * People: one pass over the workers in scope, counted first per (area, sex, age band, priority groups, month of
 * registration, of stopping, of erasure, what their applications did) — a few thousand cells instead of a million
 * people — and then added up per area, in total, per sex, per age band, per priority group and per month bucket of
 * each date. A STOP sent before registering counts from the registration.
 */
function peopleStatement(p: Parts): FunnelStatement {
  const m = p.months;
  const measures = sql`
    coalesce(sum(n) FILTER (WHERE reg BETWEEN 1 AND ${m}::int), 0)::int AS "registered",
    coalesce(sum(n) FILTER (WHERE reg <= ${m}::int AND (del IS NULL OR del > ${m}::int)), 0)::int AS "totalAtEnd",
    coalesce(sum(n) FILTER (WHERE reg <= ${m}::int AND (del IS NULL OR del > ${m}::int) AND (stop IS NULL OR stop > ${m}::int)), 0)::int AS "activeAtEnd",
    coalesce(sum(n) FILTER (WHERE stop BETWEEN 1 AND ${m}::int), 0)::int AS "stopped",
    coalesce(sum(n) FILTER (WHERE del BETWEEN 1 AND ${m}::int), 0)::int AS "deleted",
    coalesce(sum(n) FILTER (WHERE reg BETWEEN 1 AND ${m}::int OR official), 0)::int AS "counselled",
    coalesce(sum(n) FILTER (WHERE interested), 0)::int AS "interested",
    coalesce(sum(n) FILTER (WHERE introduced), 0)::int AS "introduced",
    coalesce(sum(n) FILTER (WHERE hired), 0)::int AS "hired"`;
  return {
    name: 'people',
    query: sql<StatementRow>`
      WITH steps AS (${applicationSteps(p)}),
      x AS (${workers(p, 'all')}),
      cube AS (
        SELECT x.area, coalesce(x.sex, 'unknown') AS sex, width_bucket(${p.endYear}::int - x.birth_year, ${AGE_LIMITS}) AS age, x.priority_groups AS pg,
          width_bucket(x.registered_at, ${p.boundaries}) AS reg,
          width_bucket(CASE WHEN x.stopped_at IS NOT NULL THEN greatest(x.stopped_at, x.registered_at) END, ${p.boundaries}) AS stop,
          width_bucket(x.deleted_at, ${p.boundaries}) AS del,
          coalesce(x.official, false) AS official, coalesce(x.interested, false) AS interested,
          coalesce(x.introduced, false) AS introduced, coalesce(x.hired, false) AS hired, count(*) AS n
        FROM x
        GROUP BY 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11
      )
      SELECT
        CASE WHEN GROUPING(area) = 0 THEN 'area' WHEN GROUPING(sex) = 0 THEN 'sex' WHEN GROUPING(age) = 0 THEN 'age_band'
          WHEN GROUPING(reg) = 0 THEN 'month_reg' WHEN GROUPING(stop) = 0 THEN 'month_stop' WHEN GROUPING(del) = 0 THEN 'month_del' ELSE 'total' END AS part,
        CASE WHEN GROUPING(area) = 0 THEN area WHEN GROUPING(sex) = 0 THEN sex WHEN GROUPING(age) = 0 THEN age::text
          WHEN GROUPING(reg) = 0 THEN reg::text WHEN GROUPING(stop) = 0 THEN stop::text WHEN GROUPING(del) = 0 THEN del::text END AS key,
        ${measures},
        coalesce(sum(n), 0)::int AS "n",
        coalesce(sum(n) FILTER (WHERE stop IS NOT NULL), 0)::int AS "nStopped"
      FROM cube
      GROUP BY GROUPING SETS ((area), (), (sex), (age), (reg), (stop), (del))
      UNION ALL
      SELECT 'priority_group', g, ${measures}, NULL, NULL
      FROM cube CROSS JOIN LATERAL unnest(cube.pg) g
      WHERE g IN (${sql.join(PRIORITY_GROUPS.map((group) => sql`${group}`))})
      GROUP BY g`,
  };
}

/**
 * Workers by the trades they chose (a worker counts under each): registered and their number at the end (erased
 * workers have no trades left). Not the active ones: that would take a second pass over the people for one column.
 */
function occupationStatement(p: Parts): FunnelStatement {
  return {
    name: 'people by occupation',
    query: sql<StatementRow>`
      SELECT 'occupation' AS part, o AS key,
        count(*) FILTER (WHERE w.created_at >= ${p.start} AND w.created_at < ${p.end})::int AS "registered",
        count(*) FILTER (WHERE w.created_at < ${p.end})::int AS "totalAtEnd"
      FROM worker_profiles w CROSS JOIN LATERAL unnest(w.occupations) o
      WHERE ${within(p.scope, 'w')}
      GROUP BY o`,
  };
}

/**
 * Applications by month and by the vacancy's trade: distinct people per month (a person interested in January and
 * in March counts in both). counselledExtra: people an official acted for in a month who did not also register in
 * that month (counselled in a month = registered that month + these).
 */
function applicationsStatement(p: Parts): FunnelStatement {
  const columns = sql`a.person_id, e.status, e.actor_role, a.vacancy_id, width_bucket(e.at, ${p.boundaries}) AS m`;
  // Per person first (bool_or), then counted: cheaper than count(DISTINCT …), which sorts its input per aggregate.
  const steps = sql`bool_or(ev.status = 'interested') AS interested, bool_or(ev.status IN ('introduced', 'offered', 'hired')) AS introduced, bool_or(ev.status = 'hired') AS hired`;
  const counts = sql`count(*) FILTER (WHERE interested)::int AS "interested", count(*) FILTER (WHERE introduced)::int AS "introduced",
    count(*) FILTER (WHERE hired)::int AS "hired"`;
  return {
    name: 'applications by month and occupation',
    query: sql<StatementRow>`
      WITH ev AS (${eventsInScope(p, columns)}),
      by_month AS (SELECT m, person_id, ${steps} FROM ev GROUP BY m, person_id),
      by_occupation AS (SELECT v.occupation, ev.person_id, ${steps} FROM ev JOIN vacancies v ON v.id = ev.vacancy_id GROUP BY v.occupation, ev.person_id)
      SELECT 'month' AS part, m::text AS key, ${counts}, NULL::int AS "counselledExtra" FROM by_month GROUP BY m
      UNION ALL
      SELECT 'occupation', occupation, ${counts}, NULL FROM by_occupation GROUP BY occupation
      UNION ALL
      SELECT 'month', o.m::text, NULL, NULL, NULL, count(DISTINCT o.person_id)::int
      FROM ev o
      LEFT JOIN worker_profiles w ON w.person_id = o.person_id
      LEFT JOIN people p ON p.id = o.person_id
      WHERE o.actor_role = 'official' AND width_bucket(coalesce(w.created_at, p.created_at), ${p.boundaries}) IS DISTINCT FROM o.m
      GROUP BY o.m`,
  };
}

/**
 * Messages sent to people in the period, where the person lives: job alerts (each vacancy alert and each daily
 * digest sent is one message) and broadcasts.
 */
function notificationsStatement(p: Parts): FunnelStatement {
  return {
    name: 'notifications to people',
    query: sql<StatementRow>`
      SELECT CASE WHEN GROUPING(area) = 0 THEN 'area' WHEN GROUPING(m) = 0 THEN 'month' ELSE 'total' END AS part,
        CASE WHEN GROUPING(area) = 0 THEN area WHEN GROUPING(m) = 0 THEN m::text END AS key,
        count(*) FILTER (WHERE kind IN (${ALERTS}))::int AS "alertsDelivered",
        count(*) FILTER (WHERE kind = ${BROADCAST})::int AS "broadcastReach"
      FROM (${sentToWorkers(p, sql`n.kind IN (${ALERTS}, ${BROADCAST})`, sql`n.kind, width_bucket(n.sent_at, ${p.boundaries}) AS m`)}) s
      GROUP BY GROUPING SETS ((area), (), (m))`,
  };
}

/**
 * Notifications sent to people in the period (the kinds in `kinds`), with where each person lives: their profile's
 * area, or the one an erased worker had. The whole country: joined flat, in person order
 * (notifications_sent_person_idx, the profiles' primary key). A province or a commune: from its workers, each one's
 * notifications read from that index.
 */
function sentToWorkers(p: Parts, kinds: RawBuilder<unknown>, columns: RawBuilder<unknown>): RawBuilder<unknown> {
  const sent = sql`n.status = 'sent' AND n.sent_at >= ${p.start} AND n.sent_at < ${p.end} AND ${kinds}`;
  if (p.scope.level !== 'country') {
    return sql`
      SELECT n.person_id, x.area, ${columns}
      FROM (${workers(p, 'area')}) x JOIN notifications n ON n.person_id = x.person_id AND ${sent}`;
  }
  const area = sql.raw(p.areaColumn);
  return sql`
    SELECT n.person_id, coalesce(w.${area}, e.erased_${area}) AS area, ${columns}
    FROM notifications n
    LEFT JOIN worker_profiles w ON w.person_id = n.person_id
    LEFT JOIN (SELECT id, erased_province_code, erased_commune_code FROM people WHERE erased_commune_code IS NOT NULL) e ON e.id = n.person_id
    WHERE n.person_id IS NOT NULL AND ${sent} AND (w.person_id IS NOT NULL OR e.id IS NOT NULL)`;
}

/**
 * Broadcasts sent to group chats in the period: one message each, placed where the group is subscribed (its
 * commune subscription first; a group subscribed to a whole province counts in the province, in no commune).
 */
function groupBroadcastsStatement(p: Parts): FunnelStatement {
  const area =
    p.areaColumn === 'province_code' ? sql`g.province_code` : sql`CASE WHEN g.level = 'commune' THEN g.code END`;
  const inScope =
    p.scope.level === 'country'
      ? sql`TRUE`
      : p.scope.level === 'province'
        ? sql`g.province_code = ${p.scope.code}`
        : sql`g.code = ${p.scope.code}`;
  return {
    name: 'broadcasts to group chats',
    query: sql<StatementRow>`
      SELECT CASE WHEN GROUPING(area) = 0 THEN 'area' WHEN GROUPING(m) = 0 THEN 'month' ELSE 'total' END AS part,
        CASE WHEN GROUPING(area) = 0 THEN area WHEN GROUPING(m) = 0 THEN m::text END AS key,
        count(*)::int AS "broadcastReach"
      FROM (
        SELECT ${area} AS area, width_bucket(n.sent_at, ${p.boundaries}) AS m
        FROM broadcasts b
        JOIN notifications n ON n.kind = ${BROADCAST} AND n.ref_id = b.id AND n.person_id IS NULL
        CROSS JOIN LATERAL (
          SELECT r.code, r.level, r.province_code FROM group_subscriptions gs JOIN regions r ON r.code = gs.region_code
          WHERE gs.identity_id = n.identity_id ORDER BY r.level = 'commune' DESC, gs.created_at LIMIT 1) g
        WHERE b.send_at < ${p.end} AND n.status = 'sent' AND n.sent_at >= ${p.start} AND n.sent_at < ${p.end} AND ${inScope}
      ) s
      GROUP BY GROUPING SETS ((area), (), (m))`,
  };
}

/** How long after a broadcast reached a chat a message from that chat counts as a reply. */
export const REPLY_WINDOW_HOURS = 48;

/**
 * People who replied to a broadcast: a message from the chat the broadcast reached (inbound_events, one row per
 * message received, with the chat) within REPLY_WINDOW_HOURS after it was sent, per area, in total and per month
 * of the broadcast. Distinct people. Records older than RETENTION_DAYS are deleted; the first reply among them is
 * written on the notification first (replied_at, src/messaging/schedule/retention.ts), so a reply counts from either.
 */
function repliesStatement(p: Parts): FunnelStatement {
  const windowEnd = new Date(p.end.getTime() + REPLY_WINDOW_HOURS * 3_600_000);
  return {
    name: 'broadcast replies',
    // Each broadcast received probes the chat's messages; hashing the people is cheaper than merging here.
    hashJoins: true,
    query: sql<StatementRow>`
      WITH replied AS MATERIALIZED (
        SELECT DISTINCT s.person_id, s.area, s.m
        FROM (${p.scope.level === 'country' ? repliedAnywhere(p, windowEnd) : sentToWorkers(p, sql`n.kind = ${BROADCAST}`, sql`width_bucket(n.sent_at, ${p.boundaries}) AS m, ${replyWithin(p, windowEnd)} AS replied`)}) s
        WHERE s.replied
      )
      SELECT CASE WHEN GROUPING(area) = 0 THEN 'area' WHEN GROUPING(m) = 0 THEN 'month' ELSE 'total' END AS part,
        CASE WHEN GROUPING(area) = 0 THEN area WHEN GROUPING(m) = 0 THEN m::text END AS key,
        count(DISTINCT person_id)::int AS "broadcastReplies"
      FROM replied
      GROUP BY GROUPING SETS ((area), (), (m))`,
  };
}

/**
 * Whether the chat the broadcast `n` reached wrote to the bot within REPLY_WINDOW_HOURS after: a reply recorded on
 * the notification before its message record was purged, or a record still there.
 */
function replyWithin(p: Parts, windowEnd: Date): RawBuilder<boolean> {
  return sql<boolean>`(n.replied_at IS NOT NULL OR EXISTS (
    SELECT 1 FROM inbound_events ie
    WHERE ie.identity_id = n.identity_id AND ie.received_at > n.sent_at AND ie.received_at <= n.sent_at + make_interval(hours => ${REPLY_WINDOW_HOURS}::int)
      AND ie.received_at > ${p.start} AND ie.received_at <= ${windowEnd}))`;
}

/**
 * The whole country: the people who replied found among all broadcasts sent first (a few), then placed where they
 * live — rather than placing every broadcast message first.
 */
function repliedAnywhere(p: Parts, windowEnd: Date): RawBuilder<unknown> {
  const area = sql.raw(p.areaColumn);
  return sql`
    SELECT r.person_id, coalesce(w.${area}, e.erased_${area}) AS area, r.m, TRUE AS replied
    FROM (
      SELECT DISTINCT n.person_id, width_bucket(n.sent_at, ${p.boundaries}) AS m
      FROM notifications n
      WHERE n.kind = ${BROADCAST} AND n.status = 'sent' AND n.person_id IS NOT NULL AND n.sent_at >= ${p.start} AND n.sent_at < ${p.end}
        AND ${replyWithin(p, windowEnd)}
    ) r
    LEFT JOIN worker_profiles w ON w.person_id = r.person_id
    LEFT JOIN (SELECT id, erased_province_code, erased_commune_code FROM people WHERE erased_commune_code IS NOT NULL) e ON e.id = r.person_id
    WHERE w.person_id IS NOT NULL OR e.id IS NOT NULL`;
}

/** Vacancies approved in the period (open, closed or hidden since), where the job is. */
function vacanciesStatement(p: Parts): FunnelStatement {
  return {
    name: 'vacancies',
    query: sql<StatementRow>`
      SELECT CASE WHEN GROUPING(area) = 0 THEN 'area' WHEN GROUPING(occupation) = 0 THEN 'occupation' WHEN GROUPING(m) = 0 THEN 'month' ELSE 'total' END AS part,
        CASE WHEN GROUPING(area) = 0 THEN area WHEN GROUPING(occupation) = 0 THEN occupation WHEN GROUPING(m) = 0 THEN m::text END AS key,
        count(*)::int AS "vacanciesApproved",
        coalesce(sum(headcount), 0)::int AS "headcountApproved",
        count(DISTINCT employer_id)::int AS "employers"
      FROM (
        SELECT v.${sql.raw(p.areaColumn)} AS area, v.occupation, v.headcount, v.employer_id, width_bucket(v.decided_at, ${p.boundaries}) AS m
        FROM vacancies v
        WHERE v.status IN ('approved', 'closed', 'hidden') AND v.decided_at >= ${p.start} AND v.decided_at < ${p.end} AND ${within(p.scope, 'v')}
      ) s
      GROUP BY GROUPING SETS ((area), (), (occupation), (m))`,
  };
}

/** Employers per former district (distinct, so not a sum of the communes'). */
function districtEmployersStatement(p: Parts, districts: readonly DistrictCommunes[]): FunnelStatement {
  const pairs = districts.flatMap((d) => d.communeCodes.map((code) => [d.key, code] as const));
  return {
    name: 'employers by former district',
    query: sql<StatementRow>`
      SELECT 'former_district' AS part, d.key, count(DISTINCT v.employer_id)::int AS "employers"
      FROM vacancies v
      JOIN unnest(${pairs.map(([key]) => key)}::text[], ${pairs.map(([, code]) => code)}::text[]) AS d (key, code) ON d.code = v.commune_code
      WHERE v.status IN ('approved', 'closed', 'hidden') AND v.decided_at >= ${p.start} AND v.decided_at < ${p.end} AND ${within(p.scope, 'v')}
      GROUP BY d.key`,
  };
}

/** Every statement of the funnel for this scope and period (former districts: province scope only). */
export function funnelStatements(
  scope: FunnelScope,
  period: FunnelPeriod,
  districts: readonly DistrictCommunes[] = [],
): FunnelStatement[] {
  const p = parts(scope, period);
  const statements = [
    peopleStatement(p),
    notificationsStatement(p),
    occupationStatement(p),
    applicationsStatement(p),
    repliesStatement(p),
    groupBroadcastsStatement(p),
    vacanciesStatement(p),
  ];
  if (districts.length > 0) statements.push(districtEmployersStatement(p, districts));
  return statements;
}

/** A broadcast sent in the period and one of its targets (the counting by target area is done in code). */
export interface BroadcastTargetRow {
  id: number;
  m: number;
  code: string;
  level: 'province' | 'commune';
  province_code: string;
}

export function broadcastTargetsQuery(period: FunnelPeriod): RawBuilder<BroadcastTargetRow> {
  const { start, end, boundaries } = periodInstants(period);
  return sql<BroadcastTargetRow>`
    SELECT b.id, width_bucket(b.send_at, ${boundariesLiteral(boundaries)}) AS m, r.code, r.level, r.province_code
    FROM broadcasts b CROSS JOIN LATERAL unnest(b.target_region_codes) t (code) JOIN regions r ON r.code = t.code
    WHERE b.status IN ('sending', 'sent') AND b.send_at >= ${start} AND b.send_at < ${end}`;
}
