import { describe, expect, it } from 'vitest';
import { columnOf, readVacancyCsv, VacancyCsvError, type Column } from '../../../src/cli/vacancy-csv.ts';

const HEADER = 'employer,title,occupation,commune,headcount,wage,deadline,contact';
const bytes = (text: string) => new TextEncoder().encode(text);
const read = (text: string) => readVacancyCsv(bytes(text));

function fileError(text: string | Uint8Array): string {
  try {
    readVacancyCsv(typeof text === 'string' ? bytes(text) : text);
  } catch (error) {
    if (error instanceof VacancyCsvError) return error.message;
    throw error;
  }
  throw new Error('expected a file error');
}

describe('reading a vacancy CSV', () => {
  it.each<[header: string, column: Column | null]>([
    ['employer', 'employer'],
    ['Tên doanh nghiệp', 'employer'],
    ['TEN DOANH NGHIEP', 'employer'],
    ['Vị trí', 'title'],
    ['Vị trí (title)', 'title'],
    ['Nghề', 'occupation'],
    ['Xã/Phường', 'commune'],
    ['xa phuong', 'commune'],
    ['Tỉnh', 'province'],
    ['Tỉnh/Thành phố', 'province'],
    ['Số lượng', 'headcount'],
    ['Lương', 'wage'],
    ['Mức lương', 'wage'],
    ['Yêu cầu', 'requirements'],
    ['Hạn nộp', 'deadline'],
    ['Hạn nộp hồ sơ', 'deadline'],
    ['Liên hệ', 'contact'],
    ['Overseas', 'overseas'],
    ['Làm việc ở nước ngoài', 'overseas'],
    ['  Salary ', 'wage'],
    ['Ghi chú', null],
    ['', null],
  ])('header %j is %s', (header, column) => {
    expect(columnOf(header)).toBe(column);
  });

  it('maps the header, reads quoted commas, quotes and line breaks, and numbers each record by its first line', () => {
    const csv = read(
      [
        HEADER,
        'A,B,garment,X,1,"8-10 triệu, thưởng",30/04/2026,0912',
        '',
        'C,"Thợ ""may""",garment,Y,2,"7 triệu',
        'thỏa thuận",30/04/2026,0913',
        ',,,,,,,',
        'E,F,garment,Z,3,9 triệu,30/04/2026,0914',
      ].join('\n'),
    );
    expect([...csv.columns.keys()]).toEqual([
      'employer',
      'title',
      'occupation',
      'commune',
      'headcount',
      'wage',
      'deadline',
      'contact',
    ]);
    expect(csv.ignored).toEqual([]);
    expect(csv.records.map((r) => [r.line, r.values.title, r.values.wage])).toEqual([
      [2, 'B', '8-10 triệu, thưởng'],
      [4, 'Thợ "may"', '7 triệu\nthỏa thuận'],
      [7, 'F', '9 triệu'],
    ]);
  });

  it('a BOM, CRLF (or mixed) line ends and a Vietnamese header', () => {
    const text =
      '\uFEFFTên doanh nghiệp,Vị trí,Nghề,Xã/Phường,Số lượng,Lương,Hạn nộp,Liên hệ,Ghi chú\r\nCông ty Á,Thợ may,may,Văn Lăng,5,"7,5 triệu",30/04/2026,0912,x\r\n\r\nCông ty B,Thợ hàn,hàn,Văn Lăng,5,9 triệu,30/04/2026,0913,\n';
    const csv = read(text);
    expect(csv.ignored).toEqual(['Ghi chú']);
    expect(csv.records.map((r) => [r.line, r.values.employer, r.values.wage, r.values.contact])).toEqual([
      [2, 'Công ty Á', '7,5 triệu', '0912'],
      [4, 'Công ty B', '9 triệu', '0913'],
    ]);
  });

  it('short rows read as empty fields; extra non-empty fields are counted', () => {
    const csv = read(
      `${HEADER},province\nA,B,garment,X,1,9 triệu,30/04/2026\nA,B,garment,X,1,9 triệu,30/04/2026,0912,,oops,more\n`,
    );
    expect(csv.records[0]?.values).toMatchObject({ contact: '', province: '' });
    expect(csv.records[0]?.extraFields).toBe(0);
    expect(csv.records[1]?.extraFields).toBe(2);
  });

  it.each<[what: string, text: string | Uint8Array, message: RegExp]>([
    ['an empty file', '', /^the file is empty: the first line must be the header/],
    ['only a BOM', '\uFEFF', /^the file is empty/],
    ['blank lines only', '\n\r\n', /^the file is empty/],
    [
      'a missing column',
      'employer,title,occupation,commune,headcount,wage,contact\n',
      /^the header \(line 1\) lacks the column deadline \(found employer, title, occupation, commune, headcount, wage, contact\)/,
    ],
    [
      'no column we know',
      'a,b,c\n1,2,3\n',
      /^the header \(line 1\) lacks the columns employer, title, .* \(none of its cells is a column name we know\)/,
    ],
    [
      'a column twice',
      `${HEADER},Lương\n`,
      /^the header names the wage column twice \("wage" and "Lương"\); keep one$/,
    ],
    [
      'semicolons',
      'employer;title;occupation;commune;headcount;wage;deadline;contact\n',
      /looks separated by ";" or tabs/,
    ],
    ['a quote never closed', `${HEADER}\nA,"B,garment\n`, /a double quote \("\) opens a value that is never closed/],
    [
      'a stray quote',
      `${HEADER}\nA,B"x,garment,X,1,9,30/04/2026,0912\n`,
      /^line 2: a double quote \("\) in the middle of a value/,
    ],
    [
      'not UTF-8 (Windows-1258 from Excel)',
      new Uint8Array([...bytes(`${HEADER}\nC`), 0xf4, 0x6e, 0x67, 0x0a]),
      /^the file is not UTF-8 text \(first odd character on line 2\)\. In Excel use "Save As" → "CSV UTF-8 \(comma delimited\)"$/,
    ],
  ])('%s is a file error', (_what, text, message) => {
    expect(fileError(text)).toMatch(message);
  });

  it('a header with no rows is a file with no records', () => {
    expect(read(`${HEADER}\n`).records).toEqual([]);
  });
});
