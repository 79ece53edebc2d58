import type { Resumption } from '../../engine/feature.ts';
import { welcome } from '../../engine/home.ts';
import type { Flow, StepResult } from '../../engine/types.ts';
import { occupationLabel } from '../../kernel/occupations/lookup.ts';
import { searchFlow } from '../search/flow.ts';
import { type OutcomeAnswer, parseOutcomeChoice } from './choices.ts';
import type { Context, CourseOutcomeContext, Emits } from './context.ts';
import { t } from './messages.ts';

/**
 * The learner's answers to their course notifications (notifications.ts); no conversation of its own: an answer,
 * pressed or typed from anywhere, runs the one step. "Có" to the trade adds it to their profile and answers at once
 * with the open vacancies of that trade (job search's list, from where they can open one and say "Quan tâm"); a
 * person without a profile is offered registration. The 60-day answer is recorded and thanked. Pure.
 */
export const COURSE_OUTCOME_FLOW = 'course-outcome';
const ANSWER_STEP = 'answer';

function tradeAnswer(answer: OutcomeAnswer, context: Context): StepResult<Emits> {
  const { lang, enrolment } = context;
  if (!enrolment) return { kind: 'done', replies: [{ text: t(lang, 'course_outcome.gone') }] };
  if (!answer.yes) return { kind: 'done', replies: [{ text: t(lang, 'course_outcome.trade_declined') }] };
  const trade = occupationLabel(enrolment.occupation, lang);
  if (!context.profile) {
    return {
      kind: 'done',
      replies: [
        {
          text: t(lang, 'course_outcome.no_profile', { trade }),
          choices: [{ id: 'menu.register', label: t(lang, 'menu.register') }],
          prompt: t(lang, 'home.reply_with_number'),
        },
      ],
    };
  }
  const added = { text: t(lang, 'course_outcome.trade_added', { trade }) };
  const effects: Emits[] = [{ kind: 'add_course_trade', enrolmentId: enrolment.enrolmentId }];
  const search = context.search;
  if (!search) return { kind: 'done', replies: [added], effects };
  // Job search's own list of that trade: the person goes on in /timviec (open one, "Quan tâm").
  const list = searchFlow.begin({ ...context, search });
  if (list.kind === 'continue') return { ...list, replies: [added, ...list.replies], effects };
  if (list.kind === 'done') return { kind: 'done', replies: [added, ...list.replies], effects };
  return { kind: 'done', replies: [added], effects };
}

function worksAnswer(answer: OutcomeAnswer, context: Context): StepResult<Emits> {
  const { lang, enrolment } = context;
  if (!enrolment) return { kind: 'done', replies: [{ text: t(lang, 'course_outcome.gone') }] };
  const effects: Emits[] = [
    { kind: 'record_course_followup', enrolmentId: enrolment.enrolmentId, worksInTrade: answer.yes },
  ];
  if (answer.yes) return { kind: 'done', replies: [{ text: t(lang, 'course_outcome.thanks_works') }], effects };
  return {
    kind: 'done',
    replies: [
      {
        text: t(lang, 'course_outcome.thanks_not_yet'),
        choices: [{ id: 'menu.search', label: t(lang, 'course_outcome.search') }],
        prompt: t(lang, 'home.reply_with_number'),
      },
    ],
    effects,
  };
}

export const courseOutcomeFlow: Flow<CourseOutcomeContext, Emits> = {
  steps: [ANSWER_STEP],
  begin: ({ lang, menu }) => ({ kind: 'done', replies: [welcome(lang, menu)] }),
  step(_state, input, context) {
    const answer = parseOutcomeChoice(input.choiceId);
    if (!answer || (context.enrolment && context.enrolment.enrolmentId !== answer.enrolmentId))
      return { kind: 'done', replies: [welcome(context.lang, context.menu)] };
    return answer.question === 'trade' ? tradeAnswer(answer, context) : worksAnswer(answer, context);
  },
};

/** Where a pressed or typed answer runs: the answer step, with the choice as its input. */
export function courseOutcomeAnswerAt(choiceId: string): Resumption | null {
  if (!parseOutcomeChoice(choiceId)) return null;
  return {
    state: { flow: COURSE_OUTCOME_FLOW, step: ANSWER_STEP, data: {}, misses: 0 },
    input: { text: null, choiceId, choiceIds: [choiceId] },
  };
}
