import { randomBytes } from 'node:crypto';
import { type Kysely, sql, type Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { ticketCode } from '../../kernel/events/ticket-code.ts';
import type { OwnRegistration } from './context.ts';

/**
 * Seats at an event: taking one (or a place on the waiting list beyond the capacity), giving one back, and the
 * first waiting person moving up into a freed seat — with the event row locked, so two registrations or a
 * registration and a cancellation never count the same seat twice. A move-up writes an 'event_moved_up'
 * notification (ref = the registration), rendered when it is sent.
 */
type Db = Kysely<Database> | Transaction<Database>;
type Trx = Transaction<Database>;

export const MOVED_UP_KIND = 'event_moved_up';
/** Sooner than vacancy alerts: a seat or a reminder is time-bound. */
export const EVENT_NOTICE_PRIORITY = 1;

export async function ownRegistration(db: Db, eventId: number, personId: number): Promise<OwnRegistration | null> {
  const row = await db
    .selectFrom('event_registrations as r')
    .select([
      'r.id',
      'r.ticket_code',
      'r.status',
      sql<number>`CASE WHEN r.status = 'waiting' THEN (SELECT count(*) FROM event_registrations o
        WHERE o.event_id = r.event_id AND o.status = 'waiting' AND (o.waiting_since, o.id) <= (r.waiting_since, r.id))
        ELSE 0 END::int`.as('place'),
      sql<string[]>`ARRAY(SELECT v.title FROM event_registration_vacancies rv JOIN vacancies v ON v.id = rv.vacancy_id
        WHERE rv.registration_id = r.id ORDER BY v.title)`.as('interviews'),
    ])
    .where('r.event_id', '=', eventId)
    .where('r.person_id', '=', personId)
    .executeTakeFirst();
  return row
    ? { id: row.id, code: row.ticket_code, status: row.status, place: row.place, interviews: row.interviews }
    : null;
}

/** Locks the event; null when it takes no registrations (gone, cancelled, held, or already begun). */
async function lockOpenEvent(trx: Trx, eventId: number, now: Date) {
  const event = await trx
    .selectFrom('events')
    .select(['id', 'capacity', 'status', 'starts_at'])
    .where('id', '=', eventId)
    .forUpdate()
    .executeTakeFirst();
  if (!event || !['scheduled', 'announced'].includes(event.status) || event.starts_at <= now) return null;
  return event;
}

async function seatsTaken(trx: Trx, eventId: number): Promise<number> {
  const { count } = await trx
    .selectFrom('event_registrations')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('event_id', '=', eventId)
    .where('status', 'in', ['registered', 'attended'])
    .executeTakeFirstOrThrow();
  return Number(count);
}

export interface SeatRequest {
  eventId: number;
  personId: number;
  /** The id and code the loader reserved (a cancelled registration's own, when it registers again). */
  registrationId: number;
  ticketCode: string;
  via: 'announcement' | 'link';
  vacancyIds: readonly number[];
  share: boolean;
  now: Date;
}

export type SeatOutcome =
  | { kind: 'closed' }
  /** Registered before (not cancelled): nothing changed. */
  | { kind: 'exists' }
  | { kind: 'taken'; status: 'registered' | 'waiting'; registrationId: number; code: string };

/** A seat, or a place on the waiting list when the event is full; registering twice changes nothing. */
export async function takeSeat(trx: Trx, request: SeatRequest): Promise<SeatOutcome> {
  const event = await lockOpenEvent(trx, request.eventId, request.now);
  if (!event) return { kind: 'closed' };
  const existing = await trx
    .selectFrom('event_registrations')
    .select(['id', 'status', 'ticket_code'])
    .where('event_id', '=', request.eventId)
    .where('person_id', '=', request.personId)
    .executeTakeFirst();
  if (existing && existing.status !== 'cancelled') return { kind: 'exists' };
  const full = event.capacity !== null && (await seatsTaken(trx, request.eventId)) >= event.capacity;
  const status = full ? 'waiting' : 'registered';
  const values = {
    status,
    via: request.via,
    shares_contact: request.share,
    registered_at: request.now,
    waiting_since: full ? request.now : null,
  } as const;
  let registrationId: number;
  let code: string;
  if (existing) {
    await trx.updateTable('event_registrations').set(values).where('id', '=', existing.id).execute();
    await trx.deleteFrom('event_registration_vacancies').where('registration_id', '=', existing.id).execute();
    registrationId = existing.id;
    code = existing.ticket_code;
  } else {
    // Every insert for the event happens under its lock, so the checks above and below hold until the commit.
    const taken = await trx
      .selectFrom('event_registrations')
      .select('id')
      .where('event_id', '=', request.eventId)
      .where('ticket_code', '=', request.ticketCode)
      .executeTakeFirst();
    const inserted = await sql<{ id: number; ticket_code: string }>`
      INSERT INTO event_registrations
        (id, event_id, person_id, ticket_code, status, via, shares_contact, registered_at, waiting_since)
      OVERRIDING SYSTEM VALUE
      VALUES (${request.registrationId}, ${request.eventId}, ${request.personId},
        ${taken ? await freeCode(trx, request.eventId) : request.ticketCode},
        ${status}, ${request.via}, ${request.share}, ${request.now}, ${values.waiting_since})
      RETURNING id, ticket_code`.execute(trx);
    if (!inserted.rows[0]) return { kind: 'exists' };
    registrationId = inserted.rows[0].id;
    code = inserted.rows[0].ticket_code;
  }
  if (request.vacancyIds.length > 0)
    await trx
      .insertInto('event_registration_vacancies')
      .values(
        request.vacancyIds.slice(0, 3).map((vacancyId) => ({ registration_id: registrationId, vacancy_id: vacancyId })),
      )
      .onConflict((oc) => oc.doNothing())
      .execute();
  return { kind: 'taken', status, registrationId, code };
}

/**
 * "Không đến được": the person's own registration is cancelled; a seat it held goes to the first on the waiting
 * list, in the same transaction. Null when it was not theirs or not active.
 */
export async function giveUpSeat(
  trx: Trx,
  registrationId: number,
  personId: number,
): Promise<{ eventId: number; code: string } | null> {
  const own = await trx
    .selectFrom('event_registrations')
    .select(['event_id'])
    .where('id', '=', registrationId)
    .where('person_id', '=', personId)
    .executeTakeFirst();
  if (!own) return null;
  await trx.selectFrom('events').select('id').where('id', '=', own.event_id).forUpdate().execute();
  const cancelled = await trx
    .updateTable('event_registrations')
    .set({ status: 'cancelled', waiting_since: null })
    .where('id', '=', registrationId)
    .where('status', 'in', ['registered', 'waiting'])
    .returning(['event_id', 'ticket_code'])
    .executeTakeFirst();
  if (!cancelled) return null;
  await fillFreedSeats(trx, cancelled.event_id);
  return { eventId: cancelled.event_id, code: cancelled.ticket_code };
}

/** Every active registration of the person cancelled (/xoa), each freed seat given to the next waiting person. */
export async function giveUpAllSeats(trx: Trx, personId: number): Promise<void> {
  const active = await trx
    .selectFrom('event_registrations')
    .select('id')
    .where('person_id', '=', personId)
    .where('status', 'in', ['registered', 'waiting'])
    .orderBy('event_id')
    .execute();
  for (const { id } of active) await giveUpSeat(trx, id, personId);
}

/** While the (locked) event has a free seat and someone waits: the first waiting moves up and is told. */
async function fillFreedSeats(trx: Trx, eventId: number): Promise<void> {
  const event = await trx
    .selectFrom('events')
    .select(['capacity', 'status', 'starts_at'])
    .where('id', '=', eventId)
    .executeTakeFirst();
  if (!event || !['scheduled', 'announced'].includes(event.status)) return;
  const free = event.capacity === null ? Number.MAX_SAFE_INTEGER : event.capacity - (await seatsTaken(trx, eventId));
  if (free <= 0) return;
  const moved = await trx
    .updateTable('event_registrations')
    .set({ status: 'registered', waiting_since: null })
    .where(
      'id',
      'in',
      trx
        .selectFrom('event_registrations')
        .select('id')
        .where('event_id', '=', eventId)
        .where('status', '=', 'waiting')
        .orderBy('waiting_since')
        .orderBy('id')
        .limit(Math.min(free, 1000)),
    )
    .returning(['id', 'person_id'])
    .execute();
  for (const { id, person_id } of moved) await notifyPerson(trx, MOVED_UP_KIND, id, person_id);
}

/** A notification row to the person's most recent reachable private chat (sent outside quiet hours by delivery). */
export async function notifyPerson(trx: Trx, kind: string, refId: number, personId: number): Promise<void> {
  await sql`
    INSERT INTO notifications (kind, ref_id, person_id, identity_id, channel, priority)
    SELECT ${kind}, ${refId}, ${personId}, ci.id, ci.channel, ${EVENT_NOTICE_PRIORITY}::smallint
    FROM channel_identities ci JOIN people p ON p.id = ci.person_id AND p.status = 'active'
    WHERE ci.person_id = ${personId} AND ci.chat_type = 'private' AND ci.reachable AND ci.tombstoned_at IS NULL
    ORDER BY ci.last_seen_at DESC, ci.id DESC LIMIT 1
    ON CONFLICT (kind, ref_id, person_id) WHERE person_id IS NOT NULL DO NOTHING`.execute(trx);
}

/** A ticket code not yet used at the event (the insert still guards the unique constraint). */
export async function freeCode(db: Db, eventId: number): Promise<string> {
  for (;;) {
    const code = ticketCode(randomBytes(6));
    const taken = await db
      .selectFrom('event_registrations')
      .select('id')
      .where('event_id', '=', eventId)
      .where('ticket_code', '=', code)
      .executeTakeFirst();
    if (!taken) return code;
  }
}
