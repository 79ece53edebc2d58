import { sql, type Kysely } from 'kysely';
import type { Choice } from '../../kernel/message.ts';
import type { Database } from '../../db/schema.ts';

/**
 * Outcome recording for one notification. Every write is conditional on the row still being in flight
 * ('queued', or 'pending' when the feeder's commit is not visible yet), so a late or repeated job never
 * overwrites a final status. Each returns whether the row changed.
 *
 * attempts counts the sends tried (adapter calls): a row sent at the first try has 1; a row skipped before any
 * send keeps 0. Final statuses set finished_at; last_error keeps the reason (a skip reason, a platform error).
 */
type Db = Kysely<Database>;

const IN_FLIGHT = sql`status IN ('queued', 'pending')`;

/**
 * How long after their last answer a person still counts as inside a flow: a typed "1" then keeps answering the
 * flow's question. A flow left alone longer (they walked away from it) no longer holds their numbers, so the choices
 * of a message that arrives after it (an announcement, a follow-up weeks later) are the ones a typed number picks.
 */
export const MID_FLOW_MINUTES = 30;

function reason(text: string): string {
  return text.slice(0, 500);
}

/** Sent: the platform's message ids, and in a private chat the choices offered become the chat's last choices. */
export async function recordSent(
  db: Db,
  id: number,
  messageIds: readonly string[],
  choices: readonly Choice[] | null,
): Promise<boolean> {
  const messageId = messageIds.length > 0 ? messageIds.join(',').slice(0, 500) : null;
  const rememberChoices = choices !== null && choices.length > 0;
  const { rows } = await sql<{ id: number }>`
    WITH sent AS (
      UPDATE notifications
      SET status = 'sent', sent_at = now(), finished_at = now(), platform_message_id = ${messageId}, attempts = attempts + 1, last_error = NULL
      WHERE id = ${id} AND ${IN_FLIGHT}
      RETURNING id, identity_id, person_id
    ), remembered AS (
      UPDATE channel_identities ci
      SET last_choices = ${rememberChoices ? JSON.stringify(choices) : null}::jsonb
      FROM sent
      WHERE ${rememberChoices} AND ci.id = sent.identity_id AND sent.person_id IS NOT NULL AND ci.chat_type = 'private'
        -- Mid-flow, a typed "1" must keep answering the flow's question (a pressed button still acts on the alert).
        AND NOT EXISTS (
          SELECT 1 FROM dialog_states d
          WHERE d.identity_id = ci.id AND d.updated_at > now() - make_interval(mins => ${MID_FLOW_MINUTES}))
      RETURNING ci.id
    )
    SELECT id FROM sent`.execute(db);
  return rows.length > 0;
}

/** No longer wanted (or the chat is gone). `attempted`: a send was tried (the platform said the chat is gone). */
export async function recordSkipped(db: Db, id: number, why: string, attempted = false): Promise<boolean> {
  const result = await db
    .updateTable('notifications')
    .set({
      status: 'skipped',
      finished_at: sql`now()`,
      last_error: reason(why),
      ...(attempted ? { attempts: sql`attempts + 1` } : {}),
    })
    .where('id', '=', id)
    .where(sql<boolean>`${IN_FLIGHT}`)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** Given up: a fatal error, or the last attempt after transient ones. */
export async function recordFailed(db: Db, id: number, why: string): Promise<boolean> {
  const result = await db
    .updateTable('notifications')
    .set({ status: 'failed', finished_at: sql`now()`, last_error: reason(why), attempts: sql`attempts + 1` })
    .where('id', '=', id)
    .where(sql<boolean>`${IN_FLIGHT}`)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** A try that will be retried (transient error, rate limited): the status stays, the try and its reason are kept. */
export async function recordRetry(db: Db, id: number, why: string): Promise<boolean> {
  const result = await db
    .updateTable('notifications')
    .set({ last_error: reason(why), attempts: sql`attempts + 1` })
    .where('id', '=', id)
    .where(sql<boolean>`${IN_FLIGHT}`)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/**
 * Back to PostgreSQL until `until` (quiet hours began while it waited in the queue); the feeder queues it again then.
 */
export async function recordDeferred(db: Db, id: number, until: Date): Promise<boolean> {
  const result = await db
    .updateTable('notifications')
    .set({ status: 'pending', not_before: until, queued_at: null })
    .where('id', '=', id)
    .where(sql<boolean>`${IN_FLIGHT}`)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/**
 * Broadcasts whose fan-out is done and that have nothing left pending or queued become 'sent'. Cheap (only
 * broadcasts in 'sending'); run periodically by the feeders, so a race between the last two rows cannot leave one
 * behind. Returns the ids marked.
 */
export async function finishBroadcasts(db: Db): Promise<number[]> {
  const { rows } = await sql<{ id: number }>`
    UPDATE broadcasts b SET status = 'sent'
    WHERE b.status = 'sending' AND b.fanned_out_at IS NOT NULL
      AND NOT EXISTS (SELECT 1 FROM notifications n WHERE n.kind = 'broadcast' AND n.ref_id = b.id AND n.status IN ('pending', 'queued'))
    RETURNING b.id`.execute(db);
  return rows.map((r) => Number(r.id));
}
