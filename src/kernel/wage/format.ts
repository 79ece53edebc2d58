/**
 * Wages and wage flags in words, in the person's language; every word comes from the i18n catalogue.
 * vi: "7–9 triệu/tháng", "Từ 8 triệu/tháng", "300.000 đ/ngày", "Thỏa thuận".
 * en: "7–9 million VND/month", "From 8 million VND/month", "300,000 VND/day", "Negotiable".
 */
import { formatNumber, t } from '../i18n/index.ts';
import type { Lang } from '../i18n/index.ts';
import { regionLabel, WORKING_DAYS_PER_MONTH } from './minimum-wage.ts';
import type { Wage, WageCurrency, WageFlag, WagePeriod } from './types.ts';

/** Figures of one wage in one unit: "7–9 triệu", "300.000 đ", "1.200 USD". */
function formatAmounts(lang: Lang, values: number[], currency: WageCurrency | null): string {
  const inMillions = currency === 'VND' && values.every((v) => v >= 1_000_000 && v % 10_000 === 0);
  const [first = '', second] = values.map((v) => formatNumber(lang, inMillions ? v / 1_000_000 : v));
  const numbers = second === undefined ? first : t(lang, 'wage.range', { min: first, max: second });
  if (inMillions) return t(lang, 'wage.amount', { amount: numbers, unit: t(lang, 'wage.unit.million') });
  return currency === null
    ? numbers
    : t(lang, 'wage.amount', { amount: numbers, unit: t(lang, `wage.currency.${currency}`) });
}

function perPeriod(lang: Lang, amount: string, period: WagePeriod | null): string {
  return period === null ? amount : t(lang, 'wage.per_period', { amount, period: t(lang, `wage.period.${period}`) });
}

/** Short display of a parsed wage: "7–9 triệu/tháng", "Từ 8 triệu/tháng (thỏa thuận)", "Không rõ". */
export function formatWage(w: Wage, lang: Lang): string {
  if (w.min === null && w.max === null) {
    if (w.negotiable) return t(lang, 'wage.negotiable');
    if (w.period === 'piece') return t(lang, 'wage.piece_rate');
    return t(lang, 'wage.unknown');
  }
  let text: string;
  if (w.min !== null && w.max !== null) {
    const values = w.min === w.max ? [w.min] : [w.min, w.max];
    text = perPeriod(lang, formatAmounts(lang, values, w.currency), w.period);
  } else if (w.min !== null) {
    text = t(lang, 'wage.bound.from', { amount: perPeriod(lang, formatAmounts(lang, [w.min], w.currency), w.period) });
  } else {
    text = t(lang, 'wage.bound.up_to', {
      amount: perPeriod(lang, formatAmounts(lang, [w.max ?? 0], w.currency), w.period),
    });
  }
  return w.negotiable ? t(lang, 'wage.negotiable_with_amount', { wage: text }) : text;
}

/** Whole đồng per period: "5.310.000 đ/tháng", "204.231 đ/ngày". */
function dongPer(lang: Lang, value: number, period: WagePeriod): string {
  const amount = t(lang, 'wage.amount', {
    amount: formatNumber(lang, Math.round(value), 0),
    unit: t(lang, 'wage.currency.VND'),
  });
  return perPeriod(lang, amount, period);
}

/** Where a below-minimum limit comes from: "tháng ÷ 26 ngày; Nghị định 293/2025/NĐ-CP". */
function basisOf(lang: Lang, flag: WageFlag): string | null {
  const daily = flag.period === 'day' ? t(lang, 'wage.flag.basis.daily', { days: WORKING_DAYS_PER_MONTH }) : null;
  const decree = flag.source === undefined ? null : t(lang, 'wage.flag.basis.decree', { number: flag.source });
  if (daily !== null && decree !== null) return t(lang, 'wage.flag.basis.both', { first: daily, second: decree });
  return daily ?? decree;
}

/** One sentence explaining a flag, for the official who reviews the post. */
export function describeWageFlag(flag: WageFlag, lang: Lang): string {
  const value = dongPer(lang, flag.value, flag.period);
  const limit = dongPer(lang, flag.limit, flag.period);
  if (flag.code === 'implausibly_high') return t(lang, 'wage.flag.implausibly_high', { value, limit });
  const text =
    flag.region === undefined
      ? t(lang, 'wage.flag.below_minimum.no_region', { value, limit })
      : t(lang, 'wage.flag.below_minimum', {
          value,
          limit,
          region: t(lang, 'wage.region', { region: regionLabel(flag.region) }),
        });
  const basis = basisOf(lang, flag);
  return basis === null ? text : t(lang, 'wage.flag.with_basis', { text, basis });
}
