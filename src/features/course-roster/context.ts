import type { BaseContext } from '../../engine/types.ts';
import type { CourseRosterEffect } from './effects.ts';
import type { ManagedCourse, RosterEntry } from './queries.ts';

/** What /khoahoc reads (loader.ts). */
export interface CourseRosterContext {
  /** The courses the person manages, newest start first. */
  managedCourses: readonly ManagedCourse[];
  /** The list of the course open in the flow (empty when none is open or it is not theirs). */
  roster: readonly RosterEntry[];
}

export type Context = BaseContext & CourseRosterContext;

export type Emits = CourseRosterEffect;
