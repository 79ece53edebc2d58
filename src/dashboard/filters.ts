import { vietnamIsoDate } from '../kernel/time.ts';
import { lastMonth, thisMonth } from '../kernel/periods.ts';

/**
 * What a dashboard address asks for: ?from=YYYY-MM-DD&to=YYYY-MM-DD&region=CODE (dd/mm/yyyy is read too).
 * Default period: this year so far (1 January to today, Vietnam calendar). No region: the viewer's own area.
 * Pure: the caller passes `now`.
 */
export interface DashboardFilters {
  from: string;
  to: string;
  /** A province (2 digits) or commune (5 digits) code; null: not given (the viewer's own area). */
  region: string | null;
}

export type FilterError =
  | { reason: 'bad_date'; text: string }
  | { reason: 'bad_range'; from: string; to: string }
  | { reason: 'bad_region'; text: string };

export type FiltersRead = { ok: true; filters: DashboardFilters } | { ok: false; error: FilterError };

export type Query = Readonly<Record<string, unknown>>;

const MIN_YEAR = 2000;
const MAX_YEAR = 2100;

/** One value of a query parameter: the first if repeated, null when absent or empty. */
export function queryValue(query: Query, name: string): string | null {
  const raw = query[name];
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/** 'YYYY-MM-DD' or 'dd/mm/yyyy' (also with - or .) → 'YYYY-MM-DD', or null when it is not a real day. */
export function readDay(text: string): string | null {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  const vn = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/.exec(text);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : vn ? [vn[4], vn[3], vn[1]] : [];
  if (y === undefined) return null;
  const year = Number(y);
  const month = Number(m);
  const day = Number(d);
  if (
    year < MIN_YEAR ||
    year > MAX_YEAR ||
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > new Date(Date.UTC(year, month, 0)).getUTCDate()
  )
    return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function defaultPeriod(now: Date): { from: string; to: string } {
  const today = vietnamIsoDate(now);
  return { from: `${today.slice(0, 4)}-01-01`, to: today };
}

/** The quick choices beside the period form. */
export function quickPeriods(now: Date): { id: 'this_month' | 'last_month' | 'this_year'; from: string; to: string }[] {
  const today = vietnamIsoDate(now);
  const month = thisMonth(now);
  const previous = lastMonth(now);
  return [
    { id: 'this_month', from: month.from, to: today },
    { id: 'last_month', from: previous.from, to: previous.to },
    { id: 'this_year', ...defaultPeriod(now) },
  ];
}

export function readDashboardFilters(query: Query, now: Date): FiltersRead {
  const fallback = defaultPeriod(now);
  const days: string[] = [];
  for (const [name, otherwise] of [
    ['from', fallback.from],
    ['to', fallback.to],
  ] as const) {
    const text = queryValue(query, name);
    const day = text === null ? otherwise : readDay(text);
    if (day === null) return { ok: false, error: { reason: 'bad_date', text: text ?? '' } };
    days.push(day);
  }
  const [from = fallback.from, to = fallback.to] = days;
  if (from > to) return { ok: false, error: { reason: 'bad_range', from, to } };
  const region = queryValue(query, 'region');
  if (region !== null && !/^(\d{2}|\d{5})$/.test(region))
    return { ok: false, error: { reason: 'bad_region', text: region } };
  return { ok: true, filters: { from, to, region } };
}

/** The query string for the same filters (for links and exports), without empty parts. */
export function filtersQuery(
  filters: { from: string; to: string; region: string | null },
  extra: Record<string, string> = {},
): string {
  const params = new URLSearchParams({ from: filters.from, to: filters.to });
  if (filters.region !== null) params.set('region', filters.region);
  for (const [key, value] of Object.entries(extra)) params.set(key, value);
  return params.toString();
}
