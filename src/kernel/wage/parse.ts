/**
 * Wages as Vietnamese vacancy posts write them: "8-10tr/tháng", "7tr5", "300k/ngày", "Thỏa thuận", "18 man/tháng".
 * Rules: reference/vietnam-domain.md §3.3. Pure: no I/O, no clock. `parseWage` never throws; what it cannot read
 * comes back as nulls with `raw` kept.
 * Steps: amounts.ts finds figures, ranges.ts groups them and picks the wage, period.ts and bounds.ts read the
 * words around it; this file combines them and guesses units for bare numbers.
 */
import { fold } from '../fold.ts';
import { findAmounts, isExplicit, normaliseForNumbers, total } from './amounts.ts';
import type { Amount } from './amounts.ts';
import { boundWords } from './bounds.ts';
import { periodAfter, periodFromMarkers } from './period.ts';
import type { FoundPeriod } from './period.ts';
import { currencyOfGroup, groupAmounts, pickGroup, shareUnits } from './ranges.ts';
import type { Wage, WageCurrency } from './types.ts';

/** A bare number up to this ("lương 8-10") is read as millions of đồng per month, with `assumed: true`. */
export const BARE_MILLIONS_MAX = 200;

/*
 * With no period written, a figure at least this large (in its own currency) is taken as monthly.
 * VND 1,000,000 is the doc's rule; the others are ours, well above any hourly/daily rate in that currency.
 */
const MONTHLY_DEFAULT_FLOOR: Record<WageCurrency, number | null> = {
  VND: 1_000_000,
  USD: 300,
  JPY: 50_000,
  KRW: 1_000_000,
  TWD: 10_000,
  OTHER: null,
};

const NEGOTIABLE = /(?:^| )(?:thoa thuan|thuong luong|canh tranh|tt|deal|negotiable)(?: |$)/;

function emptyWage(raw: string): Wage {
  return { raw, min: null, max: null, currency: null, period: null, negotiable: false, assumed: false };
}

function round(value: number, currency: WageCurrency | null): number {
  return currency === 'VND' || currency === 'KRW' || currency === 'JPY'
    ? Math.round(value)
    : Math.round(value * 100) / 100;
}

function parseWageUnsafe(raw: string): Wage {
  const wage = emptyWage(raw);
  const folded = fold(raw);
  wage.negotiable = NEGOTIABLE.test(folded);
  const text = normaliseForNumbers(raw);
  const group = pickGroup(text, groupAmounts(text, findAmounts(text)));

  const groupEnd = group === null ? 0 : (group.second ?? group.first).end;
  const found: FoundPeriod | null =
    (group === null ? null : periodAfter(text, groupEnd)) ?? periodFromMarkers(folded, raw);
  if (found !== null && found !== 'unsupported') wage.period = found;
  if (group === null) return wage;

  let amounts: Amount[];
  if (group.second === null) {
    amounts = [group.first];
  } else {
    const shared = shareUnits(group.first, group.second);
    amounts = [shared.a, shared.b];
    if (shared.scaled) wage.assumed = true;
  }

  let values: number[];
  let currency = currencyOfGroup(amounts);
  if (amounts.some(isExplicit)) {
    values = amounts.map(total);
  } else {
    // Bare numbers: "lương 8-10" → millions a month; "25/giờ", "300/ngày" → thousands.
    const biggest = Math.max(...amounts.map((a) => a.value));
    let factor: number;
    if (found !== null && found !== 'month' && found !== 'unsupported' && biggest < 1000) {
      factor = 1_000;
    } else if ((found === null || found === 'month') && biggest <= BARE_MILLIONS_MAX) {
      factor = 1_000_000;
      wage.period = 'month';
    } else {
      return wage;
    }
    values = amounts.map((a) => a.value * factor);
    currency = 'VND';
    wage.assumed = true;
  }

  values = values.map((v) => round(v, currency));
  if (values.some((v) => !Number.isFinite(v) || v <= 0)) return wage;
  wage.currency = currency;

  const [first = 0, second] = values;
  if (second !== undefined) {
    wage.min = Math.min(first, second);
    wage.max = Math.max(first, second);
  } else {
    const bound = boundWords(text, group.first.start, group.first.end);
    wage.min = bound === 'max' ? null : first;
    wage.max = bound === 'min' ? null : first;
  }

  if (wage.period === null && found === null && currency !== null) {
    const floor = MONTHLY_DEFAULT_FLOOR[currency];
    const headline = wage.max ?? wage.min ?? 0;
    if (floor !== null && headline >= floor) wage.period = 'month';
  }
  return wage;
}

/** Read a wage as posts write it. Never throws: unreadable input gives nulls with `raw` kept. */
export function parseWage(raw: string): Wage {
  const text = typeof raw === 'string' ? raw : '';
  try {
    return parseWageUnsafe(text);
  } catch {
    return emptyWage(text);
  }
}
