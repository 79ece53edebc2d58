import { type Kysely, sql } from 'kysely';

/**
 * Notices about a worker's interest used to carry the worker's name and phone in the outbox payload (and so in the
 * BullMQ job); they now carry the application's id and the notify worker reads the name and phone when it sends,
 * only while the worker shares them (src/messaging/queue/notices.ts). The copies already written are removed, sent rows
 * and unsent alike. An unsent one of the old kind has no application id and is skipped when it runs.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`UPDATE outbox SET payload = payload #- '{params,name}' #- '{params,phone}'
    WHERE queue = 'notify' AND payload->>'key' IN ('notice.interest_employer', 'notice.interest_official')`.execute(db);
}
