import { type Kysely, sql } from 'kysely';

/**
 * The funnel report (src/reporting/funnel-queries.ts) at 1,000,000 people and 3,000,000 notifications (plans and
 * numbers in bench/report-explain.txt).
 *
 * - notifications_sent_person_idx: the messages sent to a person, by time, with their kind: a commune's or a
 *   province's alerts, broadcasts and replies are read for its people only (index-only), instead of scanning every
 *   notification of the period; the whole country reads it index-only instead of the table.
 * - notifications_broadcast_sent_idx: the broadcasts sent in the period with their chat, for the replies over the
 *   whole country (index-only, instead of fetching each broadcast message from the table in ref_id order: 1.8 s of
 *   CPU down to 0.9 s). Only broadcast messages, a few per person.
 * - inbound_events_identity_idx: "did this chat write within 48 hours of the broadcast": one probe per broadcast
 *   received in a province or a commune, instead of hashing every message of the period.
 * - people_erased_idx: the workers who erased their data (a few), found without reading every person; each
 *   statement of the funnel adds them to the workers in scope.
 */
const statements = [
  sql`CREATE INDEX notifications_sent_person_idx ON notifications (person_id, sent_at) INCLUDE (kind) WHERE status = 'sent'`,
  sql`CREATE INDEX notifications_broadcast_sent_idx ON notifications (sent_at) INCLUDE (person_id, identity_id) WHERE kind = 'broadcast' AND status = 'sent'`,
  sql`CREATE INDEX inbound_events_identity_idx ON inbound_events (identity_id, received_at)`,
  sql`CREATE INDEX people_erased_idx ON people (erased_province_code, erased_commune_code) WHERE erased_commune_code IS NOT NULL`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}
