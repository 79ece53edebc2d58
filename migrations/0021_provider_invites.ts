import { type Kysely, sql } from 'kysely';

/** Invites may make whoever redeems them a training provider (issue 15), as 0020 let roles hold that role. */
const statements = [
  sql`ALTER TABLE invites DROP CONSTRAINT IF EXISTS invites_role_check`,
  sql`ALTER TABLE invites ADD CONSTRAINT invites_role_check
    CHECK (role IN ('official', 'employer', 'admin', 'provider'))`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}
