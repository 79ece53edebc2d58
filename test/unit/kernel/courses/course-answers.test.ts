import { describe, expect, it } from 'vitest';
import { parseCourseDuration, type DurationAnswer } from '../../../../src/kernel/courses/duration.ts';
import { parseVndAmount, type FeeAnswer } from '../../../../src/kernel/courses/fee.ts';
import { parseCourseSeats, type SeatsAnswer } from '../../../../src/kernel/courses/seats.ts';
import { parseCourseStart, type StartAnswer } from '../../../../src/kernel/courses/start.ts';
import { readCourseLevel, readCourseSchedule } from '../../../../src/kernel/courses/words.ts';

/** A course's answers as a provider types them (issue 15, item 1). */
describe('duration', () => {
  const days = (n: number): DurationAnswer => ({ kind: 'days', days: n });
  it.each<[string, DurationAnswer]>([
    ['3 tháng', days(90)],
    ['3 thang', days(90)],
    ['6 tuần', days(42)],
    ['45 ngày', days(45)],
    ['1 năm', days(360)],
    ['2,5 tháng', days(75)],
    ['1.5 năm', days(540)],
    ['ba tháng', days(90)],
    ['mười hai tháng', days(360)],
    ['khoảng 2 tuần', days(14)],
    ['6 weeks', days(42)],
    ['10 days', days(10)],
    ['3 Months', days(90)],
    ['90', { kind: 'invalid' }],
    ['ba', { kind: 'invalid' }],
    ['3 tháng 2 tuần', { kind: 'invalid' }],
    ['', { kind: 'invalid' }],
    ['0 ngày', { kind: 'out_of_range', days: 0 }],
    ['5 năm', { kind: 'out_of_range', days: 1800 }],
  ])('%j → %j', (text, expected) => {
    expect(parseCourseDuration(text)).toEqual(expected);
  });
});

describe('fee and support amounts', () => {
  const vnd = (n: number): FeeAnswer => ({ kind: 'vnd', vnd: n });
  it.each<[string, FeeAnswer]>([
    ['miễn phí', vnd(0)],
    ['Mien phi', vnd(0)],
    ['không mất phí', vnd(0)],
    ['free', vnd(0)],
    ['0', vnd(0)],
    ['2,5 triệu', vnd(2_500_000)],
    ['2tr5', vnd(2_500_000)],
    ['2.500.000', vnd(2_500_000)],
    ['2.500.000 đồng', vnd(2_500_000)],
    ['2 500 000', vnd(2_500_000)],
    ['800k', vnd(800_000)],
    ['800 nghìn', vnd(800_000)],
    ['3', { kind: 'invalid' }],
    ['liên hệ', { kind: 'invalid' }],
    ['2-3 triệu', { kind: 'invalid' }],
    ['200 USD', { kind: 'foreign_currency' }],
    ['2000 triệu', { kind: 'too_high', vnd: 2_000_000_000 }],
  ])('%j → %j', (text, expected) => {
    expect(parseVndAmount(text)).toEqual(expected);
  });
});

describe('seats', () => {
  it.each<[string, SeatsAnswer]>([
    ['30', { kind: 'seats', seats: 30 }],
    ['30 chỗ', { kind: 'seats', seats: 30 }],
    ['1.000 học viên', { kind: 'seats', seats: 1000 }],
    ['không giới hạn', { kind: 'seats', seats: null }],
    ['Khong gioi han', { kind: 'seats', seats: null }],
    ['unlimited', { kind: 'seats', seats: null }],
    ['20-30', { kind: 'invalid' }],
    ['nhiều', { kind: 'invalid' }],
    ['0', { kind: 'out_of_range', value: 0 }],
    ['20000', { kind: 'out_of_range', value: 20000 }],
  ])('%j → %j', (text, expected) => {
    expect(parseCourseSeats(text)).toEqual(expected);
  });
});

describe('level and schedule words', () => {
  it.each([
    ['Cao đẳng', 'college'],
    ['cao dang', 'college'],
    ['Trung cấp', 'intermediate'],
    ['sơ cấp', 'elementary'],
    ['Dưới 3 tháng', 'short'],
    ['ngắn hạn', 'short'],
    ['Đào tạo thường xuyên', 'regular'],
    ['college', 'college'],
    ['short', 'short'],
    ['đại học', null],
    ['cao đẳng hoặc trung cấp', null],
  ])('level %j → %j', (text, expected) => {
    expect(readCourseLevel(text)).toBe(expected);
  });

  it.each([
    ['ban ngày', 'day'],
    ['Giờ hành chính', 'day'],
    ['buổi tối', 'evening'],
    ['tối', 'evening'],
    ['cuối tuần', 'weekend'],
    ['linh hoạt', 'flexible'],
    ['evening', 'evening'],
    ['sáng thứ hai', null],
    ['ban ngày hoặc buổi tối', null],
  ])('schedule %j → %j', (text, expected) => {
    expect(readCourseSchedule(text)).toBe(expected);
  });
});

describe('start date', () => {
  /** 7 Dec 2026, 10:00 in Vietnam. */
  const NOW = new Date('2026-12-07T03:00:00Z');
  it.each<[string, StartAnswer]>([
    ['15/01/2027', { kind: 'date', date: '2027-01-15' }],
    ['15/1', { kind: 'date', date: '2027-01-15' }],
    ['20/12', { kind: 'date', date: '2026-12-20' }],
    ['8/12', { kind: 'date', date: '2026-12-08' }],
    ['7/12', { kind: 'past', date: '2026-12-07' }],
    ['01/12/2026', { kind: 'past', date: '2026-12-01' }],
    ['01/06/2028', { kind: 'too_far', date: '2028-06-01' }],
    ['sớm', { kind: 'invalid' }],
    ['31/02/2027', { kind: 'invalid' }],
  ])('%j → %j', (text, expected) => {
    expect(parseCourseStart(text, NOW)).toEqual(expected);
  });
});
