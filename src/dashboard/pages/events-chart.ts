import { coordinate, html, type SafeHtml } from './html.ts';
import { colour } from './charts/palette.ts';

/**
 * One event's results as small grouped bars, drawn in SVG on the server: a group per row (the whole event, then
 * each employer), one bar per measure (registered, attended, interviewed, hired), a legend on top. The event's own
 * figures are not suppressed (events-report.ts), so every bar is drawn to scale. Pure.
 */
export const CHART_MEASURES = ['registered', 'attended', 'interviewed', 'hired'] as const;
export type ChartMeasure = (typeof CHART_MEASURES)[number];

export interface EventChartRow {
  label: string;
  values: Readonly<Record<ChartMeasure, number>>;
}

const WIDTH = 640;
const LEGEND = 24;
const LABEL = 18;
const BAR = 9;
const GAP = 2;
const GROUP = LABEL + CHART_MEASURES.length * (BAR + GAP) + 10;
const VALUE_ROOM = 70;

export function eventChartSvg(
  rows: readonly EventChartRow[],
  options: { title: string; legend: Readonly<Record<ChartMeasure, string>>; number: (n: number) => string },
): SafeHtml {
  const max = Math.max(0, ...rows.flatMap((row) => CHART_MEASURES.map((m) => row.values[m])));
  const height = LEGEND + rows.length * GROUP;
  const legend = CHART_MEASURES.map(
    (m, i) =>
      html`<rect x="${i * 150}" y="4" width="12" height="12" fill="${colour(i)}"></rect>
<text x="${i * 150 + 16}" y="14" font-size="12" fill="#334">${options.legend[m]}</text>`,
  );
  const groups = rows.map((row, r) => {
    const top = LEGEND + r * GROUP;
    const bars = CHART_MEASURES.map((m, i) => {
      const value = row.values[m];
      const length = max > 0 ? ((WIDTH - VALUE_ROOM) * value) / max : 0;
      const y = top + LABEL + i * (BAR + GAP);
      const text = options.number(value);
      const title = `${row.label}, ${options.legend[m]}: ${text}`;
      return html`<rect x="0" y="${coordinate(y)}" width="${coordinate(length)}" height="${BAR}" fill="${colour(i)}"
 data-measure="${m}"><title>${title}</title></rect>
<text x="${coordinate(length + 4)}" y="${coordinate(y + BAR - 1)}" font-size="10" fill="#123">${text}</text>`;
    });
    const y = coordinate(top + LABEL - 5);
    return html`<g class="row">
<text x="0" y="${y}" font-size="13" font-weight="600" fill="#223">${row.label}</text>${bars}</g>`;
  });
  return html`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" role="img"
 aria-label="${options.title}" class="chart event"><title>${options.title}</title>${legend}${groups}</svg>`;
}
