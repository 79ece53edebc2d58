import type { Lang } from '../../kernel/i18n/index.ts';
import { occupationLabel } from '../../kernel/occupations/index.ts';
import type { PriorityGroup } from '../../kernel/priority-groups.ts';
import type { Frequency, Reach } from '../../kernel/worker-profile.ts';
import type { RegistrationData } from './data.ts';
import { t } from './messages.ts';
import { lastThreeDigits } from './parse.ts';
import { communeTarget } from '../shared/place.ts';

/** The profile in words: the confirm screen, /theodoi, and the labels of the answers they show. */

/** Daily digests at 7:00 and 19:00 (Vietnam time): outside the quiet hours. */
export const MORNING_HOUR = 7;
export const EVENING_HOUR = 19;

export const REACH_LABEL = {
  commune: 'registration.reach.commune',
  province: 'registration.reach.province',
  country: 'registration.reach.country',
  abroad: 'registration.reach.abroad',
} as const satisfies Record<Reach, string>;

export const PRIORITY_LABEL = {
  poor: 'registration.priority.group.poor',
  near_poor: 'registration.priority.group.near_poor',
  newly_out_of_poverty: 'registration.priority.group.newly_out_of_poverty',
  ethnic_minority: 'registration.priority.group.ethnic_minority',
  disability: 'registration.priority.group.disability',
} as const satisfies Record<PriorityGroup, string>;

export function priorityLabel(lang: Lang, group: PriorityGroup): string {
  return t(lang, PRIORITY_LABEL[group]);
}

export function frequencyLabel(lang: Lang, frequency: Frequency | null, digestHour: number | null): string {
  if (frequency === 'instant') return t(lang, 'registration.freq.instant');
  if (frequency === 'daily' && digestHour === MORNING_HOUR) return t(lang, 'registration.freq.morning');
  if (frequency === 'daily' && digestHour === EVENING_HOUR) return t(lang, 'registration.freq.evening');
  if (frequency === 'daily' && digestHour !== null) {
    return t(lang, 'registration.freq.daily_at', { hour: String(digestHour) });
  }
  return t(lang, 'registration.confirm.unknown');
}

/** Where the person lives: "📍 Xã Mèo Vạc, Tuyên Quang". */
function placeLine(lang: Lang, data: RegistrationData, unknown: string): string {
  const place = data.communeCode === null ? null : communeTarget(data.communeCode);
  return t(lang, 'registration.confirm.place', {
    commune: place?.commune.name ?? unknown,
    province: place?.province.bareName ?? unknown,
  });
}

function occupationWords(lang: Lang, data: RegistrationData, unknown: string): string {
  return data.occupations.length > 0 ? data.occupations.map((key) => occupationLabel(key, lang)).join('; ') : unknown;
}

function reachWords(lang: Lang, data: RegistrationData, unknown: string): string {
  return data.reach === null ? unknown : t(lang, REACH_LABEL[data.reach]);
}

/** The profile in a few lines, under a heading (also shown by /theodoi). */
export function summaryText(lang: Lang, data: RegistrationData): string {
  const unknown = t(lang, 'registration.confirm.unknown');
  const lines = [
    t(lang, data.existing ? 'registration.confirm.heading_existing' : 'registration.confirm.heading'),
    placeLine(lang, data, unknown),
    t(lang, 'registration.confirm.occupations', { occupations: occupationWords(lang, data, unknown) }),
    t(lang, 'registration.confirm.reach', { reach: reachWords(lang, data, unknown) }),
    t(lang, 'registration.confirm.frequency', { frequency: frequencyLabel(lang, data.frequency, data.digestHour) }),
    t(lang, 'registration.confirm.birth_year', { year: data.birthYear === null ? unknown : String(data.birthYear) }),
  ];
  return lines.join('\n');
}

/**
 * The whole profile for /theodoi: priority groups only as "đã khai"/"chưa khai", the phone by its last 3 digits,
 * and the optional `sex` and `wageFloor` (already in words) only when the worker gave them.
 */
export function profileSummary(
  lang: Lang,
  data: RegistrationData,
  paused: boolean,
  optional: { sex?: string | null; wageFloor?: string | null; training?: string | null } = {},
): string {
  const { sex = null, wageFloor = null, training = null } = optional;
  const unknown = t(lang, 'registration.confirm.unknown');
  const name = data.fullName ?? t(lang, 'alerts.summary.no_name');
  const person = { name, year: data.birthYear === null ? unknown : String(data.birthYear) };
  const occupations = occupationWords(lang, data, unknown);
  const declared = data.priorityConsent && data.priorityGroups.length > 0;
  const lines = [
    t(lang, 'alerts.summary.heading'),
    placeLine(lang, data, unknown),
    wageFloor === null
      ? t(lang, 'registration.confirm.occupations', { occupations })
      : t(lang, 'alerts.summary.occupations_wage_floor', { occupations, amount: wageFloor }),
    ...(training === null ? [] : [t(lang, 'registration.summary.training', { trades: training })]),
    t(lang, 'alerts.summary.when', {
      reach: reachWords(lang, data, unknown),
      frequency: frequencyLabel(lang, data.frequency, data.digestHour),
    }),
    sex === null ? t(lang, 'alerts.summary.person', person) : t(lang, 'alerts.summary.person_sex', { ...person, sex }),
    t(lang, 'alerts.summary.contact', {
      phone: data.phoneE164 === null ? t(lang, 'alerts.summary.no_phone') : lastThreeDigits(data.phoneE164),
      priority: t(lang, declared ? 'alerts.priority.declared' : 'alerts.priority.not_declared'),
    }),
    ...(paused ? [t(lang, 'alerts.paused_note')] : []),
  ];
  return lines.join('\n');
}
