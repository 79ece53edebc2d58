import { fold } from '../fold.ts';

/**
 * How long a course lasts, as typed: "3 tháng", "6 tuần", "45 ngày", "1 năm", "2,5 tháng", "ba tháng", "6 weeks".
 * A month counts 30 days and a year 12 months, so the card reads it back as written ("3 tháng",
 * src/features/courses/card.ts courseDuration). A bare number is not guessed at (days or months?). Pure.
 */
export const COURSE_DAYS = { min: 1, max: 1500 } as const;

export type DurationAnswer =
  | { kind: 'days'; days: number }
  | { kind: 'out_of_range'; days: number }
  | { kind: 'invalid' };

const UNIT_DAYS: Readonly<Record<string, number>> = {
  ngay: 1,
  day: 1,
  days: 1,
  tuan: 7,
  week: 7,
  weeks: 7,
  thang: 30,
  month: 30,
  months: 30,
  nam: 360,
  year: 360,
  years: 360,
};

const NUMBER_WORDS: Readonly<Record<string, number>> = {
  mot: 1,
  hai: 2,
  ba: 3,
  bon: 4,
  nam: 5,
  sau: 6,
  bay: 7,
  tam: 8,
  chin: 9,
  muoi: 10,
  'muoi hai': 12,
};

const SHAPE =
  /^(?:khoang |trong )?(\d{1,4}(?:[.,]\d)?|[a-z]+(?: hai)?) (ngay|days?|tuan|weeks?|thang|months?|nam|years?)$/;

export function parseCourseDuration(text: string): DurationAnswer {
  // fold() turns "2,5" into "2 5": read the decimal comma before folding.
  const decimal = text.normalize('NFKC').replace(/(\d)[.,](\d)(?!\d)/g, '$1d$2');
  const match = SHAPE.exec(fold(decimal).replace(/(\d)d(\d)/g, '$1.$2'));
  if (match === null) return { kind: 'invalid' };
  const [, amount = '', unit = ''] = match;
  const count = /^\d/.test(amount) ? Number(amount) : NUMBER_WORDS[amount];
  const perUnit = UNIT_DAYS[unit];
  if (count === undefined || perUnit === undefined || !Number.isFinite(count)) return { kind: 'invalid' };
  const days = Math.round(count * perUnit);
  if (days < COURSE_DAYS.min || days > COURSE_DAYS.max) return { kind: 'out_of_range', days };
  return { kind: 'days', days };
}
