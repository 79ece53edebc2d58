import { describe, expect, it } from 'vitest';
import { courseCard, courseDuration, courseMessage, type CourseCardFacts } from '../../../src/features/courses/card.ts';
import { courseIdOf, COURSE_SIGNUP_PREFIX } from '../../../src/features/courses/choices.ts';

const COURSE: CourseCardFacts = {
  id: 7,
  providerName: 'Trường Trung cấp nghề Thái Nguyên',
  providerVerified: true,
  title: 'May công nghiệp',
  occupation: 'garment',
  level: 'elementary',
  online: false,
  communeCode: '05860',
  address: 'Nhà văn hoá tổ 3',
  startsOn: '2027-01-05',
  durationDays: 90,
  schedule: 'day',
  seats: 20,
  feeVnd: 0,
  supportText: 'Hỗ trợ tiền ăn 30.000 đồng/ngày',
  prioritySupport: true,
  supportAmountVnd: 3_000_000,
  contact: '0208 3850 123',
  seatsTaken: 15,
};

describe('the course card', () => {
  it.each([
    [1, '1 ngày'],
    [10, '10 ngày'],
    [14, '2 tuần'],
    [45, '45 ngày'],
    [60, '2 tháng'],
    [90, '3 tháng'],
    [91, '13 tuần'],
    [730, '730 ngày'],
  ])('%i days read "%s"', (days, text) => {
    expect(courseDuration('vi', days)).toBe(text);
  });

  it('shows level, title, provider, start, place, fee, support and seats left', () => {
    expect(courseCard('vi', COURSE)).toBe(
      [
        '🎓 Khoá học nghề — Sơ cấp',
        'May công nghiệp (3 tháng)',
        '🏫 Trường Trung cấp nghề Thái Nguyên ✔ Đã xác minh',
        '🗓 Khai giảng 05/01/2027 · học ban ngày',
        '📍 Nhà văn hoá tổ 3, Phường Phổ Yên (Thái Nguyên)',
        '💰 Học phí: miễn phí',
        '🤝 Người thuộc diện ưu tiên (hộ nghèo, cận nghèo, dân tộc thiểu số…) được hỗ trợ đến 3.000.000 đồng',
        '🤝 Hỗ trợ: Hỗ trợ tiền ăn 30.000 đồng/ngày',
        '🪑 Còn 5 chỗ',
        '☎️ 0208 3850 123',
      ].join('\n'),
    );
  });

  it('tells a priority-group member about the support first; a paid, full, online course says so', () => {
    const lines = courseCard('vi', COURSE, { priorityFirst: true }).split('\n');
    expect(lines[2]).toContain('được hỗ trợ đến 3.000.000 đồng');
    const paid = courseCard('en', {
      ...COURSE,
      online: true,
      communeCode: null,
      feeVnd: 2_500_000,
      seatsTaken: 20,
      prioritySupport: false,
      supportText: null,
      providerVerified: false,
    });
    expect(paid).toContain('💻 Online');
    expect(paid).toContain('💰 Fee: 2,500,000 dong');
    expect(paid).toContain('🪑 Full: you can join the waiting list');
    expect(paid).toContain('Never pay an individual.');
    expect(paid).not.toContain('Verified');
  });

  it('offers the three answers by course id, read back only when well-formed', () => {
    expect(courseMessage('vi', COURSE).choices?.map((c) => [c.id, c.label])).toEqual([
      ['course.signup.7', 'Đăng ký học'],
      ['course.ask.7', 'Hỏi thêm'],
      ['course.no.7', 'Không quan tâm'],
    ]);
    expect(courseIdOf('course.signup.7', COURSE_SIGNUP_PREFIX)).toBe(7);
    for (const bad of ['course.signup.', 'course.signup.0', 'course.signup.-1', 'course.signup.7x', 'course.ask.7'])
      expect(courseIdOf(bad, COURSE_SIGNUP_PREFIX)).toBeNull();
  });
});
