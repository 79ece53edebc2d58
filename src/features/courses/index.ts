import { defineFeature } from '../../engine/feature.ts';
import { messages } from './messages.ts';
import { courseAnnouncements } from './notifications.ts';

/**
 * Vocational courses (issue 15): the course card every course feature shows, its answers' ids, and the announcement
 * of an approved course ('course' notifications, written by the 'course.approved' fan-out job) to the people it is
 * for (src/features/courses/audience.ts).
 */
export const coursesFeature = defineFeature({
  name: 'courses',
  notifications: [courseAnnouncements],
  messages,
});
