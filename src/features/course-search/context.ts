import type { CourseFacts } from '../../db/courses.ts';
import type { CourseEnrolmentStatus } from '../../db/schema.ts';
import type { BaseContext } from '../../engine/types.ts';

/** One of the person's own sign-ups, for "Khoá học của tôi". */
export interface MyCourse {
  courseId: number;
  title: string;
  status: CourseEnrolmentStatus;
  /** Place on the waiting list (1 = next); 0 when not waiting. */
  place: number;
}

/** What /hocnghe reads (loader.ts). */
export interface CourseSearchContext {
  courseSearch: {
    /** Where to search from: the profile's commune, or the one given here; null asks for it. */
    communeCode: string | null;
    /** The commune this search was given (typed, or named with the command), kept for its next pages. */
    givenCommune: string | null;
    /** The trades asked for ("học nghề hàn"); [] for every trade. */
    occupations: string[];
    /** Open courses, nearest first, soonest first within each. */
    courses: CourseFacts[];
    mine: MyCourse[];
  };
}

export type Context = BaseContext & CourseSearchContext;

/** /hocnghe writes nothing itself: the card's answers are the sign-up feature's. */
export type Emits = never;
