import type { Choice, OutboundMessage } from '../../kernel/message.ts';
import type { Lang } from '../../kernel/i18n/index.ts';
import { occupationLabel } from '../../kernel/occupations/index.ts';
import type { PriorityGroup } from '../../kernel/priority-groups.ts';
import type { Frequency, Reach } from '../../kernel/worker-profile.ts';
import { loadGeo } from '../../kernel/geo/index.ts';
import { exampleCommune, type Pick } from '../shared/place.ts';
import { pickLines, pickOptions, quote } from '../shared/place-messages.ts';
import type { OfferedOption, PendingPhone, RegistrationData } from './data.ts';
import { t } from './messages.ts';
import { type BirthReading, lastThreeDigits, spacedPhone, yearInVietnam } from './parse.ts';
import { ask, miss, type PlainKey, type Question } from './question.ts';
import { EVENING_HOUR, MORNING_HOUR, PRIORITY_LABEL, REACH_LABEL, summaryText } from './summary.ts';

/**
 * Every question of the registration flow, as data (question.ts says them), with the ids of their choices.
 * Those whose words never depend on the answers so far are the QUESTIONS table, by the step that asks them; the
 * others are built from what they depend on (the province typed, the profile, the mode, the number typed).
 */

export { choices, miss, question, type Question } from './question.ts';

export const CONSENT_YES = 'reg.yes';
export const CONSENT_NO = 'reg.no';
export const GUARDIAN_YES = 'guardian.yes';
export const GUARDIAN_NO = 'guardian.no';

/** The 8 most asked-for kinds of work, in OCCUPATIONS order; the rest are reached by typing. */
export const MENU_OCCUPATIONS = [
  'factory',
  'garment',
  'construction',
  'agriculture',
  'driver',
  'hospitality',
  'domestic_care',
  'overseas_work',
] as const;
export const OCC_MORE = 'occ.more';
export const OCCUPATION_MENU: readonly string[] = [...MENU_OCCUPATIONS.map((key) => `occ.${key}`), OCC_MORE];

export const REACH_CHOICES: Readonly<Record<string, Reach>> = {
  'reach.commune': 'commune',
  'reach.province': 'province',
  'reach.country': 'country',
  'reach.abroad': 'abroad',
};

export const FREQUENCY_CHOICES: Readonly<Record<string, { frequency: Frequency; digestHour: number | null }>> = {
  'freq.instant': { frequency: 'instant', digestHour: null },
  'freq.morning': { frequency: 'daily', digestHour: MORNING_HOUR },
  'freq.evening': { frequency: 'daily', digestHour: EVENING_HOUR },
};

export const CONFIRM_SAVE = 'confirm.save';
export const CONFIRM_CHOICES = [
  'confirm.save',
  'confirm.commune',
  'confirm.occupations',
  'confirm.reach',
  'confirm.frequency',
] as const;

/** The optional extras, asked after the save ('register': each can be left for later) or from /theodoi ('edit':
 * each can be kept as it is). */
export type Mode = 'register' | 'edit';

export const LATER = 'reg.later';
export const KEEP = 'reg.keep';
export const PHONE_FORGET = 'phone.forget';
export const PHONE_YES = 'phone.yes';
export const PHONE_RETYPE = 'phone.retype';
export const PRIORITY_YES = 'prio.yes';
export const PRIORITY_NO = 'prio.no';
export const PRIORITY_NONE = 'prio.none';
export const PRIORITY_CHOICES: Readonly<Record<string, PriorityGroup>> = {
  'prio.poor': 'poor',
  'prio.near_poor': 'near_poor',
  'prio.newly_out': 'newly_out_of_poverty',
  'prio.ethnic': 'ethnic_minority',
  'prio.disability': 'disability',
};

const CONFIRM_LABEL = {
  'confirm.save': 'registration.confirm.save',
  'confirm.commune': 'registration.confirm.edit_commune',
  'confirm.occupations': 'registration.confirm.edit_occupations',
  'confirm.reach': 'registration.confirm.edit_reach',
  'confirm.frequency': 'registration.confirm.edit_frequency',
} as const satisfies Record<(typeof CONFIRM_CHOICES)[number], string>;

const occupationChoices = (lang: Lang): Choice[] => [
  ...MENU_OCCUPATIONS.map((key) => ({ id: `occ.${key}`, label: occupationLabel(key, lang) })),
  { id: OCC_MORE, label: t(lang, 'registration.occ.more') },
];

export const QUESTIONS = {
  consent: {
    text: 'registration.consent.text',
    choices: [
      [CONSENT_YES, 'registration.consent.yes'],
      [CONSENT_NO, 'registration.consent.no'],
    ],
    question: 'registration.consent.question',
    miss: 'registration.consent.miss',
  },
  birth_year: {
    text: 'registration.birth.text',
    question: 'registration.birth.question',
    miss: 'registration.birth.miss',
  },
  guardian: {
    text: 'registration.guardian.text',
    choices: [
      [GUARDIAN_YES, 'registration.guardian.yes'],
      [GUARDIAN_NO, 'registration.guardian.no'],
    ],
    question: 'registration.guardian.question',
    miss: 'registration.guardian.miss',
  },
  commune: {
    text: 'registration.commune.text',
    question: 'registration.commune.question',
    miss: 'registration.commune.miss',
  },
  occupations: {
    text: 'registration.occ.text',
    choices: occupationChoices,
    question: 'registration.occ.question',
    miss: 'registration.occ.miss',
  },
  /** After "Khác": the work, typed. When nothing was typed, the miss is the text again. */
  occupation_text: {
    text: 'registration.occ.type_text',
    question: 'registration.occ.type_question',
    miss: 'registration.occ.type_text',
  },
  reach: {
    text: 'registration.reach.text',
    choices: Object.entries(REACH_CHOICES).map(([id, reach]) => [id, REACH_LABEL[reach]] as const),
    question: 'registration.reach.question',
    miss: 'registration.reach.miss',
  },
  frequency: {
    text: (lang) => `${t(lang, 'registration.freq.text')}\n${t(lang, 'registration.freq.hour_hint')}`,
    choices: [
      ['freq.instant', 'registration.freq.instant'],
      ['freq.morning', 'registration.freq.morning'],
      ['freq.evening', 'registration.freq.evening'],
    ],
    question: 'registration.freq.question',
    miss: 'registration.freq.miss',
  },
  priority_groups: {
    text: 'registration.priority.groups_text',
    choices: [
      ...Object.entries(PRIORITY_CHOICES).map(([id, group]) => [id, PRIORITY_LABEL[group]] as const),
      [PRIORITY_NONE, 'registration.priority.none'],
    ],
    question: 'registration.priority.groups_question',
    miss: 'registration.priority.groups_miss',
  },
} as const satisfies Record<string, Question>;

/** An hour typed for the daily message, but inside the quiet hours. */
export const QUIET_HOUR_MISS = 'registration.freq.hour_quiet' satisfies PlainKey;

export const PRIORITY_GROUPS_MISS = {
  unreadable: 'registration.priority.groups_miss',
  two_household: 'registration.priority.two_household',
  none_and_groups: 'registration.priority.none_and_groups',
} as const satisfies Record<string, PlainKey>;

export const BIRTH_RETYPE = 'birth.retype';
export const birthGuessId = (year: number): string => `birth.${year}`;

/** "Bạn sinh năm 1996 phải không?" with each reading of two digits as a choice, and "type it again". */
export function birthGuessQuestion(lang: Lang, readings: readonly BirthReading[], now: Date): OutboundMessage {
  const label = (reading: BirthReading) =>
    reading.as === 'year'
      ? t(lang, 'registration.birth.guess_year', { year: String(reading.birthYear) })
      : t(lang, 'registration.birth.guess_age', {
          age: yearInVietnam(now) - reading.birthYear,
          year: String(reading.birthYear),
        });
  const [only] = readings;
  const one = readings.length === 1 && only;
  return {
    text: one
      ? t(lang, 'registration.birth.guess_one', { reading: label(only) })
      : t(lang, 'registration.birth.guess_several'),
    choices: [
      ...readings.map((reading) => ({ id: birthGuessId(reading.birthYear), label: label(reading) })),
      { id: BIRTH_RETYPE, label: t(lang, 'registration.birth.retype') },
    ],
    prompt: ask(
      lang,
      t(lang, one ? 'registration.birth.guess_one_question' : 'registration.birth.guess_several_question'),
    ),
  };
}

export function birthMiss(lang: Lang, outOfRangeYear: number | null): OutboundMessage {
  if (outOfRangeYear === null) return miss(lang, QUESTIONS.birth_year);
  const year = String(outOfRangeYear);
  return miss(lang, QUESTIONS.birth_year, (l) => t(l, 'registration.birth.out_of_range', { year }));
}

export function occupationTextMiss(lang: Lang, typed: string | null): OutboundMessage {
  if (typed === null || quote(typed) === '') return miss(lang, QUESTIONS.occupation_text);
  return miss(lang, QUESTIONS.occupation_text, (l) => t(l, 'registration.occ.type_miss', { typed: quote(typed) }));
}

function provinceNames(provinceCode: string | null): { name: string; bareName: string } | null {
  return provinceCode === null ? null : (loadGeo().provinceByCode.get(provinceCode) ?? null);
}

/** After a province typed alone, the question names it and gives one of its communes as the example. */
export function communeQuestion(provinceCode: string | null): Question {
  const province = provinceNames(provinceCode);
  if (province === null || provinceCode === null) return QUESTIONS.commune;
  const example = exampleCommune(provinceCode);
  return {
    text: (lang) => t(lang, 'registration.commune.in_province', { province: province.name, example }),
    question: (lang) => t(lang, 'registration.commune.question_in_province', { province: province.bareName }),
    miss: QUESTIONS.commune.miss,
  };
}

/** Nothing to read, or what was typed and not found (in the province typed before, with an example there). */
export function communeMiss(lang: Lang, provinceCode: string | null, typed: string | null): OutboundMessage {
  const asked = communeQuestion(provinceCode);
  if (typed === null || quote(typed) === '') return miss(lang, asked);
  const province = provinceNames(provinceCode);
  if (province === null || provinceCode === null) {
    return miss(lang, asked, (l) => t(l, 'registration.commune.not_found', { typed: quote(typed) }));
  }
  const example = exampleCommune(provinceCode);
  const inProvince = { typed: quote(typed), province: province.bareName, example };
  return miss(lang, asked, (l) => t(l, 'registration.commune.not_found_in_province', inProvince));
}

export { pickOptions };

/**
 * Hand-written: the places offered come from what was typed, already labelled (and kept with the state to read
 * the answer), and the lines above them are the wording posting and group chats share (place-messages.ts).
 */
export function pickQuestion(lang: Lang, pick: Pick, typed: string, options: Offered): OutboundMessage {
  const lines = pickLines(lang, pick, typed);
  if (pick.truncated) lines.push(t(lang, 'registration.pick.more'));
  return pickMessage(lang, lines.join('\n'), options);
}

export function pickMiss(lang: Lang, options: Offered): OutboundMessage {
  return pickMessage(lang, t(lang, 'registration.pick.miss'), options);
}

type Offered = readonly OfferedOption[];

function pickMessage(lang: Lang, text: string, options: Offered): OutboundMessage {
  return { text, choices: [...options], prompt: ask(lang, t(lang, 'registration.pick.question')) };
}

/** The summary above the choices: save, or change one answer. */
export function confirmQuestion(data: RegistrationData): Question {
  return {
    text: (lang) => summaryText(lang, data),
    choices: CONFIRM_CHOICES.map((id) => [id, CONFIRM_LABEL[id]] as const),
    question: 'registration.confirm.question',
    miss: 'registration.confirm.miss',
  };
}

// ---------------------------------------------------------------------------------------------------------
// The optional extras, asked after the profile is saved (registration) or from /theodoi (edit).
// ---------------------------------------------------------------------------------------------------------

/** "Để sau" (registration) or "Giữ nguyên" (edit): the one-answer way past an optional question. */
function passChoice(mode: Mode): readonly [string, PlainKey] {
  return mode === 'register' ? [LATER, 'registration.later'] : [KEEP, 'registration.keep'];
}

/** The first extra after the save says that none is required. */
export function withIntro(lang: Lang, message: OutboundMessage): OutboundMessage {
  return { ...message, text: `${t(lang, 'registration.extras.intro')}\n${message.text}` };
}

/** When editing, the name saved is shown under the text. */
export function nameQuestion(mode: Mode, current: string | null): Question {
  const shown = mode === 'edit' ? current : null;
  return {
    text: (lang) => {
      const text = t(lang, 'registration.name.text');
      return shown === null ? text : `${text}\n${t(lang, 'registration.name.current', { name: shown })}`;
    },
    choices: [passChoice(mode)],
    question: 'registration.name.question',
    miss: 'registration.name.miss',
  };
}

export type PhoneMissReason = 'unreadable' | 'length' | 'not_mobile' | 'retype';

export const PHONE_MISS = {
  unreadable: 'registration.phone.miss',
  length: 'registration.phone.miss_length',
  not_mobile: 'registration.phone.miss_not_mobile',
  retype: 'registration.phone.retype_text',
} as const satisfies Record<PhoneMissReason, PlainKey>;

/** When editing, the number saved is shown by its last 3 digits, and can be deleted. */
export function phoneQuestion(mode: Mode, current: string | null): Question {
  const shown = mode === 'edit' ? current : null;
  return {
    text: (lang) => {
      const text = t(lang, 'registration.phone.text');
      if (shown === null) return text;
      return `${text}\n${t(lang, 'registration.phone.current', { phone: lastThreeDigits(shown) })}`;
    },
    choices: [passChoice(mode), ...(shown === null ? [] : [[PHONE_FORGET, 'registration.phone.forget'] as const])],
    question: 'registration.phone.question',
    miss: PHONE_MISS.unreadable,
  };
}

/** An edge-case number shown back, normalised, before it is kept. */
export function phoneCheckQuestion(mode: Mode, pending: PendingPhone): Question {
  const phone = spacedPhone(pending.national);
  const text = pending.reason === 'old_11_digit' ? 'registration.phone.check_old' : 'registration.phone.check_prefix';
  return {
    text: (lang) => t(lang, text, { phone }),
    choices: [[PHONE_YES, 'registration.phone.yes'], [PHONE_RETYPE, 'registration.phone.retype'], passChoice(mode)],
    question: (lang) => t(lang, 'registration.phone.check_question', { phone }),
    miss: (lang) => t(lang, 'registration.phone.check_miss', { phone }),
  };
}

/** Its own consent first: why it is asked, that it is sensitive, optional and never shown to employers. */
export function priorityConsentQuestion(mode: Mode): Question {
  return {
    text: 'registration.priority.text',
    choices: [
      [PRIORITY_YES, 'registration.priority.yes'],
      [PRIORITY_NO, mode === 'register' ? 'registration.priority.no' : 'registration.priority.no_edit'],
    ],
    question: 'registration.priority.question',
    miss: 'registration.priority.miss',
  };
}
