import { sql, type Transaction } from 'kysely';
import { writeAudit } from '../../db/audit-log.ts';
import type { CourseEnrolmentStatus, Database } from '../../db/schema.ts';
import { DONE, effectHandlers } from '../../engine/feature.ts';
import { notifyPerson } from '../event-registration/seats.ts';
import { fillFreedSeats } from '../course-signup/seats.ts';
import { managesCourse } from './access.ts';
import { t } from './messages.ts';
import type { RosterAction } from './state.ts';

/**
 * The provider's (or official's) marks on a course's list, in one transaction with an audit row: enrolment
 * confirmed ('signed_up' → 'enrolled'), completion ('enrolled' → 'completed'), dropping out ('signed_up' or
 * 'enrolled' → 'dropped'). Who may is checked again in SQL on the locked course. The enrolled and the completed
 * are told (their notifications are rendered by course-outcome); a place freed before the start date goes to the
 * first on the waiting list, who is told too ('course_moved_up', ref = the enrolment).
 */
export type CourseRosterEffect = {
  kind: 'mark_course_enrolments';
  courseId: number;
  enrolmentIds: number[];
  action: RosterAction;
};

export const COURSE_ENROLLED_KIND = 'course_enrolled';
export const COURSE_COMPLETED_KIND = 'course_completed';

type Trx = Transaction<Database>;

const MOVES: Readonly<
  Record<RosterAction, { from: CourseEnrolmentStatus[]; to: CourseEnrolmentStatus; notify: string | null }>
> = {
  enrol: { from: ['signed_up'], to: 'enrolled', notify: COURSE_ENROLLED_KIND },
  complete: { from: ['enrolled'], to: 'completed', notify: COURSE_COMPLETED_KIND },
  drop: { from: ['signed_up', 'enrolled'], to: 'dropped', notify: null },
};

/** The statuses an action moves people from (the flow offers only these). */
export function movableFrom(action: RosterAction): readonly CourseEnrolmentStatus[] {
  return MOVES[action].from;
}

export const courseRosterEffects = effectHandlers<CourseRosterEffect>({
  async mark_course_enrolments(trx, { personId }, effect) {
    const moved = await markEnrolments(trx, personId, effect);
    return moved === null ? { ok: false, tell: (lang) => t(lang, 'course_roster.refused') } : DONE;
  },
});

/** The enrolments moved and those moved up from the waiting list; null when nothing could be done. */
export async function markEnrolments(
  trx: Trx,
  personId: number,
  effect: Omit<CourseRosterEffect, 'kind'>,
): Promise<{ moved: number[]; movedUp: number[] } | null> {
  const { courseId, enrolmentIds, action } = effect;
  const course = await trx
    .selectFrom('courses as c')
    .select([
      'c.id',
      'c.seats',
      'c.province_code',
      sql<boolean>`c.starts_on > (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date`.as('before_start'),
    ])
    .where('c.id', '=', courseId)
    .where(managesCourse(personId))
    .forUpdate()
    .executeTakeFirst();
  if (!course || enrolmentIds.length === 0) return null;
  const move = MOVES[action];
  const rows = await trx
    .updateTable('course_enrolments')
    .set({
      status: move.to,
      status_by: personId,
      updated_at: sql`now()`,
      ...(move.to === 'enrolled' ? { enrolled_at: sql`now()` } : { finished_at: sql`now()` }),
    })
    .where('course_id', '=', courseId)
    .where('id', 'in', enrolmentIds)
    .where('status', 'in', move.from)
    .returning(['id', 'person_id'])
    .execute();
  if (rows.length === 0) return null;
  const notify = move.notify;
  if (notify !== null) for (const row of rows) await notifyPerson(trx, notify, row.id, row.person_id);
  const movedUp = action === 'drop' && course.before_start ? await fillFreedSeats(trx, courseId, new Date()) : [];
  const moved = rows.map((row) => row.id);
  await writeAudit(trx, {
    actorPersonId: personId,
    actorLabel: 'course',
    action: `course.${move.to}`,
    subjectType: 'course',
    subjectId: String(courseId),
    regionCode: course.province_code,
    details: { enrolmentIds: moved, movedUp },
  });
  return { moved, movedUp };
}
