import { type Kysely, sql } from 'kysely';
import type { CourseEnrolmentStatus, CourseStatus, Database } from '../../db/schema.ts';
import { managesCourse } from './access.ts';

/** What /khoahoc reads: the courses the person manages, with their counts, and one course's sign-up list. */
export interface ManagedCourse {
  id: number;
  title: string;
  /** YYYY-MM-DD. */
  startsOn: string;
  status: CourseStatus;
  seats: number | null;
  /** Everyone who took a place (not the waiting list, not cancelled): the course's "đăng ký". */
  signedUp: number;
  /** Of them, those whose place the provider confirmed (completed and dropped included). */
  enrolled: number;
  completed: number;
  dropped: number;
  waiting: number;
}

/** One person on a course's list: name and phone only when they agreed to share them with the provider. */
export interface RosterEntry {
  enrolmentId: number;
  /** Their place on the list (order of sign-up), which also names those who did not share their contact. */
  number: number;
  name: string | null;
  phoneE164: string | null;
  status: CourseEnrolmentStatus;
}

/** The list shows this many, newest start first (pending, approved and closed courses). */
export const MAX_COURSES = 20;

export async function loadManagedCourses(db: Kysely<Database>, personId: number): Promise<ManagedCourse[]> {
  const { rows } = await sql<{
    id: number;
    title: string;
    starts_on: string;
    status: CourseStatus;
    seats: number | null;
    signed_up: number;
    enrolled: number;
    completed: number;
    dropped: number;
    waiting: number;
  }>`
    SELECT c.id, c.title, c.starts_on, c.status, c.seats,
      -- As a course's report reads: everyone who took a place, of them those confirmed, of them those who finished.
      count(e.id) FILTER (WHERE e.status IN ('signed_up', 'enrolled', 'completed', 'dropped'))::int AS signed_up,
      count(e.id) FILTER (WHERE e.enrolled_at IS NOT NULL AND e.status <> 'cancelled')::int AS enrolled,
      count(e.id) FILTER (WHERE e.status = 'completed')::int AS completed,
      count(e.id) FILTER (WHERE e.status = 'dropped')::int AS dropped,
      count(e.id) FILTER (WHERE e.status = 'waiting')::int AS waiting
    FROM courses c
    LEFT JOIN course_enrolments e ON e.course_id = c.id
    WHERE ${managesCourse(personId)} AND c.status IN ('pending', 'approved', 'closed')
    GROUP BY c.id
    ORDER BY c.starts_on DESC, c.id DESC
    LIMIT ${MAX_COURSES}`.execute(db);
  return rows.map((r) => ({
    id: Number(r.id),
    title: r.title,
    startsOn: r.starts_on,
    status: r.status,
    seats: r.seats,
    signedUp: r.signed_up,
    enrolled: r.enrolled,
    completed: r.completed,
    dropped: r.dropped,
    waiting: r.waiting,
  }));
}

/** A course's list in order of sign-up (cancelled places left out); empty when the person does not manage it. */
export async function loadRoster(db: Kysely<Database>, personId: number, courseId: number): Promise<RosterEntry[]> {
  const { rows } = await sql<{
    id: number;
    status: CourseEnrolmentStatus;
    shares_contact: boolean;
    full_name: string | null;
    phone_e164: string | null;
  }>`
    SELECT e.id, e.status, e.shares_contact, p.full_name, p.phone_e164
    FROM course_enrolments e
    JOIN courses c ON c.id = e.course_id
    JOIN people p ON p.id = e.person_id
    WHERE e.course_id = ${courseId} AND e.status <> 'cancelled' AND ${managesCourse(personId)}
    ORDER BY e.signed_up_at, e.id`.execute(db);
  return rows.map((r, index) => ({
    enrolmentId: Number(r.id),
    number: index + 1,
    name: r.shares_contact ? r.full_name : null,
    phoneE164: r.shares_contact ? r.phone_e164 : null,
    status: r.status,
  }));
}
