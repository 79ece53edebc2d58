/**
 * The answers a course card offers, by course id: the course-signup feature answers them wherever the card was
 * shown (an announcement, a search result, a digest item). One definition, so the ids cannot drift apart.
 */
export const COURSE_SIGNUP_PREFIX = 'course.signup.';
export const COURSE_ASK_PREFIX = 'course.ask.';
export const COURSE_NO_PREFIX = 'course.no.';

export const signupChoiceId = (courseId: number): string => `${COURSE_SIGNUP_PREFIX}${courseId}`;
export const askChoiceId = (courseId: number): string => `${COURSE_ASK_PREFIX}${courseId}`;
export const notInterestedChoiceId = (courseId: number): string => `${COURSE_NO_PREFIX}${courseId}`;

/** The course id of one of those answers, or null. */
export function courseIdOf(choiceId: string, prefix: string): number | null {
  if (!choiceId.startsWith(prefix)) return null;
  const rest = choiceId.slice(prefix.length);
  if (!/^\d{1,15}$/.test(rest)) return null;
  const id = Number(rest);
  return Number.isSafeInteger(id) && id > 0 ? id : null;
}
