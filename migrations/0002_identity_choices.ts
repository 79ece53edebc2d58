import { type Kysely, sql } from 'kysely';

/**
 * The choices last offered in each chat, so a typed "2" or a label maps back to a choice on every channel
 * (Zalo has no buttons). Kept per identity: a person on Telegram and Zalo has two conversations.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE channel_identities ADD COLUMN last_choices jsonb`.execute(db);
}
