import { describe, expect, it } from 'vitest';
import type { Context } from '../../../src/features/course-roster/context.ts';
import { courseRosterFlow } from '../../../src/features/course-roster/flow.ts';
import type { ManagedCourse, RosterEntry } from '../../../src/features/course-roster/queries.ts';
import { DEFAULT_QUIET_HOURS } from '../../../src/kernel/quiet-hours.ts';
import { HOME_MENU } from '../../harness/home-menu.ts';
import { type Answer, lastMessage, render, walkFlow } from '../engine/flow-walk.ts';

const course = (id: number, title: string, extra: Partial<ManagedCourse> = {}): ManagedCourse => ({
  id,
  title,
  startsOn: '2027-01-05',
  status: 'approved',
  seats: 20,
  signedUp: 0,
  enrolled: 0,
  completed: 0,
  dropped: 0,
  waiting: 0,
  ...extra,
});
const entry = (enrolmentId: number, number: number, status: RosterEntry['status'], name: string | null = null) => ({
  enrolmentId,
  number,
  name,
  phoneE164: name ? '+84912345678' : null,
  status,
});
const COURSES = [course(9, 'May công nghiệp', { signedUp: 3, enrolled: 1, waiting: 1 }), course(8, 'Hàn điện')];
const ROSTER: RosterEntry[] = [
  entry(101, 1, 'signed_up', 'Nguyễn Thị Lan'),
  entry(102, 2, 'signed_up'),
  entry(103, 3, 'enrolled'),
  entry(104, 4, 'signed_up', 'Lò Văn Tú'),
  entry(105, 5, 'waiting'),
];
const provider = (courses = COURSES, roster = ROSTER): Context => ({
  lang: 'vi',
  now: new Date('2026-12-01T03:00:00Z'),
  quietHours: DEFAULT_QUIET_HOURS,
  employer: null,
  menu: HOME_MENU,
  profile: null,
  managedCourses: courses,
  roster,
});
const walk = (script: Answer[], context = provider()) => walkFlow(courseRosterFlow, script, context);

describe('course roster flow (/khoahoc)', () => {
  it('points someone with no course to /dangkhoahoc', () => {
    const w = walk([], provider([], []));
    expect(w.final.kind).toBe('done');
    expect(render(lastMessage(w))).toContain('/dangkhoahoc');
  });

  it('lists the courses with their counts, and opens one with its list', () => {
    const list = walk([]);
    expect(render(lastMessage(list))).toBe(
      [
        'Khoá học của bạn (2):',
        '1. May công nghiệp — 05/01/2027 · đang nhận đăng ký · 3 đăng ký, 1 nhập học, 0 hoàn thành, 0 bỏ học, 1 chờ',
        '2. Hàn điện — 05/01/2027 · đang nhận đăng ký · 0 đăng ký, 0 nhập học, 0 hoàn thành, 0 bỏ học, 0 chờ',
        'Chọn một khoá học để xem người đăng ký.',
      ].join('\n'),
    );
    const opened = walk(['1']);
    const text = render(lastMessage(opened));
    expect(text).toContain('1. Nguyễn Thị Lan · 0912 345 678 — đã đăng ký');
    expect(text).toContain('2. Người đăng ký 2 — đã đăng ký');
    expect(text).toContain('5. Người đăng ký 5 — đang chờ chỗ');
    expect(lastMessage(opened).choices?.map((c) => c.label)).toEqual([
      'Xác nhận nhập học',
      'Ghi hoàn thành',
      'Ghi bỏ học',
      'Quay lại danh sách khoá học',
    ]);
  });

  it.each([
    ['1 3', 'enrol', [101, 104]],
    ['tất cả', 'enrol', [101, 102, 104]],
    ['Tat ca', 'enrol', [101, 102, 104]],
    ['4', 'enrol', [101, 102, 104]],
  ] as const)('confirms enrolment of the people picked by "%s"', (answer, action, ids) => {
    const w = walk(['1', '1', answer]);
    expect(w.effects).toEqual([{ kind: 'mark_course_enrolments', courseId: 9, enrolmentIds: ids, action }]);
    expect(render(w.messages.at(-2)!)).toContain(`Đã xác nhận nhập học: ${ids.length} người`);
    expect(w.state?.step).toBe('course');
    expect(render(lastMessage(w))).toContain('— đã nhập học');
  });

  it('offers only the enrolled for completion, and those signed up or enrolled for dropping out', () => {
    const complete = walk(['1', '2']);
    expect(lastMessage(complete).choices?.map((c) => c.label)).toEqual(['Người đăng ký 3', 'Tất cả', 'Quay lại']);
    expect(walk(['1', '2', '1']).effects).toEqual([
      { kind: 'mark_course_enrolments', courseId: 9, enrolmentIds: [103], action: 'complete' },
    ]);
    const drop = walk(['1', '3']);
    expect(lastMessage(drop).choices).toHaveLength(5); // 4 people and "Quay lại": no "Tất cả" for dropping out
    expect(walk(['1', '3', '2']).effects).toEqual([
      { kind: 'mark_course_enrolments', courseId: 9, enrolmentIds: [102], action: 'drop' },
    ]);
  });

  it('asks again for an answer that names nobody, and goes back without a write', () => {
    const w = walk(['1', '1', 'abc']);
    expect(w.final.kind).toBe('miss');
    expect(render(lastMessage(w))).toContain('Mình chưa rõ những ai');
    const back = walk(['1', '1', '5']);
    expect(back.effects).toEqual([]);
    expect(back.state?.step).toBe('course');
    expect(walk(['1', '4']).state?.step).toBe('list');
  });

  it('shows only the way back when nobody can be marked', () => {
    const w = walk(['2'], provider(COURSES, []));
    expect(render(lastMessage(w))).toContain('Chưa có ai đăng ký.');
    expect(lastMessage(w).choices?.map((c) => c.label)).toEqual(['Quay lại danh sách khoá học']);
  });
});
