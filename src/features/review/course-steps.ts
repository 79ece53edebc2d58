import type { PendingCourse } from '../../db/course-review.ts';
import type { StepInput, StepResult, FlowState } from '../../engine/types.ts';
import { resolveChoice } from '../../kernel/choices.ts';
import type { Lang } from '../../kernel/i18n/index.ts';
import type { Choice, OutboundMessage } from '../../kernel/message.ts';
import { courseCard } from '../courses/card.ts';
import type { Context, Emits } from './context.ts';
import { t } from './messages.ts';
import { ReviewData } from './state.ts';

/**
 * /duyet's courses: the same round as vacancies (approve, reject with a reason, skip), on the course card every
 * course feature shows, headed by who sent it. Approving hands the course to its announcement (the effect writes
 * the outbox row). Pure.
 */
const FLOW = 'review';
const REASONS = [
  'review.course.reason.provider',
  'review.course.reason.fee',
  'review.course.reason.duplicate',
] as const;

function cardChoices(lang: Lang): Choice[] {
  return [
    { id: 'review.approve', label: t(lang, 'review.approve') },
    { id: 'review.reject', label: t(lang, 'review.reject') },
    { id: 'review.skip', label: t(lang, 'review.skip') },
  ];
}

function reasonChoices(lang: Lang): Choice[] {
  return REASONS.map((id) => ({ id, label: t(lang, id) }));
}

function submitterOf(lang: Lang, course: PendingCourse): string {
  if (course.source === 'import') return t(lang, 'review.course.imported');
  return course.submittedBy ?? t(lang, 'review.course.unknown_submitter');
}

function card(lang: Lang, course: PendingCourse, index: number, total: number): OutboundMessage {
  const heading = t(lang, 'review.course.heading', { index, total, submitter: submitterOf(lang, course) });
  return {
    text: `${heading}\n${courseCard(lang, course)}`,
    choices: cardChoices(lang),
    prompt: t(lang, 'review.question'),
  };
}

function remainingOf(context: Context, skipped: number[], decidedId: number | null): PendingCourse[] {
  return (context.courseQueue ?? []).filter((c) => c.id !== decidedId && !skipped.includes(c.id));
}

/** The next course card after `before` (a decision, a skip), or the end; `finished` adds what else waits. */
export function nextCourse(
  context: Context,
  skipped: number[],
  decidedId: number | null,
  before: OutboundMessage[],
  finished: (lang: Lang) => OutboundMessage[] = () => [],
): StepResult<Emits> {
  const { lang } = context;
  const remaining = remainingOf(context, skipped, decidedId);
  const first = remaining[0];
  if (!first)
    return { kind: 'done', replies: [...before, { text: t(lang, 'review.course.finished') }, ...finished(lang)] };
  return {
    kind: 'continue',
    replies: [...before, card(lang, first, 1, remaining.length)],
    state: { flow: FLOW, step: 'course', data: { current: first.id, skipped }, misses: 0 },
  };
}

function decided(result: StepResult<Emits>, effect: Emits): StepResult<Emits> {
  if (result.kind === 'miss') return result;
  return { ...result, effects: [...(result.effects ?? []), effect] };
}

function reasonOf(lang: Lang, input: StepInput): string | null {
  const picked = input.choiceId ?? (input.text ? resolveChoice(input.text, reasonChoices(lang)) : null);
  if (picked && (REASONS as readonly string[]).includes(picked)) return t(lang, picked as (typeof REASONS)[number]);
  const typed = input.text?.trim() ?? '';
  return typed.length >= 3 ? typed.slice(0, 300) : null;
}

/** The steps 'course' (the card) and 'course_reason'. */
export function courseStep(
  state: FlowState,
  input: StepInput,
  context: Context,
  finished: (lang: Lang) => OutboundMessage[],
): StepResult<Emits> {
  const { lang } = context;
  const data = ReviewData.parse(state.data);
  const course = (context.courseQueue ?? []).find((c) => c.id === data.current);
  if (!course) return nextCourse(context, data.skipped, null, [], finished); // decided by someone else meanwhile

  if (state.step === 'course_reason') {
    const reason = reasonOf(lang, input);
    if (!reason)
      return {
        kind: 'miss',
        reprompt: {
          text: t(lang, 'review.reason_miss'),
          choices: reasonChoices(lang),
          prompt: t(lang, 'review.reason_question'),
        },
      };
    const told = [{ text: t(lang, 'review.course.rejected', { title: course.title }) }];
    return decided(nextCourse(context, data.skipped, course.id, told, finished), {
      kind: 'decide_course',
      courseId: course.id,
      decision: 'reject',
      reason,
    });
  }

  const choices = cardChoices(lang);
  const choice = input.choiceId ?? (input.text ? resolveChoice(input.text, choices) : null);
  if (choice === 'review.approve') {
    const told = [{ text: t(lang, 'review.course.approved', { title: course.title }) }];
    return decided(nextCourse(context, data.skipped, course.id, told, finished), {
      kind: 'decide_course',
      courseId: course.id,
      decision: 'approve',
      reason: null,
    });
  }
  if (choice === 'review.reject')
    return {
      kind: 'continue',
      replies: [
        {
          text: t(lang, 'review.course.reason_text'),
          choices: reasonChoices(lang),
          prompt: t(lang, 'review.reason_question'),
        },
      ],
      state: { ...state, step: 'course_reason' },
    };
  if (choice === 'review.skip') return nextCourse(context, [...data.skipped, course.id], null, [], finished);
  return { kind: 'miss', reprompt: { text: t(lang, 'review.miss'), choices, prompt: t(lang, 'review.question') } };
}
