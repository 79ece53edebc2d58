import { isOfficial } from '../../kernel/roles.ts';
import type { Choice, OutboundMessage } from '../../kernel/message.ts';
import { needsConfirmation, offeredTargets, type ApplicationStatus } from '../../kernel/application-lifecycle.ts';
import { formatDate, type Lang } from '../../kernel/i18n/index.ts';
import { t } from './messages.ts';
import type { Flow, FlowState, StepInput, StepResult } from '../../engine/types.ts';
import type { OutcomeApplication } from './context.ts';
import { chosen } from '../shared/choice.ts';
import { applicationStatusWords } from '../shared/application-status.ts';
import type { Context, Emits, OutcomesFlowContext } from './context.ts';
import { OFFICIAL_MARKS, OutcomesData as Data, type Mark } from './state.ts';

/**
 * /ketqua (/outcomes): an official goes through the applications of workers living in their area, newest first,
 * 5 at a time: vacancy, employer, the worker (their name only when they shared it) and where it stands. One opens
 * to record an outcome: introduced, hired, not hired, withdrawn — a correction from any step, confirmed once when
 * it moves away from "hired". The list comes from the engine, limited to the official's scope in SQL; the write
 * checks the scope again. Pure.
 */
export const OUTCOMES_FLOW = 'outcomes';
export const OUTCOMES_PAGE_SIZE = 5;

const PICK = 'out.pick.';
const MORE = 'out.more';
const FIRST = 'out.first';
const SET = 'out.set.';
const BACK = 'out.back';
const YES = 'out.confirm.yes';
const NO = 'out.confirm.no';

const STEPS = ['list', 'detail', 'confirm'] as const;
type Step = (typeof STEPS)[number];

function readData(state: FlowState): Data {
  return Data.parse(state.data);
}

/** The application open in the flow (loaded by id, so it is found even when it is not on the list any more). */
export function storedApplicationId(state: FlowState | null): number | null {
  return state?.flow === OUTCOMES_FLOW ? readData(state).applicationId : null;
}

function at(step: Step, data: Data, replies: OutboundMessage[], effects?: Emits[]): StepResult<Emits> {
  const state = { flow: OUTCOMES_FLOW, step, data: { ...data }, misses: 0 };
  return effects ? { kind: 'continue', replies, state, effects } : { kind: 'continue', replies, state };
}

/** The list as it stands, with a step just recorded shown at once (the list was read before this message's write). */
function itemsOf(
  context: Context,
  recorded?: { applicationId: number; status: ApplicationStatus },
): OutcomeApplication[] {
  return (context.outcomes?.items ?? []).map((o) =>
    recorded && o.applicationId === recorded.applicationId ? { ...o, status: recorded.status } : o,
  );
}

function worker(lang: Lang, item: OutcomeApplication): string {
  return item.workerName ?? t(lang, 'outcomes.anonymous');
}

// --- the list -----------------------------------------------------------------------------------

function pageCount(total: number): number {
  return Math.max(1, Math.ceil(total / OUTCOMES_PAGE_SIZE));
}

function listChoices(lang: Lang, items: readonly OutcomeApplication[], page: number): Choice[] {
  const choices: Choice[] = items.slice(page * OUTCOMES_PAGE_SIZE, (page + 1) * OUTCOMES_PAGE_SIZE).map((o) => ({
    id: `${PICK}${o.applicationId}`,
    label: t(lang, 'outcomes.item', {
      title: o.vacancyTitle,
      employer: o.employerName,
      worker: worker(lang, o),
      status: applicationStatusWords(lang, o.status),
    }),
  }));
  if (page + 1 < pageCount(items.length)) choices.push({ id: MORE, label: t(lang, 'outcomes.more') });
  else if (page > 0) choices.push({ id: FIRST, label: t(lang, 'outcomes.first') });
  return choices;
}

function listMessage(lang: Lang, items: readonly OutcomeApplication[], page: number, miss = false): OutboundMessage {
  const from = page * OUTCOMES_PAGE_SIZE + 1;
  const to = Math.min(items.length, (page + 1) * OUTCOMES_PAGE_SIZE);
  const text = miss ? t(lang, 'outcomes.miss') : t(lang, 'outcomes.heading', { from, to, total: items.length });
  return { text, choices: listChoices(lang, items, page), prompt: t(lang, 'outcomes.question') };
}

function showList(
  context: Context,
  page: number,
  before: OutboundMessage[] = [],
  items = itemsOf(context),
  effects?: Emits[],
): StepResult<Emits> {
  if (items.length === 0)
    return {
      kind: 'done',
      replies: [...before, { text: t(context.lang, 'outcomes.empty') }],
      ...(effects ? { effects } : {}),
    };
  const shown = Math.min(Math.max(page, 0), pageCount(items.length) - 1);
  return at(
    'list',
    { page: shown, applicationId: null, target: null },
    [...before, listMessage(context.lang, items, shown)],
    effects,
  );
}

// --- one application ----------------------------------------------------------------------------

function detailChoices(lang: Lang, item: OutcomeApplication): Choice[] {
  return [
    ...offeredTargets(item.status, 'official', OFFICIAL_MARKS).map((status) => ({
      id: `${SET}${status}`,
      label: t(lang, `outcomes.set.${status}`),
    })),
    { id: BACK, label: t(lang, 'outcomes.back') },
  ];
}

function detailMessage(lang: Lang, item: OutcomeApplication, miss = false): OutboundMessage {
  const text = miss
    ? t(lang, 'outcomes.detail_miss')
    : t(lang, 'outcomes.detail', {
        title: item.vacancyTitle,
        employer: item.employerName,
        worker: worker(lang, item),
        date: formatDate(lang, item.appliedAt),
        status: applicationStatusWords(lang, item.status),
      });
  return { text, choices: detailChoices(lang, item), prompt: t(lang, 'outcomes.detail_question') };
}

function confirmChoices(lang: Lang): Choice[] {
  return [
    { id: YES, label: t(lang, 'outcomes.confirm_yes') },
    { id: NO, label: t(lang, 'outcomes.confirm_no') },
  ];
}

function confirmMessage(lang: Lang, item: OutcomeApplication, target: Mark, miss = false): OutboundMessage {
  const text = miss
    ? t(lang, 'outcomes.confirm_miss')
    : t(lang, 'outcomes.confirm_text', {
        worker: worker(lang, item),
        title: item.vacancyTitle,
        status: applicationStatusWords(lang, target),
      });
  return { text, choices: confirmChoices(lang), prompt: t(lang, 'outcomes.confirm_question') };
}

/** Records the step, says so, and shows the list again with it. */
function record(context: Context, data: Data, item: OutcomeApplication, status: Mark): StepResult<Emits> {
  const { lang } = context;
  const saved = {
    text: t(lang, 'outcomes.saved', { worker: worker(lang, item), status: applicationStatusWords(lang, status) }),
  };
  const effect: Emits = { kind: 'move_application', applicationId: item.applicationId, status, as: 'official' };
  return showList(context, data.page, [saved], itemsOf(context, { applicationId: item.applicationId, status }), [
    effect,
  ]);
}

// --- the steps ----------------------------------------------------------------------------------

function onList(context: Context, data: Data, input: StepInput): StepResult<Emits> {
  const items = itemsOf(context);
  const id = chosen(input, listChoices(context.lang, items, data.page));
  if (id === MORE) return showList(context, data.page + 1);
  if (id === FIRST) return showList(context, 0);
  const item = id?.startsWith(PICK) ? items.find((o) => `${PICK}${o.applicationId}` === id) : undefined;
  if (item)
    return at('detail', { ...data, applicationId: item.applicationId, target: null }, [
      detailMessage(context.lang, item),
    ]);
  return { kind: 'miss', reprompt: listMessage(context.lang, items, data.page, true) };
}

function onDetail(context: Context, data: Data, item: OutcomeApplication, input: StepInput): StepResult<Emits> {
  const { lang } = context;
  const id = chosen(input, detailChoices(lang, item));
  if (id === BACK) return showList(context, data.page);
  const status = OFFICIAL_MARKS.find((s) => `${SET}${s}` === id);
  if (!status) return { kind: 'miss', reprompt: detailMessage(lang, item, true) };
  if (needsConfirmation(item.status, status))
    return at('confirm', { ...data, target: status }, [confirmMessage(lang, item, status)]);
  return record(context, data, item, status);
}

function onConfirm(context: Context, data: Data, item: OutcomeApplication, input: StepInput): StepResult<Emits> {
  const { lang } = context;
  const target = data.target;
  // Changed meanwhile (no longer "hired"), or nothing to confirm: the application as it is now.
  if (target === null || !needsConfirmation(item.status, target))
    return at('detail', { ...data, target: null }, [detailMessage(lang, item)]);
  const id = chosen(input, confirmChoices(lang));
  if (id === YES) return record(context, data, item, target);
  if (id === NO) return at('detail', { ...data, target: null }, [detailMessage(lang, item)]);
  return { kind: 'miss', reprompt: confirmMessage(lang, item, target, true) };
}

function refused(lang: Lang): StepResult<Emits> {
  return { kind: 'done', replies: [{ text: t(lang, 'review.not_official') }] };
}

export const outcomesFlow: Flow<OutcomesFlowContext, Emits> = {
  steps: STEPS,
  begin(context): StepResult<Emits> {
    if (!isOfficial(context.roles)) return refused(context.lang);
    return showList(context, 0);
  },
  step(state, input, context): StepResult<Emits> {
    if (!isOfficial(context.roles)) return refused(context.lang);
    const data = readData(state);
    if (state.step === 'list') return onList(context, data, input);
    // Out of scope now (a role changed), or gone: back to the list.
    const item = context.outcomes?.current ?? itemsOf(context).find((o) => o.applicationId === data.applicationId);
    if (!item || item.applicationId !== data.applicationId) return showList(context, data.page);
    if (state.step === 'detail') return onDetail(context, data, item, input);
    if (state.step === 'confirm') return onConfirm(context, data, item, input);
    return showList(context, 0);
  },
};
