import { sql, type Transaction } from 'kysely';
import { loadCourse } from '../../db/courses.ts';
import type { Database } from '../../db/schema.ts';
import { DONE, type EffectOutcome, effectHandlers } from '../../engine/feature.ts';
import { notifyPerson } from '../event-registration/seats.ts';
import { t } from './messages.ts';
import { questionRecipients } from './recipients.ts';
import { giveUpSeat, ownEnrolment, takeSeat } from './seats.ts';
import { statusWords } from './status.ts';

/** What answering a course card writes. */
export type CourseSignupEffect =
  | {
      kind: 'sign_up_for_course';
      courseId: number;
      via: 'card' | 'search';
      /** What the flow told: a place or the waiting list. */
      expected: 'signed_up' | 'waiting';
      /** Given in this conversation (else the ones known are shared). */
      fullName: string | null;
      phoneE164: string | null;
      /** ISO time of the message. */
      at: string;
    }
  | { kind: 'cancel_course_enrolment'; courseId: number; at: string }
  | { kind: 'dismiss_course'; courseId: number }
  | { kind: 'ask_course_question'; courseId: number; text: string }
  | { kind: 'answer_course_question'; questionId: number; text: string };

export const QUESTION_KIND = 'course_question';
export const ANSWER_KIND = 'course_answer';

type Trx = Transaction<Database>;
type SignUp = Extract<CourseSignupEffect, { kind: 'sign_up_for_course' }>;

export const courseSignupEffects = effectHandlers<CourseSignupEffect>({
  async sign_up_for_course(trx, { personId }, effect) {
    return signUp(trx, personId, effect);
  },
  async cancel_course_enrolment(trx, { personId }, { courseId, at }) {
    const cancelled = await giveUpSeat(trx, courseId, personId, new Date(at));
    return cancelled ? DONE : { ok: false, tell: (lang) => t(lang, 'coursesign.cancel_none') };
  },
  async dismiss_course(trx, { personId }, { courseId }) {
    await trx
      .insertInto('course_dismissals')
      .values({ course_id: courseId, person_id: personId })
      .onConflict((oc) => oc.columns(['person_id', 'course_id']).doNothing())
      .execute();
    return DONE;
  },
  async ask_course_question(trx, { personId }, { courseId, text }) {
    const question = await trx
      .insertInto('course_questions')
      .values({ course_id: courseId, person_id: personId, text: text.slice(0, 500) })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (const recipient of await questionRecipients(trx, courseId))
      if (recipient !== personId) await notifyPerson(trx, QUESTION_KIND, question.id, recipient);
    return DONE;
  },
  async answer_course_question(trx, { personId }, { questionId, text }) {
    const answered = await trx
      .updateTable('course_questions')
      .set({ answer_text: text.slice(0, 1000), answered_by: personId, answered_at: sql`now()` })
      .where('id', '=', questionId)
      .where('answered_at', 'is', null)
      .where('text', 'is not', null)
      .returning('person_id')
      .executeTakeFirst();
    if (!answered) return { ok: false, tell: (lang) => t(lang, 'coursesign.reply_done') };
    if (answered.person_id !== null) await notifyPerson(trx, ANSWER_KIND, questionId, answered.person_id);
    return DONE;
  },
});

/**
 * The place (or the waiting list) and the name and phone given. The flow told what it expected from what the
 * loader read; when the place was decided otherwise meanwhile (the last seat taken, the course closed, a second chat
 * signed up first), what holds is told instead.
 */
async function signUp(trx: Trx, personId: number, effect: SignUp): Promise<EffectOutcome> {
  const outcome = await takeSeat(trx, {
    courseId: effect.courseId,
    personId,
    via: effect.via,
    now: new Date(effect.at),
  });
  if (outcome.kind === 'taken') await keepContact(trx, personId, effect);
  if (outcome.kind === 'taken' && outcome.status === effect.expected) return DONE;
  const course = await loadCourse(trx, effect.courseId);
  if (!course) return { ok: false, tell: (lang) => t(lang, 'coursesign.gone') };
  if (outcome.kind === 'closed')
    return { ok: false, tell: (lang) => t(lang, 'coursesign.closed', { title: course.title }) };
  const own = await ownEnrolment(trx, course.id, personId);
  if (!own) return DONE;
  return {
    ok: false,
    tell: (lang) => t(lang, 'coursesign.again', { title: course.title, status: statusWords(lang, own) }),
  };
}

async function keepContact(trx: Trx, personId: number, effect: SignUp): Promise<void> {
  const updates = {
    ...(effect.phoneE164 ? { phone_e164: effect.phoneE164 } : {}),
    ...(effect.fullName ? { full_name: effect.fullName } : {}),
  };
  if (Object.keys(updates).length > 0)
    await trx
      .updateTable('people')
      .set({ ...updates, updated_at: sql`now()` })
      .where('id', '=', personId)
      .execute();
}
