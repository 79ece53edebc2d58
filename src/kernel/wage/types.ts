/** The shapes of a parsed wage and of the flags a check raises. Flags are data; format.ts words them. */

export type WageCurrency = 'VND' | 'USD' | 'JPY' | 'KRW' | 'TWD' | 'OTHER';
export type WagePeriod = 'month' | 'day' | 'hour' | 'shift' | 'piece';

/** Vùng I–IV of the regional minimum wage (which commune is in which region is not modelled here). */
export type WageRegion = 1 | 2 | 3 | 4;

export interface Wage {
  raw: string;
  min: number | null;
  max: number | null;
  currency: WageCurrency | null;
  period: WagePeriod | null;
  negotiable: boolean;
  /** True when a figure's unit was guessed (bare "lương 8-10" read as millions). */
  assumed: boolean;
}

export type WageFlagCode = 'below_minimum' | 'implausibly_high';

/**
 * A reason to hold a post for review, as data (no prose: `describeWageFlag(flag, lang)` words it).
 * below_minimum: `value` < `limit`, the regional minimum for `period` (day = monthly ÷ WORKING_DAYS_PER_MONTH,
 * not rounded), with the `region` and the `source` decree number ("293/2025/NĐ-CP").
 * implausibly_high: `value` > `limit`, one of our IMPLAUSIBLE_* thresholds (no region, no source).
 * Values are VND per `period`.
 */
export interface WageFlag {
  code: WageFlagCode;
  period: WagePeriod;
  value: number;
  limit: number;
  region?: WageRegion;
  /** Number of the decree that sets `limit`, as written: "293/2025/NĐ-CP". */
  source?: string;
}
