import { describe, expect, it } from 'vitest';
import { decide, type EngineInput, validState } from '../../../src/engine/decide.ts';
import { defineFeature } from '../../../src/engine/feature.ts';
import { buildRegistry } from '../../../src/engine/registry.ts';
import { storedAsIs } from '../../harness/stored-as-is.ts';
import type { Flow, FlowState } from '../../../src/engine/types.ts';
import { REGISTRY } from '../../../src/features/index.ts';
import { DEFAULT_QUIET_HOURS } from '../../../src/kernel/quiet-hours.ts';
import type { EngineContext } from '../../../src/engine/decide.ts';
import { HOME_MENU, HOME_MENU_IDS } from '../../harness/home-menu.ts';

/** A two-step flow for testing the engine: pick colours (multi-select), then a number; misses otherwise. */
const colours: Flow = {
  steps: ['pick', 'number'],
  begin: () => ({
    kind: 'continue',
    replies: [
      {
        text: 'Màu gì?',
        choices: [
          { id: 'c.red', label: 'Đỏ' },
          { id: 'c.blue', label: 'Xanh' },
          { id: 'c.gold', label: 'Vàng' },
        ],
      },
    ],
    state: { flow: 'colours', step: 'pick', data: {}, misses: 0 },
  }),
  step(state, input) {
    if (state.step === 'pick') {
      if (input.choiceIds.length === 0) return { kind: 'miss', reprompt: { text: 'Gõ các số, ví dụ: 1 3' } };
      return {
        kind: 'continue',
        replies: [{ text: 'Số nào?' }],
        state: { ...state, step: 'number', data: { colours: input.choiceIds } },
      };
    }
    if (!input.text || !/^\d+$/.test(input.text)) return { kind: 'miss', reprompt: { text: 'Ví dụ: 7' } };
    return { kind: 'done', replies: [{ text: 'Xong' }], effects: [{ kind: 'set_language', lang: 'en' }] };
  },
};
const FLOWS = buildRegistry([
  defineFeature({
    name: 'registration',
    commands: { names: ['dangky', 'dang ky', 'register'] },
    menu: { id: 'menu.register', order: 1, label: () => 'Đăng ký' },
    flow: { ...colours, data: storedAsIs },
  }),
  defineFeature({ name: 'colours', flow: { ...colours, data: storedAsIs } }),
  defineFeature({
    name: 'search',
    commands: { names: ['timviec', 'tim viec', 'jobs'] },
    menu: { id: 'menu.search', order: 2, label: () => 'Tìm việc' },
  }),
  defineFeature({ name: 'posting', menu: { id: 'menu.employer', order: 3, label: () => 'Đăng tin' } }),
]);
const context: EngineContext = {
  lang: 'vi',
  now: new Date('2026-11-28T03:00:00Z'),
  quietHours: DEFAULT_QUIET_HOURS,
  employer: null,
  menu: HOME_MENU,
  profile: null,
};
const input = (text: string | null, extra: Partial<EngineInput> = {}): EngineInput => ({
  text,
  choiceId: null,
  lastChoices: null,
  stopped: false,
  ...extra,
});
const inFlow: FlowState = { flow: 'colours', step: 'pick', data: {}, misses: 0 };
const pickChoices = [
  { id: 'c.red', label: 'Đỏ' },
  { id: 'c.blue', label: 'Xanh' },
  { id: 'c.gold', label: 'Vàng' },
];

describe('the commands of the features', () => {
  it.each([
    ['/start', 'start'],
    ['/start@KetNoiBot', 'start'],
    ['/start ABC123', 'start'],
    ['Bắt đầu', 'start'],
    ['/huy', 'cancel'],
    ['huỷ', 'cancel'],
    ['HUY', 'cancel'],
    ['/cancel', 'cancel'],
    ['STOP', 'stop'],
    ['dừng', 'stop'],
    ['DỪNG', 'stop'],
    ['/dung', 'stop'],
    ['Dừng lại', 'stop'],
    ['dung lai', 'stop'],
    ['ngừng', 'stop'],
    // "dung" without accents or slash may be "đúng" (right): never a stop
    ['dung', null],
    ['Đúng', null],
    ['đúng rồi', null],
    ['/dangtin', 'posting'],
    ['đăng tin', 'posting'],
    ['0', 'menu'],
    ['/trogiup', 'help'],
    ['tro giup', 'help'],
    ['/dangky', 'registration'],
    ['đăng ký', 'registration'],
    ['/timviec', 'search'],
    ['tìm việc', 'search'],
    ['/phatsong', 'broadcast'],
    ['/nhom', 'group'],
    ['/nhom Mèo Vạc', 'group'],
    ['/nhom dung', 'group'],
    ['nhom dung', null],
    ['/ngonngu', 'language'],
    ['/tincuatoi', 'vacancies'],
    ['/thongke', 'stats'],
    ['/xoa', 'erase'],
    ['Xoá dữ liệu', 'erase'],
    ['/theodoi', 'alerts'],
    ['/duyet', 'review'],
    ['/baocao', 'dashboard'],
    ['/ketqua', 'outcomes'],
    ['tôi muốn dừng làm việc này', null],
    ['start a new life', null],
    ['2', null],
    ['', null],
    [null, null],
  ] as const)('%j -> %j', (text, expected) => {
    expect(REGISTRY.commands.command(text)).toBe(expected);
  });
});

describe('the words after a command', () => {
  it.each([
    ['/nhom Mèo Vạc', 'Mèo Vạc'],
    ['/nhom@KetNoiBot  xa Lung Cu ', 'xa Lung Cu'],
    ['/nhom dung', 'dung'],
    ['/start ABC123', 'ABC123'],
    ['/nhom', null],
    ['/duyet 5', null],
    ['bat dau', null],
    ['thống kê', null],
    ['/thongke thang truoc', 'thang truoc'],
    ['nhom Mèo Vạc', null],
    ['hello world', null],
    [null, null],
  ] as const)('%j -> %j', (text, expected) => {
    expect(REGISTRY.commands.argument(text)).toBe(expected);
  });
});

describe('decide', () => {
  it('/dangky begins the registration flow', () => {
    const decision = decide(null, input('/dangky'), context, FLOWS);
    expect(decision.state).toMatchObject({ flow: 'colours', step: 'pick' });
    expect(decision.replies[0]!.text).toBe('Màu gì?');
  });

  it('passes a typed multi-select answer to the flow as choice ids', () => {
    const decision = decide(inFlow, input('1 3', { lastChoices: pickChoices }), context, FLOWS);
    expect(decision.state).toMatchObject({ step: 'number', data: { colours: ['c.red', 'c.gold'] }, misses: 0 });
  });

  it('re-asks on a miss, and the third miss in a row offers the menu while keeping the step', () => {
    const first = decide(inFlow, input('tím'), context, FLOWS);
    expect(first.replies.map((r) => r.text)).toEqual(['Gõ các số, ví dụ: 1 3']);
    expect(first.state?.misses).toBe(1);
    const second = decide(first.state, input('hồng'), context, FLOWS);
    expect(second.state?.misses).toBe(2);
    const third = decide(second.state, input('??'), context, FLOWS);
    expect(third.replies).toHaveLength(2);
    expect(third.replies[1]!.choices?.map((c) => c.id)).toEqual([...HOME_MENU_IDS]);
    expect(third.state).toMatchObject({ step: 'pick', misses: 0 });
  });

  it('/huy leaves the flow at any step, with the menu', () => {
    const decision = decide({ ...inFlow, step: 'number' }, input('/huy'), context, FLOWS);
    expect(decision.state).toBeNull();
    expect(decision.replies[0]!.text).toContain('Đã huỷ');
    expect(decision.replies[0]!.choices).toHaveLength(4);
  });

  it('STOP stops everything at once, from inside a flow; /start resumes a stopped person', () => {
    const stop = decide(inFlow, input('dừng'), context, FLOWS);
    expect(stop).toMatchObject({ state: null, effects: [{ kind: 'stop_messages' }] });
    const start = decide(null, input('/start', { stopped: true }), context, FLOWS);
    expect(start.effects).toEqual([{ kind: 'resume_messages' }]);
    expect(start.replies[0]!.text).toContain('Xin chào');
  });

  it('the guide keeps the flow where it was; a menu choice leaves it', () => {
    expect(decide(inFlow, input('/trogiup'), context, FLOWS).state).toEqual(inFlow);
    const left = decide(inFlow, input(null, { choiceId: 'menu.help' }), context, FLOWS);
    expect(left.state).toBeNull();
    expect(left.replies[0]!.text).toContain('Mình là trợ lý tự động');
  });

  it('finishing a flow applies its effects and clears the state', () => {
    expect(decide({ ...inFlow, step: 'number' }, input('7'), context, FLOWS)).toEqual({
      replies: [{ text: 'Xong' }],
      state: null,
      effects: [{ kind: 'set_language', lang: 'en' }],
    });
  });

  it('a state for a flow that no longer exists, or a step it does not have, is treated as home', () => {
    expect(validState({ ...inFlow, flow: 'retired' }, FLOWS)).toBeNull();
    expect(validState({ ...inFlow, step: 'gone' }, FLOWS)).toBeNull();
    expect(validState(inFlow, FLOWS)).toEqual(inFlow);
    const decision = decide({ ...inFlow, flow: 'retired' }, input('xin chào'), context, FLOWS);
    expect(decision.state).toBeNull();
    expect(decision.replies[0]!.text).toContain('Xin chào');
  });

  it('names flows this build does not have honestly instead of pretending', () => {
    expect(decide(null, input('/timviec'), context, FLOWS).replies[0]!.text).toContain('đang được hoàn thiện');
    expect(decide(null, input(null, { choiceId: 'menu.employer' }), context, FLOWS).replies[0]!.text).toContain(
      'đang được hoàn thiện',
    );
  });
});

describe('the feature list', () => {
  it('gives every command word, effect kind, menu entry and notification kind one owner', () => {
    expect(REGISTRY.menu.map((item) => item.id)).toEqual([
      'menu.register',
      'menu.search',
      'menu.employer',
      'menu.help',
    ]);
    expect([...REGISTRY.effects.kinds].sort()).toContain('erase_person');
    expect(REGISTRY.notificationKinds.map((kind) => kind.kind).sort()).toEqual([
      'broadcast',
      'course',
      'course_answer',
      'course_completed',
      'course_enrolled',
      'course_followup',
      'course_moved_up',
      'course_question',
      'digest',
      'event',
      'event_followup',
      'event_invite',
      'event_moved_up',
      'event_reminder_evening',
      'event_reminder_soon',
      'followup',
      'vacancy',
    ]);
  });

  it('refuses a command word or an effect claimed by two features', () => {
    const a = defineFeature({ name: 'a', commands: { names: ['xin'] } });
    const b = defineFeature({ name: 'b', commands: { names: ['xin'] } });
    expect(() => buildRegistry([a, b])).toThrow('the command word "xin" belongs to both a and b');
    expect(() => buildRegistry([defineFeature({ name: 'x', commands: { names: ['huy'] } })])).toThrow(
      'belongs to both cancel and x',
    );
    const done = async () => ({ ok: true }) as const;
    const c = defineFeature({ name: 'c', effects: { save: done } });
    const d = defineFeature({ name: 'd', effects: { save: done } });
    expect(() => buildRegistry([c, d])).toThrow('the effect "save" belongs to both c and d');
    expect(() => buildRegistry([a, a])).toThrow('two features are named "a"');
  });
});

describe('a feature that reads more than the base context', () => {
  const needsRoles: Flow<{ roles: string[] }> = {
    steps: ['only'],
    begin: (context) => ({ kind: 'done', replies: [{ text: context.roles.join(', ') }] }),
    step: (_state, _input, context) => ({ kind: 'done', replies: [{ text: context.roles.join(', ') }] }),
  };

  it('cannot be declared without the loader that reads it (checked by the compiler: npm run typecheck)', () => {
    // @ts-expect-error -- `load` is missing: the flow reads `roles`, which only a loader can give it.
    const broken = defineFeature({ name: 'broken', flow: { ...needsRoles, data: storedAsIs } });
    const whole = defineFeature({
      name: 'whole',
      flow: { ...needsRoles, data: storedAsIs },
      load: async () => ({ roles: ['official'] }),
    });
    expect([broken.name, whole.name]).toEqual(['broken', 'whole']);
  });
});
