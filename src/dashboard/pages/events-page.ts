import { formatDate, type Lang } from '../../kernel/i18n/index.ts';
import { t } from '../messages.ts';
import { filtersQuery } from '../filters.ts';
import { EVENT_MEASURES, type EventCounts, type EventReport } from '../../reporting/events-report.ts';
import { eventTime } from '../../reporting/events-format.ts';
import { dashboardHeader, type DashboardView } from './dashboard-page.ts';
import { CHART_MEASURES, eventChartSvg, type ChartMeasure, type EventChartRow } from './events-chart.ts';
import type { EventsPeriodId } from './events-period.ts';
import { clock, count, day } from './format.ts';
import { html, type SafeHtml } from './html.ts';
import { page } from './layout.ts';

/**
 * /dashboard/events: the job fairs, online sessions and village meetings of the viewer's area in a period, one row
 * each in the standard columns of events-report.ts, then a small bar chart per event (registered, attended,
 * interviewed, hired; the whole event, then by employer). Pure: the caller passes the reports and the time.
 */
export interface EventsView {
  lang: Lang;
  areaName: string;
  from: string;
  to: string;
  /** The region shown; null: the whole country. */
  region: string | null;
  reports: readonly EventReport[];
  viewer: DashboardView['viewer'];
  quickPeriods: readonly { id: EventsPeriodId; from: string; to: string }[];
  generatedAt: Date;
}

const eventsHref = (filters: { from: string; to: string; region: string | null }): string =>
  `/dashboard/events?${filtersQuery(filters)}`;

function periodForm(view: EventsView): SafeHtml {
  const { lang } = view;
  const input = (name: 'from' | 'to', iso: string) =>
    html`<input name="${name}" value="${day(iso)}" placeholder="dd/mm/yyyy" inputmode="numeric"
 pattern="\\d{1,2}/\\d{1,2}/\\d{4}" size="10" required>`;
  const label = (id: EventsPeriodId) =>
    id === 'next_two_months' ? t(lang, 'dashboard.events.next_two_months') : t(lang, `dashboard.form.${id}`);
  const quick = view.quickPeriods.map(
    (q) => html`<a href="${eventsHref({ from: q.from, to: q.to, region: view.region })}">${label(q.id)}</a>`,
  );
  return html`<form class="period" method="get" action="/dashboard/events">
<label>${t(lang, 'dashboard.form.from')}${input('from', view.from)}</label>
<label>${t(lang, 'dashboard.form.to')}${input('to', view.to)}</label>
${view.region === null ? null : html`<input type="hidden" name="region" value="${view.region}">`}
<button type="submit">${t(lang, 'dashboard.form.show')}</button>
</form>
<p class="quick">${quick}</p>`;
}

function place(report: EventReport): string {
  return [report.header.village, report.header.placeName].filter((p) => p !== null).join(', ');
}

function eventsTable(view: EventsView): SafeHtml {
  const { lang } = view;
  const keys = ['date', 'kind', 'title', 'place', 'status'] as const;
  const keyHeads = keys.map((k) => html`<th>${t(lang, `dashboard.events.col.${k}`)}</th>`);
  const measureHeads = EVENT_MEASURES.map((m) => html`<th class="n">${t(lang, `dashboard.events.col.${m}`)}</th>`);
  const head = html`<tr>${keyHeads}${measureHeads}</tr>`;
  const rows = view.reports.map((report) => {
    const { header, total } = report;
    const values = EVENT_MEASURES.map((m) => html`<td class="n" data-measure="${m}">${count(lang, total[m])}</td>`);
    return html`<tr data-event="${header.id}"><td>${eventTime(header.startsAt)}</td>
<td>${t(lang, `dashboard.events.kind.${header.kind}`)}</td>
<td><a href="#event-${header.id}">${header.title}</a></td><td>${place(report)}</td>
<td>${t(lang, `dashboard.events.status.${header.status}`)}</td>${values}</tr>`;
  });
  const shown = t(lang, 'dashboard.events.count', { count: count(lang, view.reports.length) });
  return html`<section id="events"><p class="note">${shown}</p>
<div class="scroll"><table><thead>${head}</thead><tbody>${rows}</tbody></table></div>
<p class="note">${t(lang, 'dashboard.events.note.meeting')}</p></section>`;
}

const chartValues = (counts: EventCounts): EventChartRow['values'] =>
  Object.fromEntries(CHART_MEASURES.map((m) => [m, counts[m]])) as EventChartRow['values'];

function eventChart(lang: Lang, report: EventReport): SafeHtml {
  const { header } = report;
  const rows: EventChartRow[] = [
    { label: t(lang, 'dashboard.events.chart.total'), values: chartValues(report.total) },
    ...report.byEmployer.map((e) => ({ label: e.name, values: chartValues(e.counts) })),
  ];
  const title = t(lang, 'dashboard.events.chart', { title: header.title });
  const legend = Object.fromEntries(CHART_MEASURES.map((m) => [m, t(lang, `dashboard.events.col.${m}`)])) as Record<
    ChartMeasure,
    string
  >;
  const svg = eventChartSvg(rows, { title, legend, number: (n) => count(lang, n) });
  const where = place(report) === '' ? '' : ` · ${place(report)}`;
  return html`<section id="event-${header.id}" class="event-chart"><h2>${header.title}</h2>
<p class="note">${eventTime(header.startsAt)}${where}</p>${svg}</section>`;
}

export function eventsPage(view: EventsView): SafeHtml {
  const { lang } = view;
  const heading = t(lang, 'dashboard.events.heading', { area: view.areaName, from: day(view.from), to: day(view.to) });
  const content =
    view.reports.length === 0
      ? html`<section id="events"><p>${t(lang, 'dashboard.events.empty')}</p></section>`
      : html`${eventsTable(view)}
<h2>${t(lang, 'dashboard.events.charts')}</h2>
${view.reports.map((report) => eventChart(lang, report))}
<p class="note">${t(lang, 'dashboard.events.note.people')}</p>`;
  const back = `/dashboard?${filtersQuery({ from: view.from, to: view.to, region: view.region })}`;
  const generated = t(lang, 'dashboard.generated', {
    time: clock(view.generatedAt),
    date: formatDate(lang, view.generatedAt),
  });
  const body = html`<div class="heading" id="heading">${heading}</div>
<p class="areas"><a href="${back}">${t(lang, 'dashboard.back')}</a></p>
<section>${periodForm(view)}</section>
${content}
<p class="note">${generated}</p>`;
  return page({ lang, title: t(lang, 'dashboard.events.title'), header: dashboardHeader(lang, view.viewer), body });
}
