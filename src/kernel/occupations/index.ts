/**
 * Occupation categories (reference/vietnam-domain.md §2.3): the data, lookups by key, and free-text matching.
 */
export { OCCUPATIONS, OCCUPATION_KEYS, UNSKILLED_OCCUPATIONS, type Occupation, type OccupationKey } from './data.ts';
export { isOccupationKey, occupationByKey, occupationLabel } from './lookup.ts';
export { matchOccupations, type OccupationMatch } from './match.ts';
