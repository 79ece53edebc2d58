import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { QuietHoursRule } from '../../kernel/quiet-hours.ts';
import { DAY_MS, vietnamDayStart } from '../../kernel/time.ts';
import { dueAt } from './timing.ts';

/**
 * The day after an event (daily job, issue 14): every worker checked in at a fair or online session that took place
 * on an earlier day (within the last EVENT_FOLLOWUP_WITHIN_DAYS), with no result recorded there yet (no application
 * from the event hired or not hired), gets one 'event_followup' notification (ref = event_registrations.id) and its
 * followed_up_at, in one statement; a re-run writes nothing twice. The question and its answer are the event door's
 * (src/features/event-door/followup.ts), recorded as the 7-day follow-up records its answers.
 */
export const EVENT_FOLLOWUP_KIND = 'event_followup';
export const EVENT_FOLLOWUP_WITHIN_DAYS = 7;
/** As the 7-day follow-up: after new vacancy alerts, ahead of broadcasts. */
const EVENT_FOLLOWUP_PRIORITY = 2;

export async function runEventFollowups(
  db: Kysely<Database>,
  options: { now: Date; quietHours: QuietHoursRule },
): Promise<{ asked: number }> {
  const { now, quietHours } = options;
  const today = vietnamDayStart(now);
  const since = new Date(today.getTime() - EVENT_FOLLOWUP_WITHIN_DAYS * DAY_MS);
  const { rows } = await sql<{ asked: number }>`
    WITH target AS (
      SELECT r.id, r.person_id, ci.id AS identity_id, ci.channel
      FROM event_registrations r
      JOIN events ev ON ev.id = r.event_id AND ev.kind <> 'meeting' AND ev.status <> 'cancelled'
      JOIN people p ON p.id = r.person_id AND p.status = 'active'
      JOIN LATERAL (
        SELECT id, channel FROM channel_identities
        WHERE person_id = r.person_id AND chat_type = 'private' AND reachable AND tombstoned_at IS NULL
        ORDER BY last_seen_at DESC, id DESC LIMIT 1
      ) ci ON true
      WHERE r.status = 'attended' AND r.followed_up_at IS NULL
        AND ev.starts_at < ${today.toISOString()}::timestamptz AND ev.starts_at >= ${since.toISOString()}::timestamptz
        AND NOT EXISTS (
          SELECT 1 FROM applications a
          WHERE a.person_id = r.person_id AND a.event_id = r.event_id AND a.status IN ('hired', 'not_hired'))
    ), inserted AS (
      INSERT INTO notifications (kind, ref_id, person_id, identity_id, channel, priority, not_before)
      SELECT ${EVENT_FOLLOWUP_KIND}, id, person_id, identity_id, channel, ${EVENT_FOLLOWUP_PRIORITY}::smallint,
        ${dueAt(now, quietHours).toISOString()}::timestamptz
      FROM target
      ON CONFLICT (kind, ref_id, person_id) WHERE person_id IS NOT NULL DO NOTHING
      RETURNING id
    ), marked AS (
      UPDATE event_registrations SET followed_up_at = ${now.toISOString()}::timestamptz
      WHERE id IN (SELECT id FROM target)
      RETURNING id
    )
    SELECT (SELECT count(*) FROM inserted)::int AS asked, (SELECT count(*) FROM marked)::int AS marked`.execute(db);
  return { asked: rows[0]?.asked ?? 0 };
}
