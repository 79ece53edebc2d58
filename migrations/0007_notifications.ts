import { type Kysely, sql } from 'kysely';

/**
 * Notifications: one row per (thing to tell, recipient) — the fan-out's output and the delivery's to-do list.
 * PostgreSQL holds every pending notification; Redis holds only a bounded window of them as delivery jobs.
 *
 * kind/ref_id: 'vacancy' (ref = vacancies.id), 'broadcast' (ref = broadcasts.id), 'digest' (ref = the Vietnam date
 * as yyyymmdd: one digest per person per day), 'followup' (ref = applications.id: "did you get the job?").
 * Recipient: a person (person_id, sent to identity_id, their chosen chat) or a group chat (person_id NULL).
 * A person never gets the same (kind, ref) twice, on any channel; nor does a group chat.
 *
 * status: 'pending' (to send once not_before has passed) → 'queued' (in Redis as a delivery job) → 'sent' | 'failed'
 * | 'skipped' (no longer wanted: vacancy closed, person stopped, chat unreachable); 'held' (an instant alert over
 * the daily cap, or a daily-digest subscriber's alert: waits for the digest) → 'digested' (went out inside one).
 */
const statements = [
  sql`CREATE TABLE notifications (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind text NOT NULL CHECK (kind IN ('vacancy', 'broadcast', 'digest', 'followup')),
    ref_id bigint NOT NULL,
    person_id bigint REFERENCES people (id),
    identity_id bigint NOT NULL REFERENCES channel_identities (id),
    channel text NOT NULL,
    status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'queued', 'sent', 'failed', 'skipped', 'held', 'digested')),
    priority smallint NOT NULL DEFAULT 5,
    not_before timestamptz NOT NULL DEFAULT now(),
    score real NOT NULL DEFAULT 0,
    attempts integer NOT NULL DEFAULT 0,
    last_error text,
    platform_message_id text,
    -- for a 'digested' alert: the digest notification that carried it
    digest_id bigint REFERENCES notifications (id),
    created_at timestamptz NOT NULL DEFAULT now(),
    queued_at timestamptz,
    sent_at timestamptz,
    finished_at timestamptz
  )`,
  sql`CREATE UNIQUE INDEX notifications_person_uniq ON notifications (kind, ref_id, person_id) WHERE person_id IS NOT NULL`,
  sql`CREATE UNIQUE INDEX notifications_group_uniq ON notifications (kind, ref_id, identity_id) WHERE person_id IS NULL`,
  // The delivery feeder's scan: the next pending rows of a channel, most urgent first.
  sql`CREATE INDEX notifications_pending_idx ON notifications (channel, priority, not_before, id) WHERE status = 'pending'`,
  sql`CREATE INDEX notifications_queued_idx ON notifications (channel, queued_at) WHERE status = 'queued'`,
  sql`CREATE INDEX notifications_held_idx ON notifications (person_id) WHERE status = 'held'`,
  // Daily caps and "what did this person get today".
  sql`CREATE INDEX notifications_person_day_idx ON notifications (person_id, created_at) WHERE person_id IS NOT NULL`,
  sql`CREATE INDEX notifications_ref_idx ON notifications (kind, ref_id, status)`,

  // When the fan-out finished writing a vacancy's or broadcast's notifications (reconcile re-runs the unfinished).
  sql`ALTER TABLE vacancies ADD COLUMN fanned_out_at timestamptz`,
  sql`ALTER TABLE broadcasts ADD COLUMN fanned_out_at timestamptz`,
  // The 7-day "did you get the job?" question and its answer (the funnel's "successfully connected").
  sql`ALTER TABLE applications ADD COLUMN followup_sent_at timestamptz`,
  sql`ALTER TABLE applications ADD COLUMN followup_answer text CHECK (followup_answer IN ('hired', 'not_hired', 'waiting'))`,
  sql`ALTER TABLE applications ADD COLUMN followup_answered_at timestamptz`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}
