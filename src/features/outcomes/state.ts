import { z } from 'zod';
import type { ApplicationStatus } from '../../kernel/application-lifecycle.ts';
import { storedId, storedOneOf, storedPage } from '../shared/stored-fields.ts';

/** The steps an official may record. */
export const OFFICIAL_MARKS = [
  'introduced',
  'hired',
  'not_hired',
  'withdrawn',
] as const satisfies readonly ApplicationStatus[];
export type Mark = (typeof OFFICIAL_MARKS)[number];

/** What /ketqua keeps between messages. */
export const OutcomesData = z.object({
  page: storedPage,
  applicationId: storedId,
  /** The step waiting for confirmation. */
  target: storedOneOf(OFFICIAL_MARKS),
});
export type OutcomesData = z.infer<typeof OutcomesData>;
