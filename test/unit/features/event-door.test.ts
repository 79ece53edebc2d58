import { describe, expect, it } from 'vitest';
import type { Context, DoorEvent, DoorTicket } from '../../../src/features/event-door/context.ts';
import { readName } from '../../../src/features/event-door/door.ts';
import { parseEventFollowup } from '../../../src/features/event-door/followup.ts';
import { actionsAt, eventDoorAnswerAt, eventDoorFlow, eventIdOfChoice } from '../../../src/features/event-door/flow.ts';
import { readExtra } from '../../../src/features/event-door/join.ts';
import { clockTime } from '../../../src/features/event-door/steps.ts';
import type { FlowState } from '../../../src/engine/types.ts';
import { DEFAULT_QUIET_HOURS } from '../../../src/kernel/quiet-hours.ts';
import { HOME_MENU } from '../../harness/home-menu.ts';
import { lastMessage, render, walkFlow } from '../engine/flow-walk.ts';

/**
 * /cuaphien as tables: the events offered, what each person may do at one, the door's answer to every kind of
 * ticket, and an employer joining with two jobs and their extra headcount.
 */
const NOW = new Date('2026-12-05T01:00:00Z');
const FAIR: DoorEvent = {
  id: 7,
  title: 'Phiên việc làm Phổ Yên',
  startsAt: new Date('2026-12-05T01:30:00Z'), // 8:30 in Vietnam
  official: true,
  door: true,
  employerId: null,
  employerStatus: null,
};
const context = (extra: Partial<Context> = {}): Context => ({
  lang: 'vi',
  now: NOW,
  quietHours: DEFAULT_QUIET_HOURS,
  employer: null,
  menu: HOME_MENU,
  profile: null,
  doorEvents: [FAIR],
  doorEvent: FAIR,
  ticket: null,
  joinable: [],
  eventJobs: [],
  attendee: null,
  invitable: [],
  followup: null,
  freshCode: 'W4LK3N',
  ...extra,
});
const door: FlowState = { flow: 'event-door', step: 'door', data: { eventId: 7 }, misses: 0 };
const typed = (text: string) => ({ text, choiceId: null, choiceIds: [] });
const ticket = (found: DoorTicket['found'], code = 'K7M2QD'): DoorTicket => ({ code, found });

describe('event door flow (/cuaphien)', () => {
  it('says so when the person has no upcoming event', () => {
    const w = walkFlow(eventDoorFlow, [], context({ doorEvents: [] }));
    expect(w.final.kind).toBe('done');
    expect(render(lastMessage(w))).toContain('chưa có phiên');
  });

  it('lists the events with date and time; the door is the first thing an official may do', () => {
    const w = walkFlow(eventDoorFlow, ['1', '1'], context());
    expect(render(w.messages[1]!)).toContain('1. Điểm danh tại cửa\n2. Mời doanh nghiệp tham gia');
    expect(render(w.messages[0]!)).toContain('1. Phiên việc làm Phổ Yên — 05/12/2026 8:30');
    expect(w.state?.step).toBe('door');
    expect(w.state?.data).toMatchObject({ eventId: 7 });
    expect(render(lastMessage(w))).toContain('mã vé');
  });

  it.each([
    ['an official', { official: true, door: true, employerId: null, employerStatus: null }, ['door', 'invite']],
    [
      'a joined employer',
      { official: false, door: true, employerId: 3, employerStatus: 'joined' },
      ['door', 'results', 'vacancies'],
    ],
    [
      'an invited employer',
      { official: false, door: false, employerId: 3, employerStatus: 'invited' },
      ['join', 'decline'],
    ],
    ['an employer nearby', { official: false, door: false, employerId: 3, employerStatus: null }, ['join']],
    ['an employer who declined', { official: false, door: false, employerId: 3, employerStatus: 'declined' }, ['join']],
    ['nobody', { official: false, door: false, employerId: null, employerStatus: null }, []],
  ] as const)('offers %s what they may do', (_who, rights, actions) => {
    expect(actionsAt({ ...FAIR, ...rights })).toEqual(actions);
  });

  it.each([
    [
      'a registered ticket is let in, with the name',
      ticket({ registrationId: 41, status: 'registered', name: 'Lò Thị Mai', checkedInAt: null }),
      '✅ Lò Thị Mai — đã vào',
      [{ kind: 'check_in', eventId: 7, registrationId: 41 }],
    ],
    [
      'a waiting ticket is let in too, by code when no name is known',
      ticket({ registrationId: 42, status: 'waiting', name: null, checkedInAt: null }),
      '✅ K7M2QD — đã vào',
      [{ kind: 'check_in', eventId: 7, registrationId: 42 }],
    ],
    [
      'a code typed twice says when',
      ticket({
        registrationId: 41,
        status: 'attended',
        name: 'Lò Thị Mai',
        checkedInAt: new Date('2026-12-05T01:12:00Z'),
      }),
      '☑️ Lò Thị Mai — đã vào lúc 8:12',
      [],
    ],
    [
      'a cancelled ticket',
      ticket({ registrationId: 43, status: 'cancelled', name: 'Lò Thị Mai', checkedInAt: null }),
      'đã huỷ',
      [],
    ],
    ['an unknown code', ticket(null), 'Không có vé K7M2QD', []],
  ])('%s', (_case, found, reply, effects) => {
    const result = eventDoorFlow.step(door, typed('k7m-2qd'), context({ ticket: found }));
    expect(result.kind).toBe('continue');
    if (result.kind !== 'continue') return;
    expect(result.replies[0]?.text).toContain(reply);
    expect(result.replies[0]?.text).not.toMatch(/\d{9,}/); // never a phone
    expect(result.effects ?? []).toEqual(effects);
    expect(result.state.step).toBe('door');
  });

  it('asks again, with an example, for something that is not a code', () => {
    const result = eventDoorFlow.step(door, typed('xin chào'), context());
    expect(result.kind).toBe('miss');
    if (result.kind === 'miss') expect(result.reprompt.text).toContain('K7M2QD');
  });

  it('stops the door when the person no longer runs the event', () => {
    const result = eventDoorFlow.step(door, typed('K7M2QD'), context({ doorEvent: null }));
    expect(result.kind).toBe('done');
  });

  it('an employer joins with two jobs and an extra headcount for each', () => {
    const joined = { ...FAIR, official: false, door: true, employerId: 3, employerStatus: 'joined' as const };
    const employer = context({
      doorEvents: [joined],
      doorEvent: joined,
      joinable: [
        { id: 11, title: 'Công nhân may', status: null },
        { id: 12, title: 'Phụ kho', status: null },
        { id: 13, title: 'Lái xe', status: null },
      ],
    });
    const w = walkFlow(eventDoorFlow, ['1', '3', '1 3', '5 người', 'không'], employer);
    expect(render(w.messages[1]!)).toContain('3. Đổi vị trí tuyển tại phiên');
    expect(render(w.messages[3]!)).toContain('"Công nhân may": tuyển thêm bao nhiêu');
    expect(render(w.messages[4]!)).toContain('"Lái xe"');
    expect(w.final.kind).toBe('done');
    expect(render(lastMessage(w))).toContain('với 2 vị trí');
    expect(w.effects).toEqual([
      {
        kind: 'join_event',
        eventId: 7,
        vacancies: [
          { vacancyId: 11, extra: 5 },
          { vacancyId: 13, extra: 0 },
        ],
      },
    ]);
  });

  it('an employer with no open job is sent to post one', () => {
    const near = { ...FAIR, official: false, door: false, employerId: 3, employerStatus: null };
    const w = walkFlow(eventDoorFlow, ['1'], context({ doorEvents: [near], doorEvent: near }));
    expect(w.final.kind).toBe('done');
    expect(render(lastMessage(w))).toContain('/dangtin');
  });

  it("an invitation's answers run the answer step, for that event only", () => {
    const invited = { ...FAIR, official: false, door: false, employerId: 3, employerStatus: 'invited' as const };
    const at = eventDoorAnswerAt('event.decline.7');
    expect(at?.state.step).toBe('answer');
    const result = eventDoorFlow.step(at!.state, at!.input, context({ doorEvent: invited }));
    expect(result.kind).toBe('done');
    if (result.kind === 'done') expect(result.effects).toEqual([{ kind: 'decline_event', eventId: 7 }]);
    const join = eventDoorAnswerAt('event.join.7')!;
    const joinable = [{ id: 11, title: 'Công nhân may', status: null }];
    const asked = eventDoorFlow.step(join.state, join.input, context({ doorEvent: invited, joinable }));
    expect(asked.kind === 'continue' && asked.state.step).toBe('vacancies');
    expect(eventDoorAnswerAt('event.register.7')).toBeNull();
  });

  it('registers a walk-in in three messages, checked in at once with a new code', () => {
    const eventJobs = [
      { id: 11, title: 'Công nhân may — May Mai Anh', status: null },
      { id: 12, title: 'Phụ kho — May Mai Anh', status: null },
    ];
    const start = eventDoorFlow.step(door, typed('Mới'), context({ eventJobs }));
    expect(start.kind === 'continue' && start.state.step).toBe('walkin_name');
    const w = walkFlow(eventDoorFlow, ['1', '1', 'moi', 'lò thị  mai', '0912 345 678', '1 2'], context({ eventJobs }));
    expect(render(w.messages[4]!)).toContain('Số điện thoại của lò thị mai, chỉ khi họ đồng ý');
    expect(render(w.messages[5]!)).toContain('2. Phụ kho — May Mai Anh');
    expect(render(lastMessage(w))).toContain('✅ lò thị mai — đã vào. Mã vé: W4LK3N');
    expect(w.state?.step).toBe('door');
    expect(w.effects).toEqual([
      { kind: 'walk_in', eventId: 7, name: 'lò thị mai', phone: '+84912345678', vacancyIds: [11, 12], code: 'W4LK3N' },
    ]);
  });

  it('a walk-in may keep their phone to themselves, and the fair may have no jobs to pick', () => {
    const w = walkFlow(eventDoorFlow, ['1', '1', 'MOI', 'Lò Thị Mai', 'không'], context());
    expect(w.effects).toEqual([
      { kind: 'walk_in', eventId: 7, name: 'Lò Thị Mai', phone: null, vacancyIds: [], code: 'W4LK3N' },
    ]);
  });

  it.each([
    ['walkin_name', '12345', 'họ và tên'],
    ['walkin_phone', '12345', '0912 345 678'],
  ])('asks again at %s for %s', (step, text, hint) => {
    const state: FlowState = { flow: 'event-door', step, data: { eventId: 7, name: 'Lò Thị Mai' }, misses: 0 };
    const result = eventDoorFlow.step(state, typed(text), context());
    expect(result.kind).toBe('miss');
    if (result.kind === 'miss') expect(result.reprompt.text).toContain(hint);
  });

  it.each([
    ['Lò Thị Mai', 'Lò Thị Mai'],
    ['  lò   thị mai ', 'lò thị mai'],
    ['A', null],
    ['Mai 1995', null],
    ['!!', null],
  ])('reads the name %j', (text, name) => {
    expect(readName(text)).toBe(name);
  });

  it('a joined employer records results by ticket code, for the job picked', () => {
    const joined = { ...FAIR, official: false, door: true, employerId: 3, employerStatus: 'joined' as const };
    const attendee = {
      registrationId: 41,
      code: 'K7M2QD',
      name: 'Lò Thị Mai',
      jobs: [
        { id: 11, title: 'Công nhân may', status: null },
        { id: 12, title: 'Phụ kho', status: 'interested' as const },
      ],
    };
    const employer = context({ doorEvents: [joined], doorEvent: joined, attendee });
    const w = walkFlow(eventDoorFlow, ['1', '2', 'K7M2QD', '2', '4', 'K7M2QD', '1', '3', 'K7M2QD', '1', '2'], employer);
    expect(render(w.messages[3]!)).toContain('2. Phụ kho (');
    expect(render(w.messages[4]!)).toContain('1. Đã phỏng vấn\n2. Đã mời nhận việc\n3. Nhận vào làm\n4. Không nhận');
    expect(render(w.messages[5]!)).toContain('✅ Đã ghi: Lò Thị Mai — "Phụ kho": Không nhận.');
    expect(render(lastMessage(w))).toContain('✅ Đã ghi: Lò Thị Mai — "Công nhân may": Đã mời nhận việc.');
    expect(w.state?.step).toBe('result_code');
    expect(w.effects).toEqual([
      { kind: 'record_result', eventId: 7, registrationId: 41, vacancyId: 12, result: 'not_hired' },
      { kind: 'record_result', eventId: 7, registrationId: 41, vacancyId: 11, result: 'hired' },
      { kind: 'record_result', eventId: 7, registrationId: 41, vacancyId: 11, result: 'offered' },
    ]);
  });

  it('a result for an unknown ticket says so and waits for the next code', () => {
    const joined = { ...FAIR, official: false, door: true, employerId: 3, employerStatus: 'joined' as const };
    const state: FlowState = { flow: 'event-door', step: 'result_code', data: { eventId: 7 }, misses: 0 };
    const result = eventDoorFlow.step(state, typed('ABCDEF'), context({ doorEvent: joined }));
    expect(result.kind === 'continue' && result.replies[0]?.text).toContain('Không có vé ABCDEF');
    expect(result.kind === 'continue' && result.state.step).toBe('result_code');
  });

  it('an official invites employers, sent after the quiet hours', () => {
    const invitable = [
      { id: 3, name: 'Công ty May Mai Anh' },
      { id: 4, name: 'Xưởng mộc Tuấn Phát' },
    ];
    const late = new Date('2026-12-04T15:30:00Z'); // 22:30 in Vietnam, inside 21-7
    const w = walkFlow(eventDoorFlow, ['1', '2', '1 2'], context({ invitable, now: late }));
    expect(render(lastMessage(w))).toContain('Đã mời 2 doanh nghiệp');
    expect(w.effects).toEqual([
      { kind: 'invite_employers', eventId: 7, employerIds: [3, 4], notBefore: '2026-12-05T00:00:00.000Z' },
    ]);
    const none = walkFlow(eventDoorFlow, ['1', '2'], context());
    expect(render(lastMessage(none))).toContain('Chưa có doanh nghiệp');
  });

  describe('the day-after question', () => {
    const jobs = [
      { id: 11, title: 'Công nhân may' },
      { id: 12, title: 'Phụ kho' },
    ];
    const answer = (choiceId: string, followup: Context['followup']) => {
      const at = eventDoorAnswerAt(choiceId);
      if (!at) throw new Error(`no answer step for ${choiceId}`);
      expect(at.state.step).toBe('followup');
      return eventDoorFlow.step(at.state, at.input, context({ followup }));
    };

    it.each([
      ['a yes, one job: recorded on it', 'event.followup.hired.41', [jobs[0]!], 'Chúc mừng', 11],
      ['a yes, no job known: thanks only', 'event.followup.hired.41', [], 'Chúc mừng', undefined],
      ['a no: recorded on the open applications', 'event.followup.not_hired.41', jobs, 'Cảm ơn bạn đã cho biết', null],
      ['still waiting', 'event.followup.waiting.41', jobs, 'Chúc bạn sớm có tin vui', null],
    ] as const)('%s', (_case, choiceId, known, reply, vacancyId) => {
      const result = answer(choiceId, { registrationId: 41, jobs: [...known] });
      expect(result.kind).toBe('done');
      if (result.kind !== 'done') return;
      expect(result.replies[0]?.text).toContain(reply);
      const parsed = parseEventFollowup(choiceId)!;
      expect(result.effects ?? []).toEqual(
        vacancyId === undefined
          ? []
          : [{ kind: 'answer_event_followup', registrationId: 41, answer: parsed.answer, vacancyId }],
      );
    });

    it('a yes with several jobs asks which', () => {
      const asked = answer('event.followup.hired.41', { registrationId: 41, jobs });
      expect(asked.kind === 'continue' && asked.state.step).toBe('followup_job');
      if (asked.kind !== 'continue') return;
      expect(render(asked.replies[0]!)).toContain('2. Phụ kho');
      const result = eventDoorFlow.step(asked.state, typed('2'), context({ followup: { registrationId: 41, jobs } }));
      expect(result.kind === 'done' && result.effects).toEqual([
        { kind: 'answer_event_followup', registrationId: 41, answer: 'hired', vacancyId: 12 },
      ]);
    });

    it("someone else's ticket writes nothing", () => {
      const result = answer('event.followup.hired.41', null);
      expect(result.kind === 'done' && (result.effects ?? [])).toEqual([]);
    });

    it.each([
      ['event.followup.hired.41', { answer: 'hired', registrationId: 41 }],
      ['event.followup.maybe.41', null],
      ['event.followup.hired.0', null],
      ['followup.hired.41', null],
    ])('reads %s', (choiceId, parsed) => {
      expect(parseEventFollowup(choiceId)).toEqual(parsed);
    });
  });

  it.each([
    ['door.event.7', 7],
    ['event.join.12', 12],
    ['event.decline.3', 3],
    ['event.register.3', null],
    ['door.event.0', null],
    [null, null],
  ])('reads the event of %s', (choiceId, id) => {
    expect(eventIdOfChoice(choiceId)).toBe(id);
  });

  it.each([
    ['5', 5],
    ['12 người', 12],
    ['không', 0],
    ['Bỏ qua', 0],
    ['10001', null],
    ['năm', null],
    ['-3', null],
  ])('reads the extra headcount %s', (text, n) => {
    expect(readExtra(text)).toBe(n);
  });

  it('writes the time as a Vietnam clock', () => {
    expect(clockTime(new Date('2026-12-05T01:12:00Z'))).toBe('8:12');
    expect(clockTime(new Date('2026-12-05T13:05:00Z'))).toBe('20:05');
  });
});
