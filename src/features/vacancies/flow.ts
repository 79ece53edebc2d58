import type { Choice, OutboundMessage } from '../../kernel/message.ts';
import { formatDeadlineVi } from '../../kernel/deadline.ts';
import { vietnamIsoDate } from '../../kernel/time.ts';
import type { Lang } from '../../kernel/i18n/index.ts';
import { t } from './messages.ts';
import type { Flow, FlowState, StepInput, StepResult } from '../../engine/types.ts';
import type { OwnVacancy } from '../../db/own-vacancies.ts';
import { isClosable } from '../../kernel/vacancy/status.ts';
import { previewText } from '../../kernel/vacancy/card.ts';
import { onApplicant, onApplicants, showApplicants, type ApplicantsAnswer } from './applicants.ts';
import { chosen } from '../shared/choice.ts';
import type { Context, Emits, VacanciesContext } from './context.ts';
import { VacanciesData as Data } from './state.ts';

/**
 * /tincuatoi (/myposts): an employer sees their own vacancies, newest first, 5 at a time with "more": title,
 * status in words, deadline and how many workers pressed "Quan tâm". A number opens one, which can be closed
 * (after one confirmation) while it is pending, approved or hidden, and whose interested workers can be listed
 * to record an outcome for one (applicants.ts). Someone who never posted is pointed to /dangtin. The list comes
 * from the engine, already limited to the person's own vacancies; closing and recording re-check the owner in
 * SQL. Pure.
 */
export const VACANCIES_FLOW = 'vacancies';
export const PAGE_SIZE = 5;

const PICK = 'vac.pick.';
const MORE = 'vac.more';
const FIRST = 'vac.first';
const CLOSE = 'vac.close';
const BACK = 'vac.back';
const CLOSE_YES = 'vac.close.yes';
const CLOSE_NO = 'vac.close.no';
const APPLICANTS = 'vac.applicants';
/** A rejection reason is cut to this many characters in the list (shown whole in the detail). */
const REASON_IN_LIST = 50;

const STEPS = ['list', 'detail', 'confirm', 'applicants', 'applicant'] as const;
type Step = (typeof STEPS)[number];

function readData(state: FlowState): Data {
  return Data.parse(state.data);
}

/** The vacancy open in the flow (its applicants are loaded with it), or null. */
export function storedVacancyId(state: FlowState | null): number | null {
  return state?.flow === VACANCIES_FLOW ? readData(state).vacancyId : null;
}

function at(step: Step, data: Data, replies: OutboundMessage[], effects?: Emits[]): StepResult<Emits> {
  const state = { flow: VACANCIES_FLOW, step, data: { ...data }, misses: 0 };
  return effects ? { kind: 'continue', replies, state, effects } : { kind: 'continue', replies, state };
}

function cut(text: string, length: number): string {
  const chars = [...text];
  return chars.length <= length
    ? text
    : `${chars
        .slice(0, length - 1)
        .join('')
        .trimEnd()}…`;
}

/** The status in words: "chờ duyệt", "đã duyệt, đang gửi", "không được duyệt: <reason>", "đã đóng"… */
export function statusWords(lang: Lang, vacancy: OwnVacancy, now: Date, reasonLength = Infinity): string {
  switch (vacancy.status) {
    case 'pending':
      return t(lang, 'vacancies.status.pending');
    case 'approved':
      return vacancy.deadline < vietnamIsoDate(now)
        ? t(lang, 'vacancies.status.expired')
        : t(lang, 'vacancies.status.approved');
    case 'rejected':
      return vacancy.rejectReason
        ? t(lang, 'vacancies.status.rejected', { reason: cut(vacancy.rejectReason, reasonLength) })
        : t(lang, 'vacancies.status.rejected_plain');
    case 'closed':
      return t(lang, 'vacancies.status.closed');
    case 'hidden':
      return t(lang, 'vacancies.status.hidden');
  }
}

// --- the list -----------------------------------------------------------------------------------

function pageCount(total: number): number {
  return Math.max(1, Math.ceil(total / PAGE_SIZE));
}

function listChoices(context: Context, page: number): Choice[] {
  const { lang, now } = context;
  const all = context.ownVacancies ?? [];
  const shown = all.slice(page * PAGE_SIZE, (page + 1) * PAGE_SIZE);
  const choices: Choice[] = shown.map((v) => ({
    id: `${PICK}${v.id}`,
    label: t(lang, 'vacancies.item', {
      title: v.title,
      status: statusWords(lang, v, now, REASON_IN_LIST),
      deadline: formatDeadlineVi(v.deadline),
      interested: v.interested,
    }),
  }));
  if (page + 1 < pageCount(all.length)) choices.push({ id: MORE, label: t(lang, 'vacancies.more') });
  else if (page > 0) choices.push({ id: FIRST, label: t(lang, 'vacancies.first') });
  return choices;
}

function listMessage(context: Context, page: number, miss = false): OutboundMessage {
  const { lang } = context;
  const total = (context.ownVacancies ?? []).length;
  const from = page * PAGE_SIZE + 1;
  const to = Math.min(total, (page + 1) * PAGE_SIZE);
  const text = miss ? t(lang, 'vacancies.list_miss') : t(lang, 'vacancies.heading', { from, to, total });
  return { text, choices: listChoices(context, page), prompt: t(lang, 'vacancies.question') };
}

function showList(context: Context, page: number): StepResult<Emits> {
  const last = pageCount((context.ownVacancies ?? []).length) - 1;
  const shown = Math.min(Math.max(page, 0), last);
  return at('list', { page: shown, vacancyId: null, applicantPage: 0, applicationId: null }, [
    listMessage(context, shown),
  ]);
}

// --- one vacancy --------------------------------------------------------------------------------

/** Who is interested comes first when anyone is; then closing, while it may be closed; then the way back. */
function detailChoices(lang: Lang, vacancy: OwnVacancy): Choice[] {
  return [
    ...(vacancy.interested > 0
      ? [{ id: APPLICANTS, label: t(lang, 'vacancies.applicants', { count: vacancy.interested }) }]
      : []),
    ...(isClosable(vacancy) ? [{ id: CLOSE, label: t(lang, 'vacancies.close') }] : []),
    { id: BACK, label: t(lang, 'vacancies.back') },
  ];
}

function detailMessage(context: Context, vacancy: OwnVacancy, miss = false): OutboundMessage {
  const { lang, now } = context;
  if (miss) {
    const text = t(
      lang,
      vacancy.interested > 0
        ? 'vacancies.detail_miss_any'
        : isClosable(vacancy)
          ? 'vacancies.detail_miss'
          : 'vacancies.detail_miss_back',
    );
    return { text, choices: detailChoices(lang, vacancy), prompt: t(lang, 'vacancies.detail_question') };
  }
  const lines = [
    t(lang, 'vacancies.detail_status', { status: statusWords(lang, vacancy, now) }),
    ...previewText(lang, vacancy).split('\n').slice(1), // without the poster's preview heading
    t(lang, 'vacancies.detail_interested', { count: vacancy.interested }),
  ];
  return {
    text: lines.join('\n'),
    choices: detailChoices(lang, vacancy),
    prompt: t(lang, 'vacancies.detail_question'),
  };
}

function confirmChoices(lang: Lang): Choice[] {
  return [
    { id: CLOSE_YES, label: t(lang, 'vacancies.close_yes') },
    { id: CLOSE_NO, label: t(lang, 'vacancies.close_no') },
  ];
}

function confirmMessage(lang: Lang, vacancy: OwnVacancy, miss = false): OutboundMessage {
  const text = miss ? t(lang, 'vacancies.close_miss') : t(lang, 'vacancies.close_text', { title: vacancy.title });
  return { text, choices: confirmChoices(lang), prompt: t(lang, 'vacancies.close_question') };
}

// --- the steps ----------------------------------------------------------------------------------

function onList(data: Data, input: StepInput, context: Context): StepResult<Emits> {
  const id = chosen(input, listChoices(context, data.page));
  if (id === MORE) return showList(context, data.page + 1);
  if (id === FIRST) return showList(context, 0);
  const vacancy = id?.startsWith(PICK) ? (context.ownVacancies ?? []).find((v) => `${PICK}${v.id}` === id) : undefined;
  if (vacancy)
    return at('detail', { ...data, vacancyId: vacancy.id, applicantPage: 0, applicationId: null }, [
      detailMessage(context, vacancy),
    ]);
  return { kind: 'miss', reprompt: listMessage(context, data.page, true) };
}

function onDetail(data: Data, vacancy: OwnVacancy, input: StepInput, context: Context): StepResult<Emits> {
  const { lang } = context;
  const id = chosen(input, detailChoices(lang, vacancy));
  if (id === CLOSE) return at('confirm', data, [confirmMessage(lang, vacancy)]);
  if (id === BACK) return showList(context, data.page);
  if (id === APPLICANTS) return fromApplicants(data, vacancy, context, showApplicants(context, vacancy, 0));
  return { kind: 'miss', reprompt: detailMessage(context, vacancy, true) };
}

function onConfirm(data: Data, vacancy: OwnVacancy, input: StepInput, context: Context): StepResult<Emits> {
  const { lang } = context;
  // Decided meanwhile (say rejected by an official): the detail shows what it is now.
  if (!isClosable(vacancy)) return at('detail', data, [detailMessage(context, vacancy)]);
  const id = chosen(input, confirmChoices(lang));
  if (id === CLOSE_YES) {
    return {
      kind: 'done',
      replies: [{ text: t(lang, 'vacancies.closed', { title: vacancy.title }) }],
      effects: [{ kind: 'close_vacancy', vacancyId: vacancy.id }],
    };
  }
  if (id === CLOSE_NO) return at('detail', data, [detailMessage(context, vacancy)]);
  return { kind: 'miss', reprompt: confirmMessage(lang, vacancy, true) };
}

/** Where an answer about the applicants leaves the person: their list, one of them, or the vacancy again. */
function fromApplicants(
  data: Data,
  vacancy: OwnVacancy,
  context: Context,
  answer: ApplicantsAnswer,
): StepResult<Emits> {
  switch (answer.kind) {
    case 'list':
      return at(
        'applicants',
        { ...data, applicantPage: answer.page, applicationId: null },
        answer.replies,
        answer.effects,
      );
    case 'applicant':
      return at('applicant', { ...data, applicationId: answer.applicationId }, answer.replies);
    case 'miss':
      return { kind: 'miss', reprompt: answer.reprompt };
    case 'back': {
      // Back to the vacancy; when nobody is left to list (withdrawn meanwhile), it says so first.
      const nobody =
        (context.applicants ?? []).length === 0
          ? [{ text: t(context.lang, 'vacancies.applicants.none', { title: vacancy.title }) }]
          : [];
      return at('detail', { ...data, applicantPage: 0, applicationId: null }, [
        ...nobody,
        detailMessage(context, vacancy),
      ]);
    }
  }
}

function begin(context: Context): StepResult<Emits> {
  const { lang } = context;
  if ((context.ownVacancies ?? []).length === 0) {
    // Never posted: the way to post, as a numbered choice (the main menu's "I am an employer").
    return {
      kind: 'done',
      replies: [
        {
          text: t(lang, 'vacancies.none'),
          choices: [{ id: 'menu.employer', label: t(lang, 'vacancies.post') }],
          prompt: t(lang, 'home.reply_with_number'),
        },
      ],
    };
  }
  return showList(context, 0);
}

export const vacanciesFlow: Flow<VacanciesContext, Emits> = {
  steps: STEPS,
  begin,
  step(state, input, context): StepResult<Emits> {
    if ((context.ownVacancies ?? []).length === 0) return begin(context);
    const data = readData(state);
    if (state.step === 'list') return onList(data, input, context);
    const vacancy = (context.ownVacancies ?? []).find((v) => v.id === data.vacancyId);
    if (!vacancy) return showList(context, data.page);
    if (state.step === 'detail') return onDetail(data, vacancy, input, context);
    if (state.step === 'confirm') return onConfirm(data, vacancy, input, context);
    if (state.step === 'applicants')
      return fromApplicants(data, vacancy, context, onApplicants(context, vacancy, data.applicantPage, input));
    if (state.step === 'applicant')
      return fromApplicants(
        data,
        vacancy,
        context,
        onApplicant(context, vacancy, data.applicantPage, data.applicationId, input),
      );
    return showList(context, 0);
  },
};
