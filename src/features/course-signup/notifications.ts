import type { Kysely } from 'kysely';
import { loadCourse } from '../../db/courses.ts';
import type { Database } from '../../db/schema.ts';
import type { NotificationKind } from '../../messaging/delivery/notification-kind.ts';
import type { Renderer, RenderResult, RenderTarget } from '../../messaging/delivery/render.ts';
import { courseCard, courseChoices } from '../courses/card.ts';
import { cancelChoiceId, replyChoiceId } from './choices.ts';
import { ANSWER_KIND, QUESTION_KIND } from './effects.ts';
import { t } from './messages.ts';
import { courseIsOpen, MOVED_UP_KIND } from './seats.ts';

/**
 * What this feature sends, rendered at send time so that what changed meanwhile shows (or the row is skipped):
 * - 'course_moved_up' (ref = the enrolment): a place freed for the person, with the card and "Huỷ đăng ký";
 * - 'course_question' (ref = the question) to the provider and officials: the question (never who asked, nor their
 *   phone) and "Trả lời";
 * - 'course_answer' (ref = the question) to the person who asked: their question, the answer and the card's choices,
 *   so they may sign up or ask again.
 */
type Db = Kysely<Database>;

const skip = (reason: string): RenderResult => ({ ok: false, skip: reason });

const movedUp: Renderer = {
  async render(db: Db, target: RenderTarget): Promise<RenderResult> {
    if (target.personId === null) return skip('not a person');
    const row = await db
      .selectFrom('course_enrolments')
      .select(['course_id', 'status'])
      .where('id', '=', target.refId)
      .where('person_id', '=', target.personId)
      .executeTakeFirst();
    if (row?.status !== 'signed_up') return skip('no longer signed up');
    const course = await loadCourse(db, row.course_id);
    if (!course || !courseIsOpen(course, new Date())) return skip('course closed');
    const lang = target.lang;
    return {
      ok: true,
      message: {
        text: `${t(lang, 'coursesign.moved_up', { title: course.title })}\n\n${courseCard(lang, course)}`,
        choices: [{ id: cancelChoiceId(course.id), label: t(lang, 'coursesign.cancel') }],
        prompt: t(lang, 'coursesign.reply_prompt'),
      },
    };
  },
};

async function questionRow(db: Db, questionId: number) {
  return db
    .selectFrom('course_questions')
    .select(['course_id', 'person_id', 'text', 'answer_text', 'answered_at'])
    .where('id', '=', questionId)
    .executeTakeFirst();
}

const question: Renderer = {
  async render(db: Db, target: RenderTarget): Promise<RenderResult> {
    const row = await questionRow(db, target.refId);
    if (!row || row.text === null) return skip('question erased');
    if (row.answered_at !== null) return skip('already answered');
    const course = await loadCourse(db, row.course_id);
    if (!course) return skip('course gone');
    const lang = target.lang;
    return {
      ok: true,
      message: {
        text: t(lang, 'coursesign.question', { title: course.title, text: row.text }),
        choices: [{ id: replyChoiceId(target.refId), label: t(lang, 'coursesign.reply') }],
        prompt: t(lang, 'coursesign.reply_prompt'),
      },
    };
  },
};

const answer: Renderer = {
  async render(db: Db, target: RenderTarget): Promise<RenderResult> {
    const row = await questionRow(db, target.refId);
    if (!row || row.person_id !== target.personId || row.text === null || row.answer_text === null)
      return skip('no answer to relay');
    const course = await loadCourse(db, row.course_id);
    if (!course) return skip('course gone');
    const lang = target.lang;
    const text = t(lang, 'coursesign.answer', {
      provider: course.providerName,
      title: course.title,
      question: row.text,
      answer: row.answer_text,
    });
    // Open: they may sign up or ask again; else the answer alone.
    return courseIsOpen(course, new Date())
      ? {
          ok: true,
          message: { text, choices: courseChoices(lang, course.id), prompt: t(lang, 'coursesign.reply_prompt') },
        }
      : { ok: true, message: { text } };
  },
};

const kind = (name: string, renderer: Renderer): NotificationKind => ({
  kind: name,
  renderer,
  followsAlertSettings: false,
});

export const courseSignupNotifications: readonly NotificationKind[] = [
  kind(MOVED_UP_KIND, movedUp),
  kind(QUESTION_KIND, question),
  kind(ANSWER_KIND, answer),
];
