import { fold } from '../fold.ts';
import { findAmounts, isExplicit, normaliseForNumbers, total } from '../wage/amounts.ts';

/**
 * A course's fee, or the support a learner gets, as typed: "miễn phí", "0", "2,5 triệu", "2tr5", "2.500.000",
 * "2.500.000 đồng", "800k", "800 nghìn". Read with the wage parser's amounts; one amount in đồng, with a unit or
 * the size of a full figure ("3" alone is not guessed at). Pure.
 */
export const MAX_FEE_VND = 1_000_000_000;

export type FeeAnswer =
  | { kind: 'vnd'; vnd: number }
  | { kind: 'too_high'; vnd: number }
  /** In dollars, yen…: courses here are paid in đồng. */
  | { kind: 'foreign_currency' }
  | { kind: 'invalid' };

const FREE_WORDS: ReadonlySet<string> = new Set([
  'mien phi',
  'mien hoc phi',
  'khong mat phi',
  'khong mat tien',
  'khong thu phi',
  'khong thu hoc phi',
  'free',
  'free of charge',
  '0',
  '0 dong',
  '0d',
  '0 vnd',
]);

/** "4 500 000": a figure typed alone may group its thousands with spaces. */
const SPACED_THOUSANDS = /(?<=\d) (?=\d{3}(?!\d))/g;

export function parseVndAmount(text: string): FeeAnswer {
  if (FREE_WORDS.has(fold(text))) return { kind: 'vnd', vnd: 0 };
  const amounts = findAmounts(normaliseForNumbers(text.normalize('NFKC')).replace(SPACED_THOUSANDS, ''));
  const only = amounts.length === 1 ? amounts[0] : undefined;
  if (only === undefined || !isExplicit(only)) return { kind: 'invalid' };
  if (only.currency !== null && only.currency !== 'VND') return { kind: 'foreign_currency' };
  const vnd = Math.round(total(only));
  if (vnd > MAX_FEE_VND) return { kind: 'too_high', vnd };
  return { kind: 'vnd', vnd };
}
