import { formatDate, type Lang } from '../../kernel/i18n/index.ts';
import { t } from '../messages.ts';
import { filtersQuery } from '../filters.ts';
import type { ReportTable, Shown } from '../../reporting/dashboard-tables.ts';
import type { FunnelMeasure } from '../../reporting/funnel.ts';
import { funnelBarsSvg } from './charts/funnel-bars.ts';
import { monthTrendSvg } from './charts/month-trend.ts';
import { cellText, clock, count, day } from './format.ts';
import { html, type HtmlValue, type SafeHtml } from './html.ts';
import { page } from './layout.ts';
import { trainingChart } from './training-chart.ts';

/**
 * The dashboard page: the period form, the totals as big numbers, the funnel, the month trend and enrolment and
 * completion by month (training-chart.ts) as SVG charts, the table by area (provinces link to their communes when
 * the viewer may see them) and every breakdown table, with export links for the same filters. Everything shown
 * comes from the tables (src/reporting/dashboard-tables.ts), already suppressed. Pure: the caller passes the tables,
 * the viewer's links and the time.
 */

/** The funnel's steps, in order, as far as the report has them (a step the report lacks is left out). */
export const FUNNEL_STEPS: readonly FunnelMeasure[] = ['registered', 'counselled', 'interested', 'introduced', 'hired'];

export interface AreaLink {
  region: string | null;
  name: string;
}

export interface DashboardView {
  lang: Lang;
  /** The area shown ("Cả nước", "Thái Nguyên", "Xã Văn Lăng"). */
  areaName: string;
  from: string;
  to: string;
  /** The region shown; null: the whole country. */
  region: string | null;
  tables: readonly ReportTable[];
  viewer: { role: 'official' | 'admin'; admin: boolean; canSignOut: boolean };
  /** The areas the viewer may open from here: its wider area (up), and its own areas when it has several. */
  up: AreaLink | null;
  ownAreas: readonly AreaLink[];
  /** Whether a row's region may be opened (a province whose communes the viewer may see). */
  drillable: (regionCode: string) => boolean;
  quickPeriods: readonly { id: 'this_month' | 'last_month' | 'this_year'; from: string; to: string }[];
  generatedAt: Date;
}

function dashboardHref(filters: { from: string; to: string; region: string | null }): string {
  return `/dashboard?${filtersQuery(filters)}`;
}

function exportHref(view: DashboardView, format: 'csv' | 'xlsx', table?: string): string {
  return `/dashboard/export.${format}?${filtersQuery(view, table === undefined ? {} : { table })}`;
}

export function dashboardHeader(lang: Lang, viewer: DashboardView['viewer']): SafeHtml {
  return html`<div class="who"><span>${t(lang, viewer.role === 'admin' ? 'dashboard.viewer.admin' : 'dashboard.viewer.official')}</span>
<a href="/dashboard/events">${t(lang, 'dashboard.events.link')}</a>
${viewer.admin ? html`<a href="/dashboard/audit">${t(lang, 'dashboard.audit_link')}</a>` : null}
${viewer.canSignOut ? html`<form method="post" action="/dashboard/logout"><button type="submit">${t(lang, 'dashboard.logout')}</button></form>` : null}</div>`;
}

/** A day typed as dd/mm/yyyy (a browser's date picker would show the browser's own format instead). */
function dayInput(name: 'from' | 'to', iso: string): SafeHtml {
  return html`<input name="${name}" value="${day(iso)}" placeholder="dd/mm/yyyy" inputmode="numeric" pattern="\\d{1,2}/\\d{1,2}/\\d{4}" size="10" required>`;
}

function periodForm(view: DashboardView): SafeHtml {
  const { lang } = view;
  const quick = view.quickPeriods.map(
    (q) =>
      html`<a href="${dashboardHref({ from: q.from, to: q.to, region: view.region })}">${t(lang, `dashboard.form.${q.id}`)}</a>`,
  );
  return html`<form class="period" method="get" action="/dashboard">
<label>${t(lang, 'dashboard.form.from')}${dayInput('from', view.from)}</label>
<label>${t(lang, 'dashboard.form.to')}${dayInput('to', view.to)}</label>
${view.region === null ? null : html`<input type="hidden" name="region" value="${view.region}">`}
<button type="submit">${t(lang, 'dashboard.form.show')}</button>
</form>
<p class="quick">${quick}</p>`;
}

/** The value of each measure in the total row of the area table. */
function totals(areas: ReportTable | undefined): Map<FunnelMeasure, Shown> {
  const total = areas?.rows.find((r) => r.isTotal);
  return new Map((areas?.measures ?? []).map((m, i) => [m, total?.values[i] ?? null]));
}

function cards(view: DashboardView, areas: ReportTable | undefined): SafeHtml {
  const values = totals(areas);
  const items = (areas?.measures ?? []).map(
    (m, i) =>
      html`<div class="card" data-measure="${m}"><div class="value">${cellText(view.lang, values.get(m) ?? null)}</div><div class="label">${areas?.measureHeaders[i] ?? m}</div></div>`,
  );
  return html`<section id="totals"><h2>${t(view.lang, 'dashboard.totals')}</h2><div class="cards">${items}</div></section>`;
}

function funnelChart(view: DashboardView, areas: ReportTable | undefined): SafeHtml {
  const values = totals(areas);
  const steps = FUNNEL_STEPS.filter((m) => values.has(m));
  const label = (m: FunnelMeasure) => areas?.measureHeaders[areas.measures.indexOf(m)] ?? m;
  const title = t(view.lang, 'dashboard.chart.funnel');
  const svg = funnelBarsSvg(
    steps.map((m) => ({ label: label(m), value: values.get(m) ?? null })),
    { title, number: (n) => count(view.lang, n) },
  );
  return html`<section id="funnel-chart"><h2>${title}</h2>${svg}</section>`;
}

function trendChart(view: DashboardView): SafeHtml {
  const { lang } = view;
  const title = t(lang, 'dashboard.chart.trend');
  const months = view.tables.find((table) => table.id === 'month');
  const rows = months?.rows.filter((r) => !r.isTotal) ?? [];
  if (months === undefined || rows.length === 0) {
    return html`<section id="trend-chart"><h2>${title}</h2><p class="note">${t(lang, 'dashboard.chart.no_trend')}</p></section>`;
  }
  const steps = FUNNEL_STEPS.filter((m) => months.measures.includes(m));
  const measures = steps.length > 0 ? steps : months.measures.slice(0, 4);
  const series = measures.map((m) => {
    const column = months.measures.indexOf(m);
    return { label: months.measureHeaders[column] ?? m, values: rows.map((r) => r.values[column] ?? null) };
  });
  const gaps = series.some((s) => s.values.some((v) => typeof v !== 'number'));
  const svg = monthTrendSvg(
    rows.map((r) => r.keys[0] ?? ''),
    series,
    { title, number: (n) => count(lang, n) },
  );
  return html`<section id="trend-chart"><h2>${title}</h2>${svg}${gaps ? html`<p class="note">${t(lang, 'dashboard.chart.gaps')}</p>` : null}</section>`;
}

function tableSection(view: DashboardView, table: ReportTable): SafeHtml {
  const { lang } = view;
  const head = html`<tr>${table.keyHeaders.map((h) => html`<th>${h}</th>`)}${table.measureHeaders.map((h) => html`<th class="n">${h}</th>`)}</tr>`;
  const body = table.rows.map((row) => {
    const keys = row.keys.map((k, i) => {
      const isName = i === row.keys.length - 1;
      const link = isName && row.regionCode !== undefined && view.drillable(row.regionCode);
      return html`<td>${link ? html`<a href="${dashboardHref({ from: view.from, to: view.to, region: row.regionCode ?? null })}">${k}</a>` : k}</td>`;
    });
    const values = row.values.map(
      (v, i) => html`<td class="n" data-measure="${table.measures[i] ?? ''}">${cellText(lang, v)}</td>`,
    );
    return html`<tr${row.isTotal ? html` class="total"` : null}${row.regionCode === undefined ? null : html` data-region="${row.regionCode}"`}>${keys}${values}</tr>`;
  });
  const drill =
    table.id === 'areas' && table.rows.some((r) => r.regionCode !== undefined && view.drillable(r.regionCode));
  const notes: HtmlValue[] = [...table.notes, ...(drill ? [t(lang, 'dashboard.table.drill')] : [])].map(
    (n) => html`<p class="note">${n}</p>`,
  );
  return html`<section id="table-${table.id}"><h2>${table.title}</h2>
<div class="scroll"><table><thead>${head}</thead><tbody>${body}</tbody></table></div>
${notes}
<p class="note"><a href="${exportHref(view, 'csv', table.id)}">${t(lang, 'dashboard.export.csv')}</a></p></section>`;
}

function areaLinks(view: DashboardView): SafeHtml | null {
  const { lang } = view;
  const up =
    view.up === null
      ? null
      : html`<a href="${dashboardHref({ from: view.from, to: view.to, region: view.up.region })}">${t(lang, 'dashboard.up', { area: view.up.name })}</a>`;
  const own =
    view.ownAreas.length > 1
      ? html`<span>${t(lang, 'dashboard.your_areas')} ${view.ownAreas.map((a) => html`<a href="${dashboardHref({ from: view.from, to: view.to, region: a.region })}">${a.name}</a>`)}</span>`
      : null;
  return up === null && own === null ? null : html`<p class="areas">${up} ${own}</p>`;
}

export function dashboardPage(view: DashboardView): SafeHtml {
  const { lang } = view;
  const areas = view.tables.find((table) => table.id === 'areas');
  const heading = t(lang, 'dashboard.heading', { area: view.areaName, from: day(view.from), to: day(view.to) });
  const body = html`<div class="heading" id="heading">${heading}</div>
${areaLinks(view)}
<section>${periodForm(view)}</section>
${cards(view, areas)}
${funnelChart(view, areas)}
${trendChart(view)}
${trainingChart(lang, view.tables)}
${view.tables.map((table) => tableSection(view, table))}
<section id="exports"><h2>${t(lang, 'dashboard.export.heading')}</h2><p class="exports">
<a href="${exportHref(view, 'xlsx')}">${t(lang, 'dashboard.export.xlsx')}</a>
<a href="${exportHref(view, 'csv')}">${t(lang, 'dashboard.export.csv')}</a></p>
<p class="note">${t(lang, 'funnel.note.small_cells')}</p>
<p class="note">${t(lang, 'dashboard.note.unknown')} ${t(lang, 'dashboard.note.private')}</p>
<p class="note">${t(lang, 'dashboard.generated', { time: clock(view.generatedAt), date: formatDate(lang, view.generatedAt) })}</p></section>`;
  return page({ lang, title: t(lang, 'dashboard.title'), header: dashboardHeader(lang, view.viewer), body });
}
