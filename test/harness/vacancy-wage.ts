import { parseWage } from '../../src/kernel/wage/index.ts';

/** A vacancy's wage columns exactly as the writers fill them (the chat posting effect, the CSV import). */
export function wageColumns(raw: string) {
  const wage = parseWage(raw);
  return {
    wage_raw: raw,
    wage_min: wage.min === null ? null : String(wage.min),
    wage_max: wage.max === null ? null : String(wage.max),
    wage_currency: wage.currency,
    wage_period: wage.period,
    wage_negotiable: wage.negotiable,
  };
}
