import { describe, expect, it } from 'vitest';
import { dashboardTables } from '../../../src/reporting/dashboard-tables.ts';
import { tableCsv } from '../../../src/reporting/render-csv.ts';
import { sheetName } from '../../../src/reporting/render-xlsx.ts';
import { FUNNEL_MEASURES, type FunnelCounts, type FunnelReport } from '../../../src/reporting/funnel.ts';

/** Every measure at zero, whatever measures the report has. */
const zero = Object.fromEntries(FUNNEL_MEASURES.map((m) => [m, 0])) as unknown as FunnelCounts;

const REPORT: FunnelReport = {
  scope: { level: 'province', code: '19', name: 'Thái Nguyên' },
  period: { from: '2026-03-01', to: '2026-03-31' },
  groupBy: 'commune',
  rows: [
    { code: '05665', name: 'Xã Văn Lăng', ...zero, registered: 7, headcountApproved: 1200, hired: 1 },
    { code: '05860', name: 'Phường Phổ Yên', ...zero, registered: 3, headcountApproved: 34 },
    { code: '01906', name: 'Xã Ba Bể, "mới"', ...zero, registered: 6, employers: 2 },
  ],
  total: { ...zero, registered: 16, headcountApproved: 1234, hired: 1, employers: 2 },
  breakdowns: [
    {
      id: 'sex',
      measures: ['registered', 'hired'],
      addsUp: true,
      rows: [
        { key: 'female', name: 'Nữ', values: { registered: 9, hired: 1 } },
        { key: 'male', name: 'Nam', values: { registered: 7, hired: 0 } },
      ],
    },
    {
      id: 'priority_group',
      measures: ['registered'],
      notes: ['funnel.note.priority_group'],
      rows: [
        { key: 'poor', name: 'Hộ nghèo', values: { registered: 2 } },
        { key: 'disability', name: 'Người khuyết tật', values: { registered: null } },
      ],
    },
  ],
};

describe('the dashboard tables', () => {
  const [areas, sex, priority] = dashboardTables(REPORT, 'vi');

  it('areas: one row per commune and the total last, every measure in order, labelled from the catalogue', () => {
    expect(areas?.id).toBe('areas');
    expect(areas?.title).toBe('Theo xã, phường');
    expect(areas?.keyHeaders).toEqual(['Mã', 'Xã, phường']);
    expect(areas?.measures).toEqual(FUNNEL_MEASURES);
    expect(areas?.measureHeaders[0]).toBe('Đăng ký mới');
    expect(areas?.rows.map((r) => [r.keys, r.isTotal, r.regionCode])).toEqual([
      [['05665', 'Xã Văn Lăng'], false, '05665'],
      [['05860', 'Phường Phổ Yên'], false, '05860'],
      [['01906', 'Xã Ba Bể, "mới"'], false, '01906'],
      [['', 'Tổng'], true, undefined],
    ]);
  });

  it('people under 5 show as <5, and the smallest other cell beside a lone <5 as … (else the total gives it away); other counts as they are', () => {
    const column = (measure: string) => areas!.rows.map((r) => r.values[areas!.measures.indexOf(measure as never)]);
    expect(column('registered')).toEqual([7, '<5', '…', 16]);
    // One small cell and no other non-zero one: the total is itself small.
    expect(column('hired')).toEqual(['<5', 0, 0, '<5']);
    expect(column('headcountApproved')).toEqual([1200, 34, 0, 1234]);
    expect(column('employers')).toEqual([0, 0, 2, 2]);
  });

  it('a breakdown that adds up shows the total below it, suppressed with it; one that does not, its notes', () => {
    expect(sex?.title).toBe('Theo giới tính');
    expect(sex?.rows.map((r) => [r.keys[0], ...r.values])).toEqual([
      ['Nữ', 9, '<5'],
      ['Nam', 7, 0],
      ['Tổng', 16, '<5'],
    ]);
    expect(priority?.rows.map((r) => [r.keys[0], ...r.values])).toEqual([
      ['Hộ nghèo', '<5'],
      ['Người khuyết tật', null],
    ]);
    expect(priority?.notes).toEqual(['Chỉ tính người đồng ý khai diện ưu tiên; một người có thể thuộc nhiều nhóm.']);
  });

  it('in English, the labels are English', () => {
    const [english] = dashboardTables(REPORT, 'en');
    expect(english?.keyHeaders).toEqual(['Code', 'Commune']);
    expect(english?.rows.at(-1)?.keys).toEqual(['', 'Total']);
  });

  it('CSV: a BOM, the header, plain numbers, "<5" and "…" as they are, empty where unknown, quoted where needed, CRLF', () => {
    const lines = tableCsv(areas!).split('\r\n');
    expect(lines[0]?.startsWith('\uFEFFMã,"Xã, phường",Đăng ký mới,')).toBe(true);
    expect(lines[1]?.startsWith('05665,Xã Văn Lăng,7,')).toBe(true);
    expect(lines[3]?.startsWith('01906,"Xã Ba Bể, ""mới""",…,')).toBe(true);
    expect(lines[4]?.startsWith(',Tổng,16,')).toBe(true);
    expect(lines.at(-1)).toBe('');
    expect(tableCsv(priority!).split('\r\n')).toEqual([
      '\uFEFFNhóm,Đăng ký mới',
      'Hộ nghèo,<5',
      'Người khuyết tật,',
      '',
    ]);
  });

  it.each([
    ['Theo tỉnh, thành phố', [], 'Theo tỉnh, thành phố'],
    ['Tỷ lệ [a/b]: *?', [], 'Tỷ lệ  a b'],
    ['Một tên rất dài hơn ba mươi mốt ký tự cho trang tính', [], 'Một tên rất dài hơn ba mươi mốt'],
    ['Theo tháng', ['theo tháng'], 'Theo tháng 2'],
  ])('sheet name of %j', (title, taken, name) => {
    const result = sheetName(title, new Set(taken));
    expect(result).toBe(name);
    expect(result.length).toBeLessThanOrEqual(31);
  });
});
