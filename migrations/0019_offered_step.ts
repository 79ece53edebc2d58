import { type Kysely, sql } from 'kysely';

/**
 * The "offered" step of an application (issue 14): the employer offered the worker the job (at a job fair, after
 * the interview), before hired or not hired. applications.status and application_events.status admit it.
 */
const statements = [
  sql`ALTER TABLE applications DROP CONSTRAINT IF EXISTS applications_status_check`,
  sql`ALTER TABLE applications ADD CONSTRAINT applications_status_check
    CHECK (status IN ('interested', 'introduced', 'offered', 'hired', 'not_hired', 'withdrawn', 'not_suitable'))`,
  sql`ALTER TABLE application_events DROP CONSTRAINT IF EXISTS application_events_status_check`,
  sql`ALTER TABLE application_events ADD CONSTRAINT application_events_status_check
    CHECK (status IN ('interested', 'introduced', 'offered', 'hired', 'not_hired', 'withdrawn', 'not_suitable'))`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}
