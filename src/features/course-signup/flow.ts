import { welcome } from '../../engine/home.ts';
import type { Flow, FlowState, StepInput, StepResult } from '../../engine/types.ts';
import type { Choice, OutboundMessage } from '../../kernel/message.ts';
import { normalizePhone } from '../../kernel/phone.ts';
import { signupChoiceId } from '../courses/choices.ts';
import { parseName } from '../registration/parse.ts';
import { chosen } from '../shared/choice.ts';
import { cancelChoiceId, parseCourseAnswer } from './choices.ts';
import type { Context, CourseSignupContext, Emits } from './context.ts';
import { t } from './messages.ts';
import { ACTIVE_STATUSES, CANCELLABLE_STATUSES, courseIsOpen } from './seats.ts';
import { CourseSignupData } from './state.ts';
import { statusWords } from './status.ts';

/**
 * The answers to a course card, wherever it was shown (an announcement, a /hocnghe result, a relayed answer):
 * "Đăng ký học" — one consent naming the provider, the name and phone asked only when missing, then a place or the
 * waiting list (two messages from the card when both are known); "Hỏi thêm" — the question, sent to the provider
 * and the commune's officials; "Không quan tâm" — recorded. Also "Huỷ đăng ký" (from "Khoá học của tôi"), and the
 * provider's or official's "Trả lời" to a question, relayed to the person who asked. Pure.
 */
export const COURSE_SIGNUP_FLOW = 'course-signup';
const STEPS = ['answer', 'consent', 'name', 'phone', 'question', 'reply'] as const;
type Step = (typeof STEPS)[number];
export const QUESTION_LIMIT = 500;
export const ANSWER_LIMIT = 1000;
const AGREE = 'coursesign.agree';
const DECLINE = 'coursesign.decline';

type Data = CourseSignupData;

const NOTHING_READ: CourseSignupContext['courseSignup'] = {
  course: null,
  enrolment: null,
  fullName: null,
  phoneE164: null,
  question: null,
};

function read(context: Context): CourseSignupContext['courseSignup'] {
  return context.courseSignup ?? NOTHING_READ;
}

const EMPTY: Data = { courseId: null, via: null, fullName: null, questionId: null };

function at(step: Step, data: Data, message: OutboundMessage): StepResult<Emits> {
  const state: FlowState = { flow: COURSE_SIGNUP_FLOW, step, data: { ...data }, misses: 0 };
  return { kind: 'continue', replies: [message], state };
}

function done(text: string, choices?: Choice[], lang?: Context['lang']): Extract<StepResult<Emits>, { kind: 'done' }> {
  const message: OutboundMessage =
    choices && lang ? { text, choices, prompt: t(lang, 'coursesign.reply_prompt') } : { text };
  return { kind: 'done', replies: [message] };
}

function consentQuestion(context: Context): OutboundMessage {
  const { lang } = context;
  const course = read(context).course;
  return {
    text: t(lang, 'coursesign.consent', { title: course?.title ?? '', provider: course?.providerName ?? '' }),
    choices: [
      { id: AGREE, label: t(lang, AGREE) },
      { id: DECLINE, label: t(lang, DECLINE) },
    ],
    prompt: t(lang, 'coursesign.reply_prompt'),
  };
}

/** The course is gone or closed: the polite no; null when it takes sign-ups. */
function refusal(context: Context): StepResult<Emits> | null {
  const { lang } = context;
  const { course } = read(context);
  if (!course) return done(t(lang, 'coursesign.gone'));
  if (!courseIsOpen(course, context.now)) return done(t(lang, 'coursesign.closed', { title: course.title }));
  return null;
}

/** Signed up before (and not cancelled): where they stand, and "Huỷ đăng ký" while they may. */
function already(context: Context): StepResult<Emits> | null {
  const { lang } = context;
  const { course, enrolment } = read(context);
  if (!course || !enrolment || !(ACTIVE_STATUSES as readonly string[]).includes(enrolment.status)) return null;
  const text = t(lang, 'coursesign.again', { title: course.title, status: statusWords(lang, enrolment) });
  const cancellable = (CANCELLABLE_STATUSES as readonly string[]).includes(enrolment.status);
  return cancellable
    ? done(text, [{ id: cancelChoiceId(course.id), label: t(lang, 'coursesign.cancel') }], lang)
    : done(text);
}

function start(context: Context, via: 'card' | 'search'): StepResult<Emits> {
  const course = read(context).course;
  const again = already(context);
  if (again) return again;
  const closed = refusal(context);
  if (closed || !course) return closed ?? done(t(context.lang, 'coursesign.gone'));
  return at('consent', { ...EMPTY, courseId: course.id, via }, consentQuestion(context));
}

/** Asks what is missing for the provider to call, else the place. */
function next(context: Context, data: Data): StepResult<Emits> {
  const { lang } = context;
  if (!data.fullName && !read(context).fullName) return at('name', data, { text: t(lang, 'coursesign.name_question') });
  if (!read(context).phoneE164) return at('phone', data, { text: t(lang, 'coursesign.phone_question') });
  return finish(context, data, null);
}

function finish(context: Context, data: Data, phoneE164: string | null): StepResult<Emits> {
  const { lang, now } = context;
  const course = read(context).course;
  const closed = refusal(context);
  if (closed || !course) return closed ?? done(t(lang, 'coursesign.gone'));
  const full = course.seats !== null && course.seatsTaken >= course.seats;
  const headline = full
    ? t(lang, 'coursesign.waiting', { title: course.title, place: course.waiting + 1 })
    : t(lang, 'coursesign.signed_up', { title: course.title, provider: course.providerName });
  const text = course.feeVnd > 0 ? `${headline}\n${t(lang, 'coursesign.no_fee')}` : headline;
  const effect: Emits = {
    kind: 'sign_up_for_course',
    courseId: course.id,
    via: data.via ?? 'card',
    expected: full ? 'waiting' : 'signed_up',
    fullName: data.fullName,
    phoneE164,
    at: now.toISOString(),
  };
  const result = done(text, [{ id: cancelChoiceId(course.id), label: t(lang, 'coursesign.cancel') }], lang);
  return { ...result, effects: [effect] };
}

function onConsent(context: Context, data: Data, input: StepInput): StepResult<Emits> {
  const question = consentQuestion(context);
  const choice = chosen(input, question.choices ?? []);
  if (choice === AGREE) return next(context, data);
  if (choice === DECLINE) return done(t(context.lang, 'coursesign.declined'));
  return { kind: 'miss', reprompt: { ...question, text: t(context.lang, 'coursesign.consent_miss') } };
}

function onName(context: Context, data: Data, input: StepInput): StepResult<Emits> {
  const name = input.text ? parseName(input.text) : null;
  if (!name) return { kind: 'miss', reprompt: { text: t(context.lang, 'coursesign.name_miss') } };
  return next(context, { ...data, fullName: name });
}

function onPhone(context: Context, data: Data, input: StepInput): StepResult<Emits> {
  const phone = input.text ? normalizePhone(input.text) : null;
  if (!phone || phone.kind === 'invalid')
    return { kind: 'miss', reprompt: { text: t(context.lang, 'coursesign.phone_miss') } };
  return finish(context, data, phone.e164);
}

function cancel(context: Context): StepResult<Emits> {
  const { lang } = context;
  const { course, enrolment } = read(context);
  if (!course || !enrolment || !(CANCELLABLE_STATUSES as readonly string[]).includes(enrolment.status))
    return done(t(lang, 'coursesign.cancel_none'));
  const choices = courseIsOpen(course, context.now)
    ? [{ id: signupChoiceId(course.id), label: t(lang, 'coursesign.signup_again') }]
    : undefined;
  const result = done(t(lang, 'coursesign.cancelled', { title: course.title }), choices, lang);
  return {
    ...result,
    effects: [{ kind: 'cancel_course_enrolment', courseId: course.id, at: context.now.toISOString() }],
  };
}

function dismiss(context: Context): StepResult<Emits> {
  const { course } = read(context);
  if (!course) return done(t(context.lang, 'coursesign.gone'));
  return {
    ...done(t(context.lang, 'coursesign.dismissed')),
    effects: [{ kind: 'dismiss_course', courseId: course.id }],
  };
}

function ask(context: Context): StepResult<Emits> {
  const { course } = read(context);
  if (!course) return done(t(context.lang, 'coursesign.gone'));
  return at(
    'question',
    { ...EMPTY, courseId: course.id },
    { text: t(context.lang, 'coursesign.ask', { title: course.title }) },
  );
}

/** A typed answer with at least one letter or digit in it, of at most `limit` characters. */
function typedText(input: StepInput, limit: number): string | null {
  const text = input.text?.trim().replace(/[ \t]+/g, ' ') ?? '';
  return /[\p{L}\p{N}]/u.test(text) && text.length <= limit ? text : null;
}

function onQuestion(context: Context, input: StepInput): StepResult<Emits> {
  const { lang } = context;
  const { course } = read(context);
  if (!course) return done(t(lang, 'coursesign.gone'));
  const text = typedText(input, QUESTION_LIMIT);
  if (!text) return { kind: 'miss', reprompt: { text: t(lang, 'coursesign.ask_miss') } };
  const result = done(t(lang, 'coursesign.asked', { provider: course.providerName }));
  return { ...result, effects: [{ kind: 'ask_course_question', courseId: course.id, text }] };
}

function replyStart(context: Context): StepResult<Emits> {
  const { lang } = context;
  const { question } = read(context);
  if (!question?.mayAnswer || question.text === null) return done(t(lang, 'coursesign.reply_none'));
  if (question.answered) return done(t(lang, 'coursesign.reply_done'));
  return at(
    'reply',
    { ...EMPTY, questionId: question.id },
    { text: t(lang, 'coursesign.reply_ask', { text: question.text }) },
  );
}

function onReply(context: Context, input: StepInput): StepResult<Emits> {
  const { lang } = context;
  const { question } = read(context);
  if (!question?.mayAnswer || question.text === null) return done(t(lang, 'coursesign.reply_none'));
  if (question.answered) return done(t(lang, 'coursesign.reply_done'));
  const text = typedText(input, ANSWER_LIMIT);
  if (!text) return { kind: 'miss', reprompt: { text: t(lang, 'coursesign.reply_miss') } };
  const result = done(t(lang, 'coursesign.replied'));
  return { ...result, effects: [{ kind: 'answer_course_question', questionId: question.id, text }] };
}

function onAnswer(context: Context, input: StepInput): StepResult<Emits> {
  const answer = parseCourseAnswer(input.choiceId);
  switch (answer?.kind) {
    case 'signup':
      return start(context, answer.via);
    case 'ask':
      return ask(context);
    case 'no':
      return dismiss(context);
    case 'cancel':
      return cancel(context);
    case 'reply':
      return replyStart(context);
    default:
      return { kind: 'done', replies: [welcome(context.lang, context.menu)] };
  }
}

export const courseSignupFlow: Flow<CourseSignupContext, Emits> = {
  steps: STEPS,
  answerLimits: { question: QUESTION_LIMIT, reply: ANSWER_LIMIT },
  begin: ({ lang, menu }) => ({ kind: 'done', replies: [welcome(lang, menu)] }),
  step(state, input, context) {
    const data = CourseSignupData.parse(state.data);
    switch (state.step as Step) {
      case 'answer':
        return onAnswer(context, input);
      case 'consent':
        return onConsent(context, data, input);
      case 'name':
        return onName(context, data, input);
      case 'phone':
        return onPhone(context, data, input);
      case 'question':
        return onQuestion(context, input);
      case 'reply':
        return onReply(context, input);
    }
    return { kind: 'done', replies: [welcome(context.lang, context.menu)] };
  },
};
