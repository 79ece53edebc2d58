import { describe, expect, it } from 'vitest';
import type { EventFacts, EventVacancy } from '../../../src/db/events.ts';
import type { FlowState, StepInput, StepResult } from '../../../src/engine/types.ts';
import { parseEventAnswer } from '../../../src/features/event-registration/choices.ts';
import type { Context, Emits } from '../../../src/features/event-registration/context.ts';
import { eventRegistrationFlow } from '../../../src/features/event-registration/flow.ts';
import { DEFAULT_QUIET_HOURS } from '../../../src/kernel/quiet-hours.ts';
import { HOME_MENU } from '../../harness/home-menu.ts';

/** The flow as a table: the answer that starts it, the picks, the name and phone asked only when missing. */
const NOW = new Date('2026-05-10T03:00:00Z');
const EVENT: EventFacts = {
  id: 7,
  kind: 'fair',
  title: 'Phiên giao dịch việc làm Phổ Yên',
  startsAt: new Date('2026-05-12T01:30:00Z'),
  communeCode: '05860',
  address: 'Nhà văn hoá tổ 3',
  onlineUrl: null,
  scopeRegionCode: '19',
  targetRegionCodes: ['19'],
  priorityGroups: [],
  capacity: 2,
  status: 'announced',
  seatsTaken: 0,
  waiting: 0,
};
const vacancy = (id: number, title: string): EventVacancy => ({
  id,
  title,
  employerName: 'Xưởng may Phổ Yên',
  employerVerified: true,
  occupation: 'garment',
  communeCode: '05860',
  headcount: 5,
  wageRaw: '8 triệu',
  requirements: null,
  deadline: '2099-12-31',
  contact: '0208 3850 123',
  extraHeadcount: 0,
});
const JOBS = [vacancy(11, 'Công nhân may'), vacancy(12, 'Thợ cắt'), vacancy(13, 'Phụ kho'), vacancy(14, 'Bảo vệ')];

function context(over: Partial<Context['eventReg']> = {}, event: Partial<EventFacts> = {}): Context {
  return {
    lang: 'vi',
    now: NOW,
    quietHours: DEFAULT_QUIET_HOURS,
    profile: null,
    employer: null,
    menu: HOME_MENU,
    eventReg: {
      event: { ...EVENT, ...event },
      vacancies: JOBS,
      registration: null,
      reserved: { id: 501, code: 'K7M2QD' },
      fullName: 'Nguyễn Thị Lan',
      phoneE164: '+84912345678',
      ...over,
    },
  };
}

const answer = (choiceId: string): [FlowState, StepInput] => [
  { flow: 'event-registration', step: 'answer', data: { eventId: null, via: 'announcement' }, misses: 0 },
  { text: null, choiceId, choiceIds: [choiceId] },
];
const typed = (text: string, choiceIds: string[] = []): StepInput => ({
  text,
  choiceId: choiceIds.length === 1 ? choiceIds[0]! : null,
  choiceIds,
});

function walk(ctx: Context, start: string, inputs: StepInput[]): StepResult<Emits>[] {
  const results = [eventRegistrationFlow.step(...answer(start), ctx)];
  for (const input of inputs) {
    const last = results.at(-1)!;
    if (last.kind !== 'continue') throw new Error(`the flow ended before ${JSON.stringify(input)}`);
    results.push(eventRegistrationFlow.step(last.state, input, ctx));
  }
  return results;
}

const textOf = (result: StepResult<Emits>) =>
  result.kind === 'miss' ? result.reprompt.text : result.replies.map((r) => r.text).join('\n');
const effectsOf = (result: StepResult<Emits>) => (result.kind === 'miss' ? [] : (result.effects ?? []));

describe('event answer ids', () => {
  it.each([
    ['event.register.7', { kind: 'register', eventId: 7 }],
    ['event.jobs.7', { kind: 'jobs', eventId: 7 }],
    ['event.link.7', { kind: 'link', eventId: 7 }],
    ['event.cancel.42', { kind: 'cancel', registrationId: 42 }],
    ['event.join.7', null],
    ['event.register.0', null],
    ['event.register.-1', null],
    ['alert.interested.1', null],
    [null, null],
  ] as const)('%j → %j', (id, expected) => {
    expect(parseEventAnswer(id)).toEqual(expected);
  });
});

describe('registering from the announcement', () => {
  it('"Đăng ký tham gia" → the jobs with the consent line → "1 3": the ticket, in two messages', () => {
    const [pick, ticket] = walk(context(), 'event.register.7', [typed('1 3', ['eventreg.job.11', 'eventreg.job.13'])]);
    expect(pick).toMatchObject({ kind: 'continue', state: { step: 'pick' } });
    expect(textOf(pick!)).toContain('Bạn muốn phỏng vấn việc nào? (chọn tối đa 3, hoặc chọn «Bỏ qua»)');
    expect(textOf(pick!)).toContain('họ tên và số điện thoại');
    expect(ticket!.kind).toBe('done');
    expect(textOf(ticket!)).toContain('Vé của bạn: K7M2QD');
    expect(textOf(ticket!)).toContain('Phỏng vấn: Công nhân may, Phụ kho');
    expect(textOf(ticket!)).toContain('08:30, thứ Ba 12/05/2026');
    expect(ticket!.kind === 'done' && ticket!.replies[0]?.choices).toEqual([
      { id: 'event.cancel.501', label: 'Không đến được' },
    ]);
    expect(effectsOf(ticket!)).toEqual([
      expect.objectContaining({
        kind: 'register_for_event',
        eventId: 7,
        registrationId: 501,
        ticketCode: 'K7M2QD',
        expected: 'registered',
        via: 'announcement',
        vacancyIds: [11, 13],
        share: true,
      }),
    ]);
  });

  it.each([
    ['2', ['eventreg.skip']],
    ['bỏ qua', ['eventreg.skip']],
  ])('%j skips the jobs: the ticket, nothing shared', (text, ids) => {
    const [, ticket] = walk(context(), 'event.register.7', [typed(text, ids)]);
    expect(textOf(ticket!)).toContain('Vé của bạn: K7M2QD');
    expect(effectsOf(ticket!)).toEqual([expect.objectContaining({ vacancyIds: [], share: false })]);
  });

  it.each([
    ['four jobs', typed('1 2 3 4', ['eventreg.job.11', 'eventreg.job.12', 'eventreg.job.13', 'eventreg.job.14'])],
    ['words', typed('không biết')],
    ['nothing', { text: null, choiceId: null, choiceIds: [] }],
  ])('%s: asked again', (_, input) => {
    const [, again] = walk(context(), 'event.register.7', [input as StepInput]);
    expect(again!.kind).toBe('miss');
    expect(textOf(again!)).toContain('Chọn tối đa 3 việc');
  });

  it('no vacancies at the event: the ticket at once', () => {
    const [ticket] = walk(context({ vacancies: [] }), 'event.register.7', []);
    expect(ticket!.kind).toBe('done');
    expect(textOf(ticket!)).toContain('Vé của bạn: K7M2QD');
  });

  it('name and phone asked only when missing and shared: 4 messages, both given to the effect', () => {
    const ctx = context({ fullName: null, phoneE164: null });
    const results = walk(ctx, 'event.register.7', [
      typed('2', ['eventreg.job.12']),
      typed('Trần Văn Hùng'),
      typed('0912 345 678'),
    ]);
    expect(results.map((r) => r.kind === 'continue' && r.state.step)).toEqual(['pick', 'name', 'phone', false]);
    expect(effectsOf(results.at(-1)!)).toEqual([
      expect.objectContaining({ fullName: 'Trần Văn Hùng', phoneE164: '+84912345678', share: true }),
    ]);
    const skipped = walk(ctx, 'event.register.7', [typed('5', ['eventreg.skip'])]);
    expect(skipped.at(-1)!.kind).toBe('done');
  });

  it('full: the waiting list with their place', () => {
    const [, ticket] = walk(context({}, { seatsTaken: 2, waiting: 3 }), 'event.register.7', [
      typed('5', ['eventreg.skip']),
    ]);
    expect(textOf(ticket!)).toContain('danh sách chờ, thứ 4');
    expect(effectsOf(ticket!)).toEqual([expect.objectContaining({ expected: 'waiting' })]);
  });

  it('registered before: the same ticket, nothing written', () => {
    const registration = { id: 90, code: 'ABCDEF', status: 'registered' as const, place: 0, interviews: [] };
    const [ticket] = walk(context({ registration, reserved: null }), 'event.register.7', []);
    expect(textOf(ticket!)).toContain('Bạn đã đăng ký rồi. 🎫 Vé của bạn: ABCDEF');
    expect(effectsOf(ticket!)).toEqual([]);
  });

  it.each([
    ['cancelled', { status: 'cancelled' as const }],
    ['already begun', { startsAt: new Date('2026-05-10T02:00:00Z') }],
  ])('an event %s takes no registration', (_, event) => {
    const [reply] = walk(context({}, event), 'event.register.7', []);
    expect(textOf(reply!)).toContain('không còn nhận đăng ký');
    expect(effectsOf(reply!)).toEqual([]);
  });

  it('a link registers with via "link"', () => {
    const [, ticket] = walk(context(), 'event.link.7', [typed('5', ['eventreg.skip'])]);
    expect(effectsOf(ticket!)).toEqual([expect.objectContaining({ via: 'link' })]);
  });

  it('the event gone: said so', () => {
    expect(textOf(walk(context({ event: null }), 'event.register.7', [])[0]!)).toContain('Không tìm thấy phiên này');
  });
});

describe('the jobs and the cancellation', () => {
  it('"Xem việc tại phiên": the jobs and "Đăng ký tham gia"', () => {
    const [reply] = walk(context(), 'event.jobs.7', []);
    expect(textOf(reply!)).toContain('• Công nhân may — Xưởng may Phổ Yên');
    expect(reply!.kind === 'done' && reply!.replies[0]?.choices).toEqual([
      { id: 'event.register.7', label: 'Đăng ký tham gia' },
    ]);
  });

  it('"Không đến được": cancelled, with "Đăng ký lại"', () => {
    const registration = { id: 90, code: 'ABCDEF', status: 'registered' as const, place: 0, interviews: [] };
    const [reply] = walk(context({ registration }), 'event.cancel.90', []);
    expect(textOf(reply!)).toContain('Đã huỷ vé ABCDEF');
    expect(effectsOf(reply!)).toEqual([{ kind: 'cancel_event_registration', registrationId: 90 }]);
  });

  it('a cancel of nothing of theirs: said so, nothing written', () => {
    const [reply] = walk(context({ registration: null }), 'event.cancel.90', []);
    expect(textOf(reply!)).toContain('Không tìm thấy vé này');
    expect(effectsOf(reply!)).toEqual([]);
  });
});
