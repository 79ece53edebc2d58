import type { CourseLevel, CourseSchedule } from './words.ts';

/** A course as posted (by chat or in a CSV), before it is written: what every way in hands to the database. */
export interface CourseDraft {
  providerName: string;
  title: string;
  /** An occupation key (src/kernel/occupations). */
  occupation: string;
  level: CourseLevel;
  online: boolean;
  /** null only online. */
  communeCode: string | null;
  address: string | null;
  /** YYYY-MM-DD. */
  startsOn: string;
  durationDays: number;
  schedule: CourseSchedule;
  /** null: no limit. */
  seats: number | null;
  /** 0: free. */
  feeVnd: number;
  supportText: string | null;
  prioritySupport: boolean;
  supportAmountVnd: number | null;
  contact: string | null;
}

/** Bounds on the typed texts, as the courses table checks them (migrations/0020_courses.ts). */
export const PROVIDER_NAME_LENGTH = { min: 2, max: 160 } as const;
export const COURSE_TITLE_LENGTH = { min: 2, max: 200 } as const;
export const COURSE_ADDRESS_LENGTH = { min: 2, max: 300 } as const;
export const COURSE_SUPPORT_LENGTH = { min: 2, max: 500 } as const;
export const COURSE_CONTACT_LENGTH = { min: 3, max: 200 } as const;
