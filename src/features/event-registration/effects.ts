import { sql, type Transaction } from 'kysely';
import { loadEvent } from '../../db/events.ts';
import type { Channel, Database } from '../../db/schema.ts';
import { DONE, type EffectOutcome, effectHandlers } from '../../engine/feature.ts';
import type { Lang } from '../../kernel/i18n/index.ts';
import { SHARE_CONSENT_VERSION } from '../search/effects.ts';
import { t } from './messages.ts';
import { giveUpSeat, ownRegistration, takeSeat } from './seats.ts';
import { ticketText } from './ticket.ts';

/** What registering writes. */
export type RegistrationEffect =
  | {
      kind: 'register_for_event';
      eventId: number;
      /** The id and code the flow showed (reserved by the loader). */
      registrationId: number;
      ticketCode: string;
      /** What the flow told: a seat or the waiting list. */
      expected: 'registered' | 'waiting';
      via: 'announcement' | 'link';
      vacancyIds: number[];
      share: boolean;
      fullName: string | null;
      phoneE164: string | null;
      /** ISO time of the message. */
      at: string;
    }
  | { kind: 'cancel_event_registration'; registrationId: number };

type Trx = Transaction<Database>;
type Register = Extract<RegistrationEffect, { kind: 'register_for_event' }>;

export const registrationEffects = effectHandlers<RegistrationEffect>({
  async register_for_event(trx, { personId, channel }, effect) {
    return register(trx, personId, channel, effect);
  },
  async cancel_event_registration(trx, { personId }, { registrationId }) {
    const cancelled = await giveUpSeat(trx, registrationId, personId);
    return cancelled ? DONE : { ok: false, tell: (lang) => t(lang, 'eventreg.cancel_none') };
  },
});

/**
 * The seat (or the waiting list), the jobs picked and, when they chose to share, the consent and the name and phone
 * given. The flow showed the ticket it expected from what the loader read; when the seat was decided otherwise
 * meanwhile (the last seat taken, the event closed, a second chat registered first), the ticket as it is is told
 * instead.
 */
async function register(trx: Trx, personId: number, channel: Channel, effect: Register): Promise<EffectOutcome> {
  const { eventId } = effect;
  const outcome = await takeSeat(trx, { ...effect, personId, now: new Date(effect.at) });
  if (outcome.kind === 'taken' && effect.share) await keepContact(trx, personId, channel, effect);
  if (
    outcome.kind === 'taken' &&
    outcome.status === effect.expected &&
    outcome.code === effect.ticketCode &&
    outcome.registrationId === effect.registrationId
  )
    return DONE;
  const event = await loadEvent(trx, eventId);
  if (!event || outcome.kind === 'closed') {
    const title = event?.title ?? '';
    return { ok: false, tell: (lang) => t(lang, title ? 'eventreg.closed' : 'eventreg.gone', { title }) };
  }
  const own = await ownRegistration(trx, eventId, personId);
  if (!own || own.status === 'cancelled') return DONE;
  const ticket = { ...own, registrationId: own.id, status: own.status, again: outcome.kind === 'exists' };
  return { ok: false, tell: (lang: Lang) => ticketText(lang, event, ticket) };
}

async function keepContact(trx: Trx, personId: number, channel: Channel, effect: Register): Promise<void> {
  await trx
    .insertInto('consents')
    .values({ person_id: personId, purpose: 'share_with_employer', text_version: SHARE_CONSENT_VERSION, channel })
    .onConflict((oc) => oc.columns(['person_id', 'purpose']).where('withdrawn_at', 'is', null).doNothing())
    .execute();
  const updates = {
    ...(effect.phoneE164 ? { phone_e164: effect.phoneE164 } : {}),
    ...(effect.fullName ? { full_name: effect.fullName } : {}),
  };
  if (Object.keys(updates).length > 0)
    await trx
      .updateTable('people')
      .set({ ...updates, updated_at: sql`now()` })
      .where('id', '=', personId)
      .execute();
}
