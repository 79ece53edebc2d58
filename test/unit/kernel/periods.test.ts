import { describe, expect, it } from 'vitest';
import { lastMonth, periodBounds, readPeriod, thisMonth, thisYear } from '../../../src/kernel/periods.ts';

// 2026-11-20 10:00 in Vietnam.
const NOW = new Date('2026-11-20T03:00:00Z');

describe('readPeriod', () => {
  it.each([
    ['tháng này', 'month', '2026-11-01', '2026-11-30'],
    ['thang nay', 'month', '2026-11-01', '2026-11-30'],
    ['Tháng trước', 'month', '2026-10-01', '2026-10-31'],
    ['thang truoc', 'month', '2026-10-01', '2026-10-31'],
    ['tháng rồi', 'month', '2026-10-01', '2026-10-31'],
    ['last month', 'month', '2026-10-01', '2026-10-31'],
    ['năm nay', 'year', '2026-01-01', '2026-12-31'],
    ['nam ngoai', 'year', '2025-01-01', '2025-12-31'],
    ['2026', 'year', '2026-01-01', '2026-12-31'],
    ['năm 2025', 'year', '2025-01-01', '2025-12-31'],
    ['tháng 2/2028', 'month', '2028-02-01', '2028-02-29'],
    ['10/2026', 'month', '2026-10-01', '2026-10-31'],
    ['thang 10', 'month', '2026-10-01', '2026-10-31'],
    ['tháng 12', 'month', '2025-12-01', '2025-12-31'], // still ahead this year: last year's
    ['01/01/2026 - 31/03/2026', 'range', '2026-01-01', '2026-03-31'],
    ['1/1/2026-31/3/2026', 'range', '2026-01-01', '2026-03-31'],
    ['từ 01/01/2026 đến 31/03/2026', 'range', '2026-01-01', '2026-03-31'],
    ['tu ngay 01-01-26 den ngay 31-03-26', 'range', '2026-01-01', '2026-03-31'],
    ['31/03/2026 - 01/01/2026', 'range', '2026-01-01', '2026-03-31'], // the wrong way round
    ['2026-01-01 - 2026-01-31', 'range', '2026-01-01', '2026-01-31'],
  ])('%s → %s %s..%s', (text, kind, from, to) => {
    expect(readPeriod(text, NOW)).toEqual({ kind, from, to });
  });

  it.each([
    '',
    'abc',
    '13/2026',
    'thang 13',
    '1999',
    '31/02/2026 - 01/03/2026',
    '01/01/2026',
    '01/01/2026 và 02/02/2026 hoặc 03/03/2026',
    '01/01/2026 abc 02/02/2026',
  ])('%j is not a period', (text) => {
    expect(readPeriod(text, NOW)).toBeNull();
  });

  it('takes months and years in Vietnam time, across the new year', () => {
    // 31/12/2026 23:30 UTC is already 01/01/2027 in Vietnam.
    const newYear = new Date('2026-12-31T17:30:00Z');
    expect(thisMonth(newYear)).toEqual({ kind: 'month', from: '2027-01-01', to: '2027-01-31' });
    expect(lastMonth(newYear)).toEqual({ kind: 'month', from: '2026-12-01', to: '2026-12-31' });
    expect(thisYear(newYear)).toEqual({ kind: 'year', from: '2027-01-01', to: '2027-12-31' });
  });

  it('bounds are Vietnam midnights, the last day included', () => {
    expect(periodBounds({ kind: 'month', from: '2026-11-01', to: '2026-11-30' })).toEqual({
      start: new Date('2026-10-31T17:00:00Z'),
      end: new Date('2026-11-30T17:00:00Z'),
    });
  });
});
