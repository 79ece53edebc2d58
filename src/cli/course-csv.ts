import { type CsvTable, readCsvTable, type TableCsv, type TableRecord } from './vacancy-csv.ts';

/**
 * Reading a course list (npm run cli -- import-courses FILE.csv): the vacancy list's reader (vacancy-csv.ts: UTF-8,
 * RFC 4180, each record with its physical line, header names matched without accents or case, in Vietnamese or
 * English) with the courses' columns. Pure.
 */
export const COURSE_COLUMNS = [
  'provider',
  'title',
  'occupation',
  'level',
  'commune',
  'province',
  'address',
  'online',
  'start',
  'duration',
  'schedule',
  'seats',
  'fee',
  'support',
  'priority_support',
  'support_amount',
  'contact',
] as const;
export type CourseColumn = (typeof COURSE_COLUMNS)[number];

/** A row may be online with no commune; every other row names one (checked per row). */
export const REQUIRED_COURSE_COLUMNS: readonly CourseColumn[] = [
  'provider',
  'title',
  'level',
  'start',
  'duration',
  'fee',
];

const HEADER_NAMES: Readonly<Record<CourseColumn, readonly string[]>> = {
  provider: [
    'provider',
    'training provider',
    'school',
    'co so',
    'co so dao tao',
    'ten co so',
    'ten co so dao tao',
    'don vi dao tao',
    'truong',
    'ten truong',
  ],
  title: ['title', 'course', 'course title', 'course name', 'khoa hoc', 'ten khoa hoc', 'ten lop', 'lop hoc'],
  occupation: ['occupation', 'trade', 'nghe', 'nganh nghe', 'nhom nghe', 'nghe dao tao'],
  level: ['level', 'trinh do', 'trinh do dao tao', 'cap do', 'he dao tao'],
  commune: ['commune', 'ward', 'commune ward', 'xa phuong', 'xa', 'phuong', 'noi hoc', 'dia diem'],
  province: ['province', 'city', 'tinh', 'tinh thanh', 'tinh thanh pho', 'tinh tp'],
  address: ['address', 'dia chi', 'dia chi lop hoc', 'dia chi hoc'],
  online: ['online', 'truc tuyen', 'hoc truc tuyen'],
  start: ['start', 'start date', 'starts', 'starts on', 'khai giang', 'ngay khai giang', 'ngay bat dau'],
  duration: ['duration', 'length', 'thoi gian', 'thoi gian hoc', 'thoi luong', 'thoi gian dao tao'],
  schedule: ['schedule', 'class times', 'lich hoc', 'gio hoc', 'buoi hoc'],
  seats: ['seats', 'places', 'capacity', 'so cho', 'so hoc vien', 'chi tieu', 'so luong'],
  fee: ['fee', 'fees', 'tuition', 'hoc phi', 'chi phi'],
  support: ['support', 'ho tro', 'che do ho tro'],
  priority_support: ['priority support', 'ho tro uu tien', 'dien uu tien', 'uu tien', 'ho tro dien uu tien'],
  support_amount: ['support amount', 'muc ho tro', 'so tien ho tro', 'muc ho tro uu tien'],
  contact: ['contact', 'lien he', 'thong tin lien he', 'nguoi lien he', 'dien thoai', 'so dien thoai', 'sdt'],
};

const COURSE_TABLE: CsvTable<CourseColumn> = {
  columns: COURSE_COLUMNS,
  required: REQUIRED_COURSE_COLUMNS,
  headerNames: HEADER_NAMES,
};

export type CourseRecord = TableRecord<CourseColumn>;
export type CourseCsv = TableCsv<CourseColumn>;

/** Throws VacancyCsvError (the readers' one error) for a file that cannot be read as a course list at all. */
export function readCourseCsv(bytes: Uint8Array): CourseCsv {
  return readCsvTable(bytes, COURSE_TABLE);
}
