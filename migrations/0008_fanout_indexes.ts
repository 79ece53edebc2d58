import { type Kysely, sql } from 'kysely';

/**
 * The fan-out at 1,000,000 subscribers (src/messaging/fanout/; plan and numbers in bench/fanout-explain.txt).
 *
 * Added:
 * - channel_identities_latest_idx: a person's reachable, non-tombstoned private chats, newest first, channel
 *   included — the recipient chat of each matched person (and "is there a newer one?") from the index alone.
 * - notifications_alert_due_idx: the instant vacancy alerts that count toward the daily cap (pending, queued,
 *   sent), by person and due time — one short probe per matched instant subscriber.
 *
 * Removed from notifications, because the fan-out writes a row per recipient and each costs per row:
 * - notifications_person_day_idx (person_id, created_at): it was there for the daily cap, which counts alerts by
 *   the day they are due (not_before), served by notifications_alert_due_idx; nothing else reads it.
 * - the foreign keys person_id → people, identity_id → channel_identities, digest_id → notifications. Each checks
 *   every inserted row with a SELECT … FOR KEY SHARE on the referenced row, which also writes a lock into that
 *   row: measured at a million rows, the two checks cost more than the insert itself (≈ 20 s of CPU of ≈ 35 s),
 *   and even the always-NULL digest_id fires a trigger per row. They protected nothing the writers do not already
 *   guarantee: every writer selects the person and the chat in the same statement, and people and channel
 *   identities are never deleted (erasure anonymises the person, a gone chat is tombstoned).
 */
const statements = [
  sql`CREATE INDEX channel_identities_latest_idx ON channel_identities (person_id, last_seen_at DESC, id DESC) INCLUDE (channel)
    WHERE chat_type = 'private' AND reachable AND tombstoned_at IS NULL`,
  sql`CREATE INDEX notifications_alert_due_idx ON notifications (person_id, not_before)
    WHERE kind = 'vacancy' AND status IN ('pending', 'queued', 'sent')`,
  sql`DROP INDEX IF EXISTS notifications_person_day_idx`,
  sql`ALTER TABLE notifications DROP CONSTRAINT IF EXISTS notifications_person_id_fkey`,
  sql`ALTER TABLE notifications DROP CONSTRAINT IF EXISTS notifications_identity_id_fkey`,
  sql`ALTER TABLE notifications DROP CONSTRAINT IF EXISTS notifications_digest_id_fkey`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}
