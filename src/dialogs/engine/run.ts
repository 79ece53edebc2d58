import { DEFAULT_QUIET_HOURS, type QuietHoursRule } from '../../kernel/quiet-hours.ts';
import type { Kysely } from 'kysely';
import { t, type Lang } from '../../kernel/i18n/index.ts';
import { inviteCodeIn, redeemInvite } from '../../db/invites.ts';
import type { Channel, Database } from '../../db/schema.ts';
import type { OutboundMessage } from '../../kernel/message.ts';
import { welcome } from '../home.ts';
import type { DialogHandler } from '../types.ts';
import { decide } from './decide.ts';
import { applyEffects } from './effects.ts';
import { parseAlertChoice } from '../../kernel/vacancy/alert-choices.ts';
import { COMMAND_FLOWS, globalCommand, MENU_FLOWS } from './commands.ts';
import { groupCommand, type GroupAdminLookup } from './group-command.ts';
import { CONTEXT_LOADERS } from './loaders.ts';
import { loadEngineRecord, saveState } from '../../db/dialog-states.ts';
import { choicesOffered } from '../../kernel/message.ts';
import type { Flow, FlowState } from './types.ts';

export interface EngineOptions {
  /** Asks a channel whether a user administers a group (/nhom); without it only officials may subscribe a group. */
  groupAdmins?: GroupAdminLookup;
  /** Where this service is reached, for the dashboard links /baocao sends (default http://localhost:3000). */
  dashboardUrl?: string;
  /** QUIET_HOURS (default 21-7). */
  quietHours?: QuietHoursRule;
}

/**
 * The engine with its I/O: read the chat's state and the person's profile, decide (pure), then save the new
 * state and apply the effects in one transaction. Messages of one chat arrive here one at a time (the inbound
 * pipeline orders them), so state is never read and written by two messages at once.
 */
export function createDialogEngine(db: Kysely<Database>, flows: Readonly<Record<string, Flow>>, options: EngineOptions = {}): DialogHandler {
  return async ({ message, choiceId, identity, now }) => {
    const lang = identity.language;
    const personId = identity.personId;
    const inviteCode = personId ? inviteCodeIn(message.text) : null;
    if (personId && inviteCode) return redeem(db, identity.id, personId, inviteCode, message.channel, lang);
    // /nhom, and in a group the answer to its pending list (src/dialogs/engine/group-command.ts)
    if (message.chatType === 'group' || globalCommand(message.text) === 'group') {
      const answer = await groupCommand(db, { message, choiceId, identity, now }, options.groupAdmins);
      if (answer) return answer;
    }
    // A flow about to begin is known from the command or menu choice alone, so its data loads alongside the record.
    const command = globalCommand(message.text);
    const beginning = (command ? COMMAND_FLOWS[command] : undefined) ?? (choiceId ? MENU_FLOWS[choiceId] : undefined) ?? (parseAlertChoice(choiceId) ? 'search' : undefined);
    const load = (flow: string | undefined, state: FlowState | null) => {
      const loader = flow && personId ? CONTEXT_LOADERS[flow] : undefined;
      return loader && personId ? loader({ db, personId, identity, state, now, text: message.text, choiceId, dashboardUrl: options.dashboardUrl }) : Promise.resolve({});
    };
    const [record, early] = await Promise.all([identity.preloaded ?? loadEngineRecord(db, identity.id, personId), load(beginning, null)]);
    const { state: stored, profile, employer } = record;
    const extra = beginning ? early : await load(stored?.flow, stored);
    const decision = decide(
      stored,
      { text: message.text, choiceId, lastChoices: identity.lastChoices, stopped: identity.personStatus === 'stopped' },
      { lang, now, quietHours: options.quietHours ?? DEFAULT_QUIET_HOURS, profile, employer, ...extra },
      // Group chats are for announcements; personal flows happen in a private chat.
      personId ? flows : {},
    );
    if (!personId && decision.state === null && decision.effects.length > 0) {
      return [{ text: t(lang, 'engine.private_only') }];
    }
    // The new state and the choices offered are saved in one statement (with the effects, in one transaction).
    const choices = choicesOffered(decision.replies);
    if (decision.effects.length === 0 || !personId) {
      // A group runs no flow; its only state is a pending /nhom list, which other members' messages must not erase.
      if (!personId) return decision.replies;
      await saveState(db, identity.id, decision.state, choices);
    } else {
      await db.transaction().execute(async (trx) => {
        await saveState(trx, identity.id, decision.state, choices);
        await applyEffects(trx, personId, message.channel, decision.effects);
      });
    }
    return { replies: decision.replies, choicesRemembered: true };
  };
}

/** "/start CODE": spend the invite (granting its role) and say so, then the welcome. */
async function redeem(db: Kysely<Database>, identityId: number, personId: number, code: string, channel: Channel, lang: Lang): Promise<OutboundMessage[]> {
  const result = await redeemInvite(db, code, personId, channel);
  await saveState(db, identityId, null);
  const note = result.ok
    ? t(lang, 'invite.accepted', { role: t(lang, `role.${result.role}`), region: result.regionName ?? t(lang, 'invite.whole_country') })
    : t(lang, `invite.${result.reason}`);
  return [{ text: note }, welcome(lang)];
}
