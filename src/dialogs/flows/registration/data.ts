import type { Frequency, Reach, WorkerProfile } from '../../engine/types.ts';
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
] as const;
export type Step = (typeof STEPS)[number];

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
  /** Kept from a saved profile; this flow does not ask them. */
  fullName: string | null;
  phoneE164: string | null;
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
  };
}

/** The data as stored: a fresh plain object (FlowState.data is JSON). */
export function writeData(data: RegistrationData): Record<string, unknown> {
  return { ...data, occupations: [...data.occupations], pick: data.pick === null ? null : structuredClone(data.pick) };
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
  };
}
