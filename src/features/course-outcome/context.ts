import type { BaseContext } from '../../engine/types.ts';
import type { SearchContext } from '../search/context.ts';
import type { CourseOutcomeEffect } from './effects.ts';
import type { OwnEnrolment } from './enrolment.ts';

/** What the learner's answers read (loader.ts). */
export interface CourseOutcomeContext {
  /** The enrolment the answer names, when it is the person's own. */
  enrolment: OwnEnrolment | null;
  /** After "Có" to the trade: the open vacancies of that trade within their reach (job search's own query). */
  search?: SearchContext;
}

export type Context = BaseContext & CourseOutcomeContext;

export type Emits = CourseOutcomeEffect;
