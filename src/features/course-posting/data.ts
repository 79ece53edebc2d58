import { z } from 'zod';
import { COURSE_DAYS } from '../../kernel/courses/duration.ts';
import {
  COURSE_ADDRESS_LENGTH,
  COURSE_CONTACT_LENGTH,
  COURSE_SUPPORT_LENGTH,
  COURSE_TITLE_LENGTH,
  PROVIDER_NAME_LENGTH,
} from '../../kernel/courses/draft.ts';
import { MAX_FEE_VND } from '../../kernel/courses/fee.ts';
import { COURSE_SEATS } from '../../kernel/courses/seats.ts';
import { COURSE_LEVELS, COURSE_SCHEDULES } from '../../kernel/courses/words.ts';
import { isOccupationKey } from '../../kernel/occupations/index.ts';
import { withinLength } from '../posting/parse.ts';
import { communeTarget, storedPick } from '../shared/place.ts';
import { storedFlag, storedOneOf, storedText } from '../shared/stored-fields.ts';

/**
 * /dangkhoahoc's answers, kept in FlowState.data. A field of the wrong shape or out of bounds (an old state, a
 * bug, a commune that no longer exists) reads as not answered, so the flow asks it again instead of submitting it.
 * A skippable answer keeps an `…Answered` flag beside its value (null: skipped).
 */
export const COURSE_POSTING_FLOW = 'course-posting';

export const STEPS = [
  'provider',
  'title',
  'occupation',
  'level',
  'commune',
  'commune_pick',
  'address',
  'starts',
  'duration',
  'schedule',
  'seats',
  'fee',
  'support',
  'priority',
  'contact',
  'preview',
  'edit',
] as const;
export type Step = (typeof STEPS)[number];

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

const textWithin = (bounds: { readonly min: number; readonly max: number }) =>
  z
    .string()
    .refine((text) => withinLength(text, bounds))
    .nullable()
    .catch(null);
const wholeBetween = (min: number, max: number) => z.int().min(min).max(max).nullable().catch(null);

export const CoursePostingData = z.object({
  providerName: textWithin(PROVIDER_NAME_LENGTH),
  providerVerified: storedFlag,
  /** Typed in this flow (no provider record yet, or an official's), so it can be edited from the preview. */
  providerTyped: storedFlag,
  title: textWithin(COURSE_TITLE_LENGTH),
  occupation: z.string().refine(isOccupationKey).nullable().catch(null),
  level: storedOneOf(COURSE_LEVELS),
  online: storedFlag,
  communeCode: z
    .string()
    .refine((code) => communeTarget(code) !== null)
    .nullable()
    .catch(null),
  /** A province named without a commune: the next search stays inside it. */
  provinceCode: storedText,
  placePick: storedPick,
  address: textWithin(COURSE_ADDRESS_LENGTH),
  startsOn: z.string().regex(ISO_DATE).nullable().catch(null),
  durationDays: wholeBetween(COURSE_DAYS.min, COURSE_DAYS.max),
  schedule: storedOneOf(COURSE_SCHEDULES),
  seats: wholeBetween(COURSE_SEATS.min, COURSE_SEATS.max),
  seatsAnswered: storedFlag,
  feeVnd: wholeBetween(0, MAX_FEE_VND),
  supportText: textWithin(COURSE_SUPPORT_LENGTH),
  supportAnswered: storedFlag,
  prioritySupport: storedFlag,
  supportAmountVnd: wholeBetween(0, MAX_FEE_VND),
  priorityAnswered: storedFlag,
  contact: textWithin(COURSE_CONTACT_LENGTH),
  contactAnswered: storedFlag,
});
export type CoursePostingData = z.infer<typeof CoursePostingData>;

export const EMPTY: CoursePostingData = {
  providerName: null,
  providerVerified: false,
  providerTyped: false,
  title: null,
  occupation: null,
  level: null,
  online: false,
  communeCode: null,
  provinceCode: null,
  placePick: null,
  address: null,
  startsOn: null,
  durationDays: null,
  schedule: null,
  seats: null,
  seatsAnswered: false,
  feeVnd: null,
  supportText: null,
  supportAnswered: false,
  prioritySupport: false,
  supportAmountVnd: null,
  priorityAnswered: false,
  contact: null,
  contactAnswered: false,
};

export function isStep(value: string): value is Step {
  return (STEPS as readonly string[]).includes(value);
}

export function readData(raw: Record<string, unknown>): CoursePostingData {
  return CoursePostingData.parse(raw);
}

/** The data as stored: a fresh plain object (FlowState.data is JSON). */
export function writeData(data: CoursePostingData): Record<string, unknown> {
  return { ...data, placePick: data.placePick === null ? null : structuredClone(data.placePick) };
}
