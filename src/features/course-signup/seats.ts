import { type Kysely, sql, type Transaction } from 'kysely';
import { SEAT_STATUSES } from '../../db/courses.ts';
import type { Database } from '../../db/schema.ts';
import { vietnamIsoDate } from '../../kernel/time.ts';
import { notifyPerson } from '../event-registration/seats.ts';
import type { OwnEnrolment } from './context.ts';

/**
 * Places on a course: taking one (or a place on the waiting list beyond the seats), giving one back, and the first
 * waiting person moving up into a freed seat — with the course row locked, so two sign-ups or a sign-up and a
 * cancellation never count the same seat twice. A move-up writes a 'course_moved_up' notification (ref = the
 * enrolment), rendered when it is sent.
 */
type Db = Kysely<Database> | Transaction<Database>;
type Trx = Transaction<Database>;

export const MOVED_UP_KIND = 'course_moved_up';
/** A sign-up that still holds (or waits for) a place: signing up again changes nothing. */
export const ACTIVE_STATUSES = ['signed_up', 'waiting', 'enrolled', 'completed'] as const;
/** What the person may cancel themselves. */
export const CANCELLABLE_STATUSES = ['signed_up', 'waiting', 'enrolled'] as const;

export async function ownEnrolment(db: Db, courseId: number, personId: number): Promise<OwnEnrolment | null> {
  const row = await db
    .selectFrom('course_enrolments as e')
    .select([
      'e.id',
      'e.status',
      sql<number>`CASE WHEN e.status = 'waiting' THEN (SELECT count(*) FROM course_enrolments o
        WHERE o.course_id = e.course_id AND o.status = 'waiting' AND (o.waiting_since, o.id) <= (e.waiting_since, e.id))
        ELSE 0 END::int`.as('place'),
    ])
    .where('e.course_id', '=', courseId)
    .where('e.person_id', '=', personId)
    .executeTakeFirst();
  return row ? { id: row.id, status: row.status, place: row.place } : null;
}

/** Open for sign-ups: approved and not yet started (Vietnam's date). */
export function courseIsOpen(course: { status: string; startsOn: string }, now: Date): boolean {
  return course.status === 'approved' && course.startsOn > vietnamIsoDate(now);
}

async function lockCourse(trx: Trx, courseId: number) {
  const row = await trx
    .selectFrom('courses')
    .select(['id', 'seats', 'status', sql<string>`starts_on::text`.as('starts_on')])
    .where('id', '=', courseId)
    .forUpdate()
    .executeTakeFirst();
  return row ? { seats: row.seats, status: row.status, startsOn: row.starts_on } : null;
}

async function seatsTaken(trx: Trx, courseId: number): Promise<number> {
  const { count } = await trx
    .selectFrom('course_enrolments')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('course_id', '=', courseId)
    .where('status', 'in', [...SEAT_STATUSES])
    .executeTakeFirstOrThrow();
  return Number(count);
}

export interface SeatRequest {
  courseId: number;
  personId: number;
  via: 'card' | 'search';
  now: Date;
}

export type SeatOutcome =
  | { kind: 'closed' }
  /** Signed up before (not cancelled): nothing changed. */
  | { kind: 'exists' }
  | { kind: 'taken'; status: 'signed_up' | 'waiting'; enrolmentId: number };

/** A place, or the waiting list when the course is full; the person's contact shared with the provider. */
export async function takeSeat(trx: Trx, request: SeatRequest): Promise<SeatOutcome> {
  const course = await lockCourse(trx, request.courseId);
  if (!course || !courseIsOpen(course, request.now)) return { kind: 'closed' };
  const existing = await trx
    .selectFrom('course_enrolments')
    .select(['id', 'status'])
    .where('course_id', '=', request.courseId)
    .where('person_id', '=', request.personId)
    .executeTakeFirst();
  if (existing && (ACTIVE_STATUSES as readonly string[]).includes(existing.status)) return { kind: 'exists' };
  const full = course.seats !== null && (await seatsTaken(trx, request.courseId)) >= course.seats;
  const status = full ? 'waiting' : 'signed_up';
  const values = {
    status,
    via: request.via,
    shares_contact: true,
    signed_up_at: request.now,
    waiting_since: full ? request.now : null,
    updated_at: request.now,
  } as const;
  if (existing) {
    await trx.updateTable('course_enrolments').set(values).where('id', '=', existing.id).execute();
    return { kind: 'taken', status, enrolmentId: existing.id };
  }
  const inserted = await trx
    .insertInto('course_enrolments')
    .values({ ...values, course_id: request.courseId, person_id: request.personId })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { kind: 'taken', status, enrolmentId: inserted.id };
}

/**
 * "Huỷ đăng ký": the person's own sign-up is cancelled; a seat it held goes to the first on the waiting list, in
 * the same transaction. False when there was nothing to cancel.
 */
export async function giveUpSeat(trx: Trx, courseId: number, personId: number, now: Date): Promise<boolean> {
  await trx.selectFrom('courses').select('id').where('id', '=', courseId).forUpdate().execute();
  const cancelled = await trx
    .updateTable('course_enrolments')
    .set({ status: 'cancelled', waiting_since: null, status_by: personId, updated_at: now })
    .where('course_id', '=', courseId)
    .where('person_id', '=', personId)
    .where('status', 'in', [...CANCELLABLE_STATUSES])
    .returning('id')
    .executeTakeFirst();
  if (!cancelled) return false;
  await fillFreedSeats(trx, courseId, now);
  return true;
}

/** While the (locked) course has a free seat and someone waits: the first waiting moves up and is told. */
/** While the course (approved) has a free place and someone waits: the first waiting move up and are told. */
export async function fillFreedSeats(trx: Trx, courseId: number, now: Date): Promise<number[]> {
  const course = await trx
    .selectFrom('courses')
    .select(['seats', 'status'])
    .where('id', '=', courseId)
    .executeTakeFirst();
  if (course?.status !== 'approved') return [];
  const free = course.seats === null ? Number.MAX_SAFE_INTEGER : course.seats - (await seatsTaken(trx, courseId));
  if (free <= 0) return [];
  const moved = await trx
    .updateTable('course_enrolments')
    .set({ status: 'signed_up', waiting_since: null, updated_at: now })
    .where(
      'id',
      'in',
      trx
        .selectFrom('course_enrolments')
        .select('id')
        .where('course_id', '=', courseId)
        .where('status', '=', 'waiting')
        .orderBy('waiting_since')
        .orderBy('id')
        .limit(Math.min(free, 1000)),
    )
    .returning(['id', 'person_id'])
    .execute();
  for (const { id, person_id } of moved) await notifyPerson(trx, MOVED_UP_KIND, id, person_id);
  return moved.map((row) => row.id);
}
