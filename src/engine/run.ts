import type { Kysely } from 'kysely';
import { loadEngineRecord, saveState } from '../db/dialog-states.ts';
import { inviteCodeIn, redeemInvite } from '../db/invites.ts';
import type { Channel, Database } from '../db/schema.ts';
import { t, type Lang } from '../kernel/i18n/index.ts';
import { choicesOffered, type OutboundMessage } from '../kernel/message.ts';
import { DEFAULT_QUIET_HOURS, type QuietHoursRule } from '../kernel/quiet-hours.ts';
import { decide, validState } from './decide.ts';
import { linkedChoice } from './links.ts';
import type { DialogHandler } from './dialog-handler.ts';
import type { InterceptServices, LoaderArgs } from './feature.ts';
import { welcome } from './home.ts';
import { personMenu } from './person-menu.ts';
import { audiencesOf } from '../kernel/roles.ts';
import { queueChatCommands } from '../messaging/queue/chat-commands.ts';
import type { Registry } from './registry.ts';
import { intendedFeature } from './open-intent.ts';
import type { BeginHints, FlowState } from './types.ts';

export interface EngineOptions extends InterceptServices {
  /** Where this service is reached, for the dashboard links /baocao sends (default http://localhost:3000). */
  dashboardUrl?: string;
  /** QUIET_HOURS (default 21-7). */
  quietHours?: QuietHoursRule;
  /** The bot's name per channel, learnt at start-up (src/app/bot-names.ts), for the links a flow sends. */
  botNames?: LoaderArgs['botNames'];
}

/**
 * The engine with its I/O: read the chat's state and the person's profile, decide (pure), then save the new
 * state and apply the effects in one transaction. Messages of one chat arrive here one at a time (the inbound
 * pipeline orders them), so state is never read and written by two messages at once.
 */
export function createDialogEngine(
  db: Kysely<Database>,
  registry: Registry,
  options: EngineOptions = {},
): DialogHandler {
  return async ({ message, choiceId: pressed, identity, now }) => {
    // A link naming a vacancy reads as the answer that opens it, so that job search loads it (src/engine/links.ts).
    const choiceId = pressed ?? linkedChoice(message.text, registry.commands);
    const lang = identity.language;
    const personId = identity.personId;
    const inviteCode = personId ? inviteCodeIn(message.text) : null;
    if (personId && inviteCode) return redeem(db, registry, identity.id, personId, inviteCode, message.channel, lang);
    // A feature may answer a message before any flow: /nhom, and in a group the answer to its pending list.
    for (const intercept of registry.interceptors) {
      const answer = await intercept(db, { message, choiceId, identity, now }, options);
      if (answer) return answer;
    }
    // A flow about to begin is known from the command, menu choice or notification answer alone, so its data loads
    // alongside the record.
    const command = registry.commands.command(message.text);
    const beginning =
      (command && registry.flow(command) ? command : undefined) ??
      (choiceId ? registry.menuFeature(choiceId) : undefined) ??
      registry.answer(choiceId)?.feature;
    const answering = registry.answer(choiceId);
    // Words that ask for a feature ("tìm việc may ở Phổ Yên") may open it: its data loads early too, with the hints.
    const intended = beginning ? null : intendedFeature(registry, message.text, choiceId);
    const load = (feature: string | undefined, state: FlowState | null, hints?: BeginHints) => {
      const loader = feature && personId ? registry.loader(feature) : undefined;
      return loader && personId
        ? loader({
            db,
            personId,
            identity,
            state,
            now,
            text: message.text,
            choiceId,
            publicBaseUrl: options.dashboardUrl ?? 'http://localhost:3000',
            botNames: options.botNames,
            ...(hints ? { hints } : {}),
          })
        : Promise.resolve({});
    };
    const [record, early, forIntent] = await Promise.all([
      identity.preloaded ?? loadEngineRecord(db, identity.id, personId),
      load(beginning, answering && answering.feature === beginning ? answering.state : null),
      intended ? load(intended.feature, null, intended.hints) : Promise.resolve({}),
    ]);
    const stored = validState(record.state, registry);
    // The person's own menu (their roles' entries, with counts), read while the flow's data loads.
    const audiences = audiencesOf(record.roles, record.employer !== null, record.ownsProvider);
    const personal = personMenu(db, registry, personId, audiences);
    const extra = beginning
      ? early
      : stored?.flow === intended?.feature
        ? await load(stored?.flow, stored)
        : { ...forIntent, ...(await load(stored?.flow, stored)) };
    const menu = await personal;
    const decision = decide(
      stored,
      { text: message.text, choiceId, lastChoices: identity.lastChoices, stopped: identity.personStatus === 'stopped' },
      {
        lang,
        now,
        quietHours: options.quietHours ?? DEFAULT_QUIET_HOURS,
        profile: record.profile,
        employer: record.employer,
        menu,
        audiences,
        ...extra,
      },
      // Group chats are for announcements; personal flows happen in a private chat.
      personId ? registry : registry.withoutFlows,
    );
    if (!personId)
      return decision.state === null && decision.effects.length > 0
        ? [{ text: t(lang, 'engine.private_only') }]
        : decision.replies;
    // The new state and the choices offered are saved in one statement (with the effects, in one transaction).
    const choices = choicesOffered(decision.replies);
    if (decision.effects.length === 0) {
      await saveState(db, identity.id, decision.state, choices);
      return { replies: decision.replies, choicesRemembered: true };
    }
    const outcomes = await db.transaction().execute(async (trx) => {
      await saveState(trx, identity.id, decision.state, choices);
      return registry.effects.apply(trx, { personId, channel: message.channel }, decision.effects);
    });
    // A refused effect is told in place of the step's first reply, which says what the step did.
    const refusal = outcomes.find((outcome) => !outcome.ok);
    const replies =
      refusal && !refusal.ok && decision.replies[0]
        ? [{ ...decision.replies[0], text: refusal.tell(lang) }, ...decision.replies.slice(1)]
        : decision.replies;
    return { replies, choicesRemembered: true };
  };
}

/** "/start CODE": spend the invite (granting its role) and say so, then the welcome with the new role's menu. */
async function redeem(
  db: Kysely<Database>,
  registry: Registry,
  identityId: number,
  personId: number,
  code: string,
  channel: Channel,
  lang: Lang,
): Promise<OutboundMessage[]> {
  const result = await redeemInvite(db, code, personId, channel, (trx) => queueChatCommands(trx, personId));
  await saveState(db, identityId, null);
  const record = await loadEngineRecord(db, identityId, personId);
  const menu = await personMenu(
    db,
    registry,
    personId,
    audiencesOf(record.roles, record.employer !== null, record.ownsProvider),
  );
  const note = result.ok
    ? t(lang, 'invite.accepted', {
        role: t(lang, `role.${result.role}`),
        region: result.regionName ?? t(lang, 'invite.whole_country'),
      })
    : t(lang, `invite.${result.reason}`);
  return [{ text: note }, welcome(lang, menu)];
}
