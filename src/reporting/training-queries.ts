import { sql, type RawBuilder } from 'kysely';
import { PRIORITY_GROUPS } from '../kernel/priority-groups.ts';
import {
  boundariesLiteral,
  priorityConsent,
  within,
  type FunnelStatement,
  type StatementRow,
} from './funnel-queries.ts';
import { periodInstants, type FunnelPeriod } from './funnel-period.ts';
import type { FunnelScope } from './funnel.ts';

/**
 * Vocational training in the funnel (issue 15): one fact per worker and step that happened in the period, then
 * counted as distinct people —
 *   trainingWanted  the worker named trades to learn (worker_profiles.training_occupations) when asked in the
 *                   period (training_asked_at); one fact per trade named;
 *   signedUp        a sign-up made in the period (signed_up_at) and not cancelled since, the waiting list included;
 *   enrolled        a place confirmed by the provider in the period (enrolled_at: it stays set when the person
 *                   later completes or drops out);
 *   completed       a course completed in the period (status 'completed', finished_at);
 *   workingInTrade  the 60-day question answered "yes, in the trade" in the period (followup_answered_at).
 * Counted where the worker lives, as the other people measures: the profile's area, or the one an erased worker
 * had (their wish to learn went with the profile). Someone with neither is in no area, so in no count. Each fact
 * carries the course's level and trade (the wished trade for trainingWanted) and the worker's priority groups
 * (with the 'priority_status' consent standing) for the breakdowns (training-report.ts).
 */
export const TRAINING_MEASURES = ['trainingWanted', 'signedUp', 'enrolled', 'completed', 'workingInTrade'] as const;
export type TrainingMeasure = (typeof TRAINING_MEASURES)[number];

function facts(scope: FunnelScope, period: FunnelPeriod): RawBuilder<unknown> {
  const { start, end } = periodInstants(period);
  const area = sql.raw(scope.level === 'country' ? 'province_code' : 'commune_code');
  const inPeriod = (at: RawBuilder<unknown>) => sql`${at} >= ${start} AND ${at} < ${end}`;
  const groups = sql`CASE WHEN cardinality(w.priority_groups) > 0 AND ${priorityConsent} THEN w.priority_groups END`;
  // From the sign-ups, not from every worker: the profile (or an erased worker's people row) is looked up by key.
  return sql`
    facts AS (
      SELECT w.person_id, w.${area} AS area, ${groups} AS pg, 'trainingWanted' AS measure, w.training_asked_at AS at,
        NULL::text AS level, o AS occupation
      FROM worker_profiles w CROSS JOIN LATERAL unnest(w.training_occupations) o
      WHERE w.training_occupations <> '{}' AND ${inPeriod(sql`w.training_asked_at`)} AND ${within(scope, 'w')}
      UNION ALL
      SELECT e.person_id, coalesce(w.${area}, p.erased_${area}), ${groups}, s.measure, s.at, c.level, c.occupation
      FROM course_enrolments e
      JOIN courses c ON c.id = e.course_id
      CROSS JOIN LATERAL (VALUES
        ('signedUp', CASE WHEN e.status <> 'cancelled' THEN e.signed_up_at END),
        ('enrolled', e.enrolled_at),
        ('completed', CASE WHEN e.status = 'completed' THEN e.finished_at END),
        ('workingInTrade', CASE WHEN e.works_in_trade THEN e.followup_answered_at END)) s (measure, at)
      LEFT JOIN worker_profiles w ON w.person_id = e.person_id
      LEFT JOIN people p ON p.id = e.person_id AND w.person_id IS NULL
      WHERE ${inPeriod(sql`s.at`)}
        AND CASE WHEN w.person_id IS NOT NULL THEN ${within(scope, 'w')} ELSE ${within(scope, 'p', 'erased_')} END
    )`;
}

const COUNTS = sql.join(
  TRAINING_MEASURES.map(
    (m) => sql`count(DISTINCT person_id) FILTER (WHERE measure = ${sql.lit(m)})::int AS ${sql.ref(m)}`,
  ),
);

/** The funnel's five training measures per area, in total and per month of the period. */
export function trainingStatement(scope: FunnelScope, period: FunnelPeriod): FunnelStatement {
  const bounds = boundariesLiteral(periodInstants(period).boundaries);
  return {
    name: 'training',
    query: sql<StatementRow>`
      WITH ${facts(scope, period)}
      SELECT CASE WHEN GROUPING(area) = 0 THEN 'area' WHEN GROUPING(m) = 0 THEN 'month' ELSE 'total' END AS part,
        CASE WHEN GROUPING(area) = 0 THEN area WHEN GROUPING(m) = 0 THEN m::text END AS key,
        ${COUNTS}
      FROM (SELECT person_id, area, measure, width_bucket(at, ${bounds}) AS m FROM facts) f
      GROUP BY GROUPING SETS ((area), (), (m))`,
  };
}

/** A row of the training breakdowns: 'level' | 'occupation' | 'priority_group', its key, the five counts. */
export type TrainingBreakdownRow = { part: 'level' | 'occupation' | 'priority_group'; key: string | null } & Record<
  TrainingMeasure,
  number
>;

/** The same facts by the course's level, by trade (a worker counts under each) and by priority group. */
export function trainingBreakdownQuery(scope: FunnelScope, period: FunnelPeriod): RawBuilder<TrainingBreakdownRow> {
  return sql<TrainingBreakdownRow>`
    WITH ${facts(scope, period)}
    SELECT CASE WHEN GROUPING(level) = 0 THEN 'level' ELSE 'occupation' END AS part,
      CASE WHEN GROUPING(level) = 0 THEN level ELSE occupation END AS key,
      ${COUNTS}
    FROM facts
    GROUP BY GROUPING SETS ((level), (occupation))
    UNION ALL
    SELECT 'priority_group', g, ${COUNTS}
    FROM facts CROSS JOIN LATERAL unnest(facts.pg) g
    WHERE g IN (${sql.join(PRIORITY_GROUPS.map((group) => sql`${group}`))})
    GROUP BY g`;
}
