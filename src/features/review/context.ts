import type { BaseContext } from '../../engine/types.ts';
import type { PendingCourse } from '../../db/course-review.ts';
import type { PendingVacancy } from '../../db/vacancy-review.ts';
import type { RoleGrant } from '../../kernel/roles.ts';
import type { ReviewEffect } from './effects.ts';

/** What /duyet reads (src/features/review/loader.ts). */
export interface ReviewContext {
  roles: readonly RoleGrant[];
  /** Pending (and report-hidden) vacancies within the person's scope, oldest first. */
  reviewQueue: readonly PendingVacancy[];
  /** Pending courses within the person's scope, oldest first (none: the vacancies only, as before courses). */
  courseQueue?: readonly PendingCourse[];
  /** How many of each wait in all (the queues above are the first 20); default: the queues' lengths. */
  pendingCounts?: { vacancies: number; courses: number };
}

/** What this feature's steps see: the engine's base context and what its loader read. */
export type Context = BaseContext & ReviewContext;

/** The effects this feature's flow may ask for. */
export type Emits = ReviewEffect;
