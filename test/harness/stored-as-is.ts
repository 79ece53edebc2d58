import { z } from 'zod';

/** The state schema of a test's own flow: any object passes, as it is. */
export const storedAsIs = z.record(z.string(), z.unknown());
