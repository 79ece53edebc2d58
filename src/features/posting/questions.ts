import type { Choice, OutboundMessage } from '../../kernel/message.ts';
import { formatDeadlineVi } from '../../kernel/deadline.ts';
import type { Lang } from '../../kernel/i18n/index.ts';
import { t } from './messages.ts';
import { matchOccupations, occupationLabel } from '../../kernel/occupations/index.ts';
import { formatWage, parseWage } from '../../kernel/wage/index.ts';
import { previewText } from '../../kernel/vacancy/card.ts';
import type { VacancyFacts } from '../../kernel/vacancy/facts.ts';
import { loadGeo } from '../../kernel/geo/index.ts';
import { MENU_OCCUPATIONS } from '../registration/questions.ts';
import { exampleCommune, type OfferedOption, type Pick as PlacePick } from '../shared/place.ts';
import { pickLines, quote } from '../shared/place-messages.ts';
import type { PostingData } from './data.ts';
import { MAX_HEADCOUNT, MIN_HEADCOUNT } from './parse.ts';

/**
 * Every message of the posting flow, from the catalogue (`posting.*`). Each question: a short text (≤ 6 lines),
 * numbered choices where the answers are fixed, and the question as the last line with the way out.
 */

export const OCC_PREFIX = 'post.occ.';
/** The catch-all category, offered as "Khác". */
export const OCC_OTHER = 'other';
export const WAGE_OK = 'post.wage.ok';
export const WAGE_AGAIN = 'post.wage.again';
export const REQ_SKIP = 'post.req.skip';
export const DEADLINE_30_DAYS = 'post.deadline.30d';
export const DEADLINE_END_OF_MONTH = 'post.deadline.eom';
/** What each deadline choice means, as typed to parseDeadline. */
export const DEADLINE_CHOICE_TEXT: Readonly<Record<string, string>> = {
  [DEADLINE_30_DAYS]: '30 ngày',
  [DEADLINE_END_OF_MONTH]: 'cuối tháng',
};
export const PREVIEW_SUBMIT = 'post.submit';
export const PREVIEW_EDIT = 'post.edit';
export const PREVIEW_CANCEL = 'post.cancel';

/** The parts of a vacancy that can be changed from the preview; the company name only when typed here. */
export const EDIT_FIELDS = [
  'title',
  'occupation',
  'commune',
  'headcount',
  'wage',
  'requirements',
  'deadline',
  'contact',
  'employer',
] as const;
export type EditField = (typeof EDIT_FIELDS)[number];
export const editId = (field: EditField): string => `post.edit.${field}`;

const ask = (lang: Lang, question: string): string => t(lang, 'posting.ask', { question });

function withText(message: OutboundMessage, text: string): OutboundMessage {
  return { ...message, text };
}

// --- employer -----------------------------------------------------------------------------------

export function employerQuestion(lang: Lang, first: boolean): OutboundMessage {
  const text = first
    ? `${t(lang, 'posting.intro')}\n${t(lang, 'posting.employer.text')}`
    : t(lang, 'posting.employer.text');
  return { text, prompt: ask(lang, t(lang, 'posting.employer.question')) };
}

export function employerMiss(lang: Lang): OutboundMessage {
  return withText(employerQuestion(lang, false), t(lang, 'posting.employer.miss'));
}

// --- title --------------------------------------------------------------------------------------

export function titleQuestion(lang: Lang, first: boolean): OutboundMessage {
  const text = first ? `${t(lang, 'posting.intro')}\n${t(lang, 'posting.title.text')}` : t(lang, 'posting.title.text');
  return { text, prompt: ask(lang, t(lang, 'posting.title.question')) };
}

export function titleMiss(lang: Lang): OutboundMessage {
  return withText(titleQuestion(lang, false), t(lang, 'posting.title.miss'));
}

// --- occupation ---------------------------------------------------------------------------------

/**
 * The categories offered for a title: those the title named when it named several (at most 8), else the 8 most
 * common; then "Khác" (the catch-all category).
 */
export function occupationKeys(title: string | null): string[] {
  const named =
    title === null
      ? []
      : matchOccupations(title)
          .map((m) => m.key as string)
          .filter((key) => key !== OCC_OTHER);
  const keys = named.length >= 2 ? named.slice(0, 8) : [...MENU_OCCUPATIONS];
  return [...keys, OCC_OTHER];
}

export function occupationChoices(lang: Lang, title: string | null): Choice[] {
  return occupationKeys(title).map((key) => ({
    id: `${OCC_PREFIX}${key}`,
    label: key === OCC_OTHER ? t(lang, 'posting.occ.other') : occupationLabel(key, lang),
  }));
}

export function occupationQuestion(lang: Lang, title: string | null): OutboundMessage {
  return {
    text: t(lang, 'posting.occ.text', { title: quote(title ?? '') }),
    choices: occupationChoices(lang, title),
    prompt: ask(lang, t(lang, 'posting.occ.question')),
  };
}

export function occupationMiss(lang: Lang, title: string | null, typed: string | null): OutboundMessage {
  const words = typed === null ? '' : quote(typed);
  const text =
    words === '' || /^[\d\s.,;]+$/.test(words)
      ? t(lang, 'posting.occ.miss_number')
      : t(lang, 'posting.occ.miss', { typed: words });
  return withText(occupationQuestion(lang, title), text);
}

// --- commune ------------------------------------------------------------------------------------

function provinceNames(provinceCode: string): { name: string; bareName: string } | null {
  return loadGeo().provinceByCode.get(provinceCode) ?? null;
}

export function communeQuestion(lang: Lang, provinceCode: string | null): OutboundMessage {
  const province = provinceCode === null ? null : provinceNames(provinceCode);
  if (province === null || provinceCode === null) {
    return { text: t(lang, 'posting.commune.text'), prompt: ask(lang, t(lang, 'posting.commune.question')) };
  }
  return {
    text: t(lang, 'posting.commune.in_province', { province: province.name, example: exampleCommune(provinceCode) }),
    prompt: ask(lang, t(lang, 'posting.commune.question_in_province', { province: province.bareName })),
  };
}

export function communeMiss(lang: Lang, provinceCode: string | null, typed: string | null): OutboundMessage {
  const question = communeQuestion(lang, provinceCode);
  if (typed === null || quote(typed) === '') return withText(question, t(lang, 'posting.commune.miss'));
  const province = provinceCode === null ? null : provinceNames(provinceCode);
  if (province === null || provinceCode === null)
    return withText(question, t(lang, 'posting.commune.not_found', { typed: quote(typed) }));
  return withText(
    question,
    t(lang, 'posting.commune.not_found_in_province', {
      typed: quote(typed),
      province: province.bareName,
      example: exampleCommune(provinceCode),
    }),
  );
}

export function pickQuestion(
  lang: Lang,
  pick: PlacePick,
  typed: string,
  options: readonly OfferedOption[],
): OutboundMessage {
  const lines = pickLines(lang, pick, typed);
  if (pick.truncated) lines.push(t(lang, 'posting.pick.more'));
  return { text: lines.join('\n'), choices: [...options], prompt: ask(lang, t(lang, 'posting.pick.question')) };
}

export function pickMiss(lang: Lang, options: readonly OfferedOption[]): OutboundMessage {
  return {
    text: t(lang, 'posting.pick.miss'),
    choices: [...options],
    prompt: ask(lang, t(lang, 'posting.pick.question')),
  };
}

// --- headcount ----------------------------------------------------------------------------------

export function headcountQuestion(lang: Lang): OutboundMessage {
  return { text: t(lang, 'posting.headcount.text'), prompt: ask(lang, t(lang, 'posting.headcount.question')) };
}

export function headcountMiss(lang: Lang, outOfRange: boolean): OutboundMessage {
  const text = outOfRange
    ? t(lang, 'posting.headcount.out_of_range', { min: MIN_HEADCOUNT, max: MAX_HEADCOUNT })
    : t(lang, 'posting.headcount.miss');
  return withText(headcountQuestion(lang), text);
}

// --- wage ---------------------------------------------------------------------------------------

export function wageQuestion(lang: Lang): OutboundMessage {
  return { text: t(lang, 'posting.wage.text'), prompt: ask(lang, t(lang, 'posting.wage.question')) };
}

export function wageMiss(lang: Lang, typed: string | null): OutboundMessage {
  const words = typed === null ? '' : quote(typed);
  return withText(
    wageQuestion(lang),
    words === '' ? t(lang, 'posting.wage.miss_empty') : t(lang, 'posting.wage.miss', { typed: words }),
  );
}

export function wageConfirmChoices(lang: Lang): Choice[] {
  return [
    { id: WAGE_OK, label: t(lang, 'posting.wage.ok') },
    { id: WAGE_AGAIN, label: t(lang, 'posting.wage.again') },
  ];
}

/** The wage read back: "Mình hiểu là: 💰 7–9 triệu/tháng." (and a note when the unit was guessed). */
export function wageConfirmQuestion(lang: Lang, wageRaw: string): OutboundMessage {
  const wage = parseWage(wageRaw);
  const lines = [t(lang, 'posting.wage.read', { wage: formatWage(wage, lang) })];
  if (wage.assumed) lines.push(t(lang, 'posting.wage.assumed'));
  return {
    text: lines.join('\n'),
    choices: wageConfirmChoices(lang),
    prompt: ask(lang, t(lang, 'posting.wage.confirm_question')),
  };
}

export function wageConfirmMiss(lang: Lang, wageRaw: string): OutboundMessage {
  const question = wageConfirmQuestion(lang, wageRaw);
  return withText(question, `${question.text}\n${t(lang, 'posting.wage.confirm_miss')}`);
}

// --- requirements -------------------------------------------------------------------------------

export function requirementsChoices(lang: Lang): Choice[] {
  return [{ id: REQ_SKIP, label: t(lang, 'posting.req.skip') }];
}

export function requirementsQuestion(lang: Lang): OutboundMessage {
  return {
    text: t(lang, 'posting.req.text'),
    choices: requirementsChoices(lang),
    prompt: ask(lang, t(lang, 'posting.req.question')),
  };
}

export function requirementsMiss(lang: Lang): OutboundMessage {
  return withText(requirementsQuestion(lang), t(lang, 'posting.req.miss'));
}

// --- deadline -----------------------------------------------------------------------------------

export function deadlineChoices(lang: Lang): Choice[] {
  return [
    { id: DEADLINE_30_DAYS, label: t(lang, 'posting.deadline.in_30_days') },
    { id: DEADLINE_END_OF_MONTH, label: t(lang, 'posting.deadline.end_of_month') },
  ];
}

export function deadlineQuestion(lang: Lang): OutboundMessage {
  return {
    text: t(lang, 'posting.deadline.text'),
    choices: deadlineChoices(lang),
    prompt: ask(lang, t(lang, 'posting.deadline.question')),
  };
}

export type DeadlineProblem =
  | { kind: 'invalid'; typed: string | null }
  | { kind: 'past'; date: string }
  | { kind: 'too_far'; date: string };

export function deadlineMiss(lang: Lang, problem: DeadlineProblem): OutboundMessage {
  let text: string;
  switch (problem.kind) {
    case 'invalid': {
      const words = problem.typed === null ? '' : quote(problem.typed);
      text =
        words === ''
          ? t(lang, 'posting.deadline.invalid_empty')
          : t(lang, 'posting.deadline.invalid', { typed: words });
      break;
    }
    case 'past':
      text = t(lang, 'posting.deadline.past', { date: formatDeadlineVi(problem.date) });
      break;
    case 'too_far':
      text = t(lang, 'posting.deadline.too_far', { date: formatDeadlineVi(problem.date) });
      break;
  }
  return withText(deadlineQuestion(lang), text);
}

// --- contact ------------------------------------------------------------------------------------

export function contactQuestion(lang: Lang): OutboundMessage {
  return { text: t(lang, 'posting.contact.text'), prompt: ask(lang, t(lang, 'posting.contact.question')) };
}

export function contactMiss(lang: Lang): OutboundMessage {
  return withText(contactQuestion(lang), t(lang, 'posting.contact.miss'));
}

// --- preview ------------------------------------------------------------------------------------

export function previewChoices(lang: Lang): Choice[] {
  return [
    { id: PREVIEW_SUBMIT, label: t(lang, 'posting.preview.submit') },
    { id: PREVIEW_EDIT, label: t(lang, 'posting.preview.edit') },
    { id: PREVIEW_CANCEL, label: t(lang, 'posting.preview.cancel') },
  ];
}

/** A complete vacancy, as the preview shows it. */
export type PreviewFacts = VacancyFacts;

export function previewQuestion(lang: Lang, facts: PreviewFacts): OutboundMessage {
  return {
    text: previewText(lang, facts),
    choices: previewChoices(lang),
    prompt: ask(lang, t(lang, 'posting.preview.question')),
  };
}

export function previewMiss(lang: Lang): OutboundMessage {
  return {
    text: t(lang, 'posting.preview.miss'),
    choices: previewChoices(lang),
    prompt: ask(lang, t(lang, 'posting.preview.question')),
  };
}

// --- edit ---------------------------------------------------------------------------------------

const EDIT_LABEL = {
  title: 'posting.edit.title',
  occupation: 'posting.edit.occupation',
  commune: 'posting.edit.commune',
  headcount: 'posting.edit.headcount',
  wage: 'posting.edit.wage',
  requirements: 'posting.edit.requirements',
  deadline: 'posting.edit.deadline',
  contact: 'posting.edit.contact',
  employer: 'posting.edit.employer',
} as const satisfies Record<EditField, string>;

export function editFields(data: Pick<PostingData, 'employerTyped'>): EditField[] {
  return EDIT_FIELDS.filter((field) => field !== 'employer' || data.employerTyped);
}

export function editChoices(lang: Lang, data: Pick<PostingData, 'employerTyped'>): Choice[] {
  return editFields(data).map((field) => ({ id: editId(field), label: t(lang, EDIT_LABEL[field]) }));
}

export function editQuestion(lang: Lang, data: Pick<PostingData, 'employerTyped'>): OutboundMessage {
  return {
    text: t(lang, 'posting.edit.text'),
    choices: editChoices(lang, data),
    prompt: ask(lang, t(lang, 'posting.edit.question')),
  };
}

export function editMiss(lang: Lang, data: Pick<PostingData, 'employerTyped'>): OutboundMessage {
  return withText(editQuestion(lang, data), t(lang, 'posting.edit.miss'));
}

// --- the end ------------------------------------------------------------------------------------

export function submittedReply(lang: Lang, needsCheck: boolean): OutboundMessage {
  const lines = [
    t(lang, 'posting.submitted'),
    ...(needsCheck ? [t(lang, 'posting.submitted_check')] : []),
    t(lang, 'posting.next'),
  ];
  return { text: lines.join('\n') };
}

export function cancelledReply(lang: Lang): OutboundMessage {
  return { text: t(lang, 'posting.cancelled') };
}
