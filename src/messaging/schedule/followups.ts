import { sql, type Kysely } from 'kysely';
import type { QuietHoursRule } from '../../kernel/quiet-hours.ts';
import type { Database } from '../../db/schema.ts';
import { dueAt, FOLLOWUP_AFTER_DAYS } from './timing.ts';

/**
 * The 7-day follow-up (daily job): every application still 'interested' FOLLOWUP_AFTER_DAYS days after it was
 * made, not yet asked about, of an active person with a reachable private chat, gets one 'followup' notification
 * (ref = applications.id) and its followup_sent_at — in one statement; the unique (kind, ref, person) and
 * followup_sent_at make a re-run write nothing twice. A missed day is caught up the next day (nothing here
 * depends on the date of the run). The answer comes back through the chat (src/features/followup/answer.ts).
 */
/**
 * Row priority (lower is sooner): after new vacancy alerts (1), ahead of broadcasts (3); see
 * src/messaging/fanout/recipients.ts.
 */
export const FOLLOWUP_PRIORITY = 2;

export interface FollowupRunOptions {
  now: Date;
  quietHours: QuietHoursRule;
}

export async function runFollowups(db: Kysely<Database>, options: FollowupRunOptions): Promise<{ asked: number }> {
  const { now, quietHours } = options;
  const cutoff = new Date(now.getTime() - FOLLOWUP_AFTER_DAYS * 24 * 60 * 60 * 1000).toISOString();
  const { rows } = await sql<{ asked: number }>`
    WITH target AS (
      SELECT a.id, a.person_id, ci.id AS identity_id, ci.channel
      FROM applications a
      JOIN people p ON p.id = a.person_id AND p.status = 'active'
      JOIN LATERAL (
        SELECT id, channel FROM channel_identities
        WHERE person_id = a.person_id AND chat_type = 'private' AND reachable AND tombstoned_at IS NULL
        ORDER BY last_seen_at DESC, id DESC LIMIT 1
      ) ci ON true
      WHERE a.status = 'interested' AND a.followup_sent_at IS NULL AND a.created_at <= ${cutoff}::timestamptz
    ), inserted AS (
      INSERT INTO notifications (kind, ref_id, person_id, identity_id, channel, priority, not_before)
      SELECT 'followup', id, person_id, identity_id, channel, ${FOLLOWUP_PRIORITY}::smallint, ${dueAt(now, quietHours).toISOString()}::timestamptz FROM target
      ON CONFLICT (kind, ref_id, person_id) WHERE person_id IS NOT NULL DO NOTHING
      RETURNING id
    ), marked AS (
      UPDATE applications SET followup_sent_at = ${now.toISOString()}::timestamptz
      WHERE id IN (SELECT id FROM target)
      RETURNING id
    )
    SELECT (SELECT count(*) FROM inserted)::int AS asked, (SELECT count(*) FROM marked)::int AS marked`.execute(db);
  return { asked: rows[0]?.asked ?? 0 };
}
