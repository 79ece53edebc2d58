import { describe, expect, it } from 'vitest';
import { decide, type EngineInput } from '../../../src/engine/decide.ts';
import type { Flow, FlowState } from '../../../src/engine/types.ts';
import {
  answerFollowup,
  followupChoiceId,
  followupChoices,
  parseFollowupChoice,
} from '../../../src/features/followup/answer.ts';
import { DEFAULT_QUIET_HOURS } from '../../../src/kernel/quiet-hours.ts';
import type { Context } from '../../../src/features/followup/context.ts';
import { HOME_MENU } from '../../harness/home-menu.ts';
import { defineFeature } from '../../../src/engine/feature.ts';
import { buildRegistry } from '../../../src/engine/registry.ts';
import { storedAsIs } from '../../harness/stored-as-is.ts';
import { followupFeature } from '../../../src/features/followup/index.ts';

describe('follow-up choice ids', () => {
  it.each([
    ['followup.hired.42', { answer: 'hired', applicationId: 42 }],
    ['followup.not_hired.7', { answer: 'not_hired', applicationId: 7 }],
    ['followup.waiting.123456789', { answer: 'waiting', applicationId: 123456789 }],
    ['followup.maybe.1', null],
    ['followup.hired.', null],
    ['followup.hired.-1', null],
    ['followup.hired.1.2', null],
    ['alert.interested.1', null],
    ['menu.search', null],
    [null, null],
  ] as const)('%j → %j', (id, expected) => {
    expect(parseFollowupChoice(id)).toEqual(expected);
  });

  it('round-trips, fits Telegram callback data, numbered 1 hired, 2 not, 3 waiting', () => {
    const choices = followupChoices('vi', 987654321);
    expect(choices).toEqual([
      { id: 'followup.hired.987654321', label: 'Đã được nhận' },
      { id: 'followup.not_hired.987654321', label: 'Chưa / không được' },
      { id: 'followup.waiting.987654321', label: 'Đang chờ trả lời' },
    ]);
    for (const c of choices) {
      expect(Buffer.byteLength(c.id)).toBeLessThanOrEqual(64);
      expect(parseFollowupChoice(c.id)?.applicationId).toBe(987654321);
    }
    expect(followupChoiceId('waiting', 5)).toBe('followup.waiting.5');
    expect(followupChoices('en', 1).map((c) => c.label)).toEqual([
      'Yes, I was hired',
      'Not yet / no',
      'Still waiting for an answer',
    ]);
  });
});

describe('answerFollowup', () => {
  it.each([
    ['followup.hired.9', 'hired', /Chúc mừng[\s\S]*không nộp bất kỳ khoản phí/],
    ['followup.not_hired.9', 'not_hired', /Cảm ơn bạn đã cho biết/],
    ['followup.waiting.9', 'waiting', /Chúc bạn sớm có tin vui/],
  ] as const)('%s records %s and thanks', (id, answer, text) => {
    const result = answerFollowup(id, 'vi')!;
    expect(result.effects).toEqual([{ kind: 'record_followup', applicationId: 9, answer }]);
    expect(result.replies[0]!.text).toMatch(text);
  });

  it('"not hired" offers job search; other choices are not answers', () => {
    expect(answerFollowup('followup.not_hired.3', 'vi')!.replies[0]!.choices).toEqual([
      { id: 'menu.search', label: 'Tìm việc khác' },
    ]);
    expect(answerFollowup('search.more', 'vi')).toBeNull();
    expect(answerFollowup(null, 'vi')).toBeNull();
  });
});

describe('the engine acts on a follow-up answer from anywhere', () => {
  const never: Flow = {
    steps: ['name', 'x'],
    begin: () => ({ kind: 'done', replies: [{ text: 'begin' }] }),
    step: () => ({
      kind: 'continue',
      replies: [{ text: 'flow step' }],
      state: { flow: 'registration', step: 'x', data: {}, misses: 0 },
    }),
  };
  const context: Context = {
    lang: 'vi',
    now: new Date('2026-11-28T03:00:00Z'),
    quietHours: DEFAULT_QUIET_HOURS,
    employer: null,
    menu: HOME_MENU,
    profile: null,
  };
  // A registration that must never run, and the real follow-up feature.
  const registry = buildRegistry([
    defineFeature({ name: 'registration', flow: { ...never, data: storedAsIs } }),
    followupFeature,
  ]);
  const input = (extra: Partial<EngineInput>): EngineInput => ({
    text: '1',
    choiceId: null,
    lastChoices: null,
    stopped: false,
    ...extra,
  });
  const inFlow: FlowState = { flow: 'registration', step: 'name', data: { a: 1 }, misses: 1 };

  it.each([
    ['outside any flow', null],
    ['in the middle of a flow (which it leaves, like a menu choice)', inFlow],
  ])('%s', (_, stored) => {
    const decision = decide(stored, input({ choiceId: 'followup.hired.42' }), context, registry);
    expect(decision.effects).toEqual([{ kind: 'record_followup', applicationId: 42, answer: 'hired' }]);
    expect(decision.state).toBeNull();
    expect(decision.replies[0]!.text).toContain('Chúc mừng');
  });

  it('commands still come first', () => {
    const decision = decide(inFlow, input({ text: '/huy', choiceId: 'followup.hired.42' }), context, registry);
    expect(decision.effects).toEqual([]);
  });
});
