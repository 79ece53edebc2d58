import { fold } from '../../../core/fold.ts';
import { typedYesNo } from '../shared/yes-no.ts';
import { TIME_ZONE } from '../../../core/i18n/index.ts';
import { isOccupationKey, matchOccupations } from '../../../core/occupations/index.ts';

/** Youngest age that may register for work, and the age below which a parent or guardian must agree. */
export const MIN_AGE = 15;
export const GUARDIAN_BELOW_AGE = 16;
export const MAX_AGE = 90;

const yearFormat = new Intl.DateTimeFormat('en-US', { timeZone: TIME_ZONE, year: 'numeric' });

/** The calendar year in Vietnam at `now`. */
export function yearInVietnam(now: Date): number {
  return Number(yearFormat.format(now));
}

export type BirthAnswer =
  | { kind: 'ok'; birthYear: number; age: number }
  | { kind: 'too_young'; age: number }
  | { kind: 'out_of_range'; year: number }
  | { kind: 'unreadable' };

const AGE = /(?:^|\s)(\d{1,3})\s*(?:tuoi|t|years? old|years?|yrs?|yo)(?:\s|$)/;
const YEAR = /(?:^|\s)(\d{4})(?:\s|$)/g;

/**
 * "1998", "sinh năm 1998", "25 tuổi", "25 tuoi", "25t", "25 years old". Two digits alone ("98", "25") are
 * not read: a year or an age, nobody can tell. Age is the age reached this calendar year (year − birth year),
 * the way ages are commonly counted; a typed age is taken as is.
 */
export function parseBirthYear(text: string, now: Date): BirthAnswer {
  const folded = fold(text);
  const currentYear = yearInVietnam(now);
  const years = [...folded.matchAll(YEAR)].map((m) => Number(m[1]));
  let birthYear: number;
  if (years.length === 1 && years[0] !== undefined) {
    birthYear = years[0];
  } else {
    const age = years.length === 0 ? AGE.exec(folded) : null;
    if (age === null || age[1] === undefined) return { kind: 'unreadable' };
    birthYear = currentYear - Number(age[1]);
  }
  const age = currentYear - birthYear;
  if (age > MAX_AGE || age < 0) return { kind: 'out_of_range', year: birthYear };
  if (age < MIN_AGE) return { kind: 'too_young', age };
  return { kind: 'ok', birthYear, age };
}

const CONSENT_WORDS = {
  yes: new Set(['co', 'dong y', 'dongy', 'toi dong y', 'ok', 'oke', 'okay', 'yes', 'i agree', 'agree']),
  no: new Set(['khong', 'ko', 'k', 'khong dong y', 'no', 'disagree']),
};

/** A clear typed yes or no ("có", "đồng ý", "không"); anything else is neither. */
export function yesNo(text: string | null): 'yes' | 'no' | null {
  return typedYesNo(text, CONSENT_WORDS);
}

export interface OccupationAnswer {
  /** Occupation keys, in the order named, without repeats. */
  keys: string[];
  /** "Khác (gõ tên việc)" was chosen. */
  more: boolean;
  /** Typed words named at least one occupation. */
  typed: boolean;
  /** A number outside the menu, or words that name no occupation with nothing else understood. */
  invalid: boolean;
}

/**
 * Reads a multi-select answer to the occupation menu: the ids the engine mapped ("1 4" → occ.factory,
 * occ.construction), menu numbers in the text (in case the engine did not map a mixed answer like
 * "1 và thợ hàn"), and free text through matchOccupations ("phụ hồ và thợ may").
 */
export function parseOccupations(
  text: string | null,
  ids: readonly string[],
  menu: readonly string[],
  moreId: string,
): OccupationAnswer {
  const keys: string[] = [];
  let more = false;
  let invalid = false;
  let typed = false;
  const add = (id: string): void => {
    if (id === moreId) more = true;
    else if (id.startsWith('occ.') && isOccupationKey(id.slice(4)) && !keys.includes(id.slice(4))) keys.push(id.slice(4));
  };
  for (const id of ids) add(id);
  if (text !== null) {
    const folded = fold(text);
    for (const token of folded.split(' ')) {
      if (!/^\d+$/.test(token)) continue;
      const id = menu[Number(token) - 1];
      if (id === undefined) invalid = true;
      else add(id);
    }
    const words = folded.replace(/\d+/g, ' ').trim();
    if (words !== '') {
      const matches = matchOccupations(text);
      for (const match of matches) add(`occ.${match.key}`);
      typed = matches.length > 0;
      // Words that name nothing count against the answer only when nothing else was understood
      // ("abc" → miss; "1 4 nhé" → factory, construction).
      if (matches.length === 0 && keys.length === 0 && !more && ids.length === 0) invalid = true;
    }
  }
  return { keys, more, typed, invalid };
}
