import { type Kysely, sql } from 'kysely';

/**
 * Language packs (issue 13): a person's language may be a pack's code ('hmn', from locales/hmn.json), not only 'vi'
 * or 'en'. The column takes any ISO 639 code; one whose pack is no longer loaded is spoken to in Vietnamese
 * (src/kernel/i18n/lang.ts), so the value is kept for when the pack comes back.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE people DROP CONSTRAINT people_language_check`.execute(db);
  await sql`ALTER TABLE people ADD CONSTRAINT people_language_check CHECK (language ~ '^[a-z]{2,3}$')`.execute(db);
}
