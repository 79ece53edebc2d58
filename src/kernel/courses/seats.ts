import { fold } from '../fold.ts';

/** How many places a course has: "30", "30 chỗ", "1.000 học viên", or "không giới hạn" (null). Pure. */
export const COURSE_SEATS = { min: 1, max: 10_000 } as const;

export type SeatsAnswer =
  | { kind: 'seats'; seats: number | null }
  | { kind: 'out_of_range'; value: number }
  | { kind: 'invalid' };

const UNLIMITED: ReadonlySet<string> = new Set([
  'khong gioi han',
  'ko gioi han',
  'khong han che',
  'tuy y',
  'unlimited',
  'no limit',
]);

// Thousands written with a dot or a comma: "1.000".
const NUMBER = /\d{1,3}(?:[.,]\d{3})+(?!\d)|\d+/g;

export function parseCourseSeats(text: string): SeatsAnswer {
  if (UNLIMITED.has(fold(text))) return { kind: 'seats', seats: null };
  const numbers = text.normalize('NFKC').match(NUMBER) ?? [];
  const only = numbers.length === 1 ? numbers[0] : undefined;
  if (only === undefined) return { kind: 'invalid' };
  const value = Number(only.replace(/[.,]/g, ''));
  if (!Number.isSafeInteger(value)) return { kind: 'invalid' };
  if (value < COURSE_SEATS.min || value > COURSE_SEATS.max) return { kind: 'out_of_range', value };
  return { kind: 'seats', seats: value };
}
