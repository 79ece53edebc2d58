import { lastMonth, monthPeriod, thisMonth, thisYear } from '../../kernel/periods.ts';
import { vietnamDay } from '../../kernel/time.ts';

/**
 * The periods of the events page: by default this month and next (what is being organised, and what was just
 * held), with quick links to last month and this whole year. Vietnam calendar. Pure: the caller passes `now`.
 */
export type EventsPeriodId = 'next_two_months' | 'last_month' | 'this_year';

export function defaultEventsPeriod(now: Date): { from: string; to: string } {
  const { y, m } = vietnamDay(now);
  const next = m === 12 ? monthPeriod(y + 1, 1) : monthPeriod(y, m + 1);
  return { from: thisMonth(now).from, to: next.to };
}

export function eventsQuickPeriods(now: Date): { id: EventsPeriodId; from: string; to: string }[] {
  const previous = lastMonth(now);
  const year = thisYear(now);
  return [
    { id: 'next_two_months', ...defaultEventsPeriod(now) },
    { id: 'last_month', from: previous.from, to: previous.to },
    { id: 'this_year', from: year.from, to: year.to },
  ];
}
