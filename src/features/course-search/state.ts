import { z } from 'zod';
import { storedPick } from '../shared/place.ts';
import { storedId, storedList, storedPage, storedText } from '../shared/stored-fields.ts';

/**
 * What /hocnghe keeps between messages: the page, the trades asked for, the commune (and province) given by a person
 * without a profile, the place pick offered for it, and the course open as a card.
 */
export const CourseSearchData = z.object({
  page: storedPage,
  occupations: storedList(z.string().regex(/^[a-z0-9_]{1,40}$/)),
  communeCode: storedText,
  provinceCode: storedText,
  placePick: storedPick,
  current: storedId,
});
export type CourseSearchData = z.infer<typeof CourseSearchData>;
