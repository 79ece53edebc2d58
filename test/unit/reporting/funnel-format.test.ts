import { describe, expect, it } from 'vitest';
import { funnelBreakdownCsv, funnelCsv, funnelTable } from '../../../src/reporting/funnel-format.ts';
import { shownReport } from '../../../src/reporting/funnel-shown.ts';
import { shownCount, type FunnelMeasure, type FunnelReport, funnelCounts } from '../../../src/reporting/funnel.ts';

const zero = funnelCounts();

const REPORT: FunnelReport = {
  scope: { level: 'province', code: '19', name: 'Thái Nguyên' },
  period: { from: '2026-03-01', to: '2026-03-31' },
  groupBy: 'commune',
  rows: [
    {
      code: '05665',
      name: 'Xã Văn Lăng',
      ...zero,
      registered: 1234,
      totalAtEnd: 4,
      stopped: 5,
      vacanciesApproved: 3,
      headcountApproved: 12345,
      employers: 2,
      alertsDelivered: 2,
    },
    // A name written with combining marks (NFD) and a comma: the table still lines up, the CSV quotes it.
    { code: '05860', name: 'Phường Phổ Yên, "cũ"'.normalize('NFD'), ...zero, interested: 1, deleted: null },
  ],
  total: {
    ...zero,
    registered: 1234,
    totalAtEnd: 4,
    stopped: 5,
    vacanciesApproved: 3,
    headcountApproved: 12345,
    employers: 2,
    alertsDelivered: 2,
    interested: 1,
  },
  breakdowns: [
    {
      id: 'sex',
      measures: ['registered', 'interested'],
      addsUp: true,
      rows: [
        { key: 'female', name: 'Nữ', values: { registered: 1000, interested: 1 } },
        { key: 'male', name: 'Nam', values: { registered: 230, interested: 0 } },
        { key: 'unknown', name: 'Không khai', values: { registered: 4, interested: 0 } },
      ],
    },
    {
      id: 'former_district',
      measures: ['registered', 'interested'],
      notes: ['funnel.note.former_district'],
      rows: [
        {
          key: 'Tỉnh Thái Nguyên/Huyện Đồng Hỷ',
          name: 'Huyện Đồng Hỷ (Thái Nguyên)',
          values: { registered: 1234, interested: 0 },
          communeCodes: ['05665'],
        },
        {
          key: 'Tỉnh Thái Nguyên/Thành phố Phổ Yên',
          name: 'Thành phố Phổ Yên (Thái Nguyên)',
          values: { registered: 0, interested: 1 },
          communeCodes: ['05860', '05665'],
        },
      ],
    },
  ],
};

describe('showing funnel numbers', () => {
  it.each<[FunnelMeasure, number | null, ReturnType<typeof shownCount>]>([
    ['registered', 0, 0],
    ['registered', 1, '<5'],
    ['registered', 4, '<5'],
    ['registered', 5, 5],
    ['hired', 3, '<5'],
    ['counselled', 2, '<5'],
    ['totalAtEnd', 4, '<5'],
    ['broadcastReplies', 1, '<5'],
    ['deleted', 2, '<5'],
    ['deleted', null, null],
    // Vacancies, headcounts, employers, messages and broadcasts are not people: shown as they are.
    ['vacanciesApproved', 3, 3],
    ['headcountApproved', 2, 2],
    ['employers', 1, 1],
    ['alertsDelivered', 2, 2],
    ['broadcastReach', 4, 4],
    ['broadcasts', 1, 1],
  ])('%s %j is shown as %j', (measure, value, shown) => {
    expect(shownCount(measure, value)).toBe(shown);
  });

  it('shownReport: tables that add up get the total; a former district with one hidden commune is hidden as well', () => {
    const shown = shownReport(REPORT);
    expect(shown.areas.total?.slice(0, 4)).toEqual([1234, '<5', 0, 5]);
    const sex = shown.breakdowns.find((b) => b.id === 'sex');
    // registered: 4 of unknown sex are hidden, so the next smallest (230) goes too; interested: the 1 and the total 1.
    expect(sex?.rows.map((r) => r.cells)).toEqual([
      [1000, '<5'],
      ['…', 0],
      ['<5', 0],
    ]);
    expect(sex?.total).toEqual([1234, '<5']);
    const districts = shown.breakdowns.find((b) => b.id === 'former_district');
    expect(districts?.total).toBeNull();
    expect(districts?.notes).toEqual(['funnel.note.former_district']);
    expect(districts?.rows.map((r) => r.cells)).toEqual([
      [1234, 0],
      [0, '<5'],
    ]);

    // Phổ Yên's 3 registered are hidden, and Văn Lăng's 1234 with them (the total is shown). Đồng Hỷ is Văn Lăng
    // alone, so its 1234 would show Văn Lăng's: hidden too; Phổ Yên's district holds both hidden communes.
    const hidden = shownReport({
      ...REPORT,
      rows: [REPORT.rows[0]!, { ...REPORT.rows[1]!, registered: 3 }],
      total: { ...REPORT.total, registered: 1237 },
      breakdowns: [
        {
          ...REPORT.breakdowns[1]!,
          rows: REPORT.breakdowns[1]!.rows.map((r, i) => ({
            ...r,
            values: { ...r.values, registered: i === 0 ? 1234 : 1237 },
          })),
        },
      ],
    });
    expect(hidden.areas.rows.map((r) => r.cells[0])).toEqual(['…', '<5']);
    expect(hidden.breakdowns[0]?.rows.map((r) => r.cells[0])).toEqual(['…', 1237]);
  });

  it('the table: Vietnamese thousands, <5 for few people, — where unknown, columns aligned; then the breakdowns', () => {
    const lines = funnelTable(REPORT);
    expect(lines[0]).toBe('Funnel for Thái Nguyên (19), 01/03/2026 to 31/03/2026 (Vietnam time), by commune');
    const cells = (prefix: string) => (lines.find((l) => l.trimStart().startsWith(prefix)) ?? '').trim().split(/ {2,}/);
    expect(cells('05665')).toEqual([
      '05665',
      'Xã Văn Lăng',
      '1.234',
      '<5',
      '0',
      '5',
      '0',
      '0',
      '3',
      '12.345',
      '2',
      '2',
      '0',
      '0',
      '0',
      '0',
      '0',
      '0',
      '0',
      '0',
      '0',
      '0',
      '0',
      '0',
      '0',
    ]);
    expect(cells('05860').slice(2, 7)).toEqual(['0', '0', '0', '0', '—']);
    expect(cells('Total')).toEqual([
      'Total',
      '1.234',
      '<5',
      '0',
      '5',
      '0',
      '0',
      '3',
      '12.345',
      '2',
      '2',
      '<5',
      '0',
      '0',
      '0',
      '0',
      '0',
      '0',
      '0',
      '0',
      '0',
      '0',
      '0',
      '0',
    ]);
    const visible = (s: string) => [...s].filter((c) => !/\p{M}/u.test(c)).length;
    const table = lines.slice(2, 7);
    expect(new Set(table.map(visible)).size).toBe(1);
    const bySex = lines.indexOf('By sex');
    expect(lines[bySex + 2]?.trim().split(/ {2,}/)).toEqual(['Registered', 'Interested']);
    expect(cells('Nam')).toEqual(['Nam', '…', '0']);
    expect(lines).toContain(
      'A new commune can lie in several former districts: its people count in each, so the rows can add up to more than the total.',
    );
    expect(lines).toContain('—: not known.');
  });

  it('the CSV: BOM, header, rows, total; raw numbers; fields with commas or quotes quoted', () => {
    expect(funnelCsv(REPORT).map((l) => l.split(',').slice(0, 8).join(','))).toEqual([
      '\uFEFFcode,commune,registered,total_at_end,active_at_end,stopped,deleted,counselled',
      '05665,Xã Văn Lăng,1234,<5,0,5,0,0',
      `05860,"${'Phường Phổ Yên, ""cũ""'.normalize('NFD')}",0,0,0,0,`,
      ',Total,1234,<5,0,5,0,0',
    ]);
    expect(funnelBreakdownCsv(REPORT, 'sex')).toEqual([
      '\uFEFFkey,name,registered,interested',
      'female,Nữ,1000,<5',
      'male,Nam,…,0',
      'unknown,Không khai,<5,0',
      ',Total,1234,<5',
    ]);
    expect(funnelBreakdownCsv(REPORT, 'month')).toBeNull();
  });
});
