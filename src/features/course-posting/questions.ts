import { formatDeadlineVi } from '../../kernel/deadline.ts';
import {
  COURSE_ADDRESS_LENGTH,
  COURSE_CONTACT_LENGTH,
  COURSE_SUPPORT_LENGTH,
  COURSE_TITLE_LENGTH,
  PROVIDER_NAME_LENGTH,
} from '../../kernel/courses/draft.ts';
import { COURSE_SEATS } from '../../kernel/courses/seats.ts';
import { COURSE_LEVELS, COURSE_SCHEDULES, type CourseLevel, type CourseSchedule } from '../../kernel/courses/words.ts';
import { loadGeo } from '../../kernel/geo/index.ts';
import type { Lang } from '../../kernel/i18n/index.ts';
import type { Choice, OutboundMessage } from '../../kernel/message.ts';
import { type CourseCardFacts, courseCard, courseLevelLabel } from '../courses/card.ts';
import { t as courseText } from '../courses/messages.ts';
import { occupationChoices } from '../posting/questions.ts';
import { exampleCommune, type OfferedOption, type Pick } from '../shared/place.ts';
import { pickLines, quote } from '../shared/place-messages.ts';
import type { CommuneMiss } from '../shared/scoped-commune.ts';
import type { PostingAs } from './context.ts';
import { t } from './messages.ts';

/**
 * Every message of /dangkhoahoc (`course_posting.*`): a short text, numbered choices where the answers are fixed,
 * and the question as the last line with the way out.
 */
export const ONLINE = 'cpost.online';
export const SEATS_UNLIMITED = 'cpost.seats.unlimited';
export const FEE_FREE = 'cpost.fee.free';
export const SKIP = 'cpost.skip';
export const PRIORITY_YES = 'cpost.priority.yes';
export const PRIORITY_NO = 'cpost.priority.no';
export const PREVIEW_SUBMIT = 'cpost.submit';
export const PREVIEW_EDIT = 'cpost.edit';
export const PREVIEW_CANCEL = 'cpost.cancel';
export const levelId = (level: CourseLevel): string => `cpost.level.${level}`;
export const scheduleId = (schedule: CourseSchedule): string => `cpost.schedule.${schedule}`;

export const EDIT_FIELDS = [
  'title',
  'occupation',
  'level',
  'place',
  'starts',
  'duration',
  'schedule',
  'seats',
  'fee',
  'support',
  'priority',
  'contact',
  'provider',
] as const;
export type EditField = (typeof EDIT_FIELDS)[number];
export const editId = (field: EditField): string => `cpost.edit.${field}`;

const ask = (lang: Lang, question: string): string => t(lang, 'course_posting.ask', { question });
const withText = (message: OutboundMessage, text: string): OutboundMessage => ({ ...message, text });
export const skipChoices = (lang: Lang): Choice[] => [{ id: SKIP, label: t(lang, 'course_posting.skip') }];

export function notAllowed(lang: Lang): OutboundMessage {
  return { text: t(lang, 'course_posting.not_allowed') };
}

export function providerQuestion(lang: Lang, as: PostingAs, first = false): OutboundMessage {
  const text = t(lang, as === 'official' ? 'course_posting.provider.official_text' : 'course_posting.provider.text');
  return {
    text: first ? `${t(lang, 'course_posting.intro')}\n${text}` : text,
    prompt: ask(lang, t(lang, 'course_posting.provider.question')),
  };
}

export function providerMiss(lang: Lang, as: PostingAs): OutboundMessage {
  return withText(providerQuestion(lang, as), t(lang, 'course_posting.provider.miss', PROVIDER_NAME_LENGTH));
}

export function titleQuestion(lang: Lang, first = false): OutboundMessage {
  const text = t(lang, 'course_posting.title.text');
  return {
    text: first ? `${t(lang, 'course_posting.intro')}\n${text}` : text,
    prompt: ask(lang, t(lang, 'course_posting.title.question')),
  };
}

export function titleMiss(lang: Lang): OutboundMessage {
  return withText(titleQuestion(lang), t(lang, 'course_posting.title.miss', COURSE_TITLE_LENGTH));
}

/** The trade: the same list and matcher as /dangtin's. */
export function occupationQuestion(lang: Lang, title: string | null): OutboundMessage {
  return {
    text: t(lang, 'course_posting.occ.text', { title: quote(title ?? '') }),
    choices: occupationChoices(lang, title),
    prompt: ask(lang, t(lang, 'course_posting.occ.question')),
  };
}

export function levelChoices(lang: Lang): Choice[] {
  return COURSE_LEVELS.map((level) => ({ id: levelId(level), label: courseLevelLabel(lang, level) }));
}

export function levelQuestion(lang: Lang): OutboundMessage {
  return {
    text: t(lang, 'course_posting.level.text'),
    choices: levelChoices(lang),
    prompt: ask(lang, t(lang, 'course_posting.level.question')),
  };
}

// --- place --------------------------------------------------------------------------------------

export function onlineChoices(lang: Lang): Choice[] {
  return [{ id: ONLINE, label: t(lang, 'course_posting.place.online') }];
}

export function communeQuestion(
  lang: Lang,
  scopes: readonly (string | null)[],
  provinceCode: string | null,
): OutboundMessage {
  const province = provinceCode === null ? undefined : loadGeo().provinceByCode.get(provinceCode);
  const scope = scopes[0] ?? null;
  const scopeProvince = scope === null ? null : (loadGeo().communeByCode.get(scope)?.provinceCode ?? scope);
  const example = scopeProvince === null ? 'Phổ Yên' : exampleCommune(scopeProvince);
  return {
    text: province
      ? t(lang, 'course_posting.place.in_province', { province: province.name })
      : t(lang, 'course_posting.place.text', { example }),
    choices: onlineChoices(lang),
    prompt: ask(lang, t(lang, 'course_posting.place.question')),
  };
}

export function communeMiss(lang: Lang, scopes: readonly (string | null)[], miss: CommuneMiss): OutboundMessage {
  const question = communeQuestion(lang, scopes, null);
  if (miss.kind === 'outside') return withText(question, t(lang, 'course_posting.place.outside', miss));
  return withText(
    question,
    miss.typed === null
      ? t(lang, 'course_posting.place.miss')
      : t(lang, 'course_posting.place.not_found', { typed: quote(miss.typed) }),
  );
}

export function placePickQuestion(
  lang: Lang,
  pick: Pick,
  typed: string,
  options: readonly OfferedOption[],
): OutboundMessage {
  return {
    text: pickLines(lang, pick, typed).join('\n'),
    choices: [...options],
    prompt: ask(lang, t(lang, 'course_posting.pick.question')),
  };
}

export function placePickMiss(lang: Lang, options: readonly OfferedOption[]): OutboundMessage {
  return {
    text: t(lang, 'course_posting.pick.miss'),
    choices: [...options],
    prompt: ask(lang, t(lang, 'course_posting.pick.question')),
  };
}

export function addressQuestion(lang: Lang, miss = false): OutboundMessage {
  return {
    text: miss ? t(lang, 'course_posting.address.miss', COURSE_ADDRESS_LENGTH) : t(lang, 'course_posting.address.text'),
    prompt: ask(lang, t(lang, 'course_posting.address.question')),
  };
}

// --- when and how long --------------------------------------------------------------------------

export function startsQuestion(lang: Lang): OutboundMessage {
  return { text: t(lang, 'course_posting.starts.text'), prompt: ask(lang, t(lang, 'course_posting.starts.question')) };
}

export type StartsProblem =
  | { kind: 'invalid'; typed: string }
  | { kind: 'past'; date: string }
  | { kind: 'too_far'; date: string };

export function startsMiss(lang: Lang, problem: StartsProblem | null): OutboundMessage {
  if (problem === null) return startsQuestion(lang);
  const text =
    problem.kind === 'invalid'
      ? t(lang, 'course_posting.starts.invalid', { typed: quote(problem.typed) })
      : t(lang, `course_posting.starts.${problem.kind}`, { date: formatDeadlineVi(problem.date) });
  return withText(startsQuestion(lang), text);
}

export function durationQuestion(lang: Lang): OutboundMessage {
  return {
    text: t(lang, 'course_posting.duration.text'),
    prompt: ask(lang, t(lang, 'course_posting.duration.question')),
  };
}

export function durationMiss(lang: Lang, outOfRange: boolean): OutboundMessage {
  const text = outOfRange ? t(lang, 'course_posting.duration.out_of_range') : t(lang, 'course_posting.duration.miss');
  return withText(durationQuestion(lang), text);
}

export function scheduleChoices(lang: Lang): Choice[] {
  return COURSE_SCHEDULES.map((schedule) => ({
    id: scheduleId(schedule),
    label: capitalised(courseText(lang, `courses.schedule.${schedule}`)),
  }));
}

const capitalised = (text: string): string => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);

export function scheduleQuestion(lang: Lang): OutboundMessage {
  return {
    text: t(lang, 'course_posting.schedule.text'),
    choices: scheduleChoices(lang),
    prompt: ask(lang, t(lang, 'course_posting.schedule.question')),
  };
}

// --- places and money ---------------------------------------------------------------------------

export function seatsChoices(lang: Lang): Choice[] {
  return [{ id: SEATS_UNLIMITED, label: t(lang, 'course_posting.seats.unlimited') }];
}

export function seatsQuestion(lang: Lang): OutboundMessage {
  return {
    text: t(lang, 'course_posting.seats.text'),
    choices: seatsChoices(lang),
    prompt: ask(lang, t(lang, 'course_posting.seats.question')),
  };
}

export function seatsMiss(lang: Lang, outOfRange: boolean): OutboundMessage {
  const text = outOfRange
    ? t(lang, 'course_posting.seats.out_of_range', COURSE_SEATS)
    : t(lang, 'course_posting.seats.miss');
  return withText(seatsQuestion(lang), text);
}

export function feeChoices(lang: Lang): Choice[] {
  return [{ id: FEE_FREE, label: t(lang, 'course_posting.fee.free') }];
}

export function feeQuestion(lang: Lang): OutboundMessage {
  return {
    text: t(lang, 'course_posting.fee.text'),
    choices: feeChoices(lang),
    prompt: ask(lang, t(lang, 'course_posting.fee.question')),
  };
}

export function feeMiss(lang: Lang, kind: 'invalid' | 'foreign_currency' | 'too_high'): OutboundMessage {
  const key =
    kind === 'foreign_currency'
      ? 'course_posting.fee.foreign'
      : kind === 'too_high'
        ? 'course_posting.fee.too_high'
        : 'course_posting.fee.miss';
  return withText(feeQuestion(lang), t(lang, key));
}

export function supportQuestion(lang: Lang): OutboundMessage {
  return {
    text: t(lang, 'course_posting.support.text'),
    choices: skipChoices(lang),
    prompt: ask(lang, t(lang, 'course_posting.support.question')),
  };
}

export function supportMiss(lang: Lang): OutboundMessage {
  return withText(supportQuestion(lang), t(lang, 'course_posting.support.miss', COURSE_SUPPORT_LENGTH));
}

export function priorityChoices(lang: Lang): Choice[] {
  return [
    { id: PRIORITY_YES, label: t(lang, 'course_posting.priority.yes') },
    { id: PRIORITY_NO, label: t(lang, 'course_posting.priority.no') },
  ];
}

export function priorityQuestion(lang: Lang): OutboundMessage {
  return {
    text: t(lang, 'course_posting.priority.text'),
    choices: priorityChoices(lang),
    prompt: ask(lang, t(lang, 'course_posting.priority.question')),
  };
}

export function priorityMiss(lang: Lang): OutboundMessage {
  return withText(priorityQuestion(lang), t(lang, 'course_posting.priority.miss'));
}

export function contactQuestion(lang: Lang): OutboundMessage {
  return {
    text: t(lang, 'course_posting.contact.text'),
    choices: skipChoices(lang),
    prompt: ask(lang, t(lang, 'course_posting.contact.question')),
  };
}

export function contactMiss(lang: Lang): OutboundMessage {
  return withText(contactQuestion(lang), t(lang, 'course_posting.contact.miss', COURSE_CONTACT_LENGTH));
}

// --- preview and edit ---------------------------------------------------------------------------

export function previewChoices(lang: Lang): Choice[] {
  return [
    { id: PREVIEW_SUBMIT, label: t(lang, 'course_posting.preview.submit') },
    { id: PREVIEW_EDIT, label: t(lang, 'course_posting.preview.edit') },
    { id: PREVIEW_CANCEL, label: t(lang, 'course_posting.preview.cancel') },
  ];
}

/** The course as workers will see it (the shared card), then "Gửi duyệt" / "Sửa" / "Huỷ". */
export function previewQuestion(lang: Lang, card: CourseCardFacts): OutboundMessage {
  return {
    text: `${t(lang, 'course_posting.preview.heading')}\n\n${courseCard(lang, card)}`,
    choices: previewChoices(lang),
    prompt: ask(lang, t(lang, 'course_posting.preview.question')),
  };
}

export function previewMiss(lang: Lang, card: CourseCardFacts): OutboundMessage {
  return withText(previewQuestion(lang, card), t(lang, 'course_posting.number_miss'));
}

export function editFields(data: { providerTyped: boolean }): EditField[] {
  return EDIT_FIELDS.filter((field) => field !== 'provider' || data.providerTyped);
}

export function editChoices(lang: Lang, data: { providerTyped: boolean }): Choice[] {
  return editFields(data).map((field) => ({ id: editId(field), label: t(lang, `course_posting.edit.${field}`) }));
}

export function editQuestion(lang: Lang, data: { providerTyped: boolean }): OutboundMessage {
  return {
    text: t(lang, 'course_posting.edit.text'),
    choices: editChoices(lang, data),
    prompt: ask(lang, t(lang, 'course_posting.edit.question')),
  };
}

export function numberMiss(question: OutboundMessage, lang: Lang): OutboundMessage {
  return withText(question, t(lang, 'course_posting.number_miss'));
}

export function submittedReply(lang: Lang): OutboundMessage {
  return { text: t(lang, 'course_posting.submitted') };
}

export function cancelledReply(lang: Lang): OutboundMessage {
  return { text: t(lang, 'course_posting.cancelled') };
}
