import type { ReportTable, Shown } from './dashboard-tables.ts';
import { csvField } from './spreadsheet-text.ts';

/**
 * One dashboard table as CSV for a spreadsheet: a UTF-8 BOM (so Excel reads Vietnamese names right), the header
 * row, then the rows (text that a spreadsheet would run as a formula made inert); numbers as plain digits, "<5" as it
 * is, empty where not known; lines end in CRLF. Pure.
 */
function value(v: Shown): string {
  return v === null ? '' : String(v);
}

export function tableCsv(table: ReportTable): string {
  const lines = [
    [...table.keyHeaders, ...table.measureHeaders],
    ...table.rows.map((row) => [...row.keys, ...row.values.map(value)]),
  ].map((cells) => cells.map(csvField).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
