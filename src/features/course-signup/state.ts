import { z } from 'zod';
import { storedId, storedOneOf, storedText } from '../shared/stored-fields.ts';

/** What answering a course card keeps between messages: the course, how the person came, the name given. */
export const CourseSignupData = z.object({
  courseId: storedId,
  via: storedOneOf(['card', 'search']),
  fullName: storedText,
  /** The question a provider or official is answering. */
  questionId: storedId,
});
export type CourseSignupData = z.infer<typeof CourseSignupData>;
