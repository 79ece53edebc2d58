import { describe, expect, it } from 'vitest';
import type { CourseFacts } from '../../../src/db/courses.ts';
import { type AnnouncementReader, courseAnnouncement } from '../../../src/features/courses/announcement.ts';
import { courseInsertParams } from '../../../src/features/courses/fanout.ts';

/** The course announcement's heading and order (pure), and when the fan-out's rows are due (quiet hours, cap day). */
const COURSE: CourseFacts = {
  id: 7,
  providerId: 1,
  providerName: 'Trường Trung cấp nghề Thái Nguyên',
  providerVerified: true,
  title: 'May công nghiệp',
  occupation: 'garment',
  level: 'elementary',
  online: false,
  communeCode: '05860',
  provinceCode: '19',
  address: null,
  startsOn: '2027-01-05',
  durationDays: 90,
  schedule: 'day',
  seats: 20,
  feeVnd: 0,
  supportText: null,
  prioritySupport: true,
  supportAmountVnd: 3_000_000,
  contact: null,
  status: 'approved',
  seatsTaken: 5,
  waiting: 0,
};

const vn = (local: string): Date => new Date(`${local.replace(' ', 'T')}:00+07:00`);

describe('course announcement', () => {
  const cases: { reader: AnnouncementReader; online: boolean; lang: 'vi' | 'en'; heading: string; first: string }[] = [
    {
      reader: { audience: 'wants', priorityFirst: false },
      online: false,
      lang: 'vi',
      heading: '📢 Khoá học nghề mới gần bạn',
      first: '🏫',
    },
    {
      reader: { audience: 'wants', priorityFirst: false },
      online: true,
      lang: 'vi',
      heading: '📢 Khoá học nghề mới, học trực tuyến',
      first: '🏫',
    },
    {
      reader: { audience: 'unmatched', priorityFirst: true },
      online: false,
      lang: 'vi',
      heading: 'Chưa có việc hợp với bạn? Khoá học này có thể giúp',
      first: '🤝',
    },
    {
      reader: { audience: 'unmatched', priorityFirst: false },
      online: true,
      lang: 'en',
      heading: 'No suitable job yet? This course may help',
      first: '🏫',
    },
  ];
  it.each(cases)('$reader.audience, online $online, $lang: "$heading", then $first', (c) => {
    const message = courseAnnouncement(c.lang, { ...COURSE, online: c.online }, c.reader);
    const lines = message.text.split('\n');
    expect(lines[0]).toBe(c.heading);
    expect(lines[1]).toBe('');
    // The line after the card's heading and title: the provider, or for a priority group their support first.
    expect(lines[4]!.startsWith(c.first)).toBe(true);
    expect(message.choices?.map((choice) => choice.id)).toEqual(['course.signup.7', 'course.ask.7', 'course.no.7']);
  });
});

describe('when a course announcement is due', () => {
  const RULES = { quietHours: { startHour: 21, endHour: 7 }, alertsPerDay: 3 };
  const course = { id: 7, occupation: 'garment', commune_code: '05860', province_code: '19', online: false };
  const cases = [
    { now: '2026-11-20 10:00', due: '2026-11-20 10:00', nextDay: '2026-11-21 07:00', capDay: '2026-11-20 00:00' },
    { now: '2026-11-20 22:30', due: '2026-11-21 07:00', nextDay: '2026-11-22 07:00', capDay: '2026-11-21 00:00' },
    { now: '2026-11-21 03:00', due: '2026-11-21 07:00', nextDay: '2026-11-22 07:00', capDay: '2026-11-21 00:00' },
  ];
  it.each(cases)('at $now: due $due, or $nextDay over the cap', ({ now, due, nextDay, capDay }) => {
    const p = courseInsertParams(course, RULES, vn(now));
    expect(p.notBefore).toEqual(vn(due));
    expect(p.nextDay).toEqual(vn(nextDay));
    expect(p.capDayStart).toEqual(vn(capDay));
    expect(p.since).toEqual(new Date(vn(now).getTime() - 30 * 86_400_000));
  });
});
