import { z } from 'zod';
import { storedList } from '../shared/stored-fields.ts';

/** What /duyet keeps between messages: the vacancy on screen and those skipped. */
export const ReviewData = z.object({
  /** The vacancy on screen: whatever Number() reads as a whole number, else -1 (none). */
  current: z.coerce.number().int().catch(-1),
  skipped: storedList(z.number()),
});
export type ReviewData = z.infer<typeof ReviewData>;
