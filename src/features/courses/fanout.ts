import { sql, type Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../db/schema.ts';
import { nextSendableTime } from '../../kernel/quiet-hours.ts';
import { DAY_MS, vietnamDayEnd, vietnamDayStart, vietnamIsoDate } from '../../kernel/time.ts';
import type { FanoutJobKind } from '../../messaging/fanout/jobs.ts';
import { type FanoutCounts, runOverPeople } from '../../messaging/fanout/recipients.ts';
import type { FanoutExecution, FanoutRules } from '../../messaging/fanout/rules.ts';
import {
  type AnnouncedCourse,
  COURSE_KIND,
  type CourseInsertParams,
  coursePeopleInsert,
  UNMATCHED_DAYS,
} from './audience.ts';

/**
 * An approved course (job 'course.approved' on the 'fanout' queue, written to the outbox with the approval in /duyet)
 * → one 'course' notification per person it is for (src/features/courses/audience.ts). Marks the course fanned out.
 * A course no longer approved, already started or gone writes nothing; a re-run writes nothing twice (and once the
 * course is marked fanned out, reads nothing but the course).
 */
export const COURSE_APPROVED_JOB = 'course.approved';

export type CourseFanoutResult =
  | ({ courseId: number; outcome: 'written' } & FanoutCounts)
  /** Already fanned out completely (a repeated job): nothing to do. */
  | { courseId: number; outcome: 'already_fanned_out' }
  | { courseId: number; outcome: 'not_open' };

export function courseInsertParams(course: AnnouncedCourse, rules: FanoutRules, now: Date): CourseInsertParams {
  const notBefore = nextSendableTime(now, rules.quietHours);
  return {
    course,
    now,
    since: new Date(now.getTime() - UNMATCHED_DAYS * DAY_MS),
    notBefore,
    nextDay: nextSendableTime(vietnamDayEnd(notBefore), rules.quietHours),
    capDayStart: vietnamDayStart(notBefore),
    capDayEnd: vietnamDayEnd(notBefore),
    alertsPerDay: rules.alertsPerDay,
  };
}

export async function fanOutCourse(
  db: Kysely<Database>,
  courseId: number,
  rules: FanoutRules,
  now: Date,
  execution: FanoutExecution = {},
): Promise<CourseFanoutResult> {
  const before = await db
    .selectFrom('courses as c')
    .select([
      'c.fanned_out_at',
      sql<boolean>`EXISTS (SELECT 1 FROM notifications n WHERE n.kind = ${COURSE_KIND} AND n.ref_id = c.id)`.as(
        'begun',
      ),
    ])
    .where('c.id', '=', courseId)
    .executeTakeFirst();
  if (before?.fanned_out_at) return { courseId, outcome: 'already_fanned_out' };
  // A run that stopped half-way: fresh statistics first (outside the transaction, so that every slice's connection
  // sees them). With the planner still counting no rows for this course, its "not written yet" anti-join turns into
  // a scan of all of them per person: 190 s instead of 9 for 100,000 people.
  if (before?.begun) await sql`ANALYZE notifications`.execute(db);
  return db.transaction().execute(async (trx) => {
    // FOR UPDATE: a closing or cancelling of the course waits for the fan-out; two runs go one after the other.
    const course = await trx
      .selectFrom('courses')
      .select(['id', 'occupation', 'commune_code', 'province_code', 'online', 'fanned_out_at'])
      .where('id', '=', courseId)
      .where('status', '=', 'approved')
      .where('starts_on', '>', vietnamIsoDate(now))
      .forUpdate()
      .executeTakeFirst();
    if (!course) return { courseId, outcome: 'not_open' as const };
    if (course.fanned_out_at) return { courseId, outcome: 'already_fanned_out' as const }; // a run just before
    const params = courseInsertParams(course, rules, now);
    const people = await runOverPeople(db, trx, execution.parallelism ?? 1, (range) =>
      coursePeopleInsert(params, range),
    );
    await trx
      .updateTable('courses')
      .set({ fanned_out_at: sql`coalesce(fanned_out_at, now())` })
      .where('id', '=', courseId)
      .execute();
    return { courseId, outcome: 'written' as const, ...people };
  });
}

const courseApprovedPayload = z.object({ courseId: z.number().int().positive().max(Number.MAX_SAFE_INTEGER) });

/** An approved course: its announcement to each person it is for. */
export const courseApprovedJob: FanoutJobKind<z.infer<typeof courseApprovedPayload>> = {
  name: COURSE_APPROVED_JOB,
  payload: courseApprovedPayload,
  run: (db, { courseId }, rules, now, execution) => fanOutCourse(db, courseId, rules, now, execution),
};
