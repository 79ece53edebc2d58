import { sql } from 'kysely';
import { writeAudit } from '../../db/audit-log.ts';
import { DONE, type EffectOutcome, effectHandlers } from '../../engine/feature.ts';
import { t } from './messages.ts';

/**
 * The learner's answers, written only on their own completed enrolment:
 * - add_course_trade: the course's occupation joins their profile's occupations (once) and trade_added_at is set;
 * - record_course_followup: whether they work in the trade 60 days on (works_in_trade, followup_answered_at; a later
 *   answer replaces an earlier one).
 */
export type CourseOutcomeEffect =
  | { kind: 'add_course_trade'; enrolmentId: number }
  | { kind: 'record_course_followup'; enrolmentId: number; worksInTrade: boolean };

const refused: EffectOutcome = { ok: false, tell: (lang) => t(lang, 'course_outcome.gone') };

export const courseOutcomeEffects = effectHandlers<CourseOutcomeEffect>({
  async add_course_trade(trx, { personId }, { enrolmentId }) {
    const enrolment = await trx
      .updateTable('course_enrolments as e')
      .from('courses as c')
      .set({ trade_added_at: sql`COALESCE(e.trade_added_at, now())`, updated_at: sql`now()` })
      .whereRef('c.id', '=', 'e.course_id')
      .where('e.id', '=', enrolmentId)
      .where('e.person_id', '=', personId)
      .where('e.status', '=', 'completed')
      .returning(['c.occupation', 'c.id as course_id', 'c.province_code'])
      .executeTakeFirst();
    if (!enrolment) return refused;
    const profile = await trx
      .updateTable('worker_profiles')
      .set({
        occupations: sql<string[]>`CASE WHEN ${enrolment.occupation} = ANY(occupations) THEN occupations
          ELSE array_append(occupations, ${enrolment.occupation}) END`,
        updated_at: sql`now()`,
      })
      .where('person_id', '=', personId)
      .returning('person_id')
      .executeTakeFirst();
    if (!profile) return refused;
    await writeAudit(trx, {
      actorPersonId: personId,
      actorLabel: 'worker',
      action: 'course.trade_added',
      subjectType: 'course_enrolment',
      subjectId: String(enrolmentId),
      regionCode: enrolment.province_code,
      details: { courseId: enrolment.course_id, occupation: enrolment.occupation },
    });
    return DONE;
  },
  async record_course_followup(trx, { personId }, { enrolmentId, worksInTrade }) {
    const updated = await trx
      .updateTable('course_enrolments')
      .set({ works_in_trade: worksInTrade, followup_answered_at: sql`now()`, updated_at: sql`now()` })
      .where('id', '=', enrolmentId)
      .where('person_id', '=', personId)
      .where('status', '=', 'completed')
      .returning('course_id')
      .executeTakeFirst();
    if (!updated) return refused;
    await writeAudit(trx, {
      actorPersonId: personId,
      actorLabel: 'worker',
      action: 'course.followup',
      subjectType: 'course_enrolment',
      subjectId: String(enrolmentId),
      details: { courseId: updated.course_id, worksInTrade },
    });
    return DONE;
  },
});
