import { z } from 'zod';
import { storedId, storedPage } from '../shared/stored-fields.ts';

/** What /tincuatoi keeps between messages. */
export const VacanciesData = z.object({
  page: storedPage,
  vacancyId: storedId,
  /** The page of the open vacancy's applicants, and the applicant open. */
  applicantPage: storedPage,
  applicationId: storedId,
});
export type VacanciesData = z.infer<typeof VacanciesData>;
