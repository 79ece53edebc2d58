import { randomBytes } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { eventVacancies } from '../../db/events.ts';
import type { Database } from '../../db/schema.ts';
import type { Loader } from '../../engine/feature.ts';
import type { ApplicationStatus } from '../../kernel/application-lifecycle.ts';
import { readTicketCode, ticketCode, TICKET_LENGTH } from '../../kernel/events/ticket-code.ts';
import { vietnamDayStart, vietnamIsoDate } from '../../kernel/time.ts';
import { employerNearEvent, mayRunDoor, officialAtEvent, UPCOMING_STATUSES } from './access.ts';
import type {
  Attendee,
  DoorEvent,
  DoorTicket,
  EventDoorContext,
  EventJob,
  FollowupSubject,
  InvitableEmployer,
} from './context.ts';
import { eventIdOfChoice } from './flow.ts';
import { parseEventFollowup } from './followup.ts';
import { EventDoorData } from './state.ts';
import { DOOR_FLOW } from './steps.ts';

type Db = Kysely<Database>;

/** At most this many events (soonest first) and employers to invite are offered as numbered choices. */
const MAX_EVENTS = 9;
const MAX_EMPLOYERS = 20;
const MAX_JOBS = 9;

async function ownEmployer(db: Db, personId: number): Promise<number | null> {
  const row = await db
    .selectFrom('employers')
    .select('id')
    .where('owner_person_id', '=', personId)
    .orderBy('id')
    .executeTakeFirst();
  return row?.id ?? null;
}

/**
 * The upcoming events the person runs (an official in scope), recruits at (joined), is invited to or declined, or
 * could join (their employer has an open vacancy in the event's province); one event when `onlyId` is given.
 */
export async function doorEvents(
  db: Db,
  personId: number,
  now: Date,
  onlyId: number | null = null,
): Promise<DoorEvent[]> {
  const employerId = await ownEmployer(db, personId);
  let query = db
    .selectFrom('events as ev')
    .leftJoin('event_employers as mine', (join) =>
      join.onRef('mine.event_id', '=', 'ev.id').on('mine.employer_id', '=', employerId ?? 0),
    )
    .select([
      'ev.id',
      'ev.title',
      'ev.starts_at',
      'mine.status as employer_status',
      officialAtEvent(personId).as('official'),
      mayRunDoor(personId).as('door'),
      employerNearEvent(sql`${employerId}::bigint`, vietnamIsoDate(now)).as('near'),
    ])
    .where('ev.status', 'in', UPCOMING_STATUSES)
    .where('ev.kind', '<>', 'meeting')
    .where('ev.starts_at', '>=', vietnamDayStart(now))
    .orderBy('ev.starts_at')
    .orderBy('ev.id')
    .limit(MAX_EVENTS);
  if (onlyId !== null) query = query.where('ev.id', '=', onlyId);
  const rows = await query.execute();
  return rows.flatMap((row): DoorEvent[] => {
    const status = row.employer_status as DoorEvent['employerStatus'];
    const recruits = employerId !== null && (status !== null || row.near);
    if (!row.door && !recruits) return [];
    return [
      {
        id: row.id,
        title: row.title,
        startsAt: row.starts_at,
        official: row.official,
        door: row.door,
        employerId: recruits ? employerId : null,
        employerStatus: status,
      },
    ];
  });
}

async function ticketAt(db: Db, eventId: number, code: string): Promise<DoorTicket> {
  const row = await db
    .selectFrom('event_registrations as r')
    .innerJoin('people as p', 'p.id', 'r.person_id')
    .select(['r.id', 'r.status', 'r.checked_in_at', 'p.full_name', 'p.deleted_at'])
    .where('r.event_id', '=', eventId)
    .where('r.ticket_code', '=', code)
    .executeTakeFirst();
  if (!row) return { code, found: null };
  const name = row.deleted_at === null ? row.full_name : null;
  return { code, found: { registrationId: row.id, status: row.status, name, checkedInAt: row.checked_in_at } };
}

async function joinableVacancies(db: Db, employerId: number, now: Date): Promise<EventJob[]> {
  const rows = await db
    .selectFrom('vacancies')
    .select(['id', 'title'])
    .where('employer_id', '=', employerId)
    .where('status', '=', 'approved')
    .where('deadline', '>=', vietnamIsoDate(now))
    .orderBy('title')
    .orderBy('id')
    .limit(MAX_JOBS)
    .execute();
  return rows.map((row) => ({ ...row, status: null }));
}

/** A ticket at the event (not cancelled) and the employer's open jobs there, with the worker's application to each. */
async function attendeeAt(
  db: Db,
  eventId: number,
  employerId: number,
  by: { code: string } | { registrationId: number },
  now: Date,
): Promise<Attendee | null> {
  let query = db
    .selectFrom('event_registrations as r')
    .innerJoin('people as p', 'p.id', 'r.person_id')
    .select(['r.id', 'r.person_id', 'r.ticket_code', 'p.full_name', 'p.deleted_at'])
    .where('r.event_id', '=', eventId)
    .where('r.status', '<>', 'cancelled');
  query = 'code' in by ? query.where('r.ticket_code', '=', by.code) : query.where('r.id', '=', by.registrationId);
  const row = await query.executeTakeFirst();
  if (!row) return null;
  const jobs = await db
    .selectFrom('event_vacancies as ev')
    .innerJoin('vacancies as v', 'v.id', 'ev.vacancy_id')
    .leftJoin('applications as a', (join) =>
      join.onRef('a.vacancy_id', '=', 'v.id').on('a.person_id', '=', row.person_id),
    )
    .select(['v.id', 'v.title', 'a.status'])
    .where('ev.event_id', '=', eventId)
    .where('v.employer_id', '=', employerId)
    .where('v.status', '=', 'approved')
    .where('v.deadline', '>=', vietnamIsoDate(now))
    .orderBy('v.title')
    .orderBy('v.id')
    .limit(MAX_JOBS)
    .execute();
  return {
    registrationId: row.id,
    code: row.ticket_code,
    name: row.deleted_at === null ? row.full_name : null,
    jobs: jobs.map((job) => ({
      id: job.id,
      title: job.title,
      status: (job.status as ApplicationStatus | null) ?? null,
    })),
  };
}

/** Verified employers with an open job near the event, not yet invited to it or joined. */
async function invitableEmployers(db: Db, eventId: number, now: Date): Promise<InvitableEmployer[]> {
  return db
    .selectFrom('employers as e')
    .innerJoin('events as ev', (join) => join.on('ev.id', '=', eventId))
    .select(['e.id', 'e.name'])
    .where('e.verified_at', 'is not', null)
    .where('e.owner_person_id', 'is not', null)
    .where(employerNearEvent(sql.ref('e.id'), vietnamIsoDate(now)))
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('event_employers as ee')
            .select('ee.employer_id')
            .whereRef('ee.event_id', '=', 'ev.id')
            .whereRef('ee.employer_id', '=', 'e.id')
            .where('ee.status', 'in', ['invited', 'joined']),
        ),
      ),
    )
    .orderBy('e.name')
    .orderBy('e.id')
    .limit(MAX_EMPLOYERS)
    .execute();
}

/**
 * The worker's own attended ticket and the jobs a "yes" to the day-after question may be for: their open applications
 * from the event, then the jobs they asked for there (at most three).
 */
async function followupSubject(db: Db, personId: number, registrationId: number): Promise<FollowupSubject | null> {
  const ticket = await db
    .selectFrom('event_registrations')
    .select(['id', 'event_id'])
    .where('id', '=', registrationId)
    .where('person_id', '=', personId)
    .where('status', '=', 'attended')
    .executeTakeFirst();
  if (!ticket) return null;
  const { rows } = await sql<{ id: number; title: string }>`
    SELECT v.id, v.title FROM (
      SELECT a.vacancy_id, 0 AS rank FROM applications a
      WHERE a.person_id = ${personId} AND a.event_id = ${ticket.event_id}
        AND a.status IN ('interested', 'introduced', 'offered')
      UNION
      SELECT rv.vacancy_id, 1 AS rank FROM event_registration_vacancies rv WHERE rv.registration_id = ${ticket.id}
    ) picked JOIN vacancies v ON v.id = picked.vacancy_id
    GROUP BY v.id, v.title ORDER BY min(picked.rank), v.title, v.id LIMIT ${MAX_JOBS}`.execute(db);
  return { registrationId: ticket.id, jobs: rows };
}

/**
 * The door flow's loader: the events to offer (beginning), the event the flow is at (from its state, or from the
 * choice that names it: a pick from the list, an invitation's answer), and what the step about to run needs: the
 * ticket typed at the door, the employer's open vacancies, the event's jobs for a walk-in, the attendee a result is
 * for, the employers an official may invite, the worker's ticket the day-after question is about.
 */
export const loadEventDoor: Loader<EventDoorContext> = async ({ db, personId, state, now, text, choiceId }) => {
  const data = state?.flow === DOOR_FLOW ? EventDoorData.parse(state.data) : null;
  const step = state?.flow === DOOR_FLOW ? state.step : null;
  const eventId = eventIdOfChoice(choiceId) ?? data?.eventId ?? null;
  const [list, one] = await Promise.all([
    step === null || step === 'event' ? doorEvents(db, personId, now) : Promise.resolve([]),
    eventId !== null ? doorEvents(db, personId, now, eventId) : Promise.resolve([]),
  ]);
  const event = one[0] ?? null;
  const code = step === 'door' || step === 'result_code' ? readTicketCode(text) : null;
  const choosing = step === null || step === 'event' || step === 'action' || step === 'answer';
  const joined = event?.employerId != null && event.employerStatus === 'joined' ? event.employerId : null;
  const resultFor =
    joined === null
      ? null
      : step === 'result_code' && code
        ? { code }
        : (step === 'result_job' || step === 'result') && data?.registrationId
          ? { registrationId: data.registrationId }
          : null;
  const followupOf =
    step === 'followup'
      ? (parseEventFollowup(choiceId)?.registrationId ?? null)
      : step === 'followup_job'
        ? (data?.registrationId ?? null)
        : null;
  const [ticket, joinable, eventJobs, attendee, invitable, followup] = await Promise.all([
    event?.door && step === 'door' && code ? ticketAt(db, event.id, code) : null,
    event?.employerId && (choosing || step === 'vacancies' || step === 'extra')
      ? joinableVacancies(db, event.employerId, now)
      : [],
    event?.door && (step === 'walkin_phone' || step === 'walkin_jobs')
      ? eventVacancies(db, event.id, vietnamIsoDate(now)).then((jobs) =>
          jobs
            .slice(0, MAX_JOBS)
            .map((job) => ({ id: job.id, title: `${job.title} — ${job.employerName}`, status: null })),
        )
      : [],
    event && joined !== null && resultFor ? attendeeAt(db, event.id, joined, resultFor, now) : null,
    event?.official && (choosing || step === 'invite') ? invitableEmployers(db, event.id, now) : [],
    followupOf !== null ? followupSubject(db, personId, followupOf) : null,
  ]);
  return {
    doorEvents: list,
    doorEvent: event,
    ticket,
    joinable,
    eventJobs,
    attendee,
    invitable,
    followup,
    freshCode: ticketCode(randomBytes(TICKET_LENGTH)),
  };
};
