import { type Kysely, sql } from 'kysely';

/**
 * A worker's profile: what matching needs (where they live, what work, how far, how often). One per person;
 * the person's birth year, name and phone stay on `people`. Paused alerts keep the profile.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TABLE worker_profiles (
    person_id bigint PRIMARY KEY REFERENCES people (id),
    commune_code text NOT NULL REFERENCES regions (code),
    province_code text NOT NULL REFERENCES regions (code),
    occupations text[] NOT NULL CHECK (cardinality(occupations) > 0),
    reach text NOT NULL CHECK (reach IN ('commune', 'province', 'country', 'abroad')),
    frequency text NOT NULL CHECK (frequency IN ('instant', 'daily')),
    digest_hour integer CHECK (digest_hour BETWEEN 0 AND 23),
    paused_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    CHECK (frequency = 'instant' OR digest_hour IS NOT NULL)
  )`.execute(db);
  await sql`CREATE INDEX worker_profiles_commune_idx ON worker_profiles (commune_code)`.execute(db);
  await sql`CREATE INDEX worker_profiles_province_idx ON worker_profiles (province_code)`.execute(db);
  await sql`CREATE INDEX worker_profiles_occupations_idx ON worker_profiles USING gin (occupations)`.execute(db);
}
