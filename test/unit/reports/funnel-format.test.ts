import { describe, expect, it } from 'vitest';
import { funnelCsv, funnelTable } from '../../../src/reports/funnel-format.ts';
import { shownCount, vietnamDayStart, type FunnelCounts, type FunnelMeasure, type FunnelReport } from '../../../src/reports/funnel.ts';

const zero: FunnelCounts = {
  registered: 0,
  activeAtEnd: 0,
  stopped: 0,
  deleted: null,
  vacanciesApproved: 0,
  headcountApproved: 0,
  employers: 0,
  interested: 0,
  introduced: 0,
  hired: 0,
};

const REPORT: FunnelReport = {
  scope: { level: 'province', code: '19', name: 'Thái Nguyên' },
  period: { from: '2026-03-01', to: '2026-03-31' },
  groupBy: 'commune',
  rows: [
    { code: '05665', name: 'Xã Văn Lăng', ...zero, registered: 1234, activeAtEnd: 4, stopped: 5, vacanciesApproved: 3, headcountApproved: 12345, employers: 2 },
    // A name written with combining marks (NFD) and a comma: the table still lines up, the CSV quotes it.
    { code: '05860', name: 'Phường Phổ Yên, "cũ"'.normalize('NFD'), ...zero, interested: 1 },
  ],
  total: { ...zero, registered: 1234, activeAtEnd: 4, stopped: 5, vacanciesApproved: 3, headcountApproved: 12345, employers: 2, interested: 1 },
  breakdowns: [],
};

describe('showing funnel numbers', () => {
  it.each<[FunnelMeasure, number | null, ReturnType<typeof shownCount>]>([
    ['registered', 0, 0],
    ['registered', 1, '<5'],
    ['registered', 4, '<5'],
    ['registered', 5, 5],
    ['hired', 3, '<5'],
    ['interested', 2, '<5'],
    ['deleted', 2, '<5'],
    ['deleted', null, null],
    // Vacancies, headcounts and employers are not people: shown as they are.
    ['vacanciesApproved', 3, 3],
    ['headcountApproved', 2, 2],
    ['employers', 1, 1],
  ])('%s %j is shown as %j', (measure, value, shown) => {
    expect(shownCount(measure, value)).toBe(shown);
  });

  it('a period starts at midnight in Vietnam', () => {
    expect(vietnamDayStart('2026-03-01').toISOString()).toBe('2026-02-28T17:00:00.000Z');
    expect(() => vietnamDayStart('01/03/2026')).toThrow(RangeError);
  });

  it('the table: Vietnamese thousands, <5 for few people, — where unknown, columns aligned', () => {
    const lines = funnelTable(REPORT);
    expect(lines[0]).toBe('Funnel for Thái Nguyên (19), 01/03/2026 to 31/03/2026 (Vietnam time), by commune');
    const cells = (prefix: string) => (lines.find((l) => l.trimStart().startsWith(prefix)) ?? '').trim().split(/ {2,}/);
    expect(cells('05665')).toEqual(['05665', 'Xã Văn Lăng', '1.234', '<5', '5', '—', '3', '12.345', '2', '0', '0', '0']);
    expect(cells('Total')).toEqual(['Total', '1.234', '<5', '5', '—', '3', '12.345', '2', '<5', '0', '0']);
    const visible = (s: string) => [...s].filter((c) => !/\p{M}/u.test(c)).length;
    const table = lines.slice(2, 7);
    expect(new Set(table.map(visible)).size).toBe(1);
  });

  it('the CSV: BOM, header, rows, total; raw numbers; fields with commas or quotes quoted', () => {
    expect(funnelCsv(REPORT)).toEqual([
      '\uFEFFcode,commune,registered,active_at_end,stopped,deleted,vacancies_approved,headcount_approved,employers,interested,introduced,hired',
      '05665,Xã Văn Lăng,1234,<5,5,,3,12345,2,0,0,0',
      `05860,"${'Phường Phổ Yên, ""cũ""'.normalize('NFD')}",0,0,0,,0,0,0,<5,0,0`,
      ',Total,1234,<5,5,,3,12345,2,<5,0,0',
    ]);
  });
});
