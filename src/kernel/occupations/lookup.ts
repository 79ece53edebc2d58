/** Finding a category by its key, and its label in the bot's languages. */
import { builtinLangOf, type Lang } from '../i18n/index.ts';
import { OCCUPATIONS, type Occupation, type OccupationKey } from './data.ts';

const BY_KEY: ReadonlyMap<string, Occupation> = new Map(OCCUPATIONS.map((o) => [o.key, o]));

export function isOccupationKey(value: string): value is OccupationKey {
  return BY_KEY.has(value);
}

export function occupationByKey(key: string): Occupation | undefined {
  return BY_KEY.get(key);
}

/**
 * The label in the given language (a language pack's in Vietnamese: labels are data, not catalogue texts); an unknown
 * key (e.g. an old value from the database) comes back as is.
 */
export function occupationLabel(key: string, lang: Lang): string {
  const occupation = BY_KEY.get(key);
  return occupation === undefined ? key : occupation[builtinLangOf(lang)];
}
