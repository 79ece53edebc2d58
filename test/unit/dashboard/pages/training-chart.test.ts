import { describe, expect, it } from 'vitest';
import { trainingChart } from '../../../../src/dashboard/pages/training-chart.ts';
import { dashboardPage } from '../../../../src/dashboard/pages/dashboard-page.ts';
import type { ReportTable } from '../../../../src/reporting/dashboard-tables.ts';

const months = (values: (number | string | null)[][]): ReportTable => ({
  id: 'month',
  title: 'Theo tháng',
  keyHeaders: ['Nhóm'],
  measures: ['registered', 'enrolled', 'completed'],
  measureHeaders: ['Đăng ký mới', 'Nhập học', 'Hoàn thành khoá học'],
  rows: [
    ...values.map((v, i) => ({ keys: [`0${i + 1}/2026`], values: v, isTotal: false })),
    { keys: ['Tổng'], values: [0, 0, 0], isTotal: true },
  ],
  notes: [],
});

describe('the chart of enrolment and completion by month', () => {
  it('a line for enrolled and one for completed, a point per month, no script', () => {
    const html = trainingChart('vi', [
      months([
        [40, 12, 0],
        [50, 30, 8],
        [60, 25, 20],
      ]),
    ]).value;
    expect(html).toMatch(/^<section id="training-chart"><h2>Nhập học và hoàn thành theo tháng<\/h2><svg /);
    // Its own class: a page holding the month trend too can tell the two charts apart.
    expect(html).toMatch(/<svg [^>]*class="chart training">/);
    expect(html.match(/<polyline /g)).toHaveLength(2);
    expect(html.match(/<circle /g)).toHaveLength(6);
    expect(html).toContain('<title>Nhập học, 02/2026: 30</title>');
    expect(html).toContain('<title>Hoàn thành khoá học, 03/2026: 20</title>');
    expect(html).not.toContain('Đăng ký mới');
    expect(html).not.toMatch(/<script|on\w+=/i);
  });

  it('a "<5" month gets no point, and a note says why', () => {
    const html = trainingChart('en', [
      months([
        [40, 12, '<5'],
        [50, 30, 8],
      ]),
    ]).value;
    expect(html.match(/<circle /g)).toHaveLength(3);
    expect(html).toContain('Months showing &quot;&lt;5&quot; are left out of the lines');
    expect(html).toContain('<h2>Enrolled and completed by month</h2>');
  });

  it.each([
    ['no month table', []],
    ['a month table without rows', [months([])]],
  ])('%s: says there is nothing yet', (_name, tables) => {
    expect(trainingChart('vi', tables).value).toBe(
      '<section id="training-chart"><h2>Nhập học và hoàn thành theo tháng</h2>' +
        '<p class="note">Chưa có số liệu theo tháng cho kỳ này.</p></section>',
    );
  });

  it('is on the dashboard page, after the month trend', () => {
    const page = dashboardPage({
      lang: 'vi',
      areaName: 'Cả nước',
      from: '2026-01-01',
      to: '2026-02-28',
      region: null,
      tables: [
        months([
          [1, 6, 5],
          [2, 7, 9],
        ]),
      ],
      viewer: { role: 'admin', admin: true, canSignOut: false },
      up: null,
      ownAreas: [],
      drillable: () => false,
      quickPeriods: [],
      generatedAt: new Date('2026-03-01T03:00:00Z'),
    }).value;
    expect(page.indexOf('id="training-chart"')).toBeGreaterThan(page.indexOf('id="trend-chart"'));
  });
});
