import { isOccupationKey } from '../../kernel/occupations/index.ts';
import { communeTarget, readPick, type PendingPick } from '../shared/place.ts';
import { CONTACT_LENGTH, EMPLOYER_LENGTH, MAX_HEADCOUNT, REQUIREMENTS_LENGTH, TITLE_LENGTH, readableWage, withinLength } from './parse.ts';

/**
 * The posting flow's answers, kept in FlowState.data (plain JSON, stored per chat). `readData` trusts nothing:
 * a field of the wrong shape or out of bounds (an old state, a bug, a commune code that no longer exists) reads as
 * not answered, so the flow asks it again instead of submitting it.
 */
export const STEPS = [
  'employer',
  'title',
  'occupation',
  'commune',
  'commune_pick',
  'headcount',
  'wage',
  'wage_confirm',
  'requirements',
  'deadline',
  'contact',
  'preview',
  'edit',
] as const;
export type Step = (typeof STEPS)[number];

export interface PostingData {
  employerName: string | null;
  employerVerified: boolean;
  /** Typed in this flow (no employer record yet), so it can be edited from the preview. */
  employerTyped: boolean;
  title: string | null;
  /** An occupation key (src/kernel/occupations). */
  occupation: string | null;
  communeCode: string | null;
  /** A province named without a commune: the next search stays inside it, and the question names it. */
  provinceCode: string | null;
  pick: PendingPick | null;
  headcount: number | null;
  /** The wage as the employer wrote it (parsed again with parseWage when needed). */
  wageRaw: string | null;
  /** The employer agreed with the wage as read back. */
  wageConfirmed: boolean;
  /** null with requirementsAnswered: skipped. */
  requirements: string | null;
  requirementsAnswered: boolean;
  /** Last day to apply, YYYY-MM-DD (Vietnam). */
  deadline: string | null;
  contact: string | null;
}

export const EMPTY: PostingData = {
  employerName: null,
  employerVerified: false,
  employerTyped: false,
  title: null,
  occupation: null,
  communeCode: null,
  provinceCode: null,
  pick: null,
  headcount: null,
  wageRaw: null,
  wageConfirmed: false,
  requirements: null,
  requirementsAnswered: false,
  deadline: null,
  contact: null,
};

export function isStep(value: string): value is Step {
  return (STEPS as readonly string[]).includes(value);
}

function str(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

function text(value: unknown, bounds: { min: number; max: number }): string | null {
  const s = str(value);
  return s !== null && withinLength(s, bounds) ? s : null;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function readData(raw: Record<string, unknown>): PostingData {
  const occupation = str(raw['occupation']);
  const communeCode = str(raw['communeCode']);
  const headcount = raw['headcount'];
  const wageRaw = str(raw['wageRaw']);
  const deadline = str(raw['deadline']);
  const wageOk = wageRaw !== null && readableWage(wageRaw);
  const requirements = text(raw['requirements'], REQUIREMENTS_LENGTH);
  return {
    employerName: text(raw['employerName'], EMPLOYER_LENGTH),
    employerVerified: raw['employerVerified'] === true,
    employerTyped: raw['employerTyped'] === true,
    title: text(raw['title'], TITLE_LENGTH),
    occupation: occupation !== null && isOccupationKey(occupation) ? occupation : null,
    communeCode: communeCode !== null && communeTarget(communeCode) !== null ? communeCode : null,
    provinceCode: str(raw['provinceCode']),
    pick: readPick(raw['pick']),
    headcount: typeof headcount === 'number' && Number.isInteger(headcount) && headcount >= 1 && headcount <= MAX_HEADCOUNT ? headcount : null,
    wageRaw: wageOk ? wageRaw : null,
    wageConfirmed: wageOk && raw['wageConfirmed'] === true,
    requirements,
    // Answered with text that no longer reads: ask again.
    requirementsAnswered: raw['requirementsAnswered'] === true && (raw['requirements'] === null || requirements !== null),
    deadline: deadline !== null && ISO_DATE.test(deadline) ? deadline : null,
    contact: text(raw['contact'], CONTACT_LENGTH),
  };
}

/** The data as stored: a fresh plain object (FlowState.data is JSON). */
export function writeData(data: PostingData): Record<string, unknown> {
  return { ...data, pick: data.pick === null ? null : structuredClone(data.pick) };
}
