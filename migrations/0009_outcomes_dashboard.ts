import { type Kysely, sql } from 'kysely';

/**
 * Outcomes and the officials' dashboard (issue 6).
 *
 * - application_events: every step of an application's life (interested → introduced → hired | not_hired |
 *   withdrawn, and 'not_suitable'), with when and who: the worker, the employer, an official, an admin, or the
 *   system (the follow-up scheduler, an import). applications.status stays the current step; the funnel counts
 *   steps by their event time. Existing applications get their first event ('interested' at created_at, by the
 *   worker) and, when they have moved on, one for their current status at updated_at, by 'system'.
 * - worker_profiles.sex: optional, given by the worker in /theodoi; reports count it "where given".
 * - people.erased_commune_code / erased_province_code: where a worker lived when they erased their data, so
 *   "deleted" can be counted by area (an area is not personal data once name, phone and profile are gone).
 * - dashboard_links: one-time login links the bot sends an official (only a hash of the token is stored; used
 *   once, short-lived). dashboard_sessions: the browser sessions they open (hash of the cookie value); person_id
 *   NULL is a session opened with ADMIN_TOKEN.
 */
const statements = [
  sql`CREATE TABLE application_events (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    application_id bigint NOT NULL REFERENCES applications (id),
    status text NOT NULL CHECK (status IN ('interested', 'introduced', 'hired', 'not_hired', 'withdrawn', 'not_suitable')),
    actor_person_id bigint REFERENCES people (id),
    actor_role text NOT NULL CHECK (actor_role IN ('worker', 'employer', 'official', 'admin', 'system')),
    at timestamptz NOT NULL DEFAULT now(),
    note text
  )`,
  sql`CREATE INDEX application_events_application_idx ON application_events (application_id, at)`,
  sql`CREATE INDEX application_events_at_idx ON application_events (at, status)`,
  sql`INSERT INTO application_events (application_id, status, actor_person_id, actor_role, at)
      SELECT id, 'interested', person_id, 'worker', created_at FROM applications WHERE status <> 'not_suitable'`,
  sql`INSERT INTO application_events (application_id, status, actor_person_id, actor_role, at)
      SELECT id, status, CASE WHEN status = 'not_suitable' THEN person_id END,
             CASE WHEN status = 'not_suitable' THEN 'worker' ELSE 'system' END, updated_at
      FROM applications WHERE status <> 'interested'`,

  sql`ALTER TABLE worker_profiles ADD COLUMN sex text CHECK (sex IN ('female', 'male'))`,

  sql`ALTER TABLE people ADD COLUMN erased_commune_code text`,
  sql`ALTER TABLE people ADD COLUMN erased_province_code text`,

  sql`CREATE TABLE dashboard_links (
    token_hash text PRIMARY KEY,
    person_id bigint NOT NULL REFERENCES people (id),
    created_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL,
    used_at timestamptz
  )`,
  sql`CREATE TABLE dashboard_sessions (
    id_hash text PRIMARY KEY,
    person_id bigint REFERENCES people (id),
    created_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL
  )`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}
