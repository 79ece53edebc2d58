/** Wages: parse what posts write, check them against the law and the norm, show them in the person's language. */
export type { Wage, WageCurrency, WageFlag, WageFlagCode, WagePeriod, WageRegion } from './types.ts';
export { BARE_MILLIONS_MAX, parseWage } from './parse.ts';
export { checkWage, IMPLAUSIBLE_DAILY_VND, IMPLAUSIBLE_HOURLY_VND, IMPLAUSIBLE_MONTHLY_VND } from './check.ts';
export { describeWageFlag, formatWage } from './format.ts';
export { MINIMUM_WAGE_SCHEDULES, minimumWageOn, regionLabel, WORKING_DAYS_PER_MONTH } from './minimum-wage.ts';
export type { MinimumWageSchedule } from './minimum-wage.ts';
export { formatWageFloor, readWageFloor, WAGE_FLOOR_MAX_VND } from './floor.ts';
export type { WageFloorAnswer } from './floor.ts';
