import { isOfficial } from '../../kernel/roles.ts';
import type { Choice, OutboundMessage } from '../../kernel/message.ts';
import { resolveChoice } from '../../kernel/choices.ts';
import type { Lang } from '../../kernel/i18n/index.ts';
import { t } from './messages.ts';
import type { Flow, StepResult } from '../../engine/types.ts';
import type { PendingVacancy } from '../../db/vacancy-review.ts';
import { previewText } from '../../kernel/vacancy/card.ts';
import type { Context, Emits, ReviewContext } from './context.ts';
import { ReviewData } from './state.ts';
import { courseStep, nextCourse } from './course-steps.ts';

/**
 * /duyet: an official goes through the pending vacancies of their area, oldest first: approve, reject with a
 * reason, skip, or (when the employer is not verified yet) verify the employer, which shows the same card again
 * marked verified. The queue comes from the engine, already limited to the official's scope; decisions and
 * verifications are applied again with the scope in SQL. Approving takes 2 messages: /duyet, then 1. Courses wait
 * in the same queue (src/features/review/course-steps.ts): when both vacancies and courses wait, /duyet first asks
 * which ("1. Tin tuyển dụng (5)  2. Khoá học (2)"); when only one kind waits it goes straight to it. Pure.
 */
export const REVIEW_FLOW = 'review';
const REASONS = ['review.reason.fee', 'review.reason.unclear', 'review.reason.fake'] as const;

/** Approve stays 1 (approving is /duyet then 1); verifying the employer is offered last, only when not verified. */
function cardChoices(lang: Lang, vacancy: PendingVacancy): Choice[] {
  return [
    { id: 'review.approve', label: t(lang, 'review.approve') },
    { id: 'review.reject', label: t(lang, 'review.reject') },
    { id: 'review.skip', label: t(lang, 'review.skip') },
    ...(vacancy.employerVerified ? [] : [{ id: 'review.verify', label: t(lang, 'review.verify') }]),
  ];
}

function reasonChoices(lang: Lang): Choice[] {
  return REASONS.map((id) => ({ id, label: t(lang, id) }));
}

function card(lang: Lang, vacancy: PendingVacancy, index: number, total: number): OutboundMessage {
  const heading = t(lang, 'review.card_heading', {
    index,
    total,
    employer: vacancy.employerName,
    status: t(lang, vacancy.employerVerified ? 'review.verified' : 'review.unverified'),
  });
  const body = previewText(lang, vacancy).split('\n').slice(1); // without the poster's own heading
  const risk =
    vacancy.scamReasons.length > 0
      ? [
          t(lang, 'review.risk', {
            reasons: vacancy.scamReasons.map((r) => `${t(lang, `scam.${r.code}`)} ("${r.evidence}")`).join('; '),
          }),
        ]
      : [];
  const reports = vacancy.openReports ? [t(lang, 'review.reports', { count: vacancy.openReports })] : [];
  return {
    text: [heading, ...body, ...risk, ...reports].join('\n'),
    choices: cardChoices(lang, vacancy),
    prompt: t(lang, 'review.question'),
  };
}

/** The vacancies still to go through: neither decided now nor skipped. */
function remainingOf(context: Context, skipped: number[], decidedId: number | null): PendingVacancy[] {
  return (context.reviewQueue ?? []).filter((v) => v.id !== decidedId && !skipped.includes(v.id));
}

function pendingCounts(context: Context): { vacancies: number; courses: number } {
  return (
    context.pendingCounts ?? {
      vacancies: (context.reviewQueue ?? []).length,
      courses: (context.courseQueue ?? []).length,
    }
  );
}

/** At the end of one kind, a line saying how many of the other kind still wait (none when none do). */
function otherWaiting(context: Context, other: 'vacancies' | 'courses'): (lang: Lang) => OutboundMessage[] {
  const count = pendingCounts(context)[other];
  return (lang) => (count > 0 ? [{ text: t(lang, `review.other_waiting.${other}`, { count }) }] : []);
}

function kindChoices(context: Context): Choice[] {
  const { lang } = context;
  const counts = pendingCounts(context);
  return [
    { id: 'review.kind.vacancies', label: t(lang, 'review.kind.vacancies', { count: counts.vacancies }) },
    { id: 'review.kind.courses', label: t(lang, 'review.kind.courses', { count: counts.courses }) },
  ];
}

function startCourses(context: Context): StepResult<Emits> {
  return nextCourse(context, [], null, [], otherWaiting(context, 'vacancies'));
}

/** The next card after `done` (decided or skipped), or the end. */
function next(
  context: Context,
  skipped: number[],
  decidedId: number | null,
  before: OutboundMessage[],
): StepResult<Emits> {
  const { lang } = context;
  const remaining = remainingOf(context, skipped, decidedId);
  const first = remaining[0];
  if (!first)
    return {
      kind: 'done',
      replies: [...before, { text: t(lang, 'review.finished') }, ...otherWaiting(context, 'courses')(lang)],
    };
  return {
    kind: 'continue',
    replies: [...before, card(lang, first, 1, remaining.length)],
    state: { flow: REVIEW_FLOW, step: 'card', data: { current: first.id, skipped }, misses: 0 },
  };
}

export const reviewFlow: Flow<ReviewContext, Emits> = {
  steps: ['card', 'reason', 'kind', 'course', 'course_reason'],
  begin(context): StepResult<Emits> {
    const { lang } = context;
    if (!isOfficial(context.roles)) return { kind: 'done', replies: [{ text: t(lang, 'review.not_official') }] };
    const vacancies = (context.reviewQueue ?? []).length > 0;
    const courses = (context.courseQueue ?? []).length > 0;
    if (vacancies && courses)
      return {
        kind: 'continue',
        replies: [
          { text: t(lang, 'review.kind.question'), choices: kindChoices(context), prompt: t(lang, 'review.question') },
        ],
        state: { flow: REVIEW_FLOW, step: 'kind', data: { current: -1, skipped: [] }, misses: 0 },
      };
    if (courses) return startCourses(context);
    if (!vacancies) return { kind: 'done', replies: [{ text: t(lang, 'review.empty') }] };
    return next(context, [], null, []);
  },
  step(state, input, context): StepResult<Emits> {
    const { lang } = context;
    if (!isOfficial(context.roles)) return { kind: 'done', replies: [{ text: t(lang, 'review.not_official') }] };
    if (state.step === 'kind') {
      const choices = kindChoices(context);
      const choice = input.choiceId ?? (input.text ? resolveChoice(input.text, choices) : null);
      if (choice === 'review.kind.vacancies') return next(context, [], null, []);
      if (choice === 'review.kind.courses') return startCourses(context);
      return {
        kind: 'miss',
        reprompt: { text: t(lang, 'review.kind.miss'), choices, prompt: t(lang, 'review.question') },
      };
    }
    if (state.step === 'course' || state.step === 'course_reason')
      return courseStep(state, input, context, otherWaiting(context, 'vacancies'));
    const data = ReviewData.parse(state.data);
    const vacancy = (context.reviewQueue ?? []).find((v) => v.id === data.current);
    if (!vacancy) return next(context, data.skipped, null, []); // decided by someone else meanwhile

    if (state.step === 'reason') {
      const picked = input.choiceId ?? (input.text ? resolveChoice(input.text, reasonChoices(lang)) : null);
      const typed = input.text?.trim() ?? '';
      const reason =
        picked && (REASONS as readonly string[]).includes(picked)
          ? t(lang, picked as (typeof REASONS)[number])
          : typed.length >= 3
            ? typed.slice(0, 300)
            : null;
      if (!reason)
        return {
          kind: 'miss',
          reprompt: {
            text: t(lang, 'review.reason_miss'),
            choices: reasonChoices(lang),
            prompt: t(lang, 'review.reason_question'),
          },
        };
      const result = next(context, data.skipped, vacancy.id, [
        { text: t(lang, 'review.rejected', { title: vacancy.title }) },
      ]);
      return withEffect(result, { kind: 'decide_vacancy', vacancyId: vacancy.id, decision: 'reject', reason });
    }

    const choices = cardChoices(lang, vacancy);
    const choice = input.choiceId ?? (input.text ? resolveChoice(input.text, choices) : null);
    if (choice === 'review.approve') {
      const result = next(context, data.skipped, vacancy.id, [
        { text: t(lang, 'review.approved', { title: vacancy.title }) },
      ]);
      return withEffect(result, { kind: 'decide_vacancy', vacancyId: vacancy.id, decision: 'approve', reason: null });
    }
    if (choice === 'review.reject') {
      return {
        kind: 'continue',
        replies: [
          {
            text: t(lang, 'review.reason_text'),
            choices: reasonChoices(lang),
            prompt: t(lang, 'review.reason_question'),
          },
        ],
        state: { ...state, step: 'reason' },
      };
    }
    if (choice === 'review.skip') return next(context, [...data.skipped, vacancy.id], null, []);
    if (choice === 'review.verify') {
      // The same card again, now marked verified (the queue read before this message does not know it yet).
      const verified = { ...vacancy, employerVerified: true };
      const remaining = remainingOf(context, data.skipped, null);
      const again = card(lang, verified, remaining.findIndex((v) => v.id === vacancy.id) + 1, remaining.length);
      if (vacancy.employerVerified) return { kind: 'continue', replies: [again], state };
      return {
        kind: 'continue',
        replies: [{ text: t(lang, 'review.verified_done', { employer: vacancy.employerName }) }, again],
        state,
        effects: [{ kind: 'verify_employer', vacancyId: vacancy.id }],
      };
    }
    const miss = t(lang, vacancy.employerVerified ? 'review.miss' : 'review.miss_verify');
    return { kind: 'miss', reprompt: { text: miss, choices, prompt: t(lang, 'review.question') } };
  },
};

function withEffect(result: StepResult<Emits>, effect: Emits): StepResult<Emits> {
  if (result.kind === 'miss') return result;
  return { ...result, effects: [...(result.effects ?? []), effect] };
}
