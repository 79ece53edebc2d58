import type { Loader } from '../../engine/feature.ts';
import type { AlertsContext } from './context.ts';

/** /theodoi: the optional sex, wage floor and trades to learn, kept out of the engine record (only it shows them). */
export const loadAlerts: Loader<AlertsContext> = async ({ db, personId }) => {
  const row = await db
    .selectFrom('worker_profiles')
    .select(['sex', 'wage_floor_vnd', 'training_occupations'])
    .where('person_id', '=', personId)
    .executeTakeFirst();
  return {
    workerSex: row?.sex ?? null,
    workerWageFloor: row?.wage_floor_vnd ?? null,
    workerTraining: row?.training_occupations ?? [],
  };
};
