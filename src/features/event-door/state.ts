import { z } from 'zod';
import { storedId, storedList, storedText } from '../shared/stored-fields.ts';

/**
 * What the door flow keeps between messages: the event it is at; while joining, the jobs picked and the extra
 * headcount given for each; while registering a walk-in, the name and phone typed; while recording a result, the
 * ticket's registration and the job.
 */
export const EventDoorData = z.object({
  eventId: storedId,
  vacancyIds: storedList(z.int().positive()),
  extras: storedList(z.int().min(0).max(10_000)),
  name: storedText,
  phone: storedText,
  registrationId: storedId,
  vacancyId: storedId,
});
export type EventDoorData = z.infer<typeof EventDoorData>;
