import { z } from 'zod';
import { storedNumber, storedPage } from '../shared/stored-fields.ts';

/** What /timviec keeps between messages: the page of the list and the vacancy open, if any. */
export const SearchData = z.object({ page: storedPage, current: storedNumber });
export type SearchData = z.infer<typeof SearchData>;
