import { describe, expect, it } from 'vitest';
import {
  formatWageFloor,
  readWageFloor,
  WAGE_FLOOR_MAX_VND,
  type WageFloorAnswer,
} from '../../../src/kernel/wage/index.ts';

/** A worker's lowest monthly pay as typed in /theodoi: monthly đồng only, the lower end of a range, or cleared. */

const M = 1_000_000;
const floor = (vnd: number): WageFloorAnswer => ({ kind: 'floor', vnd });

const ROWS: [typed: string, answer: WageFloorAnswer][] = [
  // what people type for a monthly amount
  ['5 triệu', floor(5 * M)],
  ['5 TRIEU', floor(5 * M)],
  ['5tr', floor(5 * M)],
  ['5 củ', floor(5 * M)],
  ['5m', floor(5 * M)],
  ['4tr5', floor(4.5 * M)],
  ['4,5 triệu', floor(4.5 * M)],
  ['4 triệu rưỡi', floor(4.5 * M)],
  ['4.500.000', floor(4.5 * M)],
  ['4,500,000', floor(4.5 * M)],
  ['4500000', floor(4.5 * M)],
  ['4 500 000', floor(4.5 * M)],
  ['4.500.000đ/tháng', floor(4.5 * M)],
  ['5 triệu/tháng', floor(5 * M)],
  ['lương 6 triệu', floor(6 * M)],
  ['5', floor(5 * M)], // a bare small number is millions, as posts write it
  ['5 million', floor(5 * M)],
  ['1 triệu', floor(1 * M)],
  // a range or a bound: the least they accept
  ['5-7 triệu', floor(5 * M)],
  ['từ 5 triệu', floor(5 * M)],
  ['trên 6 triệu', floor(6 * M)],
  // cleared
  ['bỏ', { kind: 'clear' }],
  ['Bo', { kind: 'clear' }],
  ['không', { kind: 'clear' }],
  ['khong', { kind: 'clear' }],
  ['ko', { kind: 'clear' }],
  ['none', { kind: 'clear' }],
  // not a monthly amount: refused, never converted
  ['300k/ngày', { kind: 'not_monthly' }],
  ['300.000 đ/ngày', { kind: 'not_monthly' }],
  ['25k/giờ', { kind: 'not_monthly' }],
  ['5 triệu/ngày', { kind: 'not_monthly' }],
  ['200k/ca', { kind: 'not_monthly' }],
  ['500k', { kind: 'not_monthly' }], // no period and too small to be a month
  ['1000 USD', { kind: 'foreign_currency' }],
  ['$800', { kind: 'foreign_currency' }],
  ['18 man', { kind: 'foreign_currency' }],
  // unreadable or a typo
  ['thỏa thuận', { kind: 'unreadable' }],
  ['nhiều nhất có thể', { kind: 'unreadable' }],
  ['', { kind: 'unreadable' }],
  ['300', { kind: 'unreadable' }],
  ['150 triệu', { kind: 'too_high', vnd: 150 * M }],
  ['45000000000', { kind: 'too_high', vnd: 45_000 * M }],
];

describe('readWageFloor', () => {
  it.each(ROWS)('%j → %j', (typed, answer) => {
    expect(readWageFloor(typed)).toEqual(answer);
  });

  it('takes the highest floor it allows, and not one đồng more', () => {
    expect(readWageFloor('100 triệu')).toEqual(floor(WAGE_FLOOR_MAX_VND));
    expect(readWageFloor('100.000.001')).toEqual({ kind: 'too_high', vnd: WAGE_FLOOR_MAX_VND + 1 });
  });
});

describe('formatWageFloor', () => {
  it.each([
    [5 * M, 'vi', '5 triệu/tháng'],
    [4.5 * M, 'vi', '4,5 triệu/tháng'],
    [4_505_000, 'vi', '4.505.000 đ/tháng'],
    [5 * M, 'en', '5 million VND/month'],
  ] as const)('%d in %s: %s', (vnd, lang, words) => {
    expect(formatWageFloor(vnd, lang)).toBe(words);
  });
});
