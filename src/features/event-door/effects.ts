import { sql } from 'kysely';
import { DONE, effectHandlers } from '../../engine/feature.ts';
import { vietnamIsoDate } from '../../kernel/time.ts';
import type { FollowupAnswer } from '../followup/answer.ts';
import { UPCOMING_STATUSES } from './access.ts';
import { invite } from './effect-invite.ts';
import { answerFollowup, recordResult } from './effect-results.ts';
import { doorOpen, refusal, type Trx } from './effect-shared.ts';
import { walkIn } from './effect-walk-in.ts';
import type { EventResult } from './results.ts';

/**
 * The door's writes, each checking again in SQL that the person may act: a check-in or a walk-in only by an official
 * in scope or a joined employer, and a check-in only of a ticket still 'registered' or 'waiting' (two doors typing
 * one code: the second is refused); joining and declining only for the person's own employer, at an event still
 * ahead, with their own open approved vacancies; a result only by a joined employer, on their own job at the event;
 * invitations only by an official in scope; the day-after answer only on the worker's own ticket.
 */
export type EventDoorEffect =
  | { kind: 'check_in'; eventId: number; registrationId: number }
  | {
      kind: 'walk_in';
      eventId: number;
      name: string;
      /** E.164, given only with the worker's consent to be contacted by employers. */
      phone: string | null;
      vacancyIds: number[];
      code: string;
    }
  | { kind: 'join_event'; eventId: number; vacancies: { vacancyId: number; extra: number }[] }
  | { kind: 'decline_event'; eventId: number }
  | { kind: 'record_result'; eventId: number; registrationId: number; vacancyId: number; result: EventResult }
  | { kind: 'invite_employers'; eventId: number; employerIds: number[]; notBefore: string }
  | { kind: 'answer_event_followup'; registrationId: number; answer: FollowupAnswer; vacancyId: number | null };

/** The person's employer, when the event is still ahead (locked, so that a join and a decline do not cross). */
async function employerAtUpcoming(trx: Trx, personId: number, eventId: number): Promise<number | null> {
  const event = await trx
    .selectFrom('events')
    .select('id')
    .where('id', '=', eventId)
    .where('status', 'in', UPCOMING_STATUSES)
    .where('kind', '<>', 'meeting')
    .forUpdate()
    .executeTakeFirst();
  if (!event) return null;
  const employer = await trx
    .selectFrom('employers')
    .select('id')
    .where('owner_person_id', '=', personId)
    .orderBy('id')
    .executeTakeFirst();
  return employer?.id ?? null;
}

async function setEmployerStatus(trx: Trx, eventId: number, employerId: number, status: 'joined' | 'declined') {
  await trx
    .insertInto('event_employers')
    .values({ event_id: eventId, employer_id: employerId, status })
    .onConflict((oc) => oc.columns(['event_id', 'employer_id']).doUpdateSet({ status, updated_at: sql`now()` }))
    .execute();
  // What the employer recruits for there is replaced by what they pick now (nothing, when declining).
  await trx
    .deleteFrom('event_vacancies')
    .where('event_id', '=', eventId)
    .where('vacancy_id', 'in', trx.selectFrom('vacancies').select('id').where('employer_id', '=', employerId))
    .execute();
}

export const eventDoorEffects = effectHandlers<EventDoorEffect>({
  async check_in(trx, { personId }, { eventId, registrationId }) {
    if (!(await doorOpen(trx, personId, eventId))) return refusal('event_door.check_in_refused');
    const updated = await trx
      .updateTable('event_registrations')
      .set({ status: 'attended', checked_in_at: sql`now()`, checked_in_by_person_id: personId })
      .where('id', '=', registrationId)
      .where('event_id', '=', eventId)
      .where('status', 'in', ['registered', 'waiting'])
      .executeTakeFirst();
    return updated.numUpdatedRows > 0n ? DONE : refusal('event_door.check_in_refused');
  },

  walk_in: (trx, { personId, channel }, effect) => walkIn(trx, personId, channel, effect),

  async join_event(trx, { personId }, { eventId, vacancies }) {
    const employerId = await employerAtUpcoming(trx, personId, eventId);
    if (employerId === null || vacancies.length === 0) return refusal('event_door.join_refused');
    const ids = vacancies.map((v) => v.vacancyId);
    const open = await trx
      .selectFrom('vacancies')
      .select('id')
      .where('id', 'in', ids)
      .where('employer_id', '=', employerId)
      .where('status', '=', 'approved')
      .where('deadline', '>=', vietnamIsoDate(new Date()))
      .execute();
    if (open.length !== new Set(ids).size) return refusal('event_door.join_refused');
    await setEmployerStatus(trx, eventId, employerId, 'joined');
    await trx
      .insertInto('event_vacancies')
      .values(vacancies.map((v) => ({ event_id: eventId, vacancy_id: v.vacancyId, extra_headcount: v.extra })))
      .onConflict((oc) =>
        oc
          .columns(['event_id', 'vacancy_id'])
          .doUpdateSet((eb) => ({ extra_headcount: eb.ref('excluded.extra_headcount') })),
      )
      .execute();
    return DONE;
  },

  async decline_event(trx, { personId }, { eventId }) {
    const employerId = await employerAtUpcoming(trx, personId, eventId);
    if (employerId === null) return refusal('event_door.join_refused');
    await setEmployerStatus(trx, eventId, employerId, 'declined');
    return DONE;
  },

  record_result: (trx, { personId }, effect) => recordResult(trx, personId, effect),

  invite_employers: (trx, { personId }, effect) => invite(trx, personId, effect),

  answer_event_followup: (trx, { personId }, effect) => answerFollowup(trx, personId, effect),
});
