import type { Kysely } from 'kysely';
import type { ChannelAdapter, CommandMenu } from '../../channels/types.ts';
import { loadRoles } from '../../db/roles.ts';
import type { Database } from '../../db/schema.ts';
import type { ChannelName } from '../../kernel/message.ts';
import { type Audience, audiencesOf } from '../../kernel/roles.ts';
import type { Logger } from '../../logger.ts';
import { chatCommandsPayload } from '../queue/chat-commands.ts';

/**
 * Sets a person's Telegram "/" menu for their private chats after their roles changed
 * (src/messaging/queue/chat-commands.ts): the commands of who they are now, or, for a person with no role (or
 * erased), the chat's own menu deleted so that the default one (everyone's) shows again. A refusal throws, and the
 * job is retried like a notice.
 */
export interface ChatCommandsOptions {
  db: Kysely<Database>;
  adapters: Partial<Record<ChannelName, ChannelAdapter>>;
  /** The menu for people in these audiences (built from the feature list by the app). */
  menuFor: (audiences: readonly Audience[]) => CommandMenu;
  logger: Logger;
}

export type ChatCommandsOutcome = 'set' | 'reset' | 'skipped';

export async function syncChatCommands(options: ChatCommandsOptions, data: unknown): Promise<ChatCommandsOutcome> {
  const { db, logger } = options;
  const parsed = chatCommandsPayload.safeParse(data);
  const telegram = options.adapters.telegram;
  if (!parsed.success || !telegram?.setCommands) {
    logger.warn({ malformed: !parsed.success }, 'chat command menu not set (no Telegram here, or a bad payload)');
    return 'skipped';
  }
  const { personId, chatIds } = parsed.data;
  const [person, roles, employer, provider] = await Promise.all([
    db.selectFrom('people').select('status').where('id', '=', personId).executeTakeFirst(),
    loadRoles(db, personId),
    db.selectFrom('employers').select('id').where('owner_person_id', '=', personId).executeTakeFirst(),
    db.selectFrom('providers').select('id').where('owner_person_id', '=', personId).executeTakeFirst(),
  ]);
  const audiences =
    person && person.status !== 'deleted' ? audiencesOf(roles, employer !== undefined, provider !== undefined) : [];
  const everyone = options.menuFor(['worker']);
  const own = audiences.length > 1;
  const menu = own ? options.menuFor(audiences) : emptied(everyone);
  for (const chatId of chatIds) await telegram.setCommands({ kind: 'chat', chatId }, menu);
  return own ? 'set' : 'reset';
}

/** The same lists, empty: each is deleted, so the chat falls back to the default menu. */
function emptied(menu: CommandMenu): CommandMenu {
  return { commands: [], byLanguage: Object.fromEntries(Object.keys(menu.byLanguage).map((lang) => [lang, []])) };
}
