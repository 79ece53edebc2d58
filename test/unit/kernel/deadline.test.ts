import { describe, expect, it } from 'vitest';
import { formatDeadlineVi, MAX_DEADLINE_DAYS, parseDeadline } from '../../../src/kernel/deadline.ts';
import { vietnamIsoDate } from '../../../src/kernel/time.ts';
import type { DeadlineAnswer } from '../../../src/kernel/deadline.ts';

/** 15 Jun 2026, 10:00 in Vietnam. */
const JUNE = '2026-06-15T03:00:00Z';
/** 18:00 UTC on 30 Nov 2026 is already 01:00 on 1 Dec 2026 in Vietnam. */
const NOV_30_LATE_UTC = '2026-11-30T18:00:00Z';
/** 16:59 UTC on 30 Nov 2026 is still 23:59 on 30 Nov 2026 in Vietnam. */
const NOV_30_BEFORE_VN_MIDNIGHT = '2026-11-30T16:59:00Z';
/** 31 Jan 2026, 09:00 in Vietnam. */
const JAN_31 = '2026-01-31T02:00:00Z';
/** 15 Dec 2026, 09:00 in Vietnam. */
const DEC_15 = '2026-12-15T02:00:00Z';
/** 10 Feb 2028 (a leap year), 09:00 in Vietnam. */
const FEB_2028 = '2028-02-10T02:00:00Z';
/** 31 Dec 2026, 17:30 UTC = 1 Jan 2027, 00:30 in Vietnam. */
const NEW_YEAR_VN = '2026-12-31T17:30:00Z';

const date = (d: string): DeadlineAnswer => ({ kind: 'date', date: d });
const past = (d: string): DeadlineAnswer => ({ kind: 'past', date: d });
const tooFar = (d: string): DeadlineAnswer => ({ kind: 'too_far', date: d });
const invalid: DeadlineAnswer = { kind: 'invalid' };

type Row = [now: string, text: string, expected: DeadlineAnswer];

const ROWS: Row[] = [
  // dd/mm/yyyy and its separators
  [JUNE, '31/12/2026', date('2026-12-31')],
  [JUNE, '31-12-2026', date('2026-12-31')],
  [JUNE, '31.12.2026', date('2026-12-31')],
  [JUNE, '1/7/2026', date('2026-07-01')],
  [JUNE, ' 05 / 07 / 2026 ', date('2026-07-05')],
  [JUNE, '31/12/26', date('2026-12-31')],
  [JUNE, '15-06-26', date('2026-06-15')], // today is fine
  [JUNE, '2026-08-01', date('2026-08-01')],
  [JUNE, '３０/０６/２０２６', date('2026-06-30')], // full-width digits
  [JUNE, 'ngày 30/6/2026', date('2026-06-30')],
  [JUNE, 'Hạn: 20/7/2026', date('2026-07-20')],
  [JUNE, 'đến hết ngày 20/07', date('2026-07-20')],
  [JUNE, 'ngày 20 tháng 7 năm 2026', date('2026-07-20')],
  [JUNE, 'ngay 20 thang 7', date('2026-07-20')],
  // dd/mm: this year, or next year once past
  [JUNE, '20/7', date('2026-07-20')],
  [JUNE, '15/6', date('2026-06-15')],
  [JUNE, '14/6', date('2027-06-14')], // passed yesterday → next year
  [DEC_15, '10/1', date('2027-01-10')],
  // past and too far
  [JUNE, '14/06/2026', past('2026-06-14')],
  [JUNE, '31/12/2025', past('2025-12-31')],
  [JUNE, '15/06/2027', date('2027-06-15')], // exactly 365 days
  [JUNE, '16/06/2027', tooFar('2027-06-16')],
  [JUNE, '01/01/2030', tooFar('2030-01-01')],
  // real dates only
  [JUNE, '31/02/2027', invalid],
  [JUNE, '31/02', invalid],
  [JUNE, '31/04/2026', invalid],
  [JUNE, '00/07/2026', invalid],
  [JUNE, '12/13/2026', invalid],
  [JUNE, '29/02/2027', invalid],
  [FEB_2028, '29/02/2028', date('2028-02-29')],
  [FEB_2028, '29/02', date('2028-02-29')],
  [FEB_2028, 'cuối tháng', date('2028-02-29')],
  // words
  [JUNE, 'hôm nay', date('2026-06-15')],
  [JUNE, 'Ngày mai', date('2026-06-16')],
  [JUNE, 'ngay mai', date('2026-06-16')],
  [JUNE, 'ngày kia', date('2026-06-17')],
  [JUNE, 'cuối tháng', date('2026-06-30')],
  [JUNE, 'cuoi thang', date('2026-06-30')],
  [JUNE, 'cuối tháng sau', date('2026-07-31')],
  [JUNE, 'cuối năm', date('2026-12-31')],
  [JUNE, '30 ngày', date('2026-07-15')],
  [JUNE, '30 ngay nua', date('2026-07-15')],
  [JUNE, 'trong 2 tuần', date('2026-06-29')],
  [JUNE, '1 tháng', date('2026-07-15')],
  [JUNE, 'một tháng nữa', date('2026-07-15')],
  [JUNE, 'nửa tháng', date('2026-06-30')],
  [JUNE, '400 ngày', tooFar('2027-07-20')],
  [JUNE, 'không có hạn', invalid],
  [JUNE, 'khi nào đủ người', invalid],
  [JUNE, '', invalid],
  [JUNE, '31/12/2026 hoặc sớm hơn', invalid],
  // around midnight: Vietnam is UTC+7
  [NOV_30_LATE_UTC, 'hôm nay', date('2026-12-01')],
  [NOV_30_LATE_UTC, '30/11/2026', past('2026-11-30')],
  [NOV_30_LATE_UTC, 'cuối tháng', date('2026-12-31')],
  [NOV_30_LATE_UTC, '30 ngày', date('2026-12-31')],
  [NOV_30_BEFORE_VN_MIDNIGHT, 'hôm nay', date('2026-11-30')],
  [NOV_30_BEFORE_VN_MIDNIGHT, 'cuối tháng', date('2026-11-30')], // today is the last day: same day
  [NOV_30_BEFORE_VN_MIDNIGHT, 'cuối tháng sau', date('2026-12-31')],
  [NEW_YEAR_VN, 'hôm nay', date('2027-01-01')],
  [NEW_YEAR_VN, '31/12/2026', past('2026-12-31')],
  [NEW_YEAR_VN, '31/12', date('2027-12-31')],
  // month ends
  [JAN_31, '1 tháng', date('2026-02-28')],
  [JAN_31, 'cuối tháng sau', date('2026-02-28')],
  [JAN_31, 'ngày mai', date('2026-02-01')],
  [DEC_15, 'cuối tháng sau', date('2027-01-31')],
  // a sentence's full stops are not part of the date
  [JUNE, '31/12/2026.', date('2026-12-31')],
  [JUNE, '20/7...', date('2026-07-20')],
  [JUNE, 'ngày mai。', date('2026-06-16')],
  [JUNE, '....', invalid],
  [JUNE, `${'.'.repeat(4000)}!`, invalid],
];

describe('parseDeadline', () => {
  it('has at least 30 rows', () => {
    expect(ROWS.length).toBeGreaterThanOrEqual(30);
  });
  it.each(ROWS)('now %s: %j', (now, text, expected) => {
    expect(parseDeadline(text, new Date(now))).toEqual(expected);
  });

  it('the answers offered by the posting flow always give a date', () => {
    for (const now of [JUNE, NOV_30_LATE_UTC, NOV_30_BEFORE_VN_MIDNIGHT, JAN_31, DEC_15, FEB_2028, NEW_YEAR_VN]) {
      expect(parseDeadline('30 ngày', new Date(now)).kind).toBe('date');
      expect(parseDeadline('cuối tháng', new Date(now)).kind).toBe('date');
    }
  });

  it('allows MAX_DEADLINE_DAYS ahead, not one more', () => {
    expect(parseDeadline(`${MAX_DEADLINE_DAYS} ngày`, new Date(JUNE)).kind).toBe('date');
    expect(parseDeadline(`${MAX_DEADLINE_DAYS + 1} ngày`, new Date(JUNE)).kind).toBe('too_far');
  });
});

describe('vietnamIsoDate', () => {
  it.each([
    ['2026-11-30T16:59:59Z', '2026-11-30'],
    ['2026-11-30T17:00:00Z', '2026-12-01'],
    ['2026-12-31T17:30:00Z', '2027-01-01'],
  ])('%s → %s', (now, expected) => {
    expect(vietnamIsoDate(new Date(now))).toBe(expected);
  });
});

describe('formatDeadlineVi', () => {
  it.each([
    ['2026-12-31', '31/12/2026'],
    ['2027-01-05', '05/01/2027'],
    ['2028-02-29', '29/02/2028'],
    ['not a date', 'not a date'],
  ])('%s → %s', (iso, expected) => {
    expect(formatDeadlineVi(iso)).toBe(expected);
  });
});
