import type { Choice, OutboundMessage } from '../../../channels/types.ts';
import { t, type Lang } from '../../../core/i18n/index.ts';
import { occupationLabel } from '../../../core/occupations/index.ts';
import type { Frequency, Reach } from '../../engine/types.ts';
import type { OfferedOption, RegistrationData } from './data.ts';
import { communeTarget, exampleCommune, type Pick } from '../shared/place.ts';
import { pickLines, pickOptions } from '../shared/place-messages.ts';
import { loadGeo } from '../../../geo/index.ts';

/**
 * Every message of the registration flow. Each question: a short text, numbered choices where the answers are
 * fixed, and the question as the last line with the way out ("gõ 0 để về menu").
 */

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

/** Daily digests at 7:00 and 19:00 (Vietnam time): outside the quiet hours. */
export const MORNING_HOUR = 7;
export const EVENING_HOUR = 19;
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

const ask = (lang: Lang, question: string): string => t(lang, 'registration.ask', { question });

/** What a person typed, for quoting back: one line, not too long. */
export function quote(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 40 ? `${line.slice(0, 39)}…` : line;
}

function miss(message: OutboundMessage, text: string): OutboundMessage {
  return { ...message, text };
}

export function consentChoices(lang: Lang): Choice[] {
  return [
    { id: CONSENT_YES, label: t(lang, 'registration.consent.yes') },
    { id: CONSENT_NO, label: t(lang, 'registration.consent.no') },
  ];
}

export function consentQuestion(lang: Lang): OutboundMessage {
  return { text: t(lang, 'registration.consent.text'), choices: consentChoices(lang), prompt: ask(lang, t(lang, 'registration.consent.question')) };
}

export function consentMiss(lang: Lang): OutboundMessage {
  return miss(consentQuestion(lang), t(lang, 'registration.consent.miss'));
}

export function birthQuestion(lang: Lang): OutboundMessage {
  return { text: t(lang, 'registration.birth.text'), prompt: ask(lang, t(lang, 'registration.birth.question')) };
}

export function birthMiss(lang: Lang, outOfRangeYear: number | null): OutboundMessage {
  const text =
    outOfRangeYear === null ? t(lang, 'registration.birth.miss') : t(lang, 'registration.birth.out_of_range', { year: String(outOfRangeYear) });
  return miss(birthQuestion(lang), text);
}

export function guardianChoices(lang: Lang): Choice[] {
  return [
    { id: GUARDIAN_YES, label: t(lang, 'registration.guardian.yes') },
    { id: GUARDIAN_NO, label: t(lang, 'registration.guardian.no') },
  ];
}

export function guardianQuestion(lang: Lang): OutboundMessage {
  return { text: t(lang, 'registration.guardian.text'), choices: guardianChoices(lang), prompt: ask(lang, t(lang, 'registration.guardian.question')) };
}

export function guardianMiss(lang: Lang): OutboundMessage {
  return miss(guardianQuestion(lang), t(lang, 'registration.guardian.miss'));
}

function provinceNames(provinceCode: string): { name: string; bareName: string } | null {
  return loadGeo().provinceByCode.get(provinceCode) ?? null;
}

export function communeQuestion(lang: Lang, provinceCode: string | null): OutboundMessage {
  const province = provinceCode === null ? null : provinceNames(provinceCode);
  if (province === null || provinceCode === null) {
    return { text: t(lang, 'registration.commune.text'), prompt: ask(lang, t(lang, 'registration.commune.question')) };
  }
  return {
    text: t(lang, 'registration.commune.in_province', { province: province.name, example: exampleCommune(provinceCode) }),
    prompt: ask(lang, t(lang, 'registration.commune.question_in_province', { province: province.bareName })),
  };
}

export function communeMiss(lang: Lang, provinceCode: string | null, typed: string | null): OutboundMessage {
  const question = communeQuestion(lang, provinceCode);
  if (typed === null || quote(typed) === '') return miss(question, t(lang, 'registration.commune.miss'));
  const province = provinceCode === null ? null : provinceNames(provinceCode);
  if (province === null || provinceCode === null) return miss(question, t(lang, 'registration.commune.not_found', { typed: quote(typed) }));
  return miss(
    question,
    t(lang, 'registration.commune.not_found_in_province', { typed: quote(typed), province: province.bareName, example: exampleCommune(provinceCode) }),
  );
}

export { pickOptions };

export function pickQuestion(lang: Lang, pick: Pick, typed: string, options: readonly OfferedOption[]): OutboundMessage {
  const lines = pickLines(lang, pick, typed);
  if (pick.truncated) lines.push(t(lang, 'registration.pick.more'));
  return { text: lines.join('\n'), choices: [...options], prompt: ask(lang, t(lang, 'registration.pick.question')) };
}

export function pickMiss(lang: Lang, options: readonly OfferedOption[]): OutboundMessage {
  return { text: t(lang, 'registration.pick.miss'), choices: [...options], prompt: ask(lang, t(lang, 'registration.pick.question')) };
}

export function occupationChoices(lang: Lang): Choice[] {
  return [
    ...MENU_OCCUPATIONS.map((key) => ({ id: `occ.${key}`, label: occupationLabel(key, lang) })),
    { id: OCC_MORE, label: t(lang, 'registration.occ.more') },
  ];
}

export function occupationQuestion(lang: Lang): OutboundMessage {
  return { text: t(lang, 'registration.occ.text'), choices: occupationChoices(lang), prompt: ask(lang, t(lang, 'registration.occ.question')) };
}

export function occupationMiss(lang: Lang): OutboundMessage {
  return miss(occupationQuestion(lang), t(lang, 'registration.occ.miss'));
}

export function occupationTextQuestion(lang: Lang): OutboundMessage {
  return { text: t(lang, 'registration.occ.type_text'), prompt: ask(lang, t(lang, 'registration.occ.type_question')) };
}

export function occupationTextMiss(lang: Lang, typed: string | null): OutboundMessage {
  const text = typed === null || quote(typed) === '' ? t(lang, 'registration.occ.type_text') : t(lang, 'registration.occ.type_miss', { typed: quote(typed) });
  return miss(occupationTextQuestion(lang), text);
}

const REACH_LABEL = {
  commune: 'registration.reach.commune',
  province: 'registration.reach.province',
  country: 'registration.reach.country',
  abroad: 'registration.reach.abroad',
} as const satisfies Record<Reach, string>;

export function reachChoices(lang: Lang): Choice[] {
  return Object.entries(REACH_CHOICES).map(([id, reach]) => ({ id, label: t(lang, REACH_LABEL[reach]) }));
}

export function reachQuestion(lang: Lang): OutboundMessage {
  return { text: t(lang, 'registration.reach.text'), choices: reachChoices(lang), prompt: ask(lang, t(lang, 'registration.reach.question')) };
}

export function reachMiss(lang: Lang): OutboundMessage {
  return miss(reachQuestion(lang), t(lang, 'registration.reach.miss'));
}

export function frequencyChoices(lang: Lang): Choice[] {
  return [
    { id: 'freq.instant', label: t(lang, 'registration.freq.instant') },
    { id: 'freq.morning', label: t(lang, 'registration.freq.morning') },
    { id: 'freq.evening', label: t(lang, 'registration.freq.evening') },
  ];
}

export function frequencyQuestion(lang: Lang): OutboundMessage {
  return { text: t(lang, 'registration.freq.text'), choices: frequencyChoices(lang), prompt: ask(lang, t(lang, 'registration.freq.question')) };
}

export function frequencyMiss(lang: Lang): OutboundMessage {
  return miss(frequencyQuestion(lang), t(lang, 'registration.freq.miss'));
}

function frequencyLabel(lang: Lang, frequency: Frequency | null, digestHour: number | null): string {
  if (frequency === 'instant') return t(lang, 'registration.freq.instant');
  if (frequency === 'daily' && digestHour === MORNING_HOUR) return t(lang, 'registration.freq.morning');
  if (frequency === 'daily' && digestHour === EVENING_HOUR) return t(lang, 'registration.freq.evening');
  if (frequency === 'daily' && digestHour !== null) return t(lang, 'registration.freq.daily_at', { hour: String(digestHour) });
  return t(lang, 'registration.confirm.unknown');
}

const CONFIRM_LABEL = {
  'confirm.save': 'registration.confirm.save',
  'confirm.commune': 'registration.confirm.edit_commune',
  'confirm.occupations': 'registration.confirm.edit_occupations',
  'confirm.reach': 'registration.confirm.edit_reach',
  'confirm.frequency': 'registration.confirm.edit_frequency',
} as const satisfies Record<(typeof CONFIRM_CHOICES)[number], string>;

export function confirmChoices(lang: Lang): Choice[] {
  return CONFIRM_CHOICES.map((id) => ({ id, label: t(lang, CONFIRM_LABEL[id]) }));
}

/** The summary: where, what work, how far, when, birth year; at most 6 lines with the heading. */
export function confirmQuestion(lang: Lang, data: RegistrationData): OutboundMessage {
  return { text: summaryText(lang, data), choices: confirmChoices(lang), prompt: ask(lang, t(lang, 'registration.confirm.question')) };
}

/** The profile in a few lines, under a heading (also shown by /theodoi). */
export function summaryText(lang: Lang, data: RegistrationData): string {
  const unknown = t(lang, 'registration.confirm.unknown');
  const place = data.communeCode === null ? null : communeTarget(data.communeCode);
  const lines = [
    t(lang, data.existing ? 'registration.confirm.heading_existing' : 'registration.confirm.heading'),
    t(lang, 'registration.confirm.place', { commune: place?.commune.name ?? unknown, province: place?.province.bareName ?? unknown }),
    t(lang, 'registration.confirm.occupations', {
      occupations: data.occupations.length > 0 ? data.occupations.map((key) => occupationLabel(key, lang)).join('; ') : unknown,
    }),
    t(lang, 'registration.confirm.reach', { reach: data.reach === null ? unknown : t(lang, REACH_LABEL[data.reach]) }),
    t(lang, 'registration.confirm.frequency', { frequency: frequencyLabel(lang, data.frequency, data.digestHour) }),
    t(lang, 'registration.confirm.birth_year', { year: data.birthYear === null ? unknown : String(data.birthYear) }),
  ];
  return lines.join('\n');
}

/** The summary was just above; the re-ask is the choices again with an example. */
export function confirmMiss(lang: Lang): OutboundMessage {
  return { text: t(lang, 'registration.confirm.miss'), choices: confirmChoices(lang), prompt: ask(lang, t(lang, 'registration.confirm.question')) };
}
