/**
 * English messages. `satisfies Catalogue` makes a missing key or an extra key a type error;
 * test/unit/core/i18n.test.ts also checks the keys and that every placeholder of `vi` is used here.
 */
import type { Catalogue } from './vi.ts';

export const en = {
  // wage
  'wage.unit.million': 'million VND',
  'wage.currency.VND': 'VND',
  'wage.currency.USD': 'USD',
  'wage.currency.JPY': 'yen',
  'wage.currency.KRW': 'won',
  'wage.currency.TWD': 'TWD',
  'wage.currency.OTHER': '(foreign currency)',
  'wage.period.month': 'month',
  'wage.period.day': 'day',
  'wage.period.hour': 'hour',
  'wage.period.shift': 'shift',
  'wage.period.piece': 'piece',
  'wage.amount': '{amount} {unit}',
  'wage.range': '{min}–{max}',
  'wage.per_period': '{amount}/{period}',
  'wage.bound.from': 'From {amount}',
  'wage.bound.up_to': 'Up to {amount}',
  'wage.negotiable': 'Negotiable',
  'wage.negotiable_with_amount': '{wage} (negotiable)',
  'wage.piece_rate': 'Piece rate',
  'wage.unknown': 'Not stated',

  // wage.flag
  'wage.region': 'region {region}',
  'wage.flag.below_minimum': '{value} is below the {region} minimum wage of {limit}',
  'wage.flag.below_minimum.no_region': '{value} is below the minimum wage of {limit}',
  'wage.flag.implausibly_high': '{value} is unusually high (threshold {limit}); a sign of "easy work, high pay" scams',
  'wage.flag.with_basis': '{text} ({basis})',
  'wage.flag.basis.daily': 'monthly ÷ {days} days',
  'wage.flag.basis.decree': 'Decree {number}',
  'wage.flag.basis.both': '{first}; {second}',
} as const satisfies Catalogue;
