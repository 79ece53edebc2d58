/**
 * One reading of PostgreSQL values for both drivers (pg and PGlite), so code never sees a difference:
 * int8 (ids, counts) as JS numbers (ids stay far below 2^53), numeric as strings, calendar dates as
 * 'YYYY-MM-DD' strings (a date has no time zone; pg would turn it into local midnight), timestamps as Date.
 */
export const INT8_OID = 20;
export const NUMERIC_OID = 1700;
export const DATE_OID = 1082;

export function parseInt8(value: string): number {
  const parsed = Number(value);
  if (!Number.isSafeInteger(parsed)) throw new RangeError(`int8 value ${value} is beyond the safe integer range`);
  return parsed;
}

export const PGLITE_PARSERS: Record<number, (value: string) => unknown> = {
  [INT8_OID]: parseInt8,
  [NUMERIC_OID]: (value: string) => value,
  [DATE_OID]: (value: string) => value,
};
