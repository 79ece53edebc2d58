import { type Kysely, sql } from 'kysely';

/**
 * What the later conversations need: a worker's priority groups (sensitive, asked only with their own consent),
 * group chats subscribed to a commune or province (/nhom), a reason on "not suitable" and on scam reports,
 * and an index for "the open reports of a vacancy".
 */
const statements = [
  sql`ALTER TABLE worker_profiles ADD COLUMN priority_groups text[] NOT NULL DEFAULT '{}'
    CHECK (priority_groups <@ ARRAY['poor', 'near_poor', 'newly_out_of_poverty', 'ethnic_minority', 'disability']::text[])`,
  sql`CREATE INDEX worker_profiles_priority_idx ON worker_profiles USING gin (priority_groups) WHERE cardinality(priority_groups) > 0`,

  sql`CREATE TABLE group_subscriptions (
    identity_id bigint PRIMARY KEY REFERENCES channel_identities (id),
    region_code text NOT NULL REFERENCES regions (code),
    subscribed_by bigint REFERENCES people (id),
    created_at timestamptz NOT NULL DEFAULT now(),
    stopped_at timestamptz
  )`,
  sql`CREATE INDEX group_subscriptions_region_idx ON group_subscriptions (region_code) WHERE stopped_at IS NULL`,

  sql`CREATE INDEX applications_person_idx ON applications (person_id)`,
  sql`CREATE INDEX scam_reports_open_idx ON scam_reports (vacancy_id) WHERE resolved_at IS NULL`,
  sql`CREATE INDEX vacancies_open_deadline_idx ON vacancies (deadline) WHERE status = 'approved'`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}
