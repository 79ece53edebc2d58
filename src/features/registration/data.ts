import { z } from 'zod';
import { PRIORITY_GROUPS } from '../../kernel/priority-groups.ts';
import type { Frequency, Reach, WorkerProfile } from '../../kernel/worker-profile.ts';
import { storedPick } from '../shared/place.ts';
import {
  storedFlag,
  storedId,
  storedList,
  storedOneOf,
  storedText,
  storedWholeNumber,
} from '../shared/stored-fields.ts';

export type { OfferedOption, PendingDistrict, PendingPick } from '../shared/place.ts';

/**
 * The registration flow's answers, kept in FlowState.data (plain JSON, stored per chat). Read back through
 * `RegistrationData`, which trusts nothing: a field of the wrong shape (an old state, a bug) reads as not answered.
 */
export const STEPS = [
  'consent',
  'birth_year',
  'birth_confirm',
  'guardian',
  'commune',
  'commune_pick',
  'occupations',
  'occupation_text',
  'reach',
  'frequency',
  'confirm',
  // optional, after the profile is saved
  'name',
  'phone',
  'phone_confirm',
  'priority_consent',
  'priority_groups',
  'training',
] as const;
export type Step = (typeof STEPS)[number];

const REACHES = ['commune', 'province', 'country', 'abroad'] as const satisfies readonly Reach[];
const FREQUENCIES = ['instant', 'daily'] as const satisfies readonly Frequency[];

/** A number read as an edge case (an unusual prefix, an old 11-digit number), shown back before it is kept. */
const PendingPhone = z.object({
  e164: z.string(),
  /** National form, 10 digits: how it is shown back. */
  national: z.string(),
  reason: z.enum(['unusual_prefix', 'old_11_digit']),
});
export type PendingPhone = z.infer<typeof PendingPhone>;

/** A birth year typed with two digits, read these ways, waiting for the person's one-tap confirmation. */
const BirthGuess = z.object({ birthYear: z.int(), as: z.enum(['year', 'age']) });

export const RegistrationData = z.object({
  birthYear: storedWholeNumber,
  birthGuesses: storedList(BirthGuess),
  communeCode: storedText,
  /** A province named without a commune: the next search stays inside it, and the question names it. */
  provinceCode: storedText,
  pick: storedPick,
  occupations: storedList(z.string()),
  reach: storedOneOf(REACHES),
  frequency: storedOneOf(FREQUENCIES),
  digestHour: storedWholeNumber,
  /** Began with a saved profile. */
  existing: storedFlag,
  /** Asked after the profile is saved (optional), or kept from a saved profile. */
  fullName: storedText,
  phoneE164: storedText,
  pendingPhone: PendingPhone.nullable().catch(null),
  /** Sensitive; only with the person's own 'priority_status' consent (`priorityConsent`). */
  priorityGroups: storedList(z.enum(PRIORITY_GROUPS)),
  priorityConsent: storedFlag,
  /** The vacancy a registration link named: offered once the profile is saved. */
  vacancyId: storedId,
  /** The training question (the last extra) was answered or passed in this run. */
  trainingAsked: storedFlag,
});
export type RegistrationData = z.infer<typeof RegistrationData>;

export const EMPTY: RegistrationData = {
  birthYear: null,
  birthGuesses: [],
  communeCode: null,
  provinceCode: null,
  pick: null,
  occupations: [],
  reach: null,
  frequency: null,
  digestHour: null,
  existing: false,
  fullName: null,
  phoneE164: null,
  pendingPhone: null,
  priorityGroups: [],
  priorityConsent: false,
  vacancyId: null,
  trainingAsked: false,
};

export function isStep(value: string): value is Step {
  return (STEPS as readonly string[]).includes(value);
}

export function readData(raw: Record<string, unknown>): RegistrationData {
  return RegistrationData.parse(raw);
}

/** The data as stored: a fresh plain object (FlowState.data is JSON). */
export function writeData(data: RegistrationData): Record<string, unknown> {
  return {
    ...data,
    occupations: [...data.occupations],
    birthGuesses: data.birthGuesses.map((guess) => ({ ...guess })),
    priorityGroups: [...data.priorityGroups],
    pick: data.pick === null ? null : structuredClone(data.pick),
    pendingPhone: data.pendingPhone === null ? null : { ...data.pendingPhone },
  };
}

export function fromProfile(profile: WorkerProfile): RegistrationData {
  return {
    ...EMPTY,
    birthYear: profile.birthYear,
    communeCode: profile.communeCode,
    occupations: [...profile.occupations],
    reach: profile.reach,
    frequency: profile.frequency,
    digestHour: profile.frequency === 'daily' ? profile.digestHour : null,
    existing: true,
    fullName: profile.fullName,
    phoneE164: profile.phoneE164,
    priorityConsent: profile.priorityConsent === true,
    priorityGroups: profile.priorityConsent === true ? [...(profile.priorityGroups ?? [])] : [],
  };
}

/** The profile to save, once the four things matching needs are known (else null). */
export function profileOf(data: RegistrationData): WorkerProfile | null {
  if (data.communeCode === null || data.occupations.length === 0 || data.reach === null || data.frequency === null)
    return null;
  return {
    fullName: data.fullName,
    birthYear: data.birthYear,
    phoneE164: data.phoneE164,
    communeCode: data.communeCode,
    occupations: [...data.occupations],
    reach: data.reach,
    frequency: data.frequency,
    digestHour: data.frequency === 'daily' ? data.digestHour : null,
    // Without the consent in hand, the stored groups are left alone (they are empty unless it was given elsewhere).
    ...(data.priorityConsent ? { priorityGroups: [...data.priorityGroups] } : {}),
  };
}
