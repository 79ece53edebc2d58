import type { Kysely } from 'kysely';
import { loadCourse } from '../../db/courses.ts';
import type { Database } from '../../db/schema.ts';
import type { Loader } from '../../engine/feature.ts';
import { parseCourseAnswer } from './choices.ts';
import type { CourseSignupContext, QuestionToAnswer } from './context.ts';
import { QUESTION_KIND } from './effects.ts';
import { ownEnrolment } from './seats.ts';

/**
 * What answering a course card needs: the course (by the answer's choice, or the flow's state), the person's own
 * sign-up, their name and phone; for "Trả lời", the question and whether this person may answer it (the provider's
 * owner, or someone it was sent to).
 */
export const loadCourseSignup: Loader<CourseSignupContext> = async ({ db, personId, state, choiceId }) => {
  const answer = parseCourseAnswer(choiceId);
  const storedCourse = typeof state?.data.courseId === 'number' ? state.data.courseId : null;
  const storedQuestion = typeof state?.data.questionId === 'number' ? state.data.questionId : null;
  const courseId = answer && answer.kind !== 'reply' ? answer.courseId : storedCourse;
  const questionId = answer?.kind === 'reply' ? answer.questionId : answer ? null : storedQuestion;
  const [course, enrolment, person, question] = await Promise.all([
    courseId === null ? null : loadCourse(db, courseId),
    courseId === null ? null : ownEnrolment(db, courseId, personId),
    db.selectFrom('people').select(['full_name', 'phone_e164']).where('id', '=', personId).executeTakeFirst(),
    questionId === null ? null : questionToAnswer(db, questionId, personId),
  ]);
  return {
    courseSignup: {
      course,
      enrolment,
      fullName: person?.full_name ?? null,
      phoneE164: person?.phone_e164 ?? null,
      question,
    },
  };
};

async function questionToAnswer(
  db: Kysely<Database>,
  questionId: number,
  personId: number,
): Promise<QuestionToAnswer | null> {
  if (!Number.isSafeInteger(questionId) || questionId <= 0) return null;
  const row = await db
    .selectFrom('course_questions as q')
    .innerJoin('courses as c', 'c.id', 'q.course_id')
    .innerJoin('providers as p', 'p.id', 'c.provider_id')
    .select((eb) => [
      'q.id',
      'q.text',
      'q.answered_at',
      'c.title',
      'p.owner_person_id',
      eb
        .exists(
          eb
            .selectFrom('notifications as n')
            .select('n.id')
            .where('n.kind', '=', QUESTION_KIND)
            .whereRef('n.ref_id', '=', 'q.id')
            .where('n.person_id', '=', personId),
        )
        .as('sent_to_them'),
    ])
    .where('q.id', '=', questionId)
    .executeTakeFirst();
  if (!row) return null;
  return {
    id: row.id,
    courseTitle: row.title,
    text: row.text,
    answered: row.answered_at !== null,
    mayAnswer: row.owner_person_id === personId || Boolean(row.sent_to_them),
  };
}
