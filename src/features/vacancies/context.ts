import type { BaseContext } from '../../engine/types.ts';
import type { Applicant, OwnVacancy } from '../../db/own-vacancies.ts';
import type { OutcomesEffect } from '../outcomes/move-application.ts';
import type { VacanciesEffect } from './effects.ts';

/** What /tincuatoi reads (src/features/vacancies/loader.ts). */
export interface VacanciesContext {
  /** The person's own vacancies, newest first. */
  ownVacancies: readonly OwnVacancy[];
  /** The workers who pressed "Quan tâm" on the vacancy open in the flow (its owner re-checked in SQL). */
  applicants: readonly Applicant[];
}

/** What this feature's steps see: the engine's base context and what its loader read. */
export type Context = BaseContext & VacanciesContext;

/** The effects this feature's flow may ask for. */
export type Emits = VacanciesEffect | OutcomesEffect;
