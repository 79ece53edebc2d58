import { formatDeadlineVi } from '../core/deadline.ts';
import { formatNumber } from '../core/i18n/format.ts';
import { FUNNEL_MEASURES, shownCount, SMALL_CELL_LABEL, type FunnelCounts, type FunnelMeasure, type FunnelReport } from './funnel.ts';

/**
 * A funnel report as text: an aligned table for the terminal (numbers as Vietnamese write them, 1.234) or CSV for
 * a spreadsheet (a UTF-8 BOM first, so Excel reads the Vietnamese names right). Small counts of people are
 * suppressed here, never in the numbers the report module returns. Pure.
 */
export const MEASURE_LABELS: Readonly<Record<FunnelMeasure, string>> = {
  registered: 'Registered',
  activeAtEnd: 'Active at end',
  stopped: 'Stopped',
  deleted: 'Deleted',
  vacanciesApproved: 'Vacancies approved',
  headcountApproved: 'Headcount',
  employers: 'Employers',
  interested: 'Interested',
  introduced: 'Introduced',
  hired: 'Hired',
};

const CSV_NAMES: Readonly<Record<FunnelMeasure, string>> = {
  registered: 'registered',
  activeAtEnd: 'active_at_end',
  stopped: 'stopped',
  deleted: 'deleted',
  vacanciesApproved: 'vacancies_approved',
  headcountApproved: 'headcount_approved',
  employers: 'employers',
  interested: 'interested',
  introduced: 'introduced',
  hired: 'hired',
};

const NOT_KNOWN = '—';
const TOTAL = 'Total';

function cell(measure: FunnelMeasure, value: number | null, number: (n: number) => string, unknown: string): string {
  const shown = shownCount(measure, value);
  if (shown === null) return unknown;
  return shown === SMALL_CELL_LABEL ? shown : number(shown);
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

export function funnelTable(report: FunnelReport): string[] {
  const vi = (n: number) => formatNumber('vi', n, 0);
  const header = ['Code', report.groupBy === 'province' ? 'Province' : 'Commune', ...FUNNEL_MEASURES.map((m) => MEASURE_LABELS[m])];
  const line = (code: string, name: string, counts: FunnelCounts) => [code, name, ...FUNNEL_MEASURES.map((m) => cell(m, counts[m], vi, NOT_KNOWN))];
  const body = report.rows.map((r) => line(r.code, r.name, r));
  const total = line('', TOTAL, report.total);
  const sizes = header.map((h, i) => Math.max(width(h), ...[...body, total].map((row) => width(row[i] ?? ''))));
  const render = (row: string[]) =>
    row
      .map((text, i) => pad(text, sizes[i] ?? 0, i < 2 ? 'left' : 'right'))
      .join('  ')
      .trimEnd();
  const rule = sizes.map((s) => '-'.repeat(s)).join('  ');
  const notes = [`Counts of people under 5 are shown as ${SMALL_CELL_LABEL}.`];
  if (report.total.deleted === null || report.rows.some((r) => r.deleted === null)) {
    notes.push(`${NOT_KNOWN}: not known by area (erasing one's data keeps no area, so deleted is counted for the whole country only).`);
  }
  return [
    `Funnel for ${scopeLabel(report)}, ${formatDeadlineVi(report.period.from)} to ${formatDeadlineVi(report.period.to)} (Vietnam time), by ${report.groupBy}`,
    '',
    render(header),
    rule,
    ...body.map(render),
    rule,
    render(total),
    '',
    ...notes,
  ];
}

/** A CSV field: quoted when it holds a comma, a quote or a line break. */
function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Header row, one row per area, then the total; the first line starts with a UTF-8 BOM. */
export function funnelCsv(report: FunnelReport): string[] {
  const plain = (n: number) => String(n);
  const header = ['code', report.groupBy, ...FUNNEL_MEASURES.map((m) => CSV_NAMES[m])];
  const line = (code: string, name: string, counts: FunnelCounts) => [code, name, ...FUNNEL_MEASURES.map((m) => cell(m, counts[m], plain, ''))];
  const rows = [header, ...report.rows.map((r) => line(r.code, r.name, r)), line('', TOTAL, report.total)];
  const lines = rows.map((row) => row.map(csvField).join(','));
  lines[0] = `\uFEFF${lines[0] ?? ''}`;
  return lines;
}
