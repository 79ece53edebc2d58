import { describe, expect, it } from 'vitest';
import { eventChartSvg } from '../../../src/dashboard/pages/events-chart.ts';
import { eventsPage, type EventsView } from '../../../src/dashboard/pages/events-page.ts';
import { defaultEventsPeriod, eventsQuickPeriods } from '../../../src/dashboard/pages/events-period.ts';
import { shapeEventReport } from '../../../src/reporting/events-report.ts';

describe('the events page’s period: this month and next by default (Vietnam calendar)', () => {
  it.each([
    ['mid-month', '2026-11-20T03:00:00Z', { from: '2026-11-01', to: '2026-12-31' }],
    ['December runs into January', '2026-12-07T03:00:00Z', { from: '2026-12-01', to: '2027-01-31' }],
    ['January into a short February', '2027-01-31T10:00:00Z', { from: '2027-01-01', to: '2027-02-28' }],
    [
      'already the 1st in Vietnam, still the 31st in UTC',
      '2026-10-31T18:00:00Z',
      { from: '2026-11-01', to: '2026-12-31' },
    ],
  ])('%s', (_, now, expected) => {
    expect(defaultEventsPeriod(new Date(now))).toEqual(expected);
  });

  it('offers the default, last month and this year', () => {
    expect(eventsQuickPeriods(new Date('2026-01-10T03:00:00Z'))).toEqual([
      { id: 'next_two_months', from: '2026-01-01', to: '2026-02-28' },
      { id: 'last_month', from: '2025-12-01', to: '2025-12-31' },
      { id: 'this_year', from: '2026-01-01', to: '2026-12-31' },
    ]);
  });
});

const header = {
  id: 7,
  kind: 'fair' as const,
  title: 'Phiên <b>việc làm</b>',
  startsAt: new Date('2026-11-21T01:00:00Z'),
  status: 'announced' as const,
  placeName: 'Phường Phổ Yên',
  village: null,
  attendeesReported: null,
};
const report = shapeEventReport({
  header,
  employers: [{ employerId: 1, name: 'May & Cơ', vacancies: 2, headcount: 40 }],
  registrations: [
    { personId: 1, attended: true, employerIds: [1], priorityGroups: [] },
    { personId: 2, attended: false, employerIds: [1], priorityGroups: [] },
  ],
  applications: [{ personId: 1, employerId: 1, interviewed: true, offered: true, hired: true, priorityGroups: [] }],
});
const view = (reports: EventsView['reports']): EventsView => ({
  lang: 'vi',
  areaName: 'Thái Nguyên',
  from: '2026-11-01',
  to: '2026-12-31',
  region: '19',
  reports,
  viewer: { role: 'official', admin: false, canSignOut: true },
  quickPeriods: eventsQuickPeriods(new Date('2026-11-20T03:00:00Z')),
  generatedAt: new Date('2026-11-20T03:00:00Z'),
});

describe('the events page', () => {
  it('a row per event in the standard columns, names escaped, a chart per event', () => {
    const page = eventsPage(view([report])).value;
    expect(page).toContain('Phiên việc làm và họp thôn: Thái Nguyên, từ 01/11/2026 đến 31/12/2026');
    expect(page).toContain('Phiên &lt;b&gt;việc làm&lt;/b&gt;');
    expect(page).not.toContain('<b>việc');
    expect(page).toContain('21/11/2026 08:00');
    const cells = [...page.matchAll(/<td class="n" data-measure="(\w+)">([^<]*)<\/td>/g)].map((m) => [m[1], m[2]]);
    expect(cells).toEqual([
      ['employers', '1'],
      ['vacancies', '2'],
      ['headcount', '40'],
      ['registered', '2'],
      ['attended', '1'],
      ['interviewed', '1'],
      ['offered', '1'],
      ['hired', '1'],
    ]);
    expect(page).toContain('<section id="event-7"');
    expect(page).toContain('May &amp; Cơ');
    expect(page).toContain('href="/dashboard/events?from=2026-11-01&amp;to=2026-12-31&amp;region=19"');
  });

  it('says so when there is no event, with no table or chart', () => {
    const page = eventsPage(view([])).value;
    expect(page).toContain('Không có phiên việc làm hay buổi họp thôn nào trong thời gian này.');
    expect(page).not.toContain('<table');
    expect(page).not.toContain('<svg');
  });
});

describe('an event’s chart', () => {
  const number = (n: number) => String(n);
  const legend = { registered: 'Đăng ký', attended: 'Tham dự', interviewed: 'Phỏng vấn', hired: 'Đi làm' };
  const widths = (svg: string) => [...svg.matchAll(/width="([\d.]+)" height="9"/g)].map((m) => Number(m[1]));

  it.each([
    [
      'to scale, the largest value the full width',
      { registered: 10, attended: 5, interviewed: 2, hired: 0 },
      [570, 285, 114, 0],
    ],
    ['all zero: no bar drawn', { registered: 0, attended: 0, interviewed: 0, hired: 0 }, [0, 0, 0, 0]],
  ])('%s', (_, values, expected) => {
    expect(widths(eventChartSvg([{ label: 'Cả phiên', values }], { title: 'T', legend, number }).value)).toEqual(
      expected,
    );
  });
});
