import { describe, expect, it } from 'vitest';
import type { PendingCourse } from '../../../src/db/course-review.ts';
import type { PendingVacancy } from '../../../src/db/vacancy-review.ts';
import type { Context } from '../../../src/features/review/context.ts';
import { reviewFlow } from '../../../src/features/review/flow.ts';
import { DEFAULT_QUIET_HOURS } from '../../../src/kernel/quiet-hours.ts';
import { HOME_MENU } from '../../harness/home-menu.ts';
import { type Answer, lastMessage, render, walkFlow } from '../engine/flow-walk.ts';

/**
 * /duyet with courses: which kind first when both wait, straight to the one kind that waits, a course card with who
 * sent it, approve / reject with a reason / skip, and what else still waits at the end. Pure.
 */
const NOW = new Date('2026-11-20T03:00:00Z');

const course = (id: number, title: string, values: Partial<PendingCourse> = {}): PendingCourse => ({
  id,
  providerId: 1,
  providerName: 'Trường Trung cấp nghề Thái Nguyên',
  providerVerified: false,
  title,
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
  prioritySupport: false,
  supportAmountVnd: null,
  contact: null,
  status: 'pending',
  seatsTaken: 0,
  waiting: 0,
  submittedBy: 'Lò Văn Minh',
  source: 'chat',
  ...values,
});

const vacancy = (id: number, title: string): PendingVacancy => ({
  id,
  employerName: 'Công ty TNHH May Phổ Yên',
  employerVerified: true,
  title,
  occupation: 'garment',
  communeCode: '05443',
  headcount: 10,
  wageRaw: '7-9 triệu/tháng',
  requirements: null,
  deadline: '2026-12-31',
  contact: '0208 3850 123',
  scamReasons: [],
});

const COURSES = [course(11, 'May công nghiệp'), course(12, 'Hàn điện', { source: 'import', submittedBy: null })];

const official = (
  vacancies: PendingVacancy[],
  courses: PendingCourse[],
  counts?: { vacancies: number; courses: number },
): Context => ({
  lang: 'vi',
  now: NOW,
  quietHours: DEFAULT_QUIET_HOURS,
  employer: null,
  menu: HOME_MENU,
  profile: null,
  roles: [{ role: 'official', regionCode: '19' }],
  reviewQueue: vacancies,
  courseQueue: courses,
  ...(counts ? { pendingCounts: counts } : {}),
});

describe('review flow (/duyet) with courses', () => {
  it('asks which kind first when both wait, with the counts of all that wait', () => {
    const walk = walkFlow(
      reviewFlow,
      [],
      official([vacancy(1, 'Công nhân may')], COURSES, { vacancies: 5, courses: 2 }),
    );
    expect(render(lastMessage(walk))).toMatch(/Bạn muốn duyệt gì\?\n1\. Tin tuyển dụng \(5\)\n2\. Khoá học \(2\)/);
    expect(walk.final).toMatchObject({ kind: 'continue', state: { step: 'kind' } });
  });

  const cases: {
    name: string;
    vacancies: PendingVacancy[];
    answers: Answer[];
    effects: unknown[];
    last: RegExp;
    done: boolean;
  }[] = [
    {
      name: 'only courses wait: straight to the first course card, with who sent it',
      vacancies: [],
      answers: [],
      effects: [],
      last: /Khoá học chờ duyệt \(1\/2\) — người gửi: Lò Văn Minh\n🎓 Khoá học nghề[\s\S]*1\. Duyệt\n2\. Từ chối/,
      done: false,
    },
    {
      name: 'approving a course takes one answer; an imported one says so',
      vacancies: [],
      answers: ['1'],
      effects: [{ kind: 'decide_course', courseId: 11, decision: 'approve', reason: null }],
      last: /Khoá học chờ duyệt \(1\/1\) — người gửi: nhập từ tệp\n🎓[\s\S]*Hàn điện/,
      done: false,
    },
    {
      name: 'choosing courses, skipping the first and rejecting the next with a listed reason: the end',
      vacancies: [vacancy(1, 'Công nhân may')],
      answers: ['2', '3', '2', '1'],
      effects: [{ kind: 'decide_course', courseId: 12, decision: 'reject', reason: 'Cơ sở đào tạo không rõ ràng' }],
      last: /^Còn 1 tin tuyển dụng chờ duyệt: gõ \/duyet để xem\.$/,
      done: true,
    },
    {
      name: 'a typed reason, after a miss',
      vacancies: [],
      answers: ['tu choi', 'ok', 'Học phí cao bất thường'],
      effects: [{ kind: 'decide_course', courseId: 11, decision: 'reject', reason: 'Học phí cao bất thường' }],
      last: /Khoá học chờ duyệt \(1\/1\)/,
      done: false,
    },
    {
      name: 'choosing vacancies: the vacancy card as before, and the courses still waiting at the end',
      vacancies: [vacancy(1, 'Công nhân may')],
      answers: ['1', '1'],
      effects: [{ kind: 'decide_vacancy', vacancyId: 1, decision: 'approve', reason: null }],
      last: /^Còn 2 khoá học chờ duyệt: gõ \/duyet để xem\.$/,
      done: true,
    },
  ];
  it.each(cases)('$name', ({ vacancies, answers, effects, last, done }) => {
    const walk = walkFlow(reviewFlow, answers, official(vacancies, COURSES));
    expect(walk.effects).toEqual(effects);
    expect(render(lastMessage(walk))).toMatch(last);
    expect(walk.final.kind === 'done').toBe(done);
  });

  it('a miss on the kind question names both', () => {
    const walk = walkFlow(reviewFlow, ['xyz'], official([vacancy(1, 'Công nhân may')], COURSES));
    expect(walk.final).toMatchObject({
      kind: 'miss',
      reprompt: { text: 'Gõ 1 để duyệt tin tuyển dụng, 2 để duyệt khoá học.' },
    });
  });

  it('a course decided meanwhile by someone else moves on to the next', () => {
    const state = { flow: 'review', step: 'course', data: { current: 99, skipped: [] }, misses: 0 };
    const result = reviewFlow.step(state, { text: '1', choiceId: null, choiceIds: [] }, official([], COURSES));
    expect(result).toMatchObject({ kind: 'continue', state: { step: 'course', data: { current: 11 } } });
    expect(result.kind !== 'miss' && result.effects).toBeFalsy();
  });

  it('says nothing waits when neither does, and keeps the vacancies-only round as before', () => {
    expect(render(lastMessage(walkFlow(reviewFlow, [], official([], []))))).toContain('Không có tin nào chờ duyệt');
    const walk = walkFlow(reviewFlow, ['1'], official([vacancy(1, 'Công nhân may')], []));
    expect(walk.messages.slice(1).map(render)).toEqual(['Đã duyệt: Công nhân may.', 'Hết tin chờ duyệt. Cảm ơn bạn!']);
  });
});
