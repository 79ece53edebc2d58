import { fold, tidy } from '../../kernel/fold.ts';
import { typedYesNo } from '../shared/yes-no.ts';
import { parseWage, type Wage } from '../../kernel/wage/index.ts';

/** Bounds on what the employer types (characters, after collapsing spaces). */
export const EMPLOYER_LENGTH = { min: 2, max: 120 } as const;
export const TITLE_LENGTH = { min: 2, max: 120 } as const;
export const REQUIREMENTS_LENGTH = { min: 2, max: 300 } as const;
export const CONTACT_LENGTH = { min: 3, max: 200 } as const;
export const MIN_HEADCOUNT = 1;
export const MAX_HEADCOUNT = 10_000;

export function withinLength(text: string, bounds: { readonly min: number; readonly max: number }): boolean {
  const length = [...text].length;
  return length >= bounds.min && length <= bounds.max;
}

/** Typed text tidied (NFC, one space) if it fits the bounds; null otherwise (or for a photo). */
export function boundedText(
  text: string | null,
  bounds: { readonly min: number; readonly max: number },
): string | null {
  if (text === null) return null;
  const tidied = tidy(text);
  return withinLength(tidied, bounds) ? tidied : null;
}

export type HeadcountAnswer =
  | { kind: 'ok'; headcount: number }
  | { kind: 'out_of_range'; value: number }
  | { kind: 'unreadable' };

// "50", "1.000", "1,000", "10 000"? (no: two numbers) — thousands written with a dot or a comma.
const NUMBER = /\d{1,3}(?:[.,]\d{3})+(?!\d)|\d+/g;

/**
 * A whole number of people: "50", "Cần 50 người", "1.000 người". Exactly one number must be written: "20-30
 * người" or "50 người, 18 tuổi" are not guessed at (the question is asked again with an example).
 */
export function parseHeadcount(text: string): HeadcountAnswer {
  const numbers = text.normalize('NFKC').match(NUMBER) ?? [];
  const only = numbers.length === 1 ? numbers[0] : undefined;
  if (only === undefined) return { kind: 'unreadable' };
  const value = Number(only.replace(/[.,]/g, ''));
  if (!Number.isSafeInteger(value)) return { kind: 'unreadable' };
  if (value < MIN_HEADCOUNT || value > MAX_HEADCOUNT) return { kind: 'out_of_range', value };
  return { kind: 'ok', headcount: value };
}

/** A wage worth showing: a figure, "thỏa thuận", or a piece rate ("lương theo sản phẩm"). */
export function wageIsReadable(wage: Wage): boolean {
  return wage.min !== null || wage.max !== null || wage.negotiable || wage.period === 'piece';
}

export function readableWage(raw: string): boolean {
  return wageIsReadable(parseWage(raw));
}

const SKIP_WORDS = new Set([
  'khong',
  'khong co',
  'ko',
  'k',
  'kh',
  'khong can',
  'khong yeu cau',
  'khong co yeu cau',
  'bo qua',
  'bo',
  'skip',
  'none',
  'no',
  'nothing',
  'n a',
  'na',
  'ko co',
]);

/** "không", "không có", "ko", "bỏ qua", "skip", or a lone dash: no requirements. */
export function isSkip(text: string): boolean {
  if (/^[\s\-–—._/]+$/u.test(text)) return true;
  return SKIP_WORDS.has(fold(text));
}

const WAGE_READ_WORDS = {
  yes: new Set([
    'dung',
    'dung roi',
    'duoc',
    'duoc roi',
    'ok',
    'oke',
    'okay',
    'co',
    'chinh xac',
    'yes',
    'right',
    'correct',
  ]),
  no: new Set(['sai', 'sai roi', 'khong', 'ko', 'khong dung', 'nhap lai', 'no', 'wrong']),
};

/** A typed yes or no to "this is the wage I read?" ("đúng" is an answer here: only "dừng" stops). */
export function yesNo(text: string | null): 'yes' | 'no' | null {
  return typedYesNo(text, WAGE_READ_WORDS);
}
