import { type Kysely, sql } from 'kysely';

/**
 * Event registration (issue 14): the notifications an event sends a worker — the reminders the evening before and
 * two hours before, and the move-up from the waiting list — are new kinds of notifications.kind. The check admits
 * the family 'event' and 'event_…' as a whole, so the other events parts' kinds (the announcement, the follow-up)
 * need no further change to it, whichever of their migrations runs first.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE notifications DROP CONSTRAINT IF EXISTS notifications_kind_check`.execute(db);
  await sql`ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check
    CHECK (kind IN ('vacancy', 'broadcast', 'digest', 'followup') OR kind ~ '^event(_[a-z_]{1,40})?$')`.execute(db);
}
