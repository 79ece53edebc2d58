import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { QuietHoursRule } from '../../kernel/quiet-hours.ts';
import { DAY_MS } from '../../kernel/time.ts';
import { dueAt } from './timing.ts';

/**
 * Sixty days after a course (daily job, issue 15): every 'completed' enrolment finished at least
 * COURSE_FOLLOWUP_AFTER_DAYS ago, not asked yet, of an active person with a reachable private chat, gets one
 * 'course_followup' notification (ref = course_enrolments.id) and its followup_asked_at, in one statement; a re-run
 * writes nothing twice and a missed day is caught up the next. The question "do you work in the trade now?" and
 * its answer are course-outcome's (src/features/course-outcome/).
 */
export const COURSE_FOLLOWUP_KIND = 'course_followup';
export const COURSE_FOLLOWUP_AFTER_DAYS = 60;
/** As the other follow-ups: after new vacancy alerts, ahead of broadcasts. */
const COURSE_FOLLOWUP_PRIORITY = 2;

export async function runCourseFollowups(
  db: Kysely<Database>,
  options: { now: Date; quietHours: QuietHoursRule },
): Promise<{ asked: number }> {
  const { now, quietHours } = options;
  const cutoff = new Date(now.getTime() - COURSE_FOLLOWUP_AFTER_DAYS * DAY_MS);
  const { rows } = await sql<{ asked: number }>`
    WITH target AS (
      SELECT e.id, e.person_id, ci.id AS identity_id, ci.channel
      FROM course_enrolments e
      JOIN people p ON p.id = e.person_id AND p.status = 'active'
      JOIN LATERAL (
        SELECT id, channel FROM channel_identities
        WHERE person_id = e.person_id AND chat_type = 'private' AND reachable AND tombstoned_at IS NULL
        ORDER BY last_seen_at DESC, id DESC LIMIT 1
      ) ci ON true
      WHERE e.status = 'completed' AND e.followup_asked_at IS NULL
        AND e.finished_at <= ${cutoff.toISOString()}::timestamptz
    ), inserted AS (
      INSERT INTO notifications (kind, ref_id, person_id, identity_id, channel, priority, not_before)
      SELECT ${COURSE_FOLLOWUP_KIND}, id, person_id, identity_id, channel, ${COURSE_FOLLOWUP_PRIORITY}::smallint,
        ${dueAt(now, quietHours).toISOString()}::timestamptz
      FROM target
      ON CONFLICT (kind, ref_id, person_id) WHERE person_id IS NOT NULL DO NOTHING
      RETURNING id
    ), marked AS (
      UPDATE course_enrolments SET followup_asked_at = ${now.toISOString()}::timestamptz
      WHERE id IN (SELECT id FROM target)
      RETURNING id
    )
    SELECT (SELECT count(*) FROM inserted)::int AS asked, (SELECT count(*) FROM marked)::int AS marked`.execute(db);
  return { asked: rows[0]?.asked ?? 0 };
}
