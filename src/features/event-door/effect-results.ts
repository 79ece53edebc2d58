import { moveApplication } from '../../db/applications.ts';
import { DONE, type EffectOutcome } from '../../engine/feature.ts';
import { recordFollowup } from '../followup/effects.ts';
import { moveApplicationAs } from '../outcomes/move-application.ts';
import type { EventDoorEffect } from './effects.ts';
import { refusal, type Trx } from './effect-shared.ts';

/**
 * Results from an event, as steps of the worker's applications (the ones the funnel counts): an employer's interview
 * result, and the worker's answer to the day-after question.
 */
/** The worker's application to the job, made by the system as "interested" (from the event) when they had none. */
async function applicationFromEvent(
  trx: Trx,
  ticket: { person_id: number; shares_contact: boolean },
  vacancyId: number,
): Promise<number | null> {
  const existing = await trx
    .selectFrom('applications')
    .select('id')
    .where('vacancy_id', '=', vacancyId)
    .where('person_id', '=', ticket.person_id)
    .executeTakeFirst();
  if (existing) return existing.id;
  const created = await moveApplication(
    trx,
    { vacancyId, workerId: ticket.person_id },
    {
      to: 'interested',
      actor: { role: 'system', personId: null },
      note: 'event',
      sharedContact: ticket.shares_contact,
    },
  );
  return created.kind === 'moved' ? created.applicationId : null;
}

async function statusOf(trx: Trx, applicationId: number): Promise<string | undefined> {
  const row = await trx.selectFrom('applications').select('status').where('id', '=', applicationId).executeTakeFirst();
  return row?.status;
}

async function rememberEvent(trx: Trx, applicationId: number, eventId: number): Promise<void> {
  await trx
    .updateTable('applications')
    .set({ event_id: eventId })
    .where('id', '=', applicationId)
    .where('event_id', 'is', null)
    .execute();
}

/**
 * The day-after answer, written as the 7-day follow-up writes its own (recordFollowup: the answer, the worker's step,
 * an audit entry): a "yes" on the job it was for (one from the event: an application from it, or a job they asked
 * for there), "no" and "still waiting" on every open application from the event.
 */
export async function answerFollowup(
  trx: Trx,
  personId: number,
  effect: Extract<EventDoorEffect, { kind: 'answer_event_followup' }>,
): Promise<EffectOutcome> {
  const ticket = await trx
    .selectFrom('event_registrations')
    .select(['id', 'event_id', 'person_id', 'shares_contact'])
    .where('id', '=', effect.registrationId)
    .where('person_id', '=', personId)
    .where('status', '=', 'attended')
    .executeTakeFirst();
  if (!ticket) return DONE;
  if (effect.answer === 'hired') {
    if (effect.vacancyId === null) return DONE;
    const fromEvent = await trx
      .selectFrom('vacancies as v')
      .select('v.id')
      .where('v.id', '=', effect.vacancyId)
      .where((eb) =>
        eb.or([
          eb.exists(
            eb
              .selectFrom('event_registration_vacancies as rv')
              .select('rv.vacancy_id')
              .where('rv.registration_id', '=', ticket.id)
              .whereRef('rv.vacancy_id', '=', 'v.id'),
          ),
          eb.exists(
            eb
              .selectFrom('applications as a')
              .select('a.id')
              .where('a.person_id', '=', personId)
              .where('a.event_id', '=', ticket.event_id)
              .whereRef('a.vacancy_id', '=', 'v.id'),
          ),
        ]),
      )
      .executeTakeFirst();
    const applicationId = fromEvent ? await applicationFromEvent(trx, ticket, fromEvent.id) : null;
    if (applicationId === null) return DONE;
    await rememberEvent(trx, applicationId, ticket.event_id);
    await recordFollowup(trx, personId, { applicationId, answer: 'hired' });
    return DONE;
  }
  const open = await trx
    .selectFrom('applications')
    .select('id')
    .where('person_id', '=', personId)
    .where('event_id', '=', ticket.event_id)
    .where('status', 'in', ['interested', 'introduced', 'offered'])
    .execute();
  for (const { id } of open) await recordFollowup(trx, personId, { applicationId: id, answer: effect.answer });
  return DONE;
}

/**
 * A result at the event is a step of the worker's application to the job: made by the system as "interested" when
 * they had none (asking for an interview at the fair is their interest), then moved by the employer with the same
 * rules as /tincuatoi; the application remembers the event it came from.
 */
export async function recordResult(
  trx: Trx,
  personId: number,
  effect: Extract<EventDoorEffect, { kind: 'record_result' }>,
): Promise<EffectOutcome> {
  const { eventId, registrationId, vacancyId, result } = effect;
  const refused = refusal('event_door.result_refused');
  const ticket = await trx
    .selectFrom('event_registrations as r')
    .innerJoin('event_vacancies as evv', (join) =>
      join.onRef('evv.event_id', '=', 'r.event_id').on('evv.vacancy_id', '=', vacancyId),
    )
    .innerJoin('vacancies as v', 'v.id', 'evv.vacancy_id')
    .innerJoin('employers as e', 'e.id', 'v.employer_id')
    .innerJoin('event_employers as ee', (join) =>
      join.onRef('ee.event_id', '=', 'r.event_id').onRef('ee.employer_id', '=', 'e.id'),
    )
    .select(['r.person_id', 'r.shares_contact'])
    .where('r.id', '=', registrationId)
    .where('r.event_id', '=', eventId)
    .where('r.status', '<>', 'cancelled')
    .where('e.owner_person_id', '=', personId)
    .where('ee.status', '=', 'joined')
    .executeTakeFirst();
  if (!ticket) return refused;
  const applicationId = await applicationFromEvent(trx, ticket, vacancyId);
  if (applicationId === null) return refused;
  // Any result there means the interview took place: an application still at "interested" is introduced first,
  // so the funnel counts the introduction whatever came of it.
  if (result !== 'introduced' && (await statusOf(trx, applicationId)) === 'interested') {
    const introduced = await moveApplicationAs(trx, personId, { applicationId, status: 'introduced', as: 'employer' });
    if (introduced.kind !== 'moved') return refused;
  }
  const moved = await moveApplicationAs(trx, personId, { applicationId, status: result, as: 'employer' });
  if (moved.kind !== 'moved' && moved.kind !== 'no_op') return refused;
  await rememberEvent(trx, applicationId, eventId);
  return DONE;
}
