import { isOfficial } from '../../kernel/roles.ts';
import type { Choice, OutboundMessage } from '../../kernel/message.ts';
import { formatDeadlineVi } from '../../kernel/deadline.ts';
import type { Lang } from '../../kernel/i18n/index.ts';
import { t } from './messages.ts';
import { shownPeopleCount } from '../../kernel/suppression.ts';
import { lastMonth, readPeriod, samePeriod, thisMonth, thisYear, type Period } from '../../kernel/periods.ts';
import { ANSWER_LIMIT, isLongerThan } from '../../engine/answer-limit.ts';
import { isCommand } from '../../engine/commands.ts';
import { STATS_COMMAND } from './command-words.ts';
import type { Flow, FlowState, StepInput, StepResult } from '../../engine/types.ts';
import type { StatsFigures } from './context.ts';
import { chosen } from '../shared/choice.ts';
import type { Context, Emits, StatsContext } from './context.ts';

/**
 * /thongke: an official's funnel for their area and a period. "/thongke" shows this month; the numbered
 * choices show last month, this year, or a range of days typed as "dd/mm/yyyy - dd/mm/yyyy"; a period can also
 * be typed ("/thongke thang truoc", "/thongke 2026", or at the question). The figures are computed by the flow's
 * loader (src/reporting/funnel.ts, within the official's scope) for the period `periodAsked` reads from the same
 * message. People counts under 5 are shown as "dưới 5" (small groups could be identified). Pure.
 */
export const STATS_FLOW = 'stats';

const THIS_MONTH = 'stats.this_month';
const LAST_MONTH = 'stats.last_month';
const THIS_YEAR = 'stats.this_year';
const CUSTOM = 'stats.custom';

const STEPS = ['menu', 'range'] as const;
type Step = (typeof STEPS)[number];

/** What a message asks for: a period, the question for a range of days, or words that are not a period. */
export type PeriodAsk =
  | { kind: 'period'; period: Period }
  | { kind: 'custom' }
  | { kind: 'unread'; typed: string | null };

/**
 * The period a message asks for, read the same way by the loader (to count) and by the flow (to answer).
 * Beginning (no state): the words after "/thongke", this month when there are none. The loader calls it before
 * the engine's limit on answers applies, so a message longer than any period is not read here either.
 */
export function periodAsked(
  state: FlowState | null,
  input: { text: string | null; choiceId: string | null },
  now: Date,
  lang: Lang,
): PeriodAsk {
  if (input.text !== null && isLongerThan(input.text, ANSWER_LIMIT)) return { kind: 'unread', typed: input.text };
  if (state === null) {
    const words = wordsAfterCommand(input.text);
    if (words === null) return { kind: 'period', period: thisMonth(now) };
    const period = readPeriod(words, now);
    return period ? { kind: 'period', period } : { kind: 'unread', typed: words };
  }
  // A typed number or label is mapped to the period choices here too, in case the engine had not mapped it.
  const choiceId =
    input.choiceId ??
    (state.step === 'menu' ? chosen({ text: input.text, choiceId: null, choiceIds: [] }, periodChoices(lang)) : null);
  switch (choiceId) {
    case THIS_MONTH:
      return { kind: 'period', period: thisMonth(now) };
    case LAST_MONTH:
      return { kind: 'period', period: lastMonth(now) };
    case THIS_YEAR:
      return { kind: 'period', period: thisYear(now) };
    case CUSTOM:
      return { kind: 'custom' };
    default:
      break;
  }
  const period = input.text === null ? null : readPeriod(input.text, now);
  return period ? { kind: 'period', period } : { kind: 'unread', typed: input.text };
}

/** "/thongke thang truoc" → "thang truoc"; only after a one-word slash command ("thống kê" has no words after it). */
function wordsAfterCommand(text: string | null): string | null {
  const match = text === null ? null : /^(\/\S+)\s+(.+)$/su.exec(text.trim());
  if (!match || !isCommand(match[1] ?? '', STATS_COMMAND)) return null;
  return (match[2] ?? '').trim() || null;
}

function periodChoices(lang: Lang): Choice[] {
  return [
    { id: THIS_MONTH, label: t(lang, 'stats.choice.this_month') },
    { id: LAST_MONTH, label: t(lang, 'stats.choice.last_month') },
    { id: THIS_YEAR, label: t(lang, 'stats.choice.this_year') },
    { id: CUSTOM, label: t(lang, 'stats.choice.custom') },
  ];
}

export function periodLabel(lang: Lang, period: Period): string {
  const [year = '', month = ''] = period.from.split('-');
  if (period.kind === 'month') return t(lang, 'stats.period.month', { month, year });
  if (period.kind === 'year') return t(lang, 'stats.period.year', { year });
  return t(lang, 'stats.period.range', { from: formatDeadlineVi(period.from), to: formatDeadlineVi(period.to) });
}

/** A count of people as /thongke shows it: 1–4 read "dưới 5" (src/kernel/suppression.ts). */
function people(lang: Lang, n: number | null): string | number {
  const shown = shownPeopleCount(n ?? 0);
  return typeof shown === 'number' ? shown : t(lang, 'stats.fewer_than_5');
}

/** The figures: the funnel for the period, what waits for review now; the other periods as numbered choices. */
export function figuresMessage(lang: Lang, figures: StatsFigures): OutboundMessage {
  const f = figures.funnel;
  const lines = [
    ...(figures.unread === null ? [] : [t(lang, 'stats.unread', { typed: figures.unread.slice(0, 40) })]),
    t(lang, 'stats.period_heading', { area: figures.area, period: periodLabel(lang, figures.period) }),
    t(lang, 'stats.funnel.registered', { count: people(lang, f.registered), total: people(lang, f.totalAtEnd) }),
    t(lang, 'stats.funnel.counselled', { count: people(lang, f.counselled) }),
    t(lang, 'stats.funnel.alerts', { count: f.alertsDelivered }),
    t(lang, 'stats.interested', { count: people(lang, f.interested) }),
    t(lang, 'stats.funnel.introduced', { count: people(lang, f.introduced) }),
    t(lang, 'stats.funnel.hired', { count: people(lang, f.hired) }),
    t(lang, 'stats.approved_in_period', { vacancies: f.vacanciesApproved, headcount: f.headcountApproved }),
    t(lang, 'stats.funnel.broadcasts', { broadcasts: f.broadcasts, reach: f.broadcastReach }),
    t(lang, 'stats.funnel.events', { events: f.events, attendees: people(lang, f.meetingAttendees) }),
    t(lang, 'stats.funnel.training', {
      wanted: people(lang, f.trainingWanted),
      signedUp: people(lang, f.signedUp),
      enrolled: people(lang, f.enrolled),
      completed: people(lang, f.completed),
      inTrade: people(lang, f.workingInTrade),
    }),
    t(lang, 'stats.pending_now', { pending: figures.pendingVacancies }),
  ];
  return { text: lines.join('\n'), choices: periodChoices(lang), prompt: t(lang, 'stats.question') };
}

function rangeQuestion(lang: Lang, miss = false): OutboundMessage {
  return { text: t(lang, miss ? 'stats.range_miss' : 'stats.range_text'), prompt: t(lang, 'stats.range_question') };
}

function at(step: Step, replies: OutboundMessage[]): StepResult<Emits> {
  return { kind: 'continue', replies, state: { flow: STATS_FLOW, step, data: {}, misses: 0 } };
}

function show(context: Context, period: Period | null): StepResult<Emits> {
  const { lang } = context;
  const figures = context.stats ?? null;
  // The loader counts the period this same message asks for; anything else would be a bug, never shown as data.
  if (figures === null || (period !== null && !samePeriod(figures.period, period)))
    return { kind: 'done', replies: [{ text: t(lang, 'stats.no_figures') }] };
  return at('menu', [figuresMessage(lang, figures)]);
}

export const statsFlow: Flow<StatsContext, Emits> = {
  steps: STEPS,
  begin(context): StepResult<Emits> {
    if (!isOfficial(context.roles))
      return { kind: 'done', replies: [{ text: t(context.lang, 'review.not_official') }] };
    return show(context, null);
  },
  step(state: FlowState, input: StepInput, context: Context): StepResult<Emits> {
    const { lang } = context;
    if (!isOfficial(context.roles)) return { kind: 'done', replies: [{ text: t(lang, 'review.not_official') }] };
    const ask = periodAsked(state, input, context.now, lang);
    switch (ask.kind) {
      case 'period':
        return show(context, ask.period);
      case 'custom':
        return at('range', [rangeQuestion(lang)]);
      case 'unread':
        if (state.step === 'range') return { kind: 'miss', reprompt: rangeQuestion(lang, true) };
        return {
          kind: 'miss',
          reprompt: { text: t(lang, 'stats.miss'), choices: periodChoices(lang), prompt: t(lang, 'stats.question') },
        };
    }
  },
};
