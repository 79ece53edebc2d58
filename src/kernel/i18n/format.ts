/**
 * Numbers and dates as each language writes them. Pure: the caller passes the value (and the Date; no clock).
 * vi: 1.234.567,5   en: 1,234,567.5   dates: dd/mm/yyyy in both, in Vietnam's time zone.
 */
import { resolveLang } from './lang.ts';
import type { Lang } from './lang.ts';

/** Vietnam's time zone; the bot's dates are the dates people in Vietnam see on their calendar. */
export const TIME_ZONE = 'Asia/Ho_Chi_Minh';

// One fixed locale for the digits (en-US data exists in every ICU build), then the separators per language.
const numberFormats = new Map<number, Intl.NumberFormat>();

function numberFormat(maxFractionDigits: number): Intl.NumberFormat {
  let format = numberFormats.get(maxFractionDigits);
  if (format === undefined) {
    format = new Intl.NumberFormat('en-US', {
      minimumFractionDigits: 0,
      maximumFractionDigits: maxFractionDigits,
      signDisplay: 'negative', // no "-0" when a small negative rounds to zero
    });
    numberFormats.set(maxFractionDigits, format);
  }
  return format;
}

/**
 * `n` with thousands grouped and at most `maxFractionDigits` decimals, trailing zeros dropped:
 * vi "1.234.567,5", en "1,234,567.5". Rounds half away from zero on the number as written
 * (0.215 → "0,22", where toFixed would give "0.21"); never "-0".
 */
export function formatNumber(lang: Lang, n: number, maxFractionDigits = 2): string {
  const digits = Number.isFinite(maxFractionDigits) ? Math.min(100, Math.max(0, Math.trunc(maxFractionDigits))) : 2;
  const text = numberFormat(digits).format(n);
  if (resolveLang(lang) === 'en') return text;
  return text.replace(/[,.]/g, (c) => (c === ',' ? '.' : ','));
}

const dateFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * The calendar date of `date` in Vietnam, dd/mm/yyyy. Both languages write it so today; `lang` is taken so that
 * callers need not change if one ever differs. Throws RangeError on an invalid Date (a bug, not user input).
 */
export function formatDate(_lang: Lang, date: Date): string {
  if (Number.isNaN(date.getTime())) throw new RangeError('formatDate: invalid Date');
  const parts = Object.fromEntries(dateFormat.formatToParts(date).map((p) => [p.type, p.value]));
  return `${parts['day']}/${parts['month']}/${String(parts['year']).padStart(4, '0')}`;
}
