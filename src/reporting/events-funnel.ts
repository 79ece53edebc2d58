import { sql } from 'kysely';
import { periodInstants, type FunnelPeriod } from './funnel-period.ts';
import type { FunnelStatement, StatementRow } from './funnel-queries.ts';
import type { FunnelScope } from './funnel.ts';

/**
 * The funnel's events (issue 14): sessions held or announced that start in the period, and the people who came —
 * the attendees typed in for village meetings plus the registrations checked in at fairs and online sessions.
 * Counted where the event takes place: its commune, or (an online session without one) the area it was set up
 * for, which counts in its province and the country but in no commune when that area is a province. Cancelled and
 * not yet announced events are not counted. Hires at events are applications like any other: the people statement
 * counts them, not this one.
 */
export function eventsStatement(scope: FunnelScope, period: FunnelPeriod): FunnelStatement {
  const { start, end, boundaries } = periodInstants(period);
  const bounds = sql`${sql.lit(`{${boundaries.map((d) => d.toISOString()).join(',')}}`)}::timestamptz[]`;
  const area = scope.level === 'country' ? sql`r.province_code` : sql`CASE WHEN r.level = 'commune' THEN r.code END`;
  const inScope =
    scope.level === 'country'
      ? sql`TRUE`
      : scope.level === 'province'
        ? sql`r.province_code = ${scope.code}`
        : sql`r.code = ${scope.code}`;
  return {
    name: 'events',
    query: sql<StatementRow>`
      SELECT CASE WHEN GROUPING(area) = 0 THEN 'area' WHEN GROUPING(m) = 0 THEN 'month' ELSE 'total' END AS part,
        CASE WHEN GROUPING(area) = 0 THEN area WHEN GROUPING(m) = 0 THEN m::text END AS key,
        count(*)::int AS "events",
        coalesce(sum(attendees), 0)::int AS "meetingAttendees"
      FROM (
        SELECT ${area} AS area, width_bucket(e.starts_at, ${bounds}) AS m,
          CASE WHEN e.kind = 'meeting' THEN coalesce(e.attendees_reported, 0) ELSE 0 END
            + (SELECT count(*) FROM event_registrations er WHERE er.event_id = e.id AND er.status = 'attended') AS attendees
        FROM events e JOIN regions r ON r.code = coalesce(e.commune_code, e.scope_region_code)
        WHERE e.status IN ('announced', 'held') AND e.starts_at >= ${start} AND e.starts_at < ${end} AND ${inScope}
      ) s
      GROUP BY GROUPING SETS ((area), (), (m))`,
  };
}
