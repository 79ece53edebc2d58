import { formatDeadlineVi } from '../kernel/deadline.ts';
import { formatNumber } from '../kernel/i18n/format.ts';
import { t } from './messages.ts';
import { HIDDEN_CELL_LABEL, SMALL_CELL_LABEL, type ShownCell } from '../kernel/suppression.ts';
import { FUNNEL_MEASURES, type FunnelBreakdownId, type FunnelMeasure, type FunnelReport } from './funnel.ts';
import { shownReport, type ShownTable } from './funnel-shown.ts';
import { csvField } from './spreadsheet-text.ts';

/**
 * A funnel report as text for `npm run cli -- report`: aligned tables for the terminal (numbers as Vietnamese
 * write them, 1.234), or CSV for a spreadsheet (a UTF-8 BOM first, so Excel reads the Vietnamese names right).
 * Small counts of people are suppressed (funnel-shown.ts), never in the numbers the report module returns. Labels
 * come from the English catalogue (funnel.measure.*, funnel.breakdown.*), as the rest of the CLI speaks English.
 * Pure.
 */
export const MEASURE_LABELS = Object.fromEntries(
  FUNNEL_MEASURES.map((m) => [m, t('en', `funnel.measure.${m}`)]),
) as Readonly<Record<FunnelMeasure, string>>;

/** CSV column names: the measure in snake case (activeAtEnd → active_at_end). */
export const CSV_NAMES = Object.fromEntries(
  FUNNEL_MEASURES.map((m) => [m, m.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)]),
) as Readonly<Record<FunnelMeasure, string>>;

const NOT_KNOWN = '—';
const TOTAL = t('en', 'funnel.total');

function cellText(cell: ShownCell, number: (n: number) => string, unknown: string): string {
  if (cell === null) return unknown;
  return typeof cell === 'number' ? number(cell) : cell;
}

function scopeLabel(report: FunnelReport): string {
  return report.scope.code === null ? report.scope.name : `${report.scope.name} (${report.scope.code})`;
}

/** Columns a terminal shows: combining marks take no room. */
function width(text: string): number {
  return [...text.normalize('NFC')].filter((c) => !/\p{M}/u.test(c)).length;
}

function pad(text: string, size: number, align: 'left' | 'right'): string {
  const fill = ' '.repeat(Math.max(0, size - width(text)));
  return align === 'left' ? text + fill : fill + text;
}

/**
 * An aligned table: the first `leftColumns` columns left-aligned, the numbers right-aligned; a rule above the total.
 */
export function aligned(header: string[], body: string[][], total: string[] | null, leftColumns: number): string[] {
  const all = [header, ...body, ...(total ? [total] : [])];
  const sizes = header.map((_, i) => Math.max(...all.map((row) => width(row[i] ?? ''))));
  const render = (row: string[]) =>
    row
      .map((text, i) => pad(text, sizes[i] ?? 0, i < leftColumns ? 'left' : 'right'))
      .join('  ')
      .trimEnd();
  const rule = sizes.map((s) => '-'.repeat(s)).join('  ');
  return [render(header), rule, ...body.map(render), ...(total ? [rule, render(total)] : [])];
}

const vi = (n: number) => formatNumber('vi', n, 0);

function tableLines(
  table: ShownTable,
  first: string[],
  keyed: (row: ShownTable['rows'][number]) => string[],
): string[] {
  const header = [...first, ...table.measures.map((m) => MEASURE_LABELS[m])];
  const body = table.rows.map((r) => [...keyed(r), ...r.cells.map((c) => cellText(c, vi, NOT_KNOWN))]);
  const total = table.total
    ? [
        ...first.map((_, i) => (i === first.length - 1 ? TOTAL : '')),
        ...table.total.map((c) => cellText(c, vi, NOT_KNOWN)),
      ]
    : null;
  return aligned(header, body, total, first.length);
}

function suppressionNotes(tables: readonly ShownTable[]): string[] {
  const cells = tables.flatMap((table) => [...table.rows.flatMap((r) => r.cells), ...(table.total ?? [])]);
  const notes = [`Counts of people under 5 are shown as ${SMALL_CELL_LABEL}.`];
  if (cells.includes(HIDDEN_CELL_LABEL))
    notes.push(`${HIDDEN_CELL_LABEL}: hidden, so that a count under 5 cannot be worked out from a total.`);
  if (cells.includes(null)) notes.push(`${NOT_KNOWN}: not known.`);
  return notes;
}

/** Every measure per area with the total, then every breakdown table, each with its notes. */
export function funnelTable(report: FunnelReport): string[] {
  const shown = shownReport(report);
  const area = report.groupBy === 'province' ? 'Province' : 'Commune';
  const lines = [
    `Funnel for ${scopeLabel(report)}, ${formatDeadlineVi(report.period.from)} to ${formatDeadlineVi(report.period.to)} (Vietnam time), by ${report.groupBy}`,
    '',
    ...tableLines(shown.areas, ['Code', area], (r) => [r.key, r.name]),
  ];
  for (const breakdown of shown.breakdowns) {
    lines.push('', t('en', `funnel.breakdown.${breakdown.id}`), '', ...tableLines(breakdown, [''], (r) => [r.name]));
    for (const note of breakdown.notes) lines.push(t('en', note));
  }
  lines.push(
    '',
    ...suppressionNotes([shown.areas, ...shown.breakdowns]),
    t('en', 'funnel.note.counselled'),
    t('en', 'funnel.note.broadcast_replies'),
  );
  return lines;
}

function csvLines(rows: string[][]): string[] {
  const lines = rows.map((row) => row.map(csvField).join(','));
  lines[0] = `\uFEFF${lines[0] ?? ''}`;
  return lines;
}

const plain = (n: number) => String(n);

/** The area table: header row, one row per area, then the total; the first line starts with a UTF-8 BOM. */
export function funnelCsv(report: FunnelReport): string[] {
  const { areas } = shownReport(report);
  const cells = (row: readonly ShownCell[]) => row.map((c) => cellText(c, plain, ''));
  return csvLines([
    ['code', report.groupBy, ...areas.measures.map((m) => CSV_NAMES[m])],
    ...areas.rows.map((r) => [r.key, r.name, ...cells(r.cells)]),
    ['', TOTAL, ...cells(areas.total ?? [])],
  ]);
}

/** One breakdown table as CSV (key, name, its measures; the total where its rows add up to it). */
export function funnelBreakdownCsv(report: FunnelReport, id: FunnelBreakdownId): string[] | null {
  const breakdown = shownReport(report).breakdowns.find((b) => b.id === id);
  if (breakdown === undefined) return null;
  const cells = (row: readonly ShownCell[]) => row.map((c) => cellText(c, plain, ''));
  return csvLines([
    ['key', 'name', ...breakdown.measures.map((m) => CSV_NAMES[m])],
    ...breakdown.rows.map((r) => [r.key, r.name, ...cells(r.cells)]),
    ...(breakdown.total ? [['', TOTAL, ...cells(breakdown.total)]] : []),
  ]);
}
