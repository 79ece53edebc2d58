import { sql, type RawBuilder } from 'kysely';
import {
  COUNT_WRITTEN,
  inRange,
  isLatestPrivateChat,
  notYetWritten,
  type PersonRange,
  PRIORITY,
  privateChatJoin,
  type WrittenRow,
} from '../../messaging/fanout/recipients.ts';

/**
 * Who an approved course is announced to, as one `INSERT … SELECT … ON CONFLICT DO NOTHING` of 'course'
 * notifications (unique per course and person: nobody gets the same course twice, a re-run writes nothing).
 *
 * Within reach of the course, by the vacancy rule (src/db/matching.ts): reach 'commune' → the course's commune,
 * 'province' → its province, 'country' and 'abroad' → anywhere; an online course reaches everyone. Then either
 *   a. wants to learn its trade (worker_profiles.training_occupations holds it): score 2; or
 *   b. is registered for its trade (worker_profiles.occupations), has found no work in it for 30 days, and was not
 *      offered a course in those 30 days (course_offered_at; set by this same statement): score 1. "No work in it
 *      for 30 days": registered at least 30 days ago, no 'vacancy' notification (of any status: sent, held for the
 *      digest, skipped…) written in the last 30 days for a vacancy of this trade, and no application made in the last
 *      30 days to a vacancy of this trade. Read from the vacancies of the trade through notifications_person_uniq
 *      (kind, ref_id, person_id) and applications_person_idx.
 * Not to anyone who already said "Không quan tâm" to it (course_dismissals). Like a vacancy alert: the person active, alerts not paused, the 'alerts' consent standing, their most recently
 * seen reachable private chat; 'pending' not before the end of the quiet hours; and when the person's vacancy
 * alerts due that day already reach the daily cap, the course waits for the next day's first sendable moment.
 * Daily-digest subscribers get it as a broadcast: a course is one message, not a stream of alerts.
 */
export const COURSE_KIND = 'course';

/** notifications.score of a course announcement: why the person got it (the renderer's heading says it). */
export const COURSE_AUDIENCE = { unmatched: 1, wants: 2 } as const;

/** Days without work in their trade before a course is offered; also the least time between two such offers. */
export const UNMATCHED_DAYS = 30;

export interface AnnouncedCourse {
  id: number;
  occupation: string;
  /** null: online with no place (reaches everyone). */
  commune_code: string | null;
  province_code: string | null;
  online: boolean;
}

export interface CourseInsertParams {
  course: AnnouncedCourse;
  now: Date;
  /** now − UNMATCHED_DAYS. */
  since: Date;
  /** Now, or the end of the quiet hours now is in. */
  notBefore: Date;
  /** The first sendable moment of the next Vietnam day, for people already at the daily cap. */
  nextDay: Date;
  /** The Vietnam day notBefore falls in. */
  capDayStart: Date;
  capDayEnd: Date;
  alertsPerDay: number;
}

function withinReach(course: AnnouncedCourse): RawBuilder<boolean> {
  if (course.online || course.commune_code === null) return sql<boolean>`TRUE`;
  return sql<boolean>`(w.reach IN ('country', 'abroad')
    OR (w.reach = 'province' AND w.province_code = ${course.province_code}::text)
    OR (w.reach = 'commune' AND w.commune_code = ${course.commune_code}::text))`;
}

function wantsToLearn(occupation: RawBuilder<string>): RawBuilder<boolean> {
  return sql<boolean>`(w.training_occupations @> ARRAY[${occupation}]::text[])`;
}

function noWorkInTrade(occupation: RawBuilder<string>, p: CourseInsertParams): RawBuilder<boolean> {
  const since = sql`${p.since}::timestamptz`;
  return sql<boolean>`(w.occupations @> ARRAY[${occupation}]::text[]
    AND w.created_at <= ${since}
    AND (w.course_offered_at IS NULL OR w.course_offered_at <= ${since})
    AND NOT EXISTS (
      SELECT 1 FROM vacancies rv JOIN notifications rn ON rn.kind = 'vacancy' AND rn.ref_id = rv.id
      WHERE rv.occupation = ${occupation} AND rn.person_id = w.person_id AND rn.created_at > ${since})
    AND NOT EXISTS (
      SELECT 1 FROM applications ra JOIN vacancies av ON av.id = ra.vacancy_id
      WHERE ra.person_id = w.person_id AND av.occupation = ${occupation} AND ra.created_at > ${since}))`;
}

/** Due when the person's vacancy alerts due that day are under the cap; else the next day. */
function dueAt(p: CourseInsertParams): RawBuilder<Date> {
  return sql<Date>`CASE
    WHEN (SELECT count(*) FROM (
            SELECT 1 FROM notifications n
            WHERE n.person_id = w.person_id AND n.kind = 'vacancy' AND n.status IN ('pending', 'queued', 'sent')
              AND n.not_before >= ${p.capDayStart}::timestamptz AND n.not_before < ${p.capDayEnd}::timestamptz
            LIMIT ${p.alertsPerDay}::int) due_that_day) >= ${p.alertsPerDay}::int THEN ${p.nextDay}::timestamptz
    ELSE ${p.notBefore}::timestamptz
  END`;
}

/** The people statement (over the slice `range` of person ids, or all): the insert and a count of what it wrote. */
export function coursePeopleInsert(p: CourseInsertParams, range: PersonRange = null): RawBuilder<WrittenRow> {
  const { course } = p;
  const occupation = sql<string>`${course.occupation}::text`;
  const wants = wantsToLearn(occupation);
  return sql<WrittenRow>`
    WITH written AS (
      INSERT INTO notifications (kind, ref_id, person_id, identity_id, channel, status, priority, not_before, score)
      SELECT ${COURSE_KIND}, ${course.id}::bigint, w.person_id, ci.id, ci.channel, 'pending',
        ${PRIORITY.broadcast}::smallint, ${dueAt(p)},
        CASE WHEN ${wants} THEN ${COURSE_AUDIENCE.wants}::int ELSE ${COURSE_AUDIENCE.unmatched}::int END
      FROM worker_profiles w
      JOIN people p ON p.id = w.person_id
      JOIN ${privateChatJoin(sql`w.person_id`)}
      WHERE ${inRange(sql`w.person_id`, range)}
        AND ${withinReach(course)}
        AND (${wants} OR ${noWorkInTrade(occupation, p)})
        AND w.paused_at IS NULL
        AND p.status = 'active'
        AND EXISTS (
          SELECT 1 FROM consents c WHERE c.person_id = w.person_id AND c.purpose = 'alerts' AND c.withdrawn_at IS NULL)
        AND ${isLatestPrivateChat}
        AND NOT EXISTS (
          SELECT 1 FROM course_dismissals d WHERE d.person_id = w.person_id AND d.course_id = ${course.id}::bigint)
        AND ${notYetWritten(COURSE_KIND, course.id, sql`w.person_id`)}
      ON CONFLICT (kind, ref_id, person_id) WHERE person_id IS NOT NULL DO NOTHING
      RETURNING person_id, status, score
    ), offered AS (
      UPDATE worker_profiles o SET course_offered_at = ${p.now}::timestamptz
      FROM written
      WHERE o.person_id = written.person_id AND written.score = ${COURSE_AUDIENCE.unmatched}::int
    )
    ${COUNT_WRITTEN}`;
}
