import { loadApplicants, loadOwnVacancies } from '../../db/own-vacancies.ts';
import type { Loader } from '../../engine/feature.ts';
import type { VacanciesContext } from './context.ts';
import { storedVacancyId } from './flow.ts';

/** /tincuatoi: the person's own vacancies and, while one is open, its applicants (none when it is not theirs). */
export const loadVacancies: Loader<VacanciesContext> = async ({ db, personId, state }) => {
  const open = storedVacancyId(state);
  const [ownVacancies, applicants] = await Promise.all([
    loadOwnVacancies(db, personId),
    open === null ? Promise.resolve([]) : loadApplicants(db, personId, open),
  ]);
  return { ownVacancies, applicants };
};
