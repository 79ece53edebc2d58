import { describe, expect, it } from 'vitest';
import { outcomeChoiceId, parseOutcomeChoice } from '../../../src/features/course-outcome/choices.ts';
import type { Context } from '../../../src/features/course-outcome/context.ts';
import type { OwnEnrolment } from '../../../src/features/course-outcome/enrolment.ts';
import { courseOutcomeAnswerAt, courseOutcomeFlow } from '../../../src/features/course-outcome/flow.ts';
import type { SearchVacancy } from '../../../src/features/search/context.ts';
import { DEFAULT_QUIET_HOURS } from '../../../src/kernel/quiet-hours.ts';
import type { WorkerProfile } from '../../../src/kernel/worker-profile.ts';
import { HOME_MENU } from '../../harness/home-menu.ts';
import { render } from '../engine/flow-walk.ts';

const ENROLMENT: OwnEnrolment = {
  enrolmentId: 42,
  courseId: 9,
  status: 'completed',
  title: 'Hàn điện cơ bản',
  occupation: 'mechanic_welding',
  tradeAdded: false,
  followupAnswered: false,
};
const PROFILE: WorkerProfile = {
  fullName: null,
  birthYear: 1995,
  phoneE164: null,
  communeCode: '05443',
  occupations: ['garment'],
  reach: 'province',
  frequency: 'instant',
  digestHour: null,
};
const vacancy = (id: number): SearchVacancy => ({
  id,
  employerName: 'Công ty Cơ khí Phổ Yên',
  employerVerified: false,
  title: `Thợ hàn ${id}`,
  occupation: 'mechanic_welding',
  communeCode: '05443',
  headcount: 3,
  wageRaw: '9-12 triệu/tháng',
  requirements: null,
  deadline: '2099-12-31',
  contact: '0208 3850 123',
  overseas: false,
  interested: false,
});
const NARROW = { occupations: ['mechanic_welding'], communeCode: null, provinceCode: null };
const context = (extra: Partial<Context> = {}): Context => ({
  lang: 'vi',
  now: new Date('2027-03-01T03:00:00Z'),
  quietHours: DEFAULT_QUIET_HOURS,
  employer: null,
  menu: HOME_MENU,
  profile: PROFILE,
  enrolment: ENROLMENT,
  ...extra,
});
const answer = (choiceId: string, ctx: Context) => {
  const at = courseOutcomeAnswerAt(choiceId);
  if (!at) throw new Error(`not an answer: ${choiceId}`);
  return courseOutcomeFlow.step(at.state, at.input, ctx);
};
const texts = (result: ReturnType<typeof answer>) =>
  result.kind === 'miss' ? [render(result.reprompt)] : result.replies.map(render);

describe('course outcome answers', () => {
  it.each([
    ['ctrade.yes.42', { question: 'trade', yes: true, enrolmentId: 42 }],
    ['ctrade.no.7', { question: 'trade', yes: false, enrolmentId: 7 }],
    ['cwork.yes.3', { question: 'works', yes: true, enrolmentId: 3 }],
    ['cwork.no.3', { question: 'works', yes: false, enrolmentId: 3 }],
    ['ctrade.maybe.3', null],
    ['cwork.yes.0', null],
    ['course.no.3', null],
    ['cwork.yes.12345678901234567', null],
  ] as const)('reads %s', (id, expected) => {
    expect(parseOutcomeChoice(id)).toEqual(expected);
  });

  it('adds the trade and answers at once with job search’s list of that trade', () => {
    const result = answer(
      outcomeChoiceId('trade', true, 42),
      context({
        search: { matches: [vacancy(1), vacancy(2)], current: null, sharesContact: false, narrow: NARROW },
      }),
    );
    expect(result.kind).toBe('continue');
    if (result.kind !== 'continue') return;
    expect(result.effects).toEqual([{ kind: 'add_course_trade', enrolmentId: 42 }]);
    expect(result.state.flow).toBe('search');
    expect(texts(result)[0]).toContain('Đã thêm nghề');
    expect(texts(result)[1]).toContain('Thợ hàn 1');
    expect(texts(result)[1]).toContain('Thợ hàn 2');
  });

  it('adds the trade and says so when no vacancy of it is open', () => {
    const result = answer(
      outcomeChoiceId('trade', true, 42),
      context({
        search: { matches: [], current: null, sharesContact: false, narrow: NARROW },
      }),
    );
    expect(result.kind).toBe('done');
    if (result.kind !== 'done') return;
    expect(result.effects).toEqual([{ kind: 'add_course_trade', enrolmentId: 42 }]);
    expect(result.replies).toHaveLength(2);
  });

  it('offers registration to someone without a profile, and writes nothing', () => {
    const result = answer(outcomeChoiceId('trade', true, 42), context({ profile: null }));
    expect(result.kind === 'done' && result.effects).toBeFalsy();
    expect(texts(result)[0]).toContain('Bạn chưa có hồ sơ tìm việc');
    expect(result.kind === 'done' && result.replies[0]?.choices?.[0]?.id).toBe('menu.register');
  });

  it('keeps the profile on "Không"', () => {
    const result = answer(outcomeChoiceId('trade', false, 42), context());
    expect(result.kind === 'done' && result.effects).toBeFalsy();
    expect(texts(result)[0]).toContain('hồ sơ của bạn giữ nguyên');
  });

  it.each([
    [true, 'Thật tốt'],
    [false, 'Cảm ơn bạn đã cho biết'],
  ])('records the 60-day answer %s', (yes, words) => {
    const result = answer(outcomeChoiceId('works', yes, 42), context());
    expect(result.kind === 'done' && result.effects).toEqual([
      { kind: 'record_course_followup', enrolmentId: 42, worksInTrade: yes },
    ]);
    expect(texts(result)[0]).toContain(words);
  });

  it('writes nothing for an enrolment that is not the person’s own (the loader found none)', () => {
    const result = answer(outcomeChoiceId('works', true, 42), context({ enrolment: null }));
    expect(result.kind === 'done' && result.effects).toBeFalsy();
    expect(texts(result)[0]).toContain('không còn ở trạng thái hoàn thành');
  });
});
