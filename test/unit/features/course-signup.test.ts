import { describe, expect, it } from 'vitest';
import type { CourseFacts } from '../../../src/db/courses.ts';
import type { FlowState, StepInput, StepResult } from '../../../src/engine/types.ts';
import { fromSearch, parseCourseAnswer } from '../../../src/features/course-signup/choices.ts';
import type { Context, Emits } from '../../../src/features/course-signup/context.ts';
import { courseSignupFlow } from '../../../src/features/course-signup/flow.ts';
import { DEFAULT_QUIET_HOURS } from '../../../src/kernel/quiet-hours.ts';
import { HOME_MENU } from '../../harness/home-menu.ts';

/** The answers to a course card as a table: the choice that starts it, then what is typed; replies and effects. */
const NOW = new Date('2026-11-20T03:00:00Z');
const COURSE: CourseFacts = {
  id: 7,
  providerId: 2,
  providerName: 'Trường Trung cấp nghề Thái Nguyên',
  providerVerified: true,
  title: 'May công nghiệp',
  occupation: 'garment',
  level: 'elementary',
  online: false,
  communeCode: '05860',
  provinceCode: '19',
  address: null,
  startsOn: '2026-12-05',
  durationDays: 90,
  schedule: 'day',
  seats: 2,
  feeVnd: 0,
  supportText: null,
  prioritySupport: false,
  supportAmountVnd: null,
  contact: null,
  status: 'approved',
  seatsTaken: 0,
  waiting: 0,
};

function context(over: Partial<Context['courseSignup']> = {}, course: Partial<CourseFacts> = {}): Context {
  return {
    lang: 'vi',
    now: NOW,
    quietHours: DEFAULT_QUIET_HOURS,
    profile: null,
    employer: null,
    menu: HOME_MENU,
    courseSignup: {
      course: { ...COURSE, ...course },
      enrolment: null,
      fullName: 'Nguyễn Thị Lan',
      phoneE164: '+84912345678',
      question: null,
      ...over,
    },
  };
}

const ANSWER: FlowState = { flow: 'course-signup', step: 'answer', data: {}, misses: 0 };
const pressed = (choiceId: string): StepInput => ({ text: null, choiceId, choiceIds: [choiceId] });
const typed = (text: string): StepInput => ({ text, choiceId: null, choiceIds: [] });

function walk(ctx: Context, start: string, inputs: StepInput[]): StepResult<Emits>[] {
  const results = [courseSignupFlow.step(ANSWER, pressed(start), ctx)];
  let state = results[0]!.kind === 'continue' ? results[0]!.state : null;
  for (const input of inputs) {
    // A miss stays at the step.
    if (!state) throw new Error(`the flow ended before ${JSON.stringify(input)}`);
    const result = courseSignupFlow.step(state, input, ctx);
    if (result.kind !== 'miss') state = result.kind === 'continue' ? result.state : null;
    results.push(result);
  }
  return results;
}

const texts = (results: StepResult<Emits>[]) =>
  results.map((r) => (r.kind === 'miss' ? r.reprompt.text : r.replies.map((m) => m.text).join('\n')));
const effects = (result: StepResult<Emits>) => (result.kind === 'miss' ? [] : (result.effects ?? []));

describe('the card answers, read', () => {
  it.each([
    ['course.signup.7', { kind: 'signup', courseId: 7, via: 'card' }],
    [fromSearch('course.signup.7'), { kind: 'signup', courseId: 7, via: 'search' }],
    ['course.ask.7.s', { kind: 'ask', courseId: 7, via: 'search' }],
    ['course.no.7', { kind: 'no', courseId: 7, via: 'card' }],
    ['course.cancel.7', { kind: 'cancel', courseId: 7 }],
    ['course.reply.12', { kind: 'reply', questionId: 12 }],
    ['course.reply.12.s', null],
    ['course.signup.0', null],
    ['course.signup.x', null],
    ['event.register.7', null],
  ])('%s', (choiceId, expected) => {
    expect(parseCourseAnswer(choiceId)).toEqual(expected);
  });
});

describe('"Đăng ký học"', () => {
  it.each([
    {
      name: 'name and phone known: consent, then a place, in two messages',
      ctx: context(),
      start: 'course.signup.7',
      inputs: [typed('1')],
      says: ['Trường Trung cấp nghề Thái Nguyên', 'Cơ sở đào tạo «Trường Trung cấp nghề Thái Nguyên» sẽ liên hệ'],
      effect: { kind: 'sign_up_for_course', courseId: 7, via: 'card', expected: 'signed_up', phoneE164: null },
    },
    {
      name: 'from the search, the course full: the waiting list, third',
      ctx: context({}, { seatsTaken: 2, waiting: 2 }),
      start: 'course.signup.7.s',
      inputs: [pressed('coursesign.agree')],
      says: ['Bạn đồng ý chứ?', 'danh sách chờ, thứ 3'],
      effect: { kind: 'sign_up_for_course', via: 'search', expected: 'waiting' },
    },
    {
      name: 'name and phone missing: asked once each, after the consent',
      ctx: context({ fullName: null, phoneE164: null }),
      start: 'course.signup.7',
      inputs: [typed('1'), typed('12345'), typed('lò thị mai'), typed('0912'), typed('0912 345 678')],
      says: ['Bạn đồng ý chứ?', 'Họ tên của bạn là gì?', 'gõ họ tên', 'Số điện thoại', 'chưa đúng', 'sẽ liên hệ'],
      effect: { kind: 'sign_up_for_course', fullName: 'Lò Thị Mai', phoneE164: '+84912345678' },
    },
    {
      name: 'a fee: the warning to pay only the school',
      ctx: context({}, { feeVnd: 1_500_000 }),
      start: 'course.signup.7',
      inputs: [typed('1')],
      says: ['Bạn đồng ý chứ?', 'Không nộp tiền cho cá nhân'],
      effect: { kind: 'sign_up_for_course' },
    },
  ])('$name', ({ ctx, start, inputs, says, effect }) => {
    const results = walk(ctx, start, inputs);
    for (const [index, text] of texts(results).entries()) expect(text).toContain(says[index]);
    expect(effects(results.at(-1)!)).toEqual([expect.objectContaining(effect)]);
    expect(results.at(-1)!.kind).toBe('done');
  });

  it('declined: nothing written', () => {
    const results = walk(context(), 'course.signup.7', [typed('2')]);
    expect(texts(results).at(-1)).toContain('chưa đăng ký');
    expect(effects(results.at(-1)!)).toEqual([]);
  });

  it('closed between the consent and "Đồng ý": a polite no, nothing written', () => {
    const [consent] = walk(context(), 'course.signup.7', []);
    if (consent?.kind !== 'continue') throw new Error('no consent asked');
    const result = courseSignupFlow.step(consent.state, typed('1'), context({}, { status: 'closed' }));
    expect(texts([result])[0]).toContain('không còn nhận đăng ký');
    expect(effects(result)).toEqual([]);
  });

  it.each([
    { name: 'not approved', course: { status: 'pending' as const }, says: 'không còn nhận đăng ký' },
    { name: 'already started', course: { startsOn: '2026-11-20' }, says: 'không còn nhận đăng ký' },
  ])('a course $name: a polite no', ({ course, says }) => {
    const [result] = walk(context({}, course), 'course.signup.7', []);
    expect(texts([result!])[0]).toContain(says);
    expect(result!.kind).toBe('done');
  });

  it.each([
    { status: 'signed_up' as const, place: 0, says: 'chờ cơ sở xác nhận', cancel: true },
    { status: 'waiting' as const, place: 2, says: 'danh sách chờ, thứ 2', cancel: true },
    { status: 'completed' as const, place: 0, says: 'đã học xong', cancel: false },
  ])('again when $status: "Bạn đã đăng ký rồi", nothing written', ({ status, place, says, cancel }) => {
    const [result] = walk(context({ enrolment: { id: 4, status, place } }), 'course.signup.7', []);
    expect(texts([result!])[0]).toContain('Bạn đã đăng ký khoá «May công nghiệp» rồi');
    expect(texts([result!])[0]).toContain(says);
    expect(effects(result!)).toEqual([]);
    const choices = result!.kind === 'done' ? (result!.replies[0]!.choices ?? []) : [];
    expect(choices.map((c) => c.id)).toEqual(cancel ? ['course.cancel.7'] : []);
  });

  it('the course gone', () => {
    expect(texts(walk(context({ course: null }), 'course.signup.7', []))[0]).toContain('Không tìm thấy khoá học');
  });
});

describe('"Huỷ đăng ký", "Không quan tâm", "Hỏi thêm"', () => {
  it.each([
    {
      name: 'cancel a place',
      ctx: context({ enrolment: { id: 4, status: 'signed_up', place: 0 } }),
      start: 'course.cancel.7',
      inputs: [],
      says: 'Đã huỷ đăng ký khoá «May công nghiệp»',
      effect: [{ kind: 'cancel_course_enrolment', courseId: 7, at: NOW.toISOString() }],
    },
    {
      name: 'cancel nothing',
      ctx: context({ enrolment: { id: 4, status: 'cancelled', place: 0 } }),
      start: 'course.cancel.7',
      inputs: [],
      says: 'không có đăng ký',
      effect: [],
    },
    {
      name: 'not interested',
      ctx: context(),
      start: 'course.no.7',
      inputs: [],
      says: 'Đã ghi nhận',
      effect: [{ kind: 'dismiss_course', courseId: 7 }],
    },
    {
      name: 'a question, after a sticker',
      ctx: context(),
      start: 'course.ask.7',
      inputs: [{ text: null, choiceId: null, choiceIds: [] }, typed('  Có hỗ trợ   tiền ăn không? ')],
      says: 'Đã gửi câu hỏi tới «Trường Trung cấp nghề Thái Nguyên»',
      effect: [{ kind: 'ask_course_question', courseId: 7, text: 'Có hỗ trợ tiền ăn không?' }],
    },
  ])('$name', ({ ctx, start, inputs, says, effect }) => {
    const results = walk(ctx, start, inputs);
    expect(texts(results).at(-1)).toContain(says);
    expect(effects(results.at(-1)!)).toEqual(effect);
  });
});

describe('"Trả lời" to a question', () => {
  const question = { id: 12, courseTitle: 'May công nghiệp', text: 'Có hỗ trợ tiền ăn không?', answered: false };
  it.each([
    {
      name: 'the provider answers',
      over: { question: { ...question, mayAnswer: true } },
      inputs: [typed('Có, 30.000 đồng mỗi ngày.')],
      says: ['Câu hỏi: «Có hỗ trợ tiền ăn không?»', 'Đã gửi câu trả lời'],
      effect: [{ kind: 'answer_course_question', questionId: 12, text: 'Có, 30.000 đồng mỗi ngày.' }],
    },
    {
      name: 'someone it was not sent to',
      over: { question: { ...question, mayAnswer: false } },
      inputs: [],
      says: ['không phụ trách'],
      effect: [],
    },
    {
      name: 'answered already',
      over: { question: { ...question, mayAnswer: true, answered: true } },
      inputs: [],
      says: ['đã được trả lời'],
      effect: [],
    },
  ])('$name', ({ over, inputs, says, effect }) => {
    const results = walk(context(over), 'course.reply.12', inputs);
    for (const [index, text] of texts(results).entries()) expect(text).toContain(says[index]);
    expect(effects(results.at(-1)!)).toEqual(effect);
  });
});
