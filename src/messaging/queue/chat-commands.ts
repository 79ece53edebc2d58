import type { Kysely, Transaction } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../db/schema.ts';
import { addToOutbox } from './outbox.ts';

/**
 * A person's roles changed (an invite redeemed, a grant or revoke from the CLI, /xoa): their Telegram "/" menu is to
 * be set again for their private chats (src/messaging/workers/chat-commands.ts). Written to the outbox in the
 * transaction of the change and run by the notify worker, as notices are. The chats are read now, so an erasure,
 * which replaces the chats' ids afterwards, still reaches them. The job carries ids only.
 */
export const CHAT_COMMANDS_JOB = 'chat-commands';

const id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);

export const chatCommandsPayload = z.object({
  personId: id,
  chatIds: z.array(z.string().min(1).max(64)).min(1).max(20),
});
export type ChatCommandsPayload = z.infer<typeof chatCommandsPayload>;

/** Nothing when the person has no Telegram private chat (Zalo has no command menu). */
export async function queueChatCommands(
  trx: Transaction<Database> | Kysely<Database>,
  personId: number,
): Promise<void> {
  const chats = await trx
    .selectFrom('channel_identities')
    .select('chat_id')
    .where('person_id', '=', personId)
    .where('channel', '=', 'telegram')
    .where('chat_type', '=', 'private')
    .where('tombstoned_at', 'is', null)
    .limit(20)
    .execute();
  if (chats.length === 0) return;
  await addToOutbox(trx, {
    queue: 'notify',
    name: CHAT_COMMANDS_JOB,
    payload: { personId, chatIds: chats.map((chat) => chat.chat_id) } satisfies ChatCommandsPayload,
  });
}
