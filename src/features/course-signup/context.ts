import type { CourseFacts } from '../../db/courses.ts';
import type { CourseEnrolmentStatus } from '../../db/schema.ts';
import type { BaseContext } from '../../engine/types.ts';
import type { CourseSignupEffect } from './effects.ts';

/** The person's place on the course, as it stands. */
export interface OwnEnrolment {
  id: number;
  status: CourseEnrolmentStatus;
  /** Their place on the waiting list (1 = next); 0 when not waiting. */
  place: number;
}

/** A question put to a provider, as the one answering it sees it. */
export interface QuestionToAnswer {
  id: number;
  courseTitle: string;
  /** null once the asker erased their data. */
  text: string | null;
  answered: boolean;
  /** The provider's owner, or someone the question was sent to. */
  mayAnswer: boolean;
}

/** What answering a course card reads (loader.ts). */
export interface CourseSignupContext {
  courseSignup: {
    course: CourseFacts | null;
    enrolment: OwnEnrolment | null;
    /** Known already: asked only when missing. */
    fullName: string | null;
    phoneE164: string | null;
    question: QuestionToAnswer | null;
  };
}

export type Context = BaseContext & CourseSignupContext;

export type Emits = CourseSignupEffect;
