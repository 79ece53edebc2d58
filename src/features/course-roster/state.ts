import { z } from 'zod';
import { storedId, storedOneOf } from '../shared/stored-fields.ts';

/** What the provider does to the people picked: confirm enrolment, record completion, record dropping out. */
export const ROSTER_ACTIONS = ['enrol', 'complete', 'drop'] as const;
export type RosterAction = (typeof ROSTER_ACTIONS)[number];

/** What /khoahoc keeps between messages: the course open and the action whose people are being picked. */
export const CourseRosterData = z.object({
  courseId: storedId,
  action: storedOneOf(ROSTER_ACTIONS),
});
export type CourseRosterData = z.infer<typeof CourseRosterData>;
