import { type Kysely, sql } from 'kysely';
import { eventVacancies, loadEvent } from '../../db/events.ts';
import type { Database } from '../../db/schema.ts';
import type { Loader } from '../../engine/feature.ts';
import { vietnamIsoDate } from '../../kernel/time.ts';
import { parseEventAnswer } from './choices.ts';
import type { EventRegistrationContext, OwnRegistration } from './context.ts';
import { freeCode, ownRegistration } from './seats.ts';

/**
 * What registering needs: the event (by the flow's state, or the answer's choice: a cancel names the registration,
 * which must be the person's own), its open vacancies, the person's registration, their name and phone, and — when
 * a registration would be made now — the id and ticket code it takes, so that the pure flow can show the ticket.
 */
export const loadEventRegistration: Loader<EventRegistrationContext> = async ({
  db,
  personId,
  state,
  choiceId,
  now,
  publicBaseUrl,
}) => {
  const answer = parseEventAnswer(choiceId);
  const stored = typeof state?.data.eventId === 'number' ? state.data.eventId : null;
  let eventId = stored ?? (answer && answer.kind !== 'cancel' ? answer.eventId : null);
  if (answer?.kind === 'cancel') {
    const row = await db
      .selectFrom('event_registrations')
      .select('event_id')
      .where('id', '=', answer.registrationId)
      .where('person_id', '=', personId)
      .executeTakeFirst();
    eventId = row?.event_id ?? null;
  }
  const [event, person] = await Promise.all([
    eventId === null ? null : loadEvent(db, eventId),
    db.selectFrom('people').select(['full_name', 'phone_e164']).where('id', '=', personId).executeTakeFirst(),
  ]);
  const [vacancies, registration] = event
    ? await Promise.all([eventVacancies(db, event.id, vietnamIsoDate(now)), ownRegistration(db, event.id, personId)])
    : [[], null];
  return {
    eventReg: {
      event,
      vacancies,
      registration,
      reserved: event ? await reserve(db, event.id, registration) : null,
      fullName: person?.full_name ?? null,
      phoneE164: person?.phone_e164 ?? null,
      // Neither platform fetches a photo from a plain-http or local address.
      imageBaseUrl: publicBaseUrl.startsWith('https://') ? publicBaseUrl.replace(/\/+$/, '') : null,
    },
  };
};

async function reserve(
  db: Kysely<Database>,
  eventId: number,
  registration: OwnRegistration | null,
): Promise<{ id: number; code: string } | null> {
  if (registration)
    return registration.status === 'cancelled' ? { id: registration.id, code: registration.code } : null;
  const { rows } = await sql<{ id: string }>`
    SELECT nextval(pg_get_serial_sequence('event_registrations', 'id')) AS id`.execute(db);
  return { id: Number(rows[0]!.id), code: await freeCode(db, eventId) };
}
