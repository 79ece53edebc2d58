import type { Shown } from '../../../reporting/dashboard-tables.ts';
import { coordinate, html, type SafeHtml } from '../html.ts';
import { colour } from './palette.ts';

/**
 * The funnel as horizontal bars, one per step (registered → … → successfully connected), drawn in SVG on the
 * server. A suppressed count ("<5") gets no bar, so its length cannot give the number away. Pure.
 */
export interface FunnelBar {
  label: string;
  value: Shown;
}

const WIDTH = 640;
const ROW = 46;
const BAR = 18;
const VALUE_ROOM = 90;

export function funnelBarsSvg(
  bars: readonly FunnelBar[],
  options: { title: string; number: (n: number) => string },
): SafeHtml {
  const max = Math.max(0, ...bars.map((b) => (typeof b.value === 'number' ? b.value : 0)));
  const height = bars.length * ROW + 4;
  const rows = bars.map((bar, i) => {
    const y = i * ROW;
    const length = typeof bar.value === 'number' && max > 0 ? ((WIDTH - VALUE_ROOM) * bar.value) / max : 0;
    const text = typeof bar.value === 'number' ? options.number(bar.value) : (bar.value ?? '—');
    return html`<g class="step">
<text x="0" y="${coordinate(y + 14)}" font-size="13" fill="#334">${bar.label}</text>
<rect x="0" y="${coordinate(y + 20)}" width="${coordinate(length)}" height="${BAR}" rx="3" fill="${colour(0)}" opacity="${coordinate(Math.max(1 - i * 0.12, 0.35))}"><title>${bar.label}: ${text}</title></rect>
<text x="${coordinate(length + 6)}" y="${coordinate(y + 34)}" font-size="14" font-weight="700" fill="#123" class="value">${text}</text>
</g>`;
  });
  return html`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-label="${options.title}" class="chart funnel"><title>${options.title}</title>${rows}</svg>`;
}
