import { describe, expect, it } from 'vitest';
import type { ReportTable } from '../../../src/reporting/dashboard-tables.ts';
import { tableCsv } from '../../../src/reporting/render-csv.ts';
import { tablesXlsx } from '../../../src/reporting/render-xlsx.ts';
import { csvField, inertCellText } from '../../../src/reporting/spreadsheet-text.ts';

describe('text that a spreadsheet would run as a formula', () => {
  it.each([
    ['=HYPERLINK("http://evil.example","Bấm")', `'=HYPERLINK("http://evil.example","Bấm")`],
    ['+84912345678', "'+84912345678"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', "'\r=1+1"],
    // Left alone: ordinary text and numbers written as text.
    ['Thái Nguyên', 'Thái Nguyên'],
    ['<5', '<5'],
    ['…', '…'],
    ['-5', '-5'],
    ['1.234', '1.234'],
    ['', ''],
  ])('%j → %j', (text, inert) => {
    expect(inertCellText(text)).toBe(inert);
  });

  it('quotes a CSV field after making it inert', () => {
    expect(csvField('=1+1,2')).toBe(`"'=1+1,2"`);
    expect(csvField('Xã "A"')).toBe('"Xã ""A"""');
    expect(csvField('19')).toBe('19');
  });

  const table: ReportTable = {
    id: 'occupation',
    title: 'Theo nghề',
    keyHeaders: ['Nghề'],
    measures: ['registered'],
    measureHeaders: ['Đăng ký mới'],
    rows: [
      { keys: ['=HYPERLINK("http://evil.example","x")'], values: [12], isTotal: false },
      { keys: ['May mặc'], values: ['<5'], isTotal: false },
    ],
    notes: [],
  };

  it('CSV exports carry no live formula', () => {
    const lines = tableCsv(table).split('\r\n');
    expect(lines[1]).toBe(`"'=HYPERLINK(""http://evil.example"",""x"")",12`);
    expect(lines[2]).toBe('May mặc,<5');
  });

  it('XLSX exports hold such text as inert text, numbers as numbers', async () => {
    const { default: ExcelJS } = await import('exceljs');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      (await tablesXlsx([table], { sheetName: 'Về báo cáo', lines: [['Vùng', '@Thái Nguyên']] })) as never,
    );
    const about = workbook.worksheets[0]!;
    expect(about.getCell('B1').value).toBe("'@Thái Nguyên");
    const sheet = workbook.worksheets[1]!;
    expect(sheet.getCell('A2').value).toBe(`'=HYPERLINK("http://evil.example","x")`);
    expect(sheet.getCell('A2').formula).toBeUndefined();
    expect(sheet.getCell('B2').value).toBe(12);
    expect(sheet.getCell('B3').value).toBe('<5');
  });
});
