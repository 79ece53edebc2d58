import { isPriorityGroup, type PriorityGroup } from '../../kernel/priority-groups.ts';
import type { Frequency, Reach, WorkerProfile } from '../../kernel/worker-profile.ts';
import { readPick, type PendingPick } from '../shared/place.ts';

export type { OfferedOption, PendingDistrict, PendingPick } from '../shared/place.ts';

/**
 * The registration flow's answers, kept in FlowState.data (plain JSON, stored per chat). Read back through
 * `readData`, which trusts nothing: a field of the wrong shape (an old state, a bug) reads as not answered.
 */
export const STEPS = [
  'consent',
  'birth_year',
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
] as const;
export type Step = (typeof STEPS)[number];

/** A number read as an edge case (an unusual prefix, an old 11-digit number), shown back before it is kept. */
export interface PendingPhone {
  e164: string;
  /** National form, 10 digits: how it is shown back. */
  national: string;
  reason: 'unusual_prefix' | 'old_11_digit';
}

export interface RegistrationData {
  birthYear: number | null;
  communeCode: string | null;
  /** A province named without a commune: the next search stays inside it, and the question names it. */
  provinceCode: string | null;
  pick: PendingPick | null;
  occupations: string[];
  reach: Reach | null;
  frequency: Frequency | null;
  digestHour: number | null;
  /** Began with a saved profile. */
  existing: boolean;
  /** Asked after the profile is saved (optional), or kept from a saved profile. */
  fullName: string | null;
  phoneE164: string | null;
  pendingPhone: PendingPhone | null;
  /** Sensitive; only with the person's own 'priority_status' consent (`priorityConsent`). */
  priorityGroups: PriorityGroup[];
  priorityConsent: boolean;
}

export const EMPTY: RegistrationData = {
  birthYear: null,
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
};

const REACHES: readonly Reach[] = ['commune', 'province', 'country', 'abroad'];
const FREQUENCIES: readonly Frequency[] = ['instant', 'daily'];

export function isStep(value: string): value is Step {
  return (STEPS as readonly string[]).includes(value);
}

function str(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function int(value: unknown): number | null {
  return typeof value === 'number' && Number.isInteger(value) ? value : null;
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function pendingPhone(value: unknown): PendingPhone | null {
  if (typeof value !== 'object' || value === null) return null;
  const raw = value as Record<string, unknown>;
  const e164 = str(raw['e164']);
  const national = str(raw['national']);
  const reason = raw['reason'] === 'unusual_prefix' || raw['reason'] === 'old_11_digit' ? raw['reason'] : null;
  return e164 !== null && national !== null && reason !== null ? { e164, national, reason } : null;
}

export function readData(raw: Record<string, unknown>): RegistrationData {
  const reach = str(raw['reach']);
  const frequency = str(raw['frequency']);
  return {
    birthYear: int(raw['birthYear']),
    communeCode: str(raw['communeCode']),
    provinceCode: str(raw['provinceCode']),
    pick: readPick(raw['pick']),
    occupations: strings(raw['occupations']),
    reach: REACHES.find((r) => r === reach) ?? null,
    frequency: FREQUENCIES.find((f) => f === frequency) ?? null,
    digestHour: int(raw['digestHour']),
    existing: raw['existing'] === true,
    fullName: str(raw['fullName']),
    phoneE164: str(raw['phoneE164']),
    pendingPhone: pendingPhone(raw['pendingPhone']),
    priorityGroups: strings(raw['priorityGroups']).filter(isPriorityGroup),
    priorityConsent: raw['priorityConsent'] === true,
  };
}

/** The data as stored: a fresh plain object (FlowState.data is JSON). */
export function writeData(data: RegistrationData): Record<string, unknown> {
  return {
    ...data,
    occupations: [...data.occupations],
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
  if (data.communeCode === null || data.occupations.length === 0 || data.reach === null || data.frequency === null) return null;
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
