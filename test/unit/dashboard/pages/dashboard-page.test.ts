import { describe, expect, it } from 'vitest';
import { dashboardTables } from '../../../../src/reporting/dashboard-tables.ts';
import { FUNNEL_MEASURES, type FunnelCounts, type FunnelReport } from '../../../../src/reporting/funnel.ts';
import { funnelBarsSvg } from '../../../../src/dashboard/pages/charts/funnel-bars.ts';
import { monthTrendSvg } from '../../../../src/dashboard/pages/charts/month-trend.ts';
import { niceScale } from '../../../../src/dashboard/pages/charts/palette.ts';
import { dashboardPage, FUNNEL_STEPS, type DashboardView } from '../../../../src/dashboard/pages/dashboard-page.ts';
import { auditPage } from '../../../../src/dashboard/pages/audit-page.ts';
import { loginPage, messagePage } from '../../../../src/dashboard/pages/message-page.ts';

const zero = Object.fromEntries(FUNNEL_MEASURES.map((m) => [m, 0])) as unknown as FunnelCounts;
const REPORT: FunnelReport = {
  scope: { level: 'country', code: null, name: 'the whole country' },
  period: { from: '2026-01-01', to: '2026-03-31' },
  groupBy: 'province',
  rows: [
    {
      code: '19',
      name: 'Thái Nguyên',
      ...zero,
      registered: 1234,
      interested: 400,
      introduced: 120,
      hired: 45,
      headcountApproved: 20000,
    },
    { code: '14', name: '<img src=x onerror=alert(1)>', ...zero, registered: 3 },
  ],
  total: { ...zero, registered: 1237, interested: 400, introduced: 120, hired: 45, headcountApproved: 20000 },
  breakdowns: [
    {
      id: 'month',
      measures: ['registered', 'interested', 'hired'],
      addsUp: true,
      rows: [
        { key: '2026-01', name: '01/2026', values: { registered: 400, interested: 100, hired: 3 } },
        { key: '2026-02', name: '02/2026', values: { registered: 437, interested: 150, hired: 20 } },
        { key: '2026-03', name: '03/2026', values: { registered: 400, interested: 150, hired: 22 } },
      ],
    },
  ],
};

const view = (changes: Partial<DashboardView> = {}): DashboardView => ({
  lang: 'vi',
  areaName: 'Cả nước',
  from: '2026-01-01',
  to: '2026-03-31',
  region: null,
  tables: dashboardTables(REPORT, 'vi'),
  viewer: { role: 'admin', admin: true, canSignOut: true },
  up: null,
  ownAreas: [],
  drillable: (code) => code === '19',
  quickPeriods: [{ id: 'this_month', from: '2026-03-01', to: '2026-03-20' }],
  generatedAt: new Date('2026-03-20T03:05:00Z'),
  ...changes,
});

describe('the dashboard page', () => {
  const page = dashboardPage(view()).value;

  it('is one document with no script and nothing to load from elsewhere', () => {
    expect(page.startsWith('<!doctype html>\n<html lang="vi">')).toBe(true);
    expect(page).not.toMatch(/<(script|link|img|iframe|object|embed)\b|url\(|@import/i);
    expect(page).not.toMatch(/<[^>]*\s(on\w+|src)=/i);
  });

  it('escapes names from the data', () => {
    expect(page).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });

  it('the heading, dates dd/mm/yyyy in the form, numbers as 1.234, the time of the figures in Vietnam', () => {
    expect(page).toContain('<div class="heading" id="heading">Cả nước, từ 01/01/2026 đến 31/03/2026</div>');
    expect(page).toContain('name="from" value="01/01/2026"');
    expect(page).toContain(
      '<div class="card" data-measure="registered"><div class="value">1.237</div><div class="label">Đăng ký mới</div></div>',
    );
    expect(page).toContain('<div class="card" data-measure="headcountApproved"><div class="value">20.000</div>');
    expect(page).toContain('Số liệu tính lúc 10:05 ngày 20/03/2026 (giờ Việt Nam).');
  });

  it('a card for every measure the report has; the funnel chart a bar for every step the report has', () => {
    for (const m of FUNNEL_MEASURES) expect(page).toContain(`<div class="card" data-measure="${m}">`);
    const steps = FUNNEL_STEPS.filter((m) => FUNNEL_MEASURES.includes(m));
    expect(page.match(/<g class="step">/g)).toHaveLength(steps.length);
  });

  it('the month trend: a line per funnel step the month table has, a point per month', () => {
    const trend = /<svg [^>]*class="chart trend".*?<\/svg>/s.exec(page)?.[0] ?? '';
    expect(trend.match(/<g class="series">/g)).toHaveLength(3);
    // Hired in January is "<5", and February's 20 is hidden with it (the total 45 is shown): 3 + 3 + 1 points.
    expect(trend.match(/<circle /g)).toHaveLength(7);
    expect(trend).toContain('<title>Quan tâm, 02/2026: 150</title>');
    expect(page).toContain('Tháng có ô &quot;&lt;5&quot; không vẽ điểm');
  });

  it('only areas the viewer may open are links, with the same period', () => {
    expect(page).toContain(
      '<td><a href="/dashboard?from=2026-01-01&amp;to=2026-03-31&amp;region=19">Thái Nguyên</a></td>',
    );
    expect(page).not.toContain('region=14');
    expect(page).toContain('Bấm tên tỉnh để xem từng xã, phường.');
  });

  it('exports for the same filters; the audit link and sign-out only when they apply', () => {
    expect(page).toContain('href="/dashboard/export.xlsx?from=2026-01-01&amp;to=2026-03-31"');
    expect(page).toContain('href="/dashboard/export.csv?from=2026-01-01&amp;to=2026-03-31&amp;table=month"');
    expect(page).toContain('href="/dashboard/audit"');
    const official = dashboardPage(
      view({
        viewer: { role: 'official', admin: false, canSignOut: false },
        region: '19',
        up: { region: null, name: 'Cả nước' },
      }),
    ).value;
    expect(official).not.toContain('/dashboard/audit');
    expect(official).not.toContain('/dashboard/logout');
    expect(official).toContain('<input type="hidden" name="region" value="19">');
    expect(official).toContain('>↑ Về Cả nước</a>');
  });

  it('without a month table, the trend says there is nothing yet', () => {
    const bare = dashboardPage(view({ tables: dashboardTables({ ...REPORT, breakdowns: [] }, 'vi') })).value;
    expect(bare).toContain('Chưa có số liệu theo tháng cho kỳ này.');
    expect(bare).not.toContain('class="chart trend"');
  });
});

describe('charts', () => {
  it.each([
    [0, { top: 1, step: 1 }],
    [3, { top: 3, step: 1 }],
    [16, { top: 20, step: 5 }],
    [437, { top: 500, step: 100 }],
    [1234, { top: 1500, step: 500 }],
  ])('a round axis for a maximum of %s', (max, scale) => {
    expect(niceScale(max)).toEqual(scale);
  });

  it('funnel bars: lengths in proportion; "<5" and unknown get no bar', () => {
    const svg = funnelBarsSvg(
      [
        { label: 'A', value: 100 },
        { label: 'B', value: 50 },
        { label: 'C', value: '<5' },
        { label: 'D', value: null },
      ],
      { title: 'T', number: String },
    ).value;
    expect([...svg.matchAll(/<rect [^>]*width="([\d.]+)"/g)].map((m) => Number(m[1]))).toEqual([550, 275, 0, 0]);
    expect([...svg.matchAll(/class="value">([^<]*)</g)].map((m) => m[1])).toEqual(['100', '50', '&lt;5', '—']);
  });

  it('month trend: a hidden month breaks the line instead of suggesting a number', () => {
    const svg = monthTrendSvg(['01', '02', '03', '04', '05'], [{ label: 'S', values: [10, 20, '<5', 30, 40] }], {
      title: 'T',
      number: String,
    }).value;
    expect(svg.match(/<polyline /g)).toHaveLength(2);
    expect(svg.match(/<circle /g)).toHaveLength(4);
  });
});

describe('the short pages', () => {
  it('the login page spends nothing: its button posts the token, escaped', () => {
    const page = loginPage('vi', 'abc"def').value;
    expect(page).toContain(
      '<form method="post" action="/dashboard/login"><input type="hidden" name="token" value="abc&quot;def">',
    );
  });

  it('a message page says what happened and offers the way back', () => {
    const page = messagePage('vi', {
      title: 'Chưa mở được trang này',
      lines: ['Địa bàn mã 14 nằm ngoài phạm vi của bạn.'],
      back: true,
    }).value;
    expect(page).toContain('<p>Địa bàn mã 14 nằm ngoài phạm vi của bạn.</p>');
    expect(page).toContain('<a href="/dashboard">Về bảng số liệu</a>');
  });

  it('the audit page: when in Vietnam time, who, what, where; details short and escaped', () => {
    const page = auditPage({
      lang: 'vi',
      entries: [
        {
          id: 1,
          at: new Date('2026-03-01T17:30:00Z'),
          actorPersonId: 12,
          actorLabel: 'official',
          action: 'dashboard.export',
          subjectType: 'report',
          subjectId: 'all',
          regionCode: '19',
          details: { format: 'xlsx', note: '<b>' },
        },
        {
          id: 2,
          at: new Date('2026-03-01T01:00:00Z'),
          actorPersonId: null,
          actorLabel: 'cli',
          action: 'role.granted',
          subjectType: 'person',
          subjectId: '12',
          regionCode: null,
          details: {},
        },
      ],
      since: '2026-03-01',
      actor: '',
      limit: 100,
      viewer: { role: 'admin', admin: true, canSignOut: true },
    }).value;
    expect(page).toContain(
      '<tr data-action="dashboard.export"><td>02/03/2026 00:30</td><td>official #12</td><td>dashboard.export</td><td>report all</td><td>19</td><td>format=xlsx, note=&lt;b&gt;</td></tr>',
    );
    expect(page).toContain('<td>cli</td><td>role.granted</td><td>person 12</td>');
    expect(page).toContain('name="since" value="01/03/2026"');
    expect(page).toContain('2 thao tác gần nhất.');
  });
});
