import { closeOwnVacancy } from '../../db/own-vacancies.ts';
import { DONE, effectHandlers } from '../../engine/feature.ts';
import { t } from './messages.ts';

/** An employer closes one of their own vacancies (pending, approved or hidden); the owner is re-checked in SQL. */
export type VacanciesEffect = { kind: 'close_vacancy'; vacancyId: number };

export const vacanciesEffects = effectHandlers<VacanciesEffect>({
  async close_vacancy(trx, { personId }, effect) {
    const closed = await closeOwnVacancy(trx, personId, effect.vacancyId);
    return closed ? DONE : { ok: false, tell: (lang) => t(lang, 'vacancies.close_refused') };
  },
});
