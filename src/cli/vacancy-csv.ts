import { CsvError, parse } from 'csv-parse/sync';
import { fold } from '../kernel/fold.ts';

/**
 * Reading a vacancy list (npm run cli -- import-vacancies FILE.csv): the bytes of a CSV file → its header mapped
 * to our columns and one record per data row, each with the physical line where it starts (the header is line 1),
 * so that every error can name a line the admin finds in their editor.
 *
 * UTF-8 (a leading BOM is dropped), comma separated, fields in double quotes may hold commas, line breaks and ""
 * (RFC 4180, parsed by csv-parse); CRLF, LF, or both mixed. Header names match without accents or case, in
 * Vietnamese or English ("Xã/Phường", "xa phuong", "commune"); a bilingual header "Vị trí (title)" matches too.
 * Pure: no file system (the caller reads the file), no clock.
 */
export const COLUMNS = [
  'employer',
  'title',
  'occupation',
  'commune',
  'province',
  'headcount',
  'wage',
  'requirements',
  'deadline',
  'contact',
  'overseas',
] as const;
export type Column = (typeof COLUMNS)[number];

export const REQUIRED_COLUMNS: readonly Column[] = [
  'employer',
  'title',
  'occupation',
  'commune',
  'headcount',
  'wage',
  'deadline',
  'contact',
];

/** Folded header names (see fold.ts) per column. */
const HEADER_NAMES: Readonly<Record<Column, readonly string[]>> = {
  employer: [
    'employer',
    'employer name',
    'company',
    'company name',
    'ten doanh nghiep',
    'doanh nghiep',
    'ten cong ty',
    'cong ty',
    'nha tuyen dung',
    'don vi tuyen dung',
  ],
  title: ['title', 'job title', 'position', 'job', 'vi tri', 'vi tri tuyen dung', 'chuc danh', 'tieu de', 'cong viec'],
  occupation: ['occupation', 'trade', 'nghe', 'nganh nghe', 'nghe nghiep'],
  commune: [
    'commune',
    'ward',
    'commune ward',
    'commune or ward',
    'xa phuong',
    'xa',
    'phuong',
    'xa phuong dac khu',
    'noi lam viec',
    'dia diem',
  ],
  province: ['province', 'city', 'province city', 'tinh', 'tinh thanh', 'tinh thanh pho', 'tinh tp'],
  headcount: [
    'headcount',
    'quantity',
    'number',
    'openings',
    'so luong',
    'so luong tuyen',
    'so luong can tuyen',
    'so nguoi',
    'chi tieu',
    'chi tieu tuyen dung',
  ],
  wage: ['wage', 'salary', 'pay', 'luong', 'muc luong', 'tien luong', 'thu nhap'],
  requirements: ['requirements', 'description', 'yeu cau', 'mo ta', 'yeu cau cong viec', 'dieu kien'],
  deadline: [
    'deadline',
    'apply by',
    'closing date',
    'han nop',
    'han nop ho so',
    'han chot',
    'han',
    'han tuyen',
    'han tuyen dung',
  ],
  contact: ['contact', 'lien he', 'thong tin lien he', 'nguoi lien he', 'dien thoai', 'so dien thoai', 'sdt'],
  overseas: ['overseas', 'abroad', 'nuoc ngoai', 'o nuoc ngoai', 'lam viec o nuoc ngoai', 'xuat khau lao dong', 'xkld'],
};

/**
 * A kind of CSV table read the same way (vacancies here; a season's events in event-csv.ts): its columns, the
 * required ones, and the folded header names of each.
 */
export interface CsvTable<C extends string> {
  columns: readonly C[];
  required: readonly C[];
  headerNames: Readonly<Record<C, readonly string[]>>;
}

const VACANCY_TABLE: CsvTable<Column> = { columns: COLUMNS, required: REQUIRED_COLUMNS, headerNames: HEADER_NAMES };

/** The column of `table` a header cell names, or null: the whole name, the name outside brackets, or inside them. */
export function columnIn<C extends string>(table: CsvTable<C>, header: string): C | null {
  const outside = header.replace(/\([^)]*\)|\[[^\]]*\]/g, ' ');
  const inside = [...header.matchAll(/\(([^)]*)\)|\[([^\]]*)\]/g)].map((m) => m[1] ?? m[2] ?? '');
  for (const text of [header, outside, ...inside]) {
    const folded = fold(text);
    const column = table.columns.find((c) => table.headerNames[c].includes(folded));
    if (column !== undefined) return column;
  }
  return null;
}

export function columnOf(header: string): Column | null {
  return columnIn(VACANCY_TABLE, header);
}

export type CsvRecord = TableRecord<Column>;
export type VacancyCsv = TableCsv<Column>;

export interface TableRecord<C extends string> {
  /** Physical line of the file where the record starts (line 1 is the header). */
  line: number;
  /** The fields by column (missing trailing fields read as ""); only the columns the header has. */
  values: Partial<Record<C, string>>;
  /** More non-empty fields than the header has columns (a comma outside quotes, usually). */
  extraFields: number;
}

export interface TableCsv<C extends string> {
  /** Column → its position in the header. */
  columns: ReadonlyMap<C, number>;
  /** Header cells that name none of our columns (ignored), as written. */
  ignored: string[];
  /** Data rows, blank ones (no text in any field) left out. */
  records: TableRecord<C>[];
}

/** The file cannot be read as a vacancy list at all; `message` says what to do. */
export class VacancyCsvError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'VacancyCsvError';
  }
}

interface ParsedRecord {
  record: string[];
  info: { bytes: number };
}

const LF = 0x0a;
const CR = 0x0d;
const UTF8_BOM = [0xef, 0xbb, 0xbf];

export function readVacancyCsv(bytes: Uint8Array): VacancyCsv {
  return readCsvTable(bytes, VACANCY_TABLE);
}

export function readCsvTable<C extends string>(bytes: Uint8Array, table: CsvTable<C>): TableCsv<C> {
  let parsed: ParsedRecord[];
  checkUtf8(bytes);
  try {
    parsed = parse(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
      bom: true,
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
      record_delimiter: ['\r\n', '\n'],
    }) as unknown as ParsedRecord[];
  } catch (error) {
    throw new VacancyCsvError(describeCsvError(error));
  }

  // Where each record starts: after the previous record's bytes, past any blank lines that were skipped.
  const lineStarts: number[] = [];
  let offset = startsWithBom(bytes) ? UTF8_BOM.length : 0;
  let line = 1;
  for (const { info } of parsed) {
    while (offset < bytes.length && (bytes[offset] === LF || bytes[offset] === CR)) {
      if (bytes[offset] === LF) line += 1;
      offset += 1;
    }
    lineStarts.push(line);
    for (let i = offset; i < info.bytes && i < bytes.length; i += 1) if (bytes[i] === LF) line += 1;
    offset = info.bytes;
  }

  const [header, ...rows] = parsed;
  if (header === undefined)
    throw new VacancyCsvError(`the file is empty: the first line must be the header (${table.required.join(', ')}, …)`);
  const headerFields = header.record;
  if (headerFields.length === 1 && /[;\t]/.test(headerFields[0] ?? '')) {
    throw new VacancyCsvError(
      'the header has one column only: the file looks separated by ";" or tabs. Save it as "CSV UTF-8 (comma delimited)"',
    );
  }

  const columns = new Map<C, number>();
  const ignored: string[] = [];
  headerFields.forEach((cell, index) => {
    const column = columnIn(table, cell);
    if (column === null) {
      if (cell.trim() !== '') ignored.push(cell.trim());
      return;
    }
    const earlier = columns.get(column);
    if (earlier !== undefined) {
      throw new VacancyCsvError(
        `the header names the ${column} column twice ("${headerFields[earlier]?.trim()}" and "${cell.trim()}"); keep one`,
      );
    }
    columns.set(column, index);
  });
  const missing = table.required.filter((column) => !columns.has(column));
  if (missing.length > 0) {
    const found =
      columns.size === 0 ? 'none of its cells is a column name we know' : `found ${[...columns.keys()].join(', ')}`;
    throw new VacancyCsvError(
      `the header (line 1) lacks the column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} (${found}); the columns are ${table.columns.join(', ')}, in English or Vietnamese`,
    );
  }

  const records: TableRecord<C>[] = [];
  rows.forEach(({ record }, index) => {
    if (record.every((field) => field.trim() === '')) return; // ",,,,," rows that spreadsheets leave behind
    const values: Partial<Record<C, string>> = {};
    for (const [column, position] of columns) values[column] = record[position] ?? '';
    const extraFields = record.slice(headerFields.length).filter((field) => field.trim() !== '').length;
    records.push({ line: lineStarts[index + 1] ?? 0, values, extraFields });
  });
  return { columns, ignored, records };
}

function startsWithBom(bytes: Uint8Array): boolean {
  return UTF8_BOM.every((b, i) => bytes[i] === b);
}

function checkUtf8(bytes: Uint8Array): void {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // The line of the first undecodable byte, so the admin can see which text was saved in another encoding.
    const text = new TextDecoder('utf-8').decode(bytes);
    const line = text.slice(0, Math.max(0, text.indexOf('\uFFFD'))).split('\n').length;
    throw new VacancyCsvError(
      `the file is not UTF-8 text (first odd character on line ${line}). In Excel use "Save As" → "CSV UTF-8 (comma delimited)"`,
    );
  }
}

function describeCsvError(error: unknown): string {
  if (!(error instanceof CsvError))
    return `the file cannot be read as CSV: ${error instanceof Error ? error.message : String(error)}`;
  const line = typeof error['lines'] === 'number' ? error['lines'] : null;
  const where = line === null ? '' : `line ${line}: `;
  switch (error.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return `${where}a double quote (") opens a value that is never closed; close it, or write a quote inside a value as ""`;
    case 'INVALID_OPENING_QUOTE':
    case 'CSV_INVALID_CLOSING_QUOTE':
    case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
      return `${where}a double quote (") in the middle of a value; put the whole value in double quotes and write the quote as ""`;
    default:
      return `${where}the file cannot be read as CSV: ${error.message}`;
  }
}
