import { sql } from 'kysely';
import type { Channel } from '../../db/schema.ts';
import { DONE, type EffectOutcome } from '../../engine/feature.ts';
import type { EventDoorEffect } from './effects.ts';
import { doorOpen, refusal, type Trx } from './effect-shared.ts';
import { t } from './messages.ts';

/**
 * A walk-in at the door: a new person (the name typed; the phone only with their consent, recorded as such), a ticket
 * 'attended' at once with the code the door was told, and up to three of the event's jobs. A phone already
 * registered for the event is told its code instead.
 */
/** Consent recorded for a walk-in's phone, asked for aloud at the door. */
const WALK_IN_CONSENT_TEXT = 'event-walk-in-1';

export async function walkIn(
  trx: Trx,
  personId: number,
  channel: Channel,
  effect: Extract<EventDoorEffect, { kind: 'walk_in' }>,
): Promise<EffectOutcome> {
  const { eventId, name, phone, code } = effect;
  if (!(await doorOpen(trx, personId, eventId))) return refusal('event_door.walk_in_refused');
  if (phone !== null) {
    const known = await trx
      .selectFrom('event_registrations as r')
      .innerJoin('people as p', 'p.id', 'r.person_id')
      .select('r.ticket_code')
      .where('r.event_id', '=', eventId)
      .where('p.phone_e164', '=', phone)
      .where('r.status', '<>', 'cancelled')
      .executeTakeFirst();
    if (known) return { ok: false, tell: (lang) => t(lang, 'event_door.walk_in_known', { code: known.ticket_code }) };
  }
  const clash = await trx
    .selectFrom('event_registrations')
    .select('id')
    .where('event_id', '=', eventId)
    .where('ticket_code', '=', code)
    .executeTakeFirst();
  if (clash) return refusal('event_door.walk_in_refused');
  const worker = await trx
    .insertInto('people')
    .values({ full_name: name, phone_e164: phone })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (phone !== null)
    await trx
      .insertInto('consents')
      .values({ person_id: worker.id, purpose: 'share_with_employer', text_version: WALK_IN_CONSENT_TEXT, channel })
      .execute();
  const registration = await trx
    .insertInto('event_registrations')
    .values({
      event_id: eventId,
      person_id: worker.id,
      ticket_code: code,
      status: 'attended',
      via: 'walk_in',
      shares_contact: phone !== null,
      checked_in_at: sql`now()`,
      checked_in_by_person_id: personId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  if (effect.vacancyIds.length > 0)
    await trx
      .insertInto('event_registration_vacancies')
      .columns(['registration_id', 'vacancy_id'])
      .expression(
        trx
          .selectFrom('event_vacancies')
          .select([sql<number>`${registration.id}::bigint`.as('registration_id'), 'vacancy_id'])
          .where('event_id', '=', eventId)
          .where('vacancy_id', 'in', effect.vacancyIds.slice(0, 3)),
      )
      .execute();
  return DONE;
}
