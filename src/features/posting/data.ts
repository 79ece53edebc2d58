import { z } from 'zod';
import { isOccupationKey } from '../../kernel/occupations/index.ts';
import { communeTarget, storedPick } from '../shared/place.ts';
import { storedFlag, storedText } from '../shared/stored-fields.ts';
import {
  CONTACT_LENGTH,
  EMPLOYER_LENGTH,
  MAX_HEADCOUNT,
  REQUIREMENTS_LENGTH,
  TITLE_LENGTH,
  readableWage,
  withinLength,
} from './parse.ts';

/**
 * The posting flow's answers, kept in FlowState.data (plain JSON, stored per chat). `PostingData` trusts
 * nothing: a field of the wrong shape or out of bounds (an old state, a bug, a commune code that no longer exists)
 * reads as not answered, so the flow asks it again instead of submitting it.
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

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A string that passes the check, else null. */
function storedTextThat(check: (text: string) => boolean) {
  return z.string().refine(check).nullable().catch(null);
}

const within = (bounds: { readonly min: number; readonly max: number }) => (text: string) => withinLength(text, bounds);

const storedFields = z.object({
  employerName: storedTextThat(within(EMPLOYER_LENGTH)),
  employerVerified: storedFlag,
  /** Typed in this flow (no employer record yet), so it can be edited from the preview. */
  employerTyped: storedFlag,
  title: storedTextThat(within(TITLE_LENGTH)),
  /** An occupation key (src/kernel/occupations). */
  occupation: storedTextThat(isOccupationKey),
  communeCode: storedTextThat((code) => communeTarget(code) !== null),
  /** A province named without a commune: the next search stays inside it, and the question names it. */
  provinceCode: storedText,
  pick: storedPick,
  headcount: z.int().min(1).max(MAX_HEADCOUNT).nullable().catch(null),
  /** The wage as the employer wrote it (parsed again with parseWage when needed). */
  wageRaw: storedTextThat(readableWage),
  /** The employer agreed with the wage as read back. */
  wageConfirmed: storedFlag,
  /** null with requirementsAnswered: skipped; undefined here: stored text that no longer reads. */
  requirements: z.string().refine(within(REQUIREMENTS_LENGTH)).nullable().optional().catch(undefined),
  requirementsAnswered: storedFlag,
  /** Last day to apply, YYYY-MM-DD (Vietnam). */
  deadline: storedTextThat((date) => ISO_DATE.test(date)),
  contact: storedTextThat(within(CONTACT_LENGTH)),
});

export const PostingData = storedFields.transform(({ requirements, ...data }) => ({
  ...data,
  wageConfirmed: data.wageRaw !== null && data.wageConfirmed,
  requirements: requirements ?? null,
  // Answered with text that no longer reads: ask again.
  requirementsAnswered: data.requirementsAnswered && requirements !== undefined,
}));
export type PostingData = z.infer<typeof PostingData>;

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

export function readData(raw: Record<string, unknown>): PostingData {
  return PostingData.parse(raw);
}

/** The data as stored: a fresh plain object (FlowState.data is JSON). */
export function writeData(data: PostingData): Record<string, unknown> {
  return { ...data, pick: data.pick === null ? null : structuredClone(data.pick) };
}
