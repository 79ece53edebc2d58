import { formatNumber } from '../kernel/i18n/format.ts';
import type { Shown } from './dashboard-tables.ts';
import { aligned, CSV_NAMES } from './funnel-format.ts';
import { csvField } from './spreadsheet-text.ts';
import { TRAINING_MEASURES } from './training-queries.ts';
import { TRAINING_BREAKDOWNS, trainingTables, type TrainingReport } from './training-report.ts';

/**
 * The training breakdowns (training-report.ts) for `npm run cli -- report`: aligned tables after the funnel's, and
 * one CSV with `--breakdown training` (its first column says which table a row is of). English, as the rest of
 * the CLI; small counts of people already shown as "<5". Pure.
 */
const NOT_KNOWN = '—';

function text(value: Shown, number: (n: number) => string, unknown: string): string {
  if (value === null) return unknown;
  return typeof value === 'number' ? number(value) : value;
}

export function trainingTableLines(report: TrainingReport): string[] {
  const vi = (n: number) => formatNumber('vi', n, 0);
  return trainingTables(report, 'en').flatMap((table) => [
    '',
    table.title,
    '',
    ...aligned(
      [...table.keyHeaders, ...table.measureHeaders],
      table.rows.map((r) => [...r.keys, ...r.values.map((v) => text(v, vi, NOT_KNOWN))]),
      null,
      1,
    ),
    ...table.notes,
  ]);
}

export function trainingCsv(report: TrainingReport): string[] {
  const tables = trainingTables(report, 'vi');
  const lines = [
    ['table', 'key', 'name', ...TRAINING_MEASURES.map((m) => CSV_NAMES[m])],
    ...TRAINING_BREAKDOWNS.flatMap((id, i) =>
      report[id].map((row, r) => [
        id,
        row.key,
        row.name,
        ...(tables[i]?.rows[r]?.values ?? []).map((v) => text(v, String, '')),
      ]),
    ),
  ].map((row) => row.map(csvField).join(','));
  lines[0] = `\uFEFF${lines[0] ?? ''}`;
  return lines;
}
