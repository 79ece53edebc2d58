import { defineFeature } from '../../engine/feature.ts';
import { messages } from './messages.ts';

/**
 * Vocational courses (issue 15): the course card every course feature shows, its answers' ids, and (as it lands)
 * the announcement of an approved course to the people it is for.
 */
export const coursesFeature = defineFeature({
  name: 'courses',
  messages,
});
