import { sql, type Kysely, type Transaction } from 'kysely';
import type { Lang } from '../kernel/i18n/index.ts';
import type { InboundMessage } from '../kernel/message.ts';
import { type EngineRecord, engineRecordColumns, type EngineRecordRow, toEngineRecord } from './dialog-states.ts';
import type { Database } from './schema.ts';

/** Who a chat is: the identity row for (channel, chat), with its person for private chats. */
export interface ChatIdentity {
  id: number;
  personId: number | null;
  language: Lang;
  personStatus: 'active' | 'stopped' | 'deleted' | null;
  lastChoices: { id: string; label: string }[] | null;
  /** The dialog engine's record for this chat, read in the same statement as the event (known chats only). */
  preloaded?: EngineRecord;
}

type Db = Kysely<Database> | Transaction<Database>;

/**
 * Records an inbound event once (unique on channel + event id) and returns the chat's identity, creating it
 * (and, for a private chat, its person) on first contact. Returns null for a duplicate event.
 * A known chat costs one statement: the event insert, the identity touch and the read are one round trip.
 */
export async function recordInbound(db: Kysely<Database>, message: InboundMessage): Promise<ChatIdentity | null> {
  const { rows } = await sql<
    {
      fresh: boolean;
      id: number | null;
      person_id: number | null;
      last_choices: ChatIdentity['lastChoices'];
      language: Lang | null;
      status: ChatIdentity['personStatus'];
    } & EngineRecordRow
  >`
    WITH identity AS (
      SELECT id FROM channel_identities WHERE channel = ${message.channel} AND chat_id = ${message.chatId}
    ), event AS (
      INSERT INTO inbound_events (channel, event_id, identity_id)
      VALUES (${message.channel}, ${message.eventId}, (SELECT id FROM identity))
      ON CONFLICT DO NOTHING
      RETURNING identity_id
    ), touched AS (
      UPDATE channel_identities ci
      SET last_seen_at = now(), display_name = COALESCE(${message.chatType === 'private' ? message.displayName : null}, ci.display_name)
      FROM event
      WHERE ci.id = event.identity_id
      RETURNING ci.id, ci.person_id, ci.last_choices
    )
    SELECT EXISTS (SELECT 1 FROM event) AS fresh, t.id, t.person_id, t.last_choices, p.language, p.status,
      ${engineRecordColumns(sql`t.id`, sql`t.person_id`)}
    FROM (SELECT 1) AS one
    LEFT JOIN touched t ON true
    LEFT JOIN people p ON p.id = t.person_id`.execute(db);
  const row = rows[0];
  if (!row?.fresh) return null;
  if (row.id !== null) {
    return {
      id: row.id,
      personId: row.person_id,
      language: row.language ?? 'vi',
      personStatus: row.status ?? null,
      lastChoices: row.last_choices ?? null,
      preloaded: toEngineRecord(row),
    };
  }
  return db.transaction().execute(async (trx) => {
    const identity = await findOrCreateIdentity(trx, message);
    await trx
      .updateTable('inbound_events')
      .set({ identity_id: identity.id })
      .where('channel', '=', message.channel)
      .where('event_id', '=', message.eventId)
      .execute();
    return identity;
  });
}

async function findOrCreateIdentity(trx: Transaction<Database>, message: InboundMessage): Promise<ChatIdentity> {
  const existing = await selectIdentity(trx, message);
  if (existing) return existing;
  const personId =
    message.chatType === 'private'
      ? (await trx.insertInto('people').defaultValues().returning('id').executeTakeFirstOrThrow()).id
      : null;
  await trx
    .insertInto('channel_identities')
    .values({
      person_id: personId,
      channel: message.channel,
      chat_id: message.chatId,
      user_id: message.chatType === 'private' ? message.userId : null,
      chat_type: message.chatType,
      display_name: message.displayName,
    })
    .onConflict((oc) => oc.columns(['channel', 'chat_id']).doNothing())
    .execute();
  // A concurrent first message from the same chat may have inserted it first: read what is there.
  const created = await selectIdentity(trx, message);
  if (!created) throw new Error('identity vanished after insert');
  return created;
}

async function selectIdentity(
  db: Db,
  message: Pick<InboundMessage, 'channel' | 'chatId'>,
): Promise<ChatIdentity | null> {
  const row = await db
    .selectFrom('channel_identities as ci')
    .leftJoin('people as p', 'p.id', 'ci.person_id')
    .select(['ci.id', 'ci.person_id', 'ci.last_choices', 'p.language', 'p.status'])
    .where('ci.channel', '=', message.channel)
    .where('ci.chat_id', '=', message.chatId)
    .executeTakeFirst();
  if (!row) return null;
  return {
    id: row.id,
    personId: row.person_id,
    language: row.language ?? 'vi',
    personStatus: row.status ?? null,
    lastChoices: row.last_choices ?? null,
  };
}

export async function rememberChoices(
  db: Kysely<Database>,
  identityId: number,
  choices: { id: string; label: string }[] | null,
): Promise<void> {
  await db
    .updateTable('channel_identities')
    .set({ last_choices: choices && choices.length > 0 ? JSON.stringify(choices) : null })
    .where('id', '=', identityId)
    .execute();
}

export async function markUnreachable(
  db: Kysely<Database>,
  channel: InboundMessage['channel'],
  chatId: string,
  reason: string,
): Promise<void> {
  await db
    .updateTable('channel_identities')
    .set({ reachable: false, unreachable_reason: reason.slice(0, 200), unreachable_at: sql`now()` })
    .where('channel', '=', channel)
    .where('chat_id', '=', chatId)
    .execute();
}
