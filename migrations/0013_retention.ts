import { type Kysely, sql } from 'kysely';

/**
 * Retention (issue 11): sent outbox rows and received-message records older than RETENTION_DAYS are deleted by a
 * daily job (src/messaging/schedule/retention.ts).
 *
 * - notifications.replied_at: for a broadcast sent to a chat, the first message that chat wrote within the reply
 *   window (48 h), recorded from inbound_events right before those records are deleted, so the funnel's "broadcast
 *   replies" (src/reporting/funnel-queries.ts: replied_at, or a record still there) stays the same after a purge.
 * - notifications_broadcast_sent_idx carries replied_at too, so the replies over the whole country stay index-only.
 * - outbox_sent_idx: the sent rows by age, for the purge's batches (the relay reads only the unsent ones).
 */
const statements = [
  sql`ALTER TABLE notifications ADD COLUMN replied_at timestamptz`,
  sql`DROP INDEX notifications_broadcast_sent_idx`,
  sql`CREATE INDEX notifications_broadcast_sent_idx ON notifications (sent_at) INCLUDE (person_id, identity_id, replied_at) WHERE kind = 'broadcast' AND status = 'sent'`,
  sql`CREATE INDEX outbox_sent_idx ON outbox (sent_at) WHERE sent_at IS NOT NULL`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}
