import type { Choice, OutboundMessage } from '../../kernel/message.ts';
import { t, type Lang } from '../../kernel/i18n/index.ts';
import { occupationLabel } from '../../kernel/occupations/index.ts';
import type { PriorityGroup } from '../../kernel/priority-groups.ts';
import type { Frequency, Reach } from '../../kernel/worker-profile.ts';
import type { OfferedOption, PendingPhone, RegistrationData } from './data.ts';
import { lastThreeDigits, spacedPhone } from './parse.ts';
import { communeTarget, exampleCommune, type Pick } from '../shared/place.ts';
import { pickLines, pickOptions } from '../shared/place-messages.ts';
import { loadGeo } from '../../kernel/geo/index.ts';

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

export const REACH_LABEL = {
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
  const text = `${t(lang, 'registration.freq.text')}\n${t(lang, 'registration.freq.hour_hint')}`;
  return { text, choices: frequencyChoices(lang), prompt: ask(lang, t(lang, 'registration.freq.question')) };
}

export function frequencyMiss(lang: Lang): OutboundMessage {
  return miss(frequencyQuestion(lang), t(lang, 'registration.freq.miss'));
}

/** An hour typed for the daily message, but inside the quiet hours. */
export function frequencyQuietMiss(lang: Lang): OutboundMessage {
  return miss(frequencyQuestion(lang), t(lang, 'registration.freq.hour_quiet'));
}

export function frequencyLabel(lang: Lang, frequency: Frequency | null, digestHour: number | null): string {
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

// ---------------------------------------------------------------------------------------------------------
// The optional extras, asked after the profile is saved (registration) or from /theodoi (edit).
// 'register': each can be left for later; 'edit': each can be kept as it is.
// ---------------------------------------------------------------------------------------------------------

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

const PRIORITY_LABEL = {
  poor: 'registration.priority.group.poor',
  near_poor: 'registration.priority.group.near_poor',
  newly_out_of_poverty: 'registration.priority.group.newly_out_of_poverty',
  ethnic_minority: 'registration.priority.group.ethnic_minority',
  disability: 'registration.priority.group.disability',
} as const satisfies Record<PriorityGroup, string>;

export function priorityLabel(lang: Lang, group: PriorityGroup): string {
  return t(lang, PRIORITY_LABEL[group]);
}

/** "Để sau" (registration) or "Giữ nguyên" (edit): the one-answer way past an optional question. */
function passChoice(lang: Lang, mode: Mode): Choice {
  return mode === 'register' ? { id: LATER, label: t(lang, 'registration.later') } : { id: KEEP, label: t(lang, 'registration.keep') };
}

/** The first extra after the save says that none is required. */
export function withIntro(lang: Lang, message: OutboundMessage): OutboundMessage {
  return { ...message, text: `${t(lang, 'registration.extras.intro')}\n${message.text}` };
}

export function nameChoices(lang: Lang, mode: Mode): Choice[] {
  return [passChoice(lang, mode)];
}

export function nameQuestion(lang: Lang, mode: Mode, current: string | null): OutboundMessage {
  const lines = [t(lang, 'registration.name.text'), ...(mode === 'edit' && current !== null ? [t(lang, 'registration.name.current', { name: current })] : [])];
  return { text: lines.join('\n'), choices: nameChoices(lang, mode), prompt: ask(lang, t(lang, 'registration.name.question')) };
}

export function nameMiss(lang: Lang, mode: Mode): OutboundMessage {
  return { ...nameQuestion(lang, mode, null), text: t(lang, 'registration.name.miss') };
}

export function phoneChoices(lang: Lang, mode: Mode, hasPhone: boolean): Choice[] {
  return [passChoice(lang, mode), ...(mode === 'edit' && hasPhone ? [{ id: PHONE_FORGET, label: t(lang, 'registration.phone.forget') }] : [])];
}

export function phoneQuestion(lang: Lang, mode: Mode, current: string | null): OutboundMessage {
  const lines = [t(lang, 'registration.phone.text'), ...(mode === 'edit' && current !== null ? [t(lang, 'registration.phone.current', { phone: lastThreeDigits(current) })] : [])];
  return { text: lines.join('\n'), choices: phoneChoices(lang, mode, current !== null), prompt: ask(lang, t(lang, 'registration.phone.question')) };
}

export type PhoneMissReason = 'unreadable' | 'length' | 'not_mobile' | 'retype';

const PHONE_MISS = {
  unreadable: 'registration.phone.miss',
  length: 'registration.phone.miss_length',
  not_mobile: 'registration.phone.miss_not_mobile',
  retype: 'registration.phone.retype_text',
} as const satisfies Record<PhoneMissReason, string>;

export function phoneMiss(lang: Lang, mode: Mode, current: string | null, reason: PhoneMissReason): OutboundMessage {
  return { ...phoneQuestion(lang, mode, current), text: t(lang, PHONE_MISS[reason]) };
}

export function phoneCheckChoices(lang: Lang, mode: Mode): Choice[] {
  return [
    { id: PHONE_YES, label: t(lang, 'registration.phone.yes') },
    { id: PHONE_RETYPE, label: t(lang, 'registration.phone.retype') },
    passChoice(lang, mode),
  ];
}

/** An edge-case number shown back, normalised, before it is kept. */
export function phoneCheckQuestion(lang: Lang, mode: Mode, pending: PendingPhone): OutboundMessage {
  const phone = spacedPhone(pending.national);
  const text = t(lang, pending.reason === 'old_11_digit' ? 'registration.phone.check_old' : 'registration.phone.check_prefix', { phone });
  return { text, choices: phoneCheckChoices(lang, mode), prompt: ask(lang, t(lang, 'registration.phone.check_question', { phone })) };
}

export function phoneCheckMiss(lang: Lang, mode: Mode, pending: PendingPhone): OutboundMessage {
  const phone = spacedPhone(pending.national);
  return { ...phoneCheckQuestion(lang, mode, pending), text: t(lang, 'registration.phone.check_miss', { phone }) };
}

export function priorityConsentChoices(lang: Lang, mode: Mode): Choice[] {
  return [
    { id: PRIORITY_YES, label: t(lang, 'registration.priority.yes') },
    { id: PRIORITY_NO, label: t(lang, mode === 'register' ? 'registration.priority.no' : 'registration.priority.no_edit') },
  ];
}

/** Its own consent first: why it is asked, that it is sensitive, optional and never shown to employers. */
export function priorityConsentQuestion(lang: Lang, mode: Mode): OutboundMessage {
  return { text: t(lang, 'registration.priority.text'), choices: priorityConsentChoices(lang, mode), prompt: ask(lang, t(lang, 'registration.priority.question')) };
}

export function priorityConsentMiss(lang: Lang, mode: Mode): OutboundMessage {
  return { ...priorityConsentQuestion(lang, mode), text: t(lang, 'registration.priority.miss') };
}

export function priorityGroupChoices(lang: Lang): Choice[] {
  return [
    ...Object.entries(PRIORITY_CHOICES).map(([id, group]) => ({ id, label: priorityLabel(lang, group) })),
    { id: PRIORITY_NONE, label: t(lang, 'registration.priority.none') },
  ];
}

export function priorityGroupsQuestion(lang: Lang): OutboundMessage {
  return { text: t(lang, 'registration.priority.groups_text'), choices: priorityGroupChoices(lang), prompt: ask(lang, t(lang, 'registration.priority.groups_question')) };
}

const PRIORITY_MISS = {
  unreadable: 'registration.priority.groups_miss',
  two_household: 'registration.priority.two_household',
  none_and_groups: 'registration.priority.none_and_groups',
} as const;

export function priorityGroupsMiss(lang: Lang, reason: keyof typeof PRIORITY_MISS): OutboundMessage {
  return { ...priorityGroupsQuestion(lang), text: t(lang, PRIORITY_MISS[reason]) };
}

/**
 * The whole profile for /theodoi: priority groups only as "đã khai"/"chưa khai", the phone by its last 3 digits,
 * and the optional `sex` and `wageFloor` (already in words) only when the worker gave them.
 */
export function profileSummary(lang: Lang, data: RegistrationData, paused: boolean, optional: { sex?: string | null; wageFloor?: string | null } = {}): string {
  const { sex = null, wageFloor = null } = optional;
  const unknown = t(lang, 'registration.confirm.unknown');
  const person = { name: data.fullName ?? t(lang, 'alerts.summary.no_name'), year: data.birthYear === null ? unknown : String(data.birthYear) };
  const place = data.communeCode === null ? null : communeTarget(data.communeCode);
  const occupations = data.occupations.length > 0 ? data.occupations.map((key) => occupationLabel(key, lang)).join('; ') : unknown;
  const lines = [
    t(lang, 'alerts.summary.heading'),
    t(lang, 'registration.confirm.place', { commune: place?.commune.name ?? unknown, province: place?.province.bareName ?? unknown }),
    wageFloor === null ? t(lang, 'registration.confirm.occupations', { occupations }) : t(lang, 'alerts.summary.occupations_wage_floor', { occupations, amount: wageFloor }),
    t(lang, 'alerts.summary.when', {
      reach: data.reach === null ? unknown : t(lang, REACH_LABEL[data.reach]),
      frequency: frequencyLabel(lang, data.frequency, data.digestHour),
    }),
    sex === null ? t(lang, 'alerts.summary.person', person) : t(lang, 'alerts.summary.person_sex', { ...person, sex }),
    t(lang, 'alerts.summary.contact', {
      phone: data.phoneE164 === null ? t(lang, 'alerts.summary.no_phone') : lastThreeDigits(data.phoneE164),
      priority: t(lang, data.priorityConsent && data.priorityGroups.length > 0 ? 'alerts.priority.declared' : 'alerts.priority.not_declared'),
    }),
    ...(paused ? [t(lang, 'alerts.paused_note')] : []),
  ];
  return lines.join('\n');
}
