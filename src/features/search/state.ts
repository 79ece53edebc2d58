import { z } from 'zod';
import { storedNumber, storedPage } from '../shared/stored-fields.ts';

/**
 * A search the person narrowed in their own words ("tìm việc may ở Phổ Yên"): these trades instead of their
 * profile's, in this province (their commune first) instead of their reach. Either may be missing.
 */
export const SearchNarrow = z.object({
  occupations: z.array(z.string().max(40)).max(3),
  communeCode: z
    .string()
    .regex(/^\d{5}$/)
    .nullable(),
  provinceCode: z
    .string()
    .regex(/^\d{2}$/)
    .nullable(),
});
export type SearchNarrow = z.infer<typeof SearchNarrow>;

/** What /timviec keeps between messages: the page of the list, the vacancy open, if any, and the narrowing. */
export const SearchData = z.object({
  page: storedPage,
  current: storedNumber,
  narrow: SearchNarrow.nullable().catch(null),
});
export type SearchData = z.infer<typeof SearchData>;
