import { t } from '../kernel/i18n/index.ts';
import {
  isInviteShaped,
  type LinkReading,
  parseLinkPayload,
  readShortCode,
  type RegistrationLink,
} from '../kernel/links/index.ts';
import { alertChoiceId } from '../kernel/vacancy/alert-choices.ts';
import type { CommandReader } from './commands.ts';
import { welcome } from './home.ts';
import { type IntentDecision, settle } from './open-intent.ts';
import type { Registry } from './registry.ts';
import type { BaseContext, BeginHints, EffectRequest } from './types.ts';

/**
 * Registration links (`/start c05860_omay`, from a poster's QR code) and Zalo's short code ("DK 05860 may"): a new
 * person registers with the commune and trade filled in; a registered person keeps their profile and gets the menu;
 * a link naming a vacancy opens its card, as an alert's answer does (after registering, for a new person). Pure.
 */

/** Registration's feature name (as stored in dialog_states.flow): where a new person goes. */
const REGISTRATION = 'registration';

/** A link or short code, read; null when the message is neither (an invite code is never a link). */
export function linkIn(text: string | null, commands: CommandReader): LinkReading | null {
  if (commands.command(text) !== 'start') return readShortCode(text);
  const payload = commands.argument(text);
  if (payload === null || isInviteShaped(payload)) return null;
  const link = parseLinkPayload(payload);
  return link ? { ok: true, link } : { ok: false };
}

/**
 * The choice a link stands for, so that the engine loads the data of the feature that answers it: a vacancy's
 * opens its card (job search), an event's (`/start f<id>`) registers for it (event-registration); else null.
 */
export function linkedChoice(text: string | null, commands: CommandReader): string | null {
  const reading = linkIn(text, commands);
  if (!reading?.ok) return null;
  if (reading.link.fairId !== undefined) return eventLinkChoiceId(reading.link.fairId);
  return reading.link.vacancyId !== undefined ? alertChoiceId('open', reading.link.vacancyId) : null;
}

/** An event link's answer, as src/features/event-registration/choices.ts reads it. */
function eventLinkChoiceId(eventId: number): string {
  return `event.link.${eventId}`;
}

function hintsOf(link: RegistrationLink): BeginHints {
  return {
    ...(link.communeCode ? { communeCode: link.communeCode } : {}),
    ...(link.occupation ? { occupations: [link.occupation] } : {}),
    ...(link.vacancyId ? { vacancyId: link.vacancyId } : {}),
  };
}

export function decideLink(
  reading: LinkReading,
  stopped: boolean,
  context: BaseContext,
  registry: Registry,
): IntentDecision {
  const { lang, menu } = context;
  // A link is a start: it brings back the messages of a person who had stopped them.
  const resume: EffectRequest[] = stopped ? [{ kind: 'resume_messages' }] : [];
  const withResume = (decision: IntentDecision): IntentDecision => ({
    ...decision,
    effects: [...resume, ...decision.effects],
  });
  const home = (note: 'link.unreadable' | 'link.fair_soon' | 'link.registered'): IntentDecision =>
    withResume({ replies: [{ text: t(lang, note) }, welcome(lang, menu)], state: null, effects: [] });

  if (!reading.ok) return home('link.unreadable');
  const { link } = reading;
  // An event needs only the person, not a worker profile: registering for it answers the link.
  if (link.fairId !== undefined) {
    const answer = registry.answer(eventLinkChoiceId(link.fairId));
    const answering = answer ? registry.flow(answer.feature) : undefined;
    if (answer && answering) return withResume(settle(answering.step(answer.state, answer.input, context)));
    return home('link.fair_soon');
  }
  if (context.profile !== null) {
    const answer = link.vacancyId === undefined ? null : registry.answer(alertChoiceId('open', link.vacancyId));
    const answering = answer ? registry.flow(answer.feature) : undefined;
    if (answer && answering) return withResume(settle(answering.step(answer.state, answer.input, context)));
    return home('link.registered');
  }
  const registration = registry.flow(REGISTRATION);
  // A group chat has no flows: registering happens in a private chat.
  if (!registration) return { replies: [{ text: t(lang, 'engine.private_only') }], state: null, effects: [] };
  return withResume(settle(registration.begin(context, hintsOf(link))));
}
