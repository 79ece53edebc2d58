import { sql, type Kysely } from 'kysely';
import type { ChannelName, ChatType } from '../../kernel/message.ts';
import type { OutboundMessage } from '../../kernel/message.ts';
import type { Database } from '../../db/schema.ts';
import type { DialogInput } from '../../engine/dialog-handler.ts';
import {
  authorise,
  authorityNeeded,
  decideGroup,
  groupPickState,
  readGroupMessage,
  readGroupPick,
  regionOf,
  type GroupDecision,
  type GroupRegion,
  type GroupVerdict,
} from './group.ts';
import { isCommand } from '../../engine/commands.ts';
import { GROUP_COMMAND, GROUP_MENU_ID } from './command-words.ts';
import type { RoleGrant } from '../../kernel/roles.ts';
import { loadRoles } from '../../db/roles.ts';
import { saveState } from '../../db/dialog-states.ts';
import type { FlowState } from '../../engine/types.ts';
import { writeAudit } from '../../db/audit-log.ts';

/**
 * /nhom with its I/O (the decisions are in group.ts): read the group's pending list and subscription,
 * find the sender's roles (through their private chat on the same channel) and, when that is not enough, ask the
 * platform whether they administer the group; then write the subscription with an audit row, in one transaction.
 */

/** How to ask a channel whether a user administers a group; null for a channel that cannot tell (Zalo). */
export type GroupAdminLookup = (channel: ChannelName) => ((chatId: string, userId: string) => Promise<boolean>) | null;

type Db = Kysely<Database>;

/**
 * The replies when the message is about /nhom ("/nhom …" anywhere, or an answer to a group's pending list);
 * [] for another member's answer to that list (ignored); null when the message is not about /nhom.
 */
export async function groupCommand(
  db: Db,
  input: DialogInput,
  groupAdmins: GroupAdminLookup | undefined,
): Promise<OutboundMessage[] | null> {
  const { message, identity, now } = input;
  // The menu's "group chat alerts" in a private chat is /nhom there: how to use it in a group.
  const command = isCommand(message.text, GROUP_COMMAND) || isMenuChoice(message.chatType, input.choiceId);
  if (!command && message.chatType !== 'group') return null;

  const stored = message.chatType === 'group' ? await loadState(db, identity.id) : null;
  const pending = readGroupPick(stored);
  if (!command && pending === null) return null;
  const intent = readGroupMessage({
    chatType: message.chatType,
    text: message.text,
    choiceId: input.choiceId,
    userId: message.userId,
    pick: pending,
    now,
  });
  if (intent.kind === 'pass') return null;
  if (intent.kind === 'ignore') return [];

  const current =
    intent.kind === 'show' || intent.kind === 'stop' || intent.kind === 'region'
      ? await loadSubscription(db, identity.id)
      : null;
  const needed = authorityNeeded(intent, current);
  const sender =
    needed === undefined ? { personId: null, roles: [] } : await loadSender(db, message.channel, message.userId);
  const verdict =
    needed === undefined
      ? null
      : await judge(sender.roles, needed, groupAdmins?.(message.channel) ?? null, message.chatId, message.userId);

  const decision = decideGroup(intent, {
    lang: identity.language,
    channel: message.channel,
    userId: message.userId,
    senderName: message.displayName,
    current,
    verdict,
    roles: sender.roles,
    pending,
    now,
  });
  await apply(
    db,
    {
      identityId: identity.id,
      hadState: stored !== null,
      personId: sender.personId,
      channel: message.channel,
      current,
    },
    decision,
  );
  return decision.replies;
}

/** Roles first; the platform is asked only when they do not cover the region (one API call, Telegram only). */
async function judge(
  roles: readonly RoleGrant[],
  region: GroupRegion | null,
  isGroupAdmin: ((chatId: string, userId: string) => Promise<boolean>) | null,
  chatId: string,
  userId: string | null,
): Promise<GroupVerdict> {
  const byRole = authorise(roles, false, region);
  if (byRole.ok) return byRole;
  const groupAdmin =
    isGroupAdmin === null ? null : userId === null ? false : await isGroupAdmin(chatId, userId).catch(() => false);
  return authorise(roles, groupAdmin, region);
}

async function loadState(db: Db, identityId: number): Promise<FlowState | null> {
  const row = await db
    .selectFrom('dialog_states')
    .select(['flow', 'step', 'data', 'misses'])
    .where('identity_id', '=', identityId)
    .executeTakeFirst();
  return row ? { flow: row.flow, step: row.step, data: row.data as Record<string, unknown>, misses: row.misses } : null;
}

export async function loadSubscription(db: Db, identityId: number): Promise<GroupRegion | null> {
  const row = await db
    .selectFrom('group_subscriptions')
    .select('region_code')
    .where('identity_id', '=', identityId)
    .where('stopped_at', 'is', null)
    .executeTakeFirst();
  return row ? regionOf(row.region_code) : null;
}

/**
 * The person behind a group member: their private chat with the bot on the same channel (Telegram and Zalo
 * both use the sender's user id as the private chat's id, and identities keep it as user_id too).
 */
async function loadSender(
  db: Db,
  channel: ChannelName,
  userId: string | null,
): Promise<{ personId: number | null; roles: RoleGrant[] }> {
  if (userId === null) return { personId: null, roles: [] };
  const row = await db
    .selectFrom('channel_identities')
    .select('person_id')
    .where('channel', '=', channel)
    .where('chat_type', '=', 'private')
    .where('person_id', 'is not', null)
    .where((eb) => eb.or([eb('user_id', '=', userId), eb('chat_id', '=', userId)]))
    .orderBy('id')
    .executeTakeFirst();
  const personId = row?.person_id ?? null;
  return { personId, roles: personId === null ? [] : await loadRoles(db, personId) };
}

interface Where {
  identityId: number;
  hadState: boolean;
  personId: number | null;
  channel: ChannelName;
  current: GroupRegion | null;
}

async function apply(db: Db, where: Where, decision: GroupDecision): Promise<void> {
  const state = decision.pick === 'keep' ? undefined : decision.pick === null ? null : groupPickState(decision.pick);
  const saveNeeded = state !== undefined && (state !== null || where.hadState);
  const { write } = decision;
  if (write === null) {
    if (saveNeeded) await saveState(db, where.identityId, state ?? null);
    return;
  }
  await db.transaction().execute(async (trx) => {
    if (saveNeeded) await saveState(trx, where.identityId, state ?? null);
    if (write.kind === 'subscribe') {
      await trx
        .insertInto('group_subscriptions')
        .values({ identity_id: where.identityId, region_code: write.region.code, subscribed_by: where.personId })
        .onConflict((oc) =>
          oc.column('identity_id').doUpdateSet({
            region_code: write.region.code,
            subscribed_by: where.personId,
            created_at: sql`now()`,
            stopped_at: null,
          }),
        )
        .execute();
    } else {
      const stopped = await trx
        .updateTable('group_subscriptions')
        .set({ stopped_at: sql`now()` })
        .where('identity_id', '=', where.identityId)
        .where('stopped_at', 'is', null)
        .returning('identity_id')
        .executeTakeFirst();
      if (!stopped) return; // stopped meanwhile by someone else: nothing to record
    }
    await writeAudit(trx, {
      actorPersonId: where.personId,
      actorLabel: write.as,
      action: write.kind === 'subscribe' ? 'group.subscribed' : 'group.stopped',
      subjectType: 'group',
      subjectId: String(where.identityId),
      regionCode: write.region.code,
      details: {
        channel: where.channel,
        level: write.region.level,
        ...(write.kind === 'subscribe' && where.current ? { previous: where.current.code } : {}),
      },
    });
  });
}

function isMenuChoice(chatType: ChatType, choiceId: string | null): boolean {
  return chatType === 'private' && choiceId === GROUP_MENU_ID;
}
