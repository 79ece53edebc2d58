/**
 * A worker's wage floor as they type it in /theodoi ("5 triệu", "5tr", "4tr5", "4.500.000", or "5" as posts write
 * millions), read with the wage parser. Only monthly pay in đồng makes a floor: matching compares it with a
 * vacancy's monthly maximum in đồng (migrations/0011_wage_floor.ts) and never converts day or hour rates, so a
 * floor typed per day or in another currency is refused with an explanation, not converted either.
 * A range ("5-7 triệu") gives its lower end, the least they accept. Pure.
 */
import { fold } from '../fold.ts';
import type { Lang } from '../i18n/index.ts';
import { formatWage } from './format.ts';
import { parseWage } from './parse.ts';

/** Above this a floor is taken for a typo ("45000000000"); it also keeps the value far inside the integer column. */
export const WAGE_FLOOR_MAX_VND = 100_000_000;

export type WageFloorAnswer =
  | { kind: 'floor'; vnd: number }
  /** "bỏ", "không": no floor. */
  | { kind: 'clear' }
  /** A figure per day, hour, shift or piece, or with no period that reads as monthly. */
  | { kind: 'not_monthly' }
  | { kind: 'foreign_currency' }
  | { kind: 'too_high'; vnd: number }
  | { kind: 'unreadable' };

const CLEAR_WORDS: ReadonlySet<string> = new Set([
  'bo',
  'bo di',
  'khong',
  'ko',
  'k',
  'khong can',
  'none',
  'no',
  'clear',
  'remove',
]);

/** "4 500 000": a figure typed alone may group its thousands with spaces (posts rarely do; the parser does not). */
const SPACED_THOUSANDS = /(?<=\d) (?=\d{3}(?!\d))/g;

export function readWageFloor(text: string): WageFloorAnswer {
  if (CLEAR_WORDS.has(fold(text))) return { kind: 'clear' };
  const wage = parseWage(text.replace(SPACED_THOUSANDS, ''));
  const lowest = wage.min ?? wage.max;
  if (lowest === null) return { kind: 'unreadable' };
  if (wage.currency !== 'VND') return { kind: 'foreign_currency' };
  if (wage.period !== 'month') return { kind: 'not_monthly' };
  if (lowest > WAGE_FLOOR_MAX_VND) return { kind: 'too_high', vnd: Math.round(lowest) };
  return { kind: 'floor', vnd: Math.round(lowest) };
}

/** A floor in words: "5 triệu/tháng", "4,5 triệu/tháng"; en "5 million VND/month". */
export function formatWageFloor(vnd: number, lang: Lang): string {
  return formatWage(
    { raw: '', min: vnd, max: vnd, currency: 'VND', period: 'month', negotiable: false, assumed: false },
    lang,
  );
}
