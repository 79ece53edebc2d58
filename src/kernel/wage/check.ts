/**
 * Sanity checks on a parsed wage: below the regional minimum (the law) or far above the norm
 * (reference/vietnam-domain.md §5: "việc nhẹ lương cao" is a scam signal). Flags are data; format.ts words them.
 */
import { minimumWageOn, WORKING_DAYS_PER_MONTH } from './minimum-wage.ts';
import type { Wage, WageFlag, WageRegion } from './types.ts';

/*
 * Thresholds for `implausibly_high` (ours, not legal figures). They mark pay far above what
 * unskilled work pays in Vietnam, the "việc nhẹ lương cao" pattern of §5.2; a flag is a reason to hold
 * a post for review, not proof of a scam. Compared with `max` (the headline figure) when present.
 */
/** Monthly VND above this looks implausible for ordinary work (~10× the region I minimum). */
export const IMPLAUSIBLE_MONTHLY_VND = 50_000_000;
/** Daily VND above this (also used per shift) looks implausible; recruitment spam quotes 500k–1M/day. */
export const IMPLAUSIBLE_DAILY_VND = 1_000_000;
/** Hourly VND above this looks implausible (~8× the region I hourly minimum). */
export const IMPLAUSIBLE_HOURLY_VND = 200_000;

/**
 * Flags for a parsed wage in a minimum-wage region (1–4 = vùng I–IV).
 * below_minimum: VND monthly, daily (monthly minimum / 26 days) or hourly pay under the regional minimum,
 * judged on `max` when present (the best the post offers), else `min`.
 * implausibly_high: VND pay above the IMPLAUSIBLE_* thresholds (shift uses the daily one).
 * `asOf` (ISO date) picks the decree in force; without it, the newest one we hold.
 * Foreign currencies, piece rates, unknown periods and wages without a figure give no flags.
 */
export function checkWage(w: Wage, region: WageRegion, asOf?: string): WageFlag[] {
  const value = w.max ?? w.min;
  const period = w.period;
  if (value === null || w.currency !== 'VND' || period === null || period === 'piece') return [];
  const flags: WageFlag[] = [];
  const schedule = minimumWageOn(asOf);

  if (schedule !== undefined) {
    const minimum =
      period === 'month'
        ? schedule.monthly[region]
        : period === 'day'
          ? schedule.monthly[region] / WORKING_DAYS_PER_MONTH
          : period === 'hour'
            ? schedule.hourly[region]
            : null;
    if (minimum !== null && value < minimum) {
      flags.push({ code: 'below_minimum', period, value, limit: minimum, region, source: schedule.decree });
    }
  }

  const ceiling =
    period === 'month' ? IMPLAUSIBLE_MONTHLY_VND : period === 'hour' ? IMPLAUSIBLE_HOURLY_VND : IMPLAUSIBLE_DAILY_VND;
  if (value > ceiling) flags.push({ code: 'implausibly_high', period, value, limit: ceiling });
  return flags;
}
