import { parseCourseDuration } from '../kernel/courses/duration.ts';
import {
  COURSE_ADDRESS_LENGTH,
  COURSE_CONTACT_LENGTH,
  COURSE_SUPPORT_LENGTH,
  COURSE_TITLE_LENGTH,
  type CourseDraft,
  PROVIDER_NAME_LENGTH,
} from '../kernel/courses/draft.ts';
import { MAX_FEE_VND, parseVndAmount } from '../kernel/courses/fee.ts';
import { COURSE_SEATS, parseCourseSeats } from '../kernel/courses/seats.ts';
import { parseCourseStart } from '../kernel/courses/start.ts';
import { readCourseLevel, readCourseSchedule } from '../kernel/courses/words.ts';
import { formatDeadlineVi } from '../kernel/deadline.ts';
import { fold, tidy } from '../kernel/fold.ts';
import type { Commune } from '../kernel/geo/index.ts';
import { vietnamIsoDate } from '../kernel/time.ts';
import { isSkip } from '../features/posting/parse.ts';
import type { CourseColumn, CourseRecord } from './course-csv.ts';
import { type Found, readCommune, readOccupation, readProvince, requiredText } from './vacancy-row.ts';

/**
 * One row of a course list → the course it describes, or every problem with it, each naming its column in words
 * an admin can act on. The rules are /dangkhoahoc's (src/kernel/courses): the same length bounds, level and
 * schedule words, duration, fee and seats readers, and a start date after today. Where chat would ask back (two
 * communes of one name), a file cannot, so that is a problem to fix in the file. Pure: the clock comes as `now`.
 */
export interface CourseProblem {
  /** The column at fault; null for the row as a whole (too many fields). */
  column: CourseColumn | null;
  message: string;
}

export type CourseVerdict = { kind: 'ok'; course: CourseDraft } | { kind: 'bad'; problems: CourseProblem[] };

/** "line 7, level: …" — how a problem is printed. */
export function describeCourseProblem(line: number, problem: CourseProblem): string {
  return problem.column === null
    ? `line ${line}: ${problem.message}`
    : `line ${line}, ${problem.column}: ${problem.message}`;
}

const found = <T>(value: T): Found<T> => ({ ok: true, value });
const problem = <T>(message: string): Found<T> => ({ ok: false, message });

export function validateCourseRow(
  record: Pick<CourseRecord, 'values' | 'extraFields'>,
  context: { now: Date; hasProvinceColumn: boolean },
): CourseVerdict {
  const problems: CourseProblem[] = [];
  const v = record.values;
  const take = <T>(column: CourseColumn, result: Found<T>): T | undefined => {
    if (result.ok) return result.value;
    problems.push({ column, message: result.message });
    return undefined;
  };
  if (record.extraFields > 0) {
    const fields = `${record.extraFields} more field${record.extraFields > 1 ? 's' : ''}`;
    const message = `${fields} than the header has columns; a value with a comma must be in double quotes`;
    problems.push({ column: null, message });
  }

  const providerName = take('provider', requiredText(v.provider, PROVIDER_NAME_LENGTH, 'the school or centre'));
  const title = take('title', requiredText(v.title, COURSE_TITLE_LENGTH, 'the course name, e.g. "May công nghiệp"'));
  const occupation = take('occupation', readOccupation(v.occupation ?? '', title ?? null));
  const level = take('level', readLevel(v.level ?? ''));
  const online = take('online', readYesNo(v.online ?? '')) ?? false;
  const province = online ? null : take('province', readProvince(v.province ?? ''));
  const commune =
    online || province === undefined
      ? null
      : take(
          'commune',
          tidy(v.commune ?? '') === ''
            ? problem<Commune>('is empty; write the commune or ward of the class (or "có" in the online column)')
            : readCommune(v.commune ?? '', province, context.hasProvinceColumn),
        );
  const address = online ? null : take('address', optionalText(v.address, COURSE_ADDRESS_LENGTH));
  const startsOn = take('start', readStart(v.start ?? '', context.now));
  const durationDays = take('duration', readDuration(v.duration ?? ''));
  const schedule = take('schedule', readSchedule(v.schedule ?? ''));
  const seats = take('seats', readSeats(v.seats ?? ''));
  const feeVnd = take('fee', readAmount(v.fee ?? '', 'the fee, e.g. "miễn phí" or "2.500.000"'));
  const supportText = take('support', optionalText(v.support, COURSE_SUPPORT_LENGTH));
  const priorityColumn = take('priority_support', readYesNo(v.priority_support ?? ''));
  const amountText = tidy(v.support_amount ?? '');
  const supportAmountVnd =
    amountText === '' ? null : take('support_amount', readAmount(amountText, 'the amount, e.g. "3 triệu"'));
  const contact = take('contact', optionalText(v.contact, COURSE_CONTACT_LENGTH));

  if (
    problems.length > 0 ||
    providerName === undefined ||
    title === undefined ||
    occupation === undefined ||
    level === undefined ||
    commune === undefined ||
    address === undefined ||
    startsOn === undefined ||
    durationDays === undefined ||
    schedule === undefined ||
    seats === undefined ||
    feeVnd === undefined ||
    supportText === undefined ||
    priorityColumn === undefined ||
    supportAmountVnd === undefined ||
    contact === undefined
  )
    return { kind: 'bad', problems };
  // An amount says there is support, unless the column says "không".
  const prioritySupport = priorityColumn ?? (supportAmountVnd !== null && supportAmountVnd > 0);
  return {
    kind: 'ok',
    course: {
      providerName,
      title,
      occupation,
      level,
      online,
      communeCode: commune?.code ?? null,
      address,
      startsOn,
      durationDays,
      schedule,
      seats,
      feeVnd,
      supportText,
      prioritySupport,
      supportAmountVnd: prioritySupport ? supportAmountVnd : null,
      contact,
    },
  };
}

// --- the columns --------------------------------------------------------------------------------

/** Optional: empty, "không" or "-" is none. */
function optionalText(raw: string | undefined, bounds: { readonly min: number; readonly max: number }) {
  const text = tidy(raw ?? '');
  if (text === '' || isSkip(text)) return found(null);
  const length = [...text].length;
  if (length < bounds.min || length > bounds.max)
    return problem<string | null>(`must be ${bounds.min}–${bounds.max} characters long; it has ${length}`);
  return found(text);
}

function readLevel(raw: string): Found<NonNullable<ReturnType<typeof readCourseLevel>>> {
  const text = tidy(raw);
  const level = text === '' ? null : readCourseLevel(text);
  if (level !== null) return found(level);
  const what = text === '' ? 'is empty' : `"${text}" is not a level we know`;
  return problem(`${what}; write one of: Cao đẳng, Trung cấp, Sơ cấp, Dưới 3 tháng, Thường xuyên`);
}

/** Optional: empty is in the daytime. */
function readSchedule(raw: string): Found<NonNullable<ReturnType<typeof readCourseSchedule>>> {
  const text = tidy(raw);
  if (text === '') return found('day');
  const schedule = readCourseSchedule(text);
  if (schedule !== null) return found(schedule);
  return problem(`"${text}" is not a schedule we know; write ban ngày, buổi tối, cuối tuần or linh hoạt`);
}

function readStart(raw: string, now: Date): Found<string> {
  const text = tidy(raw);
  if (text === '') return problem('is empty; write the first day as dd/mm/yyyy');
  const answer = parseCourseStart(text, now);
  switch (answer.kind) {
    case 'date':
      return found(answer.date);
    case 'past':
      return problem(
        `${formatDeadlineVi(answer.date)} is not after today (${formatDeadlineVi(vietnamIsoDate(now))}); ` +
          'courses starting later only',
      );
    case 'too_far':
      return problem(`${formatDeadlineVi(answer.date)} is more than a year away`);
    case 'invalid':
      return problem(`"${text}" is not a date; write dd/mm/yyyy or yyyy-mm-dd`);
  }
}

function readDuration(raw: string): Found<number> {
  const text = tidy(raw);
  const answer = text === '' ? null : parseCourseDuration(text);
  if (answer?.kind === 'days') return found(answer.days);
  if (answer?.kind === 'out_of_range') return problem(`"${text}" must be between 1 day and 4 years`);
  const what = text === '' ? 'is empty' : `"${text}" is not a length we can read`;
  return problem(`${what}; write a number and a unit: "3 tháng", "6 tuần", "45 ngày"`);
}

/** Optional: empty is no limit. */
function readSeats(raw: string): Found<number | null> {
  const text = tidy(raw);
  if (text === '') return found(null);
  const answer = parseCourseSeats(text);
  if (answer.kind === 'seats') return found(answer.seats);
  if (answer.kind === 'out_of_range')
    return problem(`must be between ${COURSE_SEATS.min} and ${COURSE_SEATS.max}; it is ${answer.value}`);
  return problem(`"${text}" is not one whole number; write e.g. 30, or "không giới hạn"`);
}

function readAmount(raw: string, what: string): Found<number> {
  const text = tidy(raw);
  if (text === '') return problem(`is empty; write ${what}`);
  const answer = parseVndAmount(text);
  switch (answer.kind) {
    case 'vnd':
      return found(answer.vnd);
    case 'too_high':
      return problem(`${text} is more than ${MAX_FEE_VND.toLocaleString('vi-VN')} đồng`);
    case 'foreign_currency':
      return problem(`"${text}" is not in đồng; write it in đồng, e.g. "2.500.000"`);
    case 'invalid':
      return problem(`"${text}" is not an amount we can read; write ${what}`);
  }
}

const YES = new Set(['co', 'yes', 'y', '1', 'true', 'x', 'dung']);
const NO = new Set(['khong', 'ko', 'no', 'n', '0', 'false', 'sai']);

/** Optional yes/no; empty is null. */
function readYesNo(raw: string): Found<boolean | null> {
  const folded = fold(raw);
  if (folded === '') return found(null);
  if (YES.has(folded)) return found(true);
  if (NO.has(folded)) return found(false);
  return problem(`"${tidy(raw)}" is not yes or no; write có or không (or leave it empty)`);
}
