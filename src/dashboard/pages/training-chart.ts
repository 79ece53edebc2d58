import type { Lang } from '../../kernel/i18n/index.ts';
import type { ReportTable } from '../../reporting/dashboard-tables.ts';
import type { FunnelMeasure } from '../../reporting/funnel.ts';
import { t } from '../messages.ts';
import { monthTrendSvg } from './charts/month-trend.ts';
import { count } from './format.ts';
import { html, type HtmlValue, type SafeHtml } from './html.ts';

/**
 * "Nhập học và hoàn thành theo tháng" (issue 15): people enrolled on a course and people who completed one, month
 * by month, drawn from the funnel's month table (already suppressed: a "<5" month has no point). Pure.
 */
export const TRAINING_CHART_MEASURES: readonly FunnelMeasure[] = ['enrolled', 'completed'];

export function trainingChart(lang: Lang, tables: readonly ReportTable[]): SafeHtml {
  const title = t(lang, 'dashboard.chart.training');
  const section = (...body: HtmlValue[]) => html`<section id="training-chart"><h2>${title}</h2>${body}</section>`;
  const months = tables.find((table) => table.id === 'month');
  const rows = months?.rows.filter((r) => !r.isTotal) ?? [];
  const measures = TRAINING_CHART_MEASURES.filter((m) => months?.measures.includes(m));
  if (months === undefined || rows.length === 0 || measures.length === 0) {
    return section(html`<p class="note">${t(lang, 'dashboard.chart.no_trend')}</p>`);
  }
  const series = measures.map((m) => {
    const column = months.measures.indexOf(m);
    return { label: months.measureHeaders[column] ?? m, values: rows.map((r) => r.values[column] ?? null) };
  });
  const gaps = series.some((s) => s.values.some((v) => typeof v !== 'number'));
  const svg = monthTrendSvg(
    rows.map((r) => r.keys[0] ?? ''),
    series,
    { title, number: (n) => count(lang, n), kind: 'training' },
  );
  return section(svg, gaps ? html`<p class="note">${t(lang, 'dashboard.chart.gaps')}</p>` : null);
}
