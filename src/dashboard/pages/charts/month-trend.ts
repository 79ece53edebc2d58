import type { Shown } from '../../../reporting/dashboard-tables.ts';
import { coordinate, html, type SafeHtml } from '../html.ts';
import { colour, niceScale } from './palette.ts';

/**
 * Month by month: one line per measure over the months of the period, in SVG drawn on the server. A suppressed
 * ("<5") or unknown month has no point; the line breaks there instead of suggesting a number. `kind`: the chart's
 * class beside "chart" ('trend' unless told), so a page with two of them can tell them apart. Pure.
 */
export interface TrendSeries {
  label: string;
  values: readonly Shown[];
}

const WIDTH = 640;
const PLOT_HEIGHT = 200;
const LEFT = 56;
const RIGHT = 12;
const TOP = 12;
const LEGEND_ROW = 20;
const LEGEND_ITEM = 210;

export function monthTrendSvg(
  months: readonly string[],
  series: readonly TrendSeries[],
  options: { title: string; number: (n: number) => string; kind?: string },
): SafeHtml {
  const numbers = series.flatMap((s) => s.values.filter((v): v is number => typeof v === 'number'));
  const { top, step } = niceScale(Math.max(0, ...numbers));
  const plotWidth = WIDTH - LEFT - RIGHT;
  const slot = plotWidth / Math.max(1, months.length);
  const x = (i: number) => LEFT + slot * (i + 0.5);
  const y = (v: number) => TOP + PLOT_HEIGHT - (PLOT_HEIGHT * v) / top;
  const axisY = TOP + PLOT_HEIGHT;

  const grid = [];
  for (let v = 0; v <= top; v += step) {
    grid.push(
      html`<line x1="${LEFT}" x2="${WIDTH - RIGHT}" y1="${coordinate(y(v))}" y2="${coordinate(y(v))}" stroke="#e3e7eb"/><text x="${LEFT - 6}" y="${coordinate(y(v) + 4)}" font-size="13" text-anchor="end" fill="#556">${options.number(v)}</text>`,
    );
  }
  // Six month labels stay readable when the chart shrinks to a phone's width; past six, every second (third…) one.
  const every = Math.max(1, Math.ceil(months.length / 6));
  const labels = months.map((m, i) =>
    i % every === 0
      ? html`<text x="${coordinate(x(i))}" y="${axisY + 18}" font-size="13" text-anchor="middle" fill="#556">${m}</text>`
      : null,
  );

  const lines = series.map((s, si) => {
    const runs: string[][] = [[]];
    s.values.forEach((v, i) => {
      if (typeof v === 'number') runs.at(-1)?.push(`${coordinate(x(i))},${coordinate(y(v))}`);
      else if ((runs.at(-1) ?? []).length > 0) runs.push([]);
    });
    const paths = runs
      .filter((r) => r.length > 1)
      .map((r) => html`<polyline points="${r.join(' ')}" fill="none" stroke="${colour(si)}" stroke-width="2.5"/>`);
    const points = s.values.map((v, i) =>
      typeof v === 'number'
        ? html`<circle cx="${coordinate(x(i))}" cy="${coordinate(y(v))}" r="3.5" fill="${colour(si)}"><title>${s.label}, ${months[i] ?? ''}: ${options.number(v)}</title></circle>`
        : null,
    );
    return html`<g class="series">${paths}${points}</g>`;
  });

  const perRow = Math.max(1, Math.floor(WIDTH / LEGEND_ITEM));
  const legendTop = axisY + 30;
  const legend = series.map((s, i) => {
    const lx = (i % perRow) * LEGEND_ITEM;
    const ly = legendTop + Math.floor(i / perRow) * LEGEND_ROW;
    return html`<rect x="${lx}" y="${ly}" width="14" height="4" fill="${colour(i)}"/><text x="${lx + 20}" y="${ly + 6}" font-size="14" fill="#334">${s.label}</text>`;
  });
  const height = legendTop + Math.ceil(series.length / perRow) * LEGEND_ROW;

  return html`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-label="${options.title}" class="chart ${options.kind ?? 'trend'}"><title>${options.title}</title>${grid}<line x1="${LEFT}" x2="${WIDTH - RIGHT}" y1="${axisY}" y2="${axisY}" stroke="#889"/>${labels}${lines}${legend}</svg>`;
}
