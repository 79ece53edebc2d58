/**
 * One reading of PostgreSQL values for both drivers (pg and PGlite), so code never sees a difference:
 * int8 (ids, counts) as JS numbers (ids stay far below 2^53), numeric as strings, dates as Date.
 */
export const INT8_OID = 20;
export const NUMERIC_OID = 1700;

export function parseInt8(value: string): number {
  const parsed = Number(value);
  if (!Number.isSafeInteger(parsed)) throw new RangeError(`int8 value ${value} is beyond the safe integer range`);
  return parsed;
}

export const PGLITE_PARSERS: Record<number, (value: string) => unknown> = {
  [INT8_OID]: parseInt8,
  [NUMERIC_OID]: (value: string) => value,
};
