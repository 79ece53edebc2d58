import { z } from 'zod';
import { storedFlag, storedId, storedList, storedOneOf, storedText } from '../shared/stored-fields.ts';

/** What registering keeps between messages: the event, how the person came, the jobs picked, the name given. */
export const EventRegistrationData = z.object({
  eventId: storedId,
  via: storedOneOf(['announcement', 'link']),
  vacancyIds: storedList(z.int().positive()),
  share: storedFlag,
  fullName: storedText,
});
export type EventRegistrationData = z.infer<typeof EventRegistrationData>;
