import { z } from 'zod';

/**
 * The fields the flows' state schemas are built from (FeatureFlow.data). A field stored with the wrong shape (an
 * old state, a bug), or not stored at all, reads as not answered (null, [], false, the first page), so one bad
 * field is asked again without losing the others; only data that is not an object at all is rejected.
 */

/** For a flow that keeps no answers between messages: any object passes, and reads as empty. */
export const NoAnswers = z.object({});

/** Any string. */
export const storedText = z.string().nullable().catch(null);

/** True only when stored as true. */
export const storedFlag = z.boolean().catch(false);

/** A whole number. */
export const storedWholeNumber = z.number().refine(Number.isInteger).nullable().catch(null);

/** Any number (a vacancy id as the search flow keeps it). */
export const storedNumber = z.number().nullable().catch(null);

/** A database id: a whole number within JavaScript's safe range. */
export const storedId = z.int().nullable().catch(null);

/** A page of a list: whatever Number() reads as a whole number ≥ 0 (the text "2" too), else the first page. */
export const storedPage = z.coerce.number().int().min(0).catch(0);

/** One of the values. */
export function storedOneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values).nullable().catch(null);
}

/** The items that fit, the others dropped; anything but an array reads as none. */
export function storedList<T extends z.ZodType>(item: T) {
  return z
    .array(z.unknown())
    .catch([])
    .transform((values) =>
      values.flatMap((value): z.output<T>[] => {
        const read = item.safeParse(value);
        return read.success ? [read.data] : [];
      }),
    );
}
