import type { VacancyFacts } from '../../kernel/vacancy/facts.ts';
import type { BaseContext } from '../../engine/types.ts';
import type { SearchEffect } from './effects.ts';
import type { SearchNarrow } from './state.ts';

/** What /timviec reads (src/features/search/loader.ts). */
export interface SearchFlowContext {
  /** Open vacancies matching the person's profile. */
  search: SearchContext;
}

/** An open vacancy as a job seeker sees it. */
export interface SearchVacancy extends VacancyFacts {
  id: number;
  overseas: boolean;
  /** The person already said "Quan tâm". */
  interested: boolean;
}

export interface SearchContext {
  /** Nearest and newest first; at most a few pages. */
  matches: SearchVacancy[];
  /** The vacancy open in detail (by the state's `current`), if it is still open. */
  current: SearchVacancy | null;
  /** The person agreed before to share their name and phone with employers they are interested in. */
  sharesContact: boolean;
  /** The list is narrowed to what the person asked for ("tìm việc may ở Phổ Yên"); null: their profile's matches. */
  narrow?: SearchNarrow | null;
}

/** What this feature's steps see: the engine's base context and what its loader read. */
export type Context = BaseContext & SearchFlowContext;

/** The effects this feature's flow may ask for. */
export type Emits = SearchEffect;
