import type { Kysely } from 'kysely';
import type { CourseEnrolmentStatus, Database } from '../../db/schema.ts';

/** A learner's own place on a course, as their notifications and answers need it. */
export interface OwnEnrolment {
  enrolmentId: number;
  courseId: number;
  status: CourseEnrolmentStatus;
  title: string;
  occupation: string;
  tradeAdded: boolean;
  followupAnswered: boolean;
}

/** The enrolment, only when it is the person's own; else null. */
export async function loadOwnEnrolment(
  db: Kysely<Database>,
  enrolmentId: number,
  personId: number,
): Promise<OwnEnrolment | null> {
  if (!Number.isSafeInteger(enrolmentId) || enrolmentId <= 0) return null;
  const row = await db
    .selectFrom('course_enrolments as e')
    .innerJoin('courses as c', 'c.id', 'e.course_id')
    .select([
      'e.id',
      'e.course_id',
      'e.status',
      'c.title',
      'c.occupation',
      'e.trade_added_at',
      'e.followup_answered_at',
    ])
    .where('e.id', '=', enrolmentId)
    .where('e.person_id', '=', personId)
    .executeTakeFirst();
  if (!row) return null;
  return {
    enrolmentId: Number(row.id),
    courseId: Number(row.course_id),
    status: row.status,
    title: row.title,
    occupation: row.occupation,
    tradeAdded: row.trade_added_at !== null,
    followupAnswered: row.followup_answered_at !== null,
  };
}
