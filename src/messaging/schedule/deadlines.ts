import { sql, type Kysely } from 'kysely';
import { vietnamIsoDate } from '../../kernel/time.ts';
import type { Database } from '../../db/schema.ts';

/**
 * Vacancy expiry (hourly job): approved vacancies whose deadline (a Vietnam date, the last day to apply) is before
 * today become 'closed' with closed_at, with an audit entry each; the alerts not yet sent for them ('pending',
 * 'queued', 'held') are 'skipped', so they are never sent after. Alerts of vacancies an employer closed in the
 * last RECENTLY_CLOSED_DAYS are swept the same way (a closure written elsewhere, or a run missed). One statement.
 */
export const RECENTLY_CLOSED_DAYS = 3;

export async function closeExpiredVacancies(
  db: Kysely<Database>,
  options: { now: Date },
): Promise<{ closed: number; skipped: number }> {
  const now = options.now.toISOString();
  const today = vietnamIsoDate(options.now);
  const { rows } = await sql<{ closed: number; skipped: number }>`
    WITH closed AS (
      UPDATE vacancies SET status = 'closed', closed_at = ${now}::timestamptz
      WHERE status = 'approved' AND deadline < ${today}::date
      RETURNING id, province_code, deadline
    ), audited AS (
      INSERT INTO audit_log (actor_label, action, subject_type, subject_id, region_code, details)
      SELECT 'schedule', 'vacancy.expired', 'vacancy', id::text, province_code, jsonb_build_object('deadline', deadline::text)
      FROM closed
    ), gone AS (
      SELECT id FROM closed
      UNION
      SELECT id FROM vacancies WHERE status = 'closed' AND closed_at >= ${now}::timestamptz - ${`${RECENTLY_CLOSED_DAYS} days`}::interval
    ), skipped AS (
      UPDATE notifications n SET status = 'skipped', finished_at = ${now}::timestamptz, last_error = 'vacancy closed'
      FROM gone
      WHERE n.kind = 'vacancy' AND n.ref_id = gone.id AND n.status IN ('pending', 'queued', 'held')
      RETURNING n.id
    )
    SELECT (SELECT count(*) FROM closed)::int AS closed, (SELECT count(*) FROM skipped)::int AS skipped`.execute(db);
  return { closed: rows[0]?.closed ?? 0, skipped: rows[0]?.skipped ?? 0 };
}
