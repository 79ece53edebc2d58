import { z } from 'zod';

/**
 * The schema of a flow that still reads its stored answers with its own readers (each field checked, a wrong one
 * read as not answered): any JSON object passes here, and the flow's readers do the checking.
 */
export const storedAsIs = z.record(z.string(), z.unknown());
