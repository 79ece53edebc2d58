import type { Kysely } from 'kysely';
import { t, type Lang } from '../../core/i18n/index.ts';
import { inviteCodeIn, redeemInvite } from '../../db/invites.ts';
import type { Database } from '../../db/schema.ts';
import type { OutboundMessage } from '../../channels/types.ts';
import { welcome } from '../home.ts';
import type { DialogHandler } from '../types.ts';
import { decide } from './decide.ts';
import { applyEffects } from './effects.ts';
import { globalCommand } from './commands.ts';
import { loadReviewQueue, loadRoles } from './officials.ts';
import { areaName, quickCounts, statsMessage } from './stats.ts';
import { loadEngineRecord, saveState } from './store.ts';
import type { Flow } from './types.ts';

/**
 * The engine with its I/O: read the chat's state and the person's profile, decide (pure), then save the new
 * state and apply the effects in one transaction. Messages of one chat arrive here one at a time (the inbound
 * pipeline orders them), so state is never read and written by two messages at once.
 */
export function createDialogEngine(db: Kysely<Database>, flows: Readonly<Record<string, Flow>>): DialogHandler {
  return async ({ message, choiceId, identity, now }) => {
    const lang = identity.language;
    const personId = identity.personId;
    const inviteCode = personId ? inviteCodeIn(message.text) : null;
    if (personId && inviteCode) return redeem(db, identity.id, personId, inviteCode, lang);
    if (personId && globalCommand(message.text) === 'stats') return stats(db, identity.id, personId, lang, now);
    const { state: stored, profile, employer } = await loadEngineRecord(db, identity.id, personId);
    // Officials' data is read only for their flows (most messages are workers').
    const officialFlow = personId !== null && (globalCommand(message.text) === 'review' || stored?.flow === 'review');
    const [roles, reviewQueue] = officialFlow && personId ? await Promise.all([loadRoles(db, personId), loadReviewQueue(db, personId)]) : [undefined, undefined];
    const decision = decide(
      stored,
      { text: message.text, choiceId, lastChoices: identity.lastChoices, stopped: identity.personStatus === 'stopped' },
      { lang, now, profile, employer, ...(roles ? { roles } : {}), ...(reviewQueue ? { reviewQueue } : {}) },
      // Group chats are for announcements; personal flows happen in a private chat.
      personId ? flows : {},
    );
    if (!personId && decision.state === null && decision.effects.length > 0) {
      return [{ text: t(lang, 'engine.private_only') }];
    }
    if (decision.effects.length === 0 || !personId) {
      await saveState(db, identity.id, decision.state); // one statement: no transaction needed
    } else {
      await db.transaction().execute(async (trx) => {
        await saveState(trx, identity.id, decision.state);
        await applyEffects(trx, personId, message.channel, decision.effects);
      });
    }
    return decision.replies;
  };
}

/** "/start CODE": spend the invite (granting its role) and say so, then the welcome. */
async function redeem(db: Kysely<Database>, identityId: number, personId: number, code: string, lang: Lang): Promise<OutboundMessage[]> {
  const result = await redeemInvite(db, code, personId);
  await saveState(db, identityId, null);
  const note = result.ok
    ? t(lang, 'invite.accepted', { role: t(lang, `role.${result.role}`), region: result.regionName ?? t(lang, 'invite.whole_country') })
    : t(lang, `invite.${result.reason}`);
  return [{ text: note }, welcome(lang)];
}

/** "/thongke": counts for the official's area, or a polite refusal. The flow in progress, if any, is left. */
async function stats(db: Kysely<Database>, identityId: number, personId: number, lang: Lang, now: Date): Promise<OutboundMessage[]> {
  const roles = await loadRoles(db, personId);
  if (!roles.some((r) => r.role === 'official' || r.role === 'admin')) return [{ text: t(lang, 'review.not_official') }];
  await saveState(db, identityId, null);
  return [statsMessage(lang, await areaName(db, lang, roles), await quickCounts(db, personId, now), now), welcome(lang)];
}
