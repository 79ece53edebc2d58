/**
 * Vietnamese messages: the source of truth for every user-facing string (en.ts must mirror its keys).
 *
 * Conventions, so the catalogue can grow to hundreds of keys without turning into a grab bag:
 * - Keys are dotted, `area.concept[.variant]`, lower snake case; where a key is looked up from a domain code
 *   the last part is the code itself (`wage.period.${WagePeriod}`, `wage.currency.${WageCurrency}`).
 * - Keys are grouped below by area, areas in alphabetical order; a new area gets its own banner.
 * - Placeholders are `{name}` (letters, digits, `_`). `t()` formats number params for the language, so a
 *   figure that must not be grouped (a year, a code) is passed as a string.
 * - Whole phrases, not fragments glued in code: word order differs between languages.
 * If this file gets too long, split an area into `vi/<area>.ts` and spread it here; the key type is unchanged.
 */
export const vi = {
  // -------------------------------------------------------------------------------------------
  // wage: display of a parsed wage (src/core/wage/format.ts)
  // -------------------------------------------------------------------------------------------
  'wage.unit.million': 'triệu',
  'wage.currency.VND': 'đ',
  'wage.currency.USD': 'USD',
  'wage.currency.JPY': 'yên',
  'wage.currency.KRW': 'won',
  'wage.currency.TWD': 'Đài tệ',
  'wage.currency.OTHER': '(ngoại tệ)',
  'wage.period.month': 'tháng',
  'wage.period.day': 'ngày',
  'wage.period.hour': 'giờ',
  'wage.period.shift': 'ca',
  'wage.period.piece': 'sản phẩm',
  /** Figures and their unit: "7–9 triệu", "300.000 đ". */
  'wage.amount': '{amount} {unit}',
  /** Two figures of a range, already formatted. */
  'wage.range': '{min}–{max}',
  /** An amount per period: "7–9 triệu/tháng". */
  'wage.per_period': '{amount}/{period}',
  'wage.bound.from': 'Từ {amount}',
  'wage.bound.up_to': 'Lên đến {amount}',
  'wage.negotiable': 'Thỏa thuận',
  /** A figure that is also open to negotiation: "Từ 7 triệu/tháng (thỏa thuận)". */
  'wage.negotiable_with_amount': '{wage} (thỏa thuận)',
  'wage.piece_rate': 'Lương khoán theo sản phẩm',
  'wage.unknown': 'Không rõ',

  // -------------------------------------------------------------------------------------------
  // wage.flag: why a wage was held for review (describeWageFlag)
  // -------------------------------------------------------------------------------------------
  'wage.region': 'vùng {region}',
  'wage.flag.below_minimum': '{value} thấp hơn lương tối thiểu {region} {limit}',
  'wage.flag.below_minimum.no_region': '{value} thấp hơn lương tối thiểu {limit}',
  'wage.flag.implausibly_high': '{value} cao bất thường (ngưỡng {limit}); dấu hiệu "việc nhẹ lương cao"',
  /** A flag sentence followed by where its limit comes from. */
  'wage.flag.with_basis': '{text} ({basis})',
  /** How a daily minimum was derived from the monthly one. */
  'wage.flag.basis.daily': 'tháng ÷ {days} ngày',
  'wage.flag.basis.decree': 'Nghị định {number}',
  /** Two parts of a basis: "tháng ÷ 26 ngày; Nghị định 293/2025/NĐ-CP". */
  'wage.flag.basis.both': '{first}; {second}',
} as const;

/** Every message key; `vi` defines them. */
export type MessageKey = keyof typeof vi;

/** The shape every other language's catalogue must have: exactly the keys of `vi`. */
export type Catalogue = { readonly [K in MessageKey]: string };
