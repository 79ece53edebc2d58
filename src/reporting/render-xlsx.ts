import type { ReportTable } from './dashboard-tables.ts';
import { inertCellText } from './spreadsheet-text.ts';

/**
 * The dashboard's tables as an Excel workbook (exceljs): a first sheet saying what the figures are (area, period,
 * when), then one sheet per table with its header row frozen; numbers are numbers (shown 1.234 by a Vietnamese
 * Excel), "<5" is text, an unknown cell is empty; text that would start a formula is made inert. exceljs is loaded on
 * the first export only.
 */
export interface WorkbookInfo {
  /** The first sheet's name and its label/value lines. */
  sheetName: string;
  lines: ReadonlyArray<readonly [string, string]>;
}

const MAX_SHEET_NAME = 31;

/** Excel's sheet-name rules: at most 31 characters, none of []:*?/\, unique in the workbook. */
export function sheetName(title: string, taken: Set<string>): string {
  const base =
    title
      .replace(/[[\]:*?/\\]/g, ' ')
      .trim()
      .slice(0, MAX_SHEET_NAME) || 'Sheet';
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++)
    name = `${base.slice(0, MAX_SHEET_NAME - String(n).length - 1)} ${n}`;
  taken.add(name.toLowerCase());
  return name;
}

export async function tablesXlsx(tables: readonly ReportTable[], info: WorkbookInfo): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Kết Nối Việc Làm';
  const taken = new Set<string>();

  const about = workbook.addWorksheet(sheetName(info.sheetName, taken));
  for (const [label, value] of info.lines) about.addRow([inertCellText(label), inertCellText(value)]);
  about.getColumn(1).width = 28;
  about.getColumn(2).width = 80;
  about.getColumn(1).font = { bold: true };

  for (const table of tables) {
    const sheet = workbook.addWorksheet(sheetName(table.title, taken), { views: [{ state: 'frozen', ySplit: 1 }] });
    const header = sheet.addRow([...table.keyHeaders, ...table.measureHeaders].map(inertCellText));
    header.font = { bold: true };
    for (const row of table.rows) {
      const added = sheet.addRow([
        ...row.keys.map(inertCellText),
        ...row.values.map((v) => (typeof v === 'string' ? inertCellText(v) : v)),
      ]);
      if (row.isTotal) added.font = { bold: true };
    }
    table.keyHeaders.forEach((h, i) => {
      const column = sheet.getColumn(i + 1);
      column.width = Math.min(40, Math.max(h.length, ...table.rows.map((r) => (r.keys[i] ?? '').length)) + 2);
    });
    table.measureHeaders.forEach((h, i) => {
      const column = sheet.getColumn(table.keyHeaders.length + i + 1);
      column.width = Math.min(24, Math.max(8, h.length + 2));
      column.numFmt = '#,##0';
      column.alignment = { horizontal: 'right' };
    });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
