import { type Kysely, sql } from 'kysely';

/** One-time codes that make whoever sends "/start CODE" an official, employer or admin (with a region scope). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TABLE invites (
    code text PRIMARY KEY,
    role text NOT NULL CHECK (role IN ('official', 'employer', 'admin')),
    region_code text REFERENCES regions (code),
    created_at timestamptz NOT NULL DEFAULT now(),
    expires_at timestamptz NOT NULL,
    redeemed_at timestamptz,
    redeemed_by bigint REFERENCES people (id)
  )`.execute(db);
}
