import type { Choice, OutboundMessage } from '../../kernel/message.ts';
import { offeredTargets, type ApplicationStatus } from '../../kernel/application-lifecycle.ts';
import { formatDate, type Lang } from '../../kernel/i18n/index.ts';
import { t } from './messages.ts';
import type { StepInput } from '../../engine/types.ts';
import type { Applicant, OwnVacancy } from '../../db/own-vacancies.ts';
import { localPhone } from '../registration/parse.ts';
import { chosen } from '../shared/choice.ts';
import { applicationStatusWords } from '../shared/application-status.ts';
import type { Context, Emits } from './context.ts';

/**
 * /tincuatoi, one vacancy's applicants: the workers who pressed "Quan tâm", newest first, 5 at a time — name and
 * phone only for those who agreed to share them, the others as "Người lao động 3" (their number by arrival) —
 * and for one of them, the outcome the employer records: contacted / interview (introduced), hired, not hired.
 * Only the steps an employer may make from where the application is are offered (never away from "hired": an
 * official corrects that). The list comes from the engine, limited to the person's own vacancy; the write checks
 * the owner again in SQL. Pure; vacancies.ts drives it.
 */
export const APPLICANTS_PAGE_SIZE = 5;

const PICK = 'vac.app.';
const MORE = 'vac.app.more';
const FIRST = 'vac.app.first';
const BACK = 'vac.app.back';
const MARK = 'vac.mark.';
const MARK_BACK = 'vac.mark.back';
const EMPLOYER_MARKS = ['introduced', 'hired', 'not_hired'] as const satisfies readonly ApplicationStatus[];

/** What this part of the flow answers: a message and where it leaves the person. */
export type ApplicantsAnswer =
  | { kind: 'list'; page: number; replies: OutboundMessage[]; effects?: Emits[] }
  | { kind: 'applicant'; applicationId: number; replies: OutboundMessage[] }
  | { kind: 'back' }
  | { kind: 'miss'; reprompt: OutboundMessage };

/** A step just recorded, shown at once (the list was read before this message's write). */
interface Recorded {
  applicationId: number;
  status: ApplicationStatus;
}

function applicantsOf(context: Context, recorded?: Recorded): Applicant[] {
  return (context.applicants ?? []).map((a) =>
    recorded && a.applicationId === recorded.applicationId ? { ...a, status: recorded.status } : a,
  );
}

function pageCount(total: number): number {
  return Math.max(1, Math.ceil(total / APPLICANTS_PAGE_SIZE));
}

export function whoIs(lang: Lang, applicant: Applicant): string {
  const name = applicant.name ?? t(lang, 'vacancies.applicants.anonymous', { number: String(applicant.number) });
  return applicant.phoneE164
    ? t(lang, 'vacancies.applicants.contact', { name, phone: localPhone(applicant.phoneE164) })
    : name;
}

function listChoices(lang: Lang, all: readonly Applicant[], page: number): Choice[] {
  const shown = all.slice(page * APPLICANTS_PAGE_SIZE, (page + 1) * APPLICANTS_PAGE_SIZE);
  const choices: Choice[] = shown.map((a) => ({
    id: `${PICK}${a.applicationId}`,
    label: t(lang, 'vacancies.applicants.item', {
      who: whoIs(lang, a),
      status: applicationStatusWords(lang, a.status),
    }),
  }));
  if (page + 1 < pageCount(all.length)) choices.push({ id: MORE, label: t(lang, 'vacancies.applicants.more') });
  else if (page > 0) choices.push({ id: FIRST, label: t(lang, 'vacancies.applicants.first') });
  choices.push({ id: BACK, label: t(lang, 'vacancies.applicants.back') });
  return choices;
}

function listMessage(
  lang: Lang,
  vacancy: OwnVacancy,
  all: readonly Applicant[],
  page: number,
  miss = false,
): OutboundMessage {
  const from = page * APPLICANTS_PAGE_SIZE + 1;
  const to = Math.min(all.length, (page + 1) * APPLICANTS_PAGE_SIZE);
  const text = miss
    ? t(lang, 'vacancies.applicants.miss')
    : `${t(lang, 'vacancies.applicants.heading', { title: vacancy.title, from, to, total: all.length })}\n${t(lang, 'vacancies.applicants.privacy')}`;
  return { text, choices: listChoices(lang, all, page), prompt: t(lang, 'vacancies.applicants.question') };
}

/** The applicants' list at `page` (kept within range), after `before`; 'back' when nobody is interested any more. */
export function showApplicants(
  context: Context,
  vacancy: OwnVacancy,
  page: number,
  before: OutboundMessage[] = [],
  recorded?: Recorded,
): ApplicantsAnswer {
  const all = applicantsOf(context, recorded);
  if (all.length === 0) return { kind: 'back' };
  const shown = Math.min(Math.max(page, 0), pageCount(all.length) - 1);
  return { kind: 'list', page: shown, replies: [...before, listMessage(context.lang, vacancy, all, shown)] };
}

export function onApplicants(context: Context, vacancy: OwnVacancy, page: number, input: StepInput): ApplicantsAnswer {
  const { lang } = context;
  const all = applicantsOf(context);
  if (all.length === 0) return { kind: 'back' };
  const id = chosen(input, listChoices(lang, all, page));
  if (id === MORE) return showApplicants(context, vacancy, page + 1);
  if (id === FIRST) return showApplicants(context, vacancy, 0);
  if (id === BACK) return { kind: 'back' };
  const applicant = id?.startsWith(PICK) ? all.find((a) => `${PICK}${a.applicationId}` === id) : undefined;
  if (applicant)
    return { kind: 'applicant', applicationId: applicant.applicationId, replies: [applicantMessage(lang, applicant)] };
  return { kind: 'miss', reprompt: listMessage(lang, vacancy, all, page, true) };
}

function applicantChoices(lang: Lang, applicant: Applicant): Choice[] {
  return [
    ...offeredTargets(applicant.status, 'employer', EMPLOYER_MARKS).map((status) => ({
      id: `${MARK}${status}`,
      label: t(lang, `vacancies.applicant.${status}`),
    })),
    { id: MARK_BACK, label: t(lang, 'vacancies.applicant.back') },
  ];
}

function applicantMessage(lang: Lang, applicant: Applicant, miss = false): OutboundMessage {
  const choices = applicantChoices(lang, applicant);
  const details = t(lang, 'vacancies.applicant.text', {
    who: whoIs(lang, applicant),
    date: formatDate(lang, applicant.appliedAt),
    status: applicationStatusWords(lang, applicant.status),
  });
  const text = miss
    ? t(lang, 'vacancies.detail_miss_any')
    : choices.length === 1
      ? `${details}\n${t(lang, 'vacancies.applicant.final')}`
      : details;
  return { text, choices, prompt: t(lang, 'vacancies.applicant.question') };
}

/** One applicant open: an outcome recorded (then the list again, showing it), or back to the list. */
export function onApplicant(
  context: Context,
  vacancy: OwnVacancy,
  page: number,
  applicationId: number | null,
  input: StepInput,
): ApplicantsAnswer {
  const { lang } = context;
  const applicant = applicantsOf(context).find((a) => a.applicationId === applicationId);
  if (!applicant) return showApplicants(context, vacancy, page); // withdrawn meanwhile
  const id = chosen(input, applicantChoices(lang, applicant));
  if (id === MARK_BACK) return showApplicants(context, vacancy, page);
  const status = EMPLOYER_MARKS.find((s) => `${MARK}${s}` === id);
  if (!status) return { kind: 'miss', reprompt: applicantMessage(lang, applicant, true) };
  const saved = {
    text: t(lang, 'vacancies.applicant.saved', {
      who: whoIs(lang, applicant),
      status: applicationStatusWords(lang, status),
    }),
  };
  const list = showApplicants(context, vacancy, page, [saved], { applicationId: applicant.applicationId, status });
  const effect: Emits = { kind: 'move_application', applicationId: applicant.applicationId, status, as: 'employer' };
  return list.kind === 'list' ? { ...list, effects: [effect] } : list;
}
