import { formatDeadlineVi } from '../../kernel/deadline.ts';
import { formatDate, formatNumber, TIME_ZONE, type Lang } from '../../kernel/i18n/index.ts';
import type { Shown } from '../../reporting/dashboard-tables.ts';

/** Numbers, days and times as the dashboard shows them: 1.234, dd/mm/yyyy, HH:mm in Vietnam. Pure. */
export const NOT_KNOWN = '—';

export function count(lang: Lang, n: number): string {
  return formatNumber(lang, n, 0);
}

/** A table cell or a big number: the count, "<5", or "—" when not known. */
export function cellText(lang: Lang, value: Shown): string {
  if (value === null) return NOT_KNOWN;
  return typeof value === 'number' ? count(lang, value) : value;
}

/** 'YYYY-MM-DD' → dd/mm/yyyy. */
export function day(iso: string): string {
  return formatDeadlineVi(iso);
}

const clockFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

export function clock(date: Date): string {
  return clockFormat.format(date);
}

export function dateTime(lang: Lang, date: Date): string {
  return `${formatDate(lang, date)} ${clock(date)}`;
}
