/**
 * Regional minimum wages (lương tối thiểu vùng) as data, one entry per decree.
 * Add a new decree by appending an entry; `minimumWageOn(date)` picks the one in force.
 * Pure: the caller passes the date (ISO `YYYY-MM-DD`); nothing here reads the clock.
 */
import type { WageRegion } from './types.ts';

export interface MinimumWageSchedule {
  /** First day the decree applies, ISO `YYYY-MM-DD`. */
  effectiveFrom: string;
  /** Legal source, quoted as written. */
  source: string;
  /** The decree's number as written ("293/2025/NĐ-CP"); flags carry it, the i18n catalogue words it. */
  decree: string;
  /** Where the figures were checked. */
  references: readonly string[];
  /** đồng per month, index = region. */
  monthly: Readonly<Record<WageRegion, number>>;
  /** đồng per hour, index = region. */
  hourly: Readonly<Record<WageRegion, number>>;
}

/** Ordered oldest → newest. */
export const MINIMUM_WAGE_SCHEDULES: readonly MinimumWageSchedule[] = [
  {
    effectiveFrom: '2026-01-01',
    source: 'Nghị định 293/2025/NĐ-CP (Decree 293/2025/ND-CP)',
    decree: '293/2025/NĐ-CP',
    references: [
      'https://news.laodong.vn/thoi-su/chinh-thuc-tang-luong-toi-thieu-vung-tu-112026-1606919.ldo',
      'https://ata-legal.com/decree-293-2025-nd-cp-from-january-1-2026-increase-in-regional-minimum-wages-for-employees-working-under-labor-contracts',
    ],
    monthly: { 1: 5_310_000, 2: 4_730_000, 3: 4_140_000, 4: 3_700_000 },
    hourly: { 1: 25_500, 2: 22_700, 3: 20_000, 4: 17_800 },
  },
];

/**
 * Working days per month used to turn the monthly minimum into a daily one
 * (our convention for comparing day rates; the decree itself sets only monthly and hourly figures).
 */
export const WORKING_DAYS_PER_MONTH = 26;

/**
 * The schedule in force on `date` (ISO `YYYY-MM-DD`); without a date, the newest one.
 * Returns undefined for a date before the oldest schedule we hold.
 */
export function minimumWageOn(date?: string): MinimumWageSchedule | undefined {
  if (date === undefined) return MINIMUM_WAGE_SCHEDULES[MINIMUM_WAGE_SCHEDULES.length - 1];
  const day = date.slice(0, 10);
  let found: MinimumWageSchedule | undefined;
  for (const schedule of MINIMUM_WAGE_SCHEDULES) {
    if (schedule.effectiveFrom <= day) found = schedule;
  }
  return found;
}

/** Roman numeral of a region, the same in every language ("vùng I", "region I"). */
export function regionLabel(region: WageRegion): string {
  return ['I', 'II', 'III', 'IV'][region - 1] ?? String(region);
}
