import { describe, expect, it } from 'vitest';
import type { Choice } from '../../../src/kernel/message.ts';
import { resolveChoice } from '../../../src/kernel/choices.ts';
import { t } from '../../../src/features/search/messages.ts';
import { ANSWER_LIMIT, answerLength, answerLimit, isLongerThan } from '../../../src/engine/answer-limit.ts';
import { decide, type EngineDecision } from '../../../src/engine/decide.ts';
import type { FlowState } from '../../../src/engine/types.ts';
import type { SearchVacancy } from '../../../src/features/search/context.ts';
import { HOME_MENU, HOME_MENU_IDS } from '../../harness/home-menu.ts';
import { REGISTRY } from '../../../src/features/index.ts';
import { EMPTY as POSTING_EMPTY } from '../../../src/features/posting/data.ts';
import { t as registrationT } from '../../../src/features/registration/messages.ts';
import { QUESTIONS, question } from '../../../src/features/registration/questions.ts';
import { DEFAULT_QUIET_HOURS } from '../../../src/kernel/quiet-hours.ts';
import { type AnyFlowContext, flowsByName } from './flow-walk.ts';
import { menuChoices } from '../../../src/engine/home.ts';

/**
 * Every typed answer has a limit (src/engine/answer-limit.ts): 200 characters, or the step's own where
 * the answer is naturally long. A longer one is refused by the engine before the step reads it, with the limit
 * and the question again; nothing is saved and the misses stay as they were.
 */
const NOW = new Date('2026-11-20T03:00:00Z');
const worker: AnyFlowContext = {
  lang: 'vi',
  now: NOW,
  quietHours: DEFAULT_QUIET_HOURS,
  employer: null,
  menu: HOME_MENU,
  profile: null,
};
const official = (lang: 'vi' | 'en' = 'vi'): AnyFlowContext => ({
  lang,
  now: NOW,
  quietHours: DEFAULT_QUIET_HOURS,
  employer: null,
  menu: HOME_MENU,
  profile: null,
  roles: [{ role: 'official', regionCode: '08' }],
});

/** The engine as the pipeline drives it: a typed answer is first mapped to the choices last shown. */
function send(
  state: FlowState | null,
  text: string,
  context: AnyFlowContext,
  shown: readonly Choice[] = [],
): EngineDecision {
  const choiceId = shown.length > 0 ? resolveChoice(text, shown) : null;
  return decide(state, { text, choiceId, lastChoices: shown, stopped: false }, context, REGISTRY);
}

const birthYear: FlowState = { flow: 'registration', step: 'birth_year', data: {}, misses: 1 };
const tooLong = (length: number, max: number, lang: 'vi' | 'en' = 'vi'): string =>
  t(lang, 'engine.too_long', { length, max });

describe('answerLength / isLongerThan', () => {
  it.each([
    ['', 0],
    ['Mèo Vạc', 7],
    ['😀😀', 2], // surrogate pairs count once
    ['a\u0301\u0301', 3], // combining marks count each
    ['\ud800x', 2], // a lone surrogate is one character
    ['  ', 2],
  ])('%j has %i characters', (text, length) => {
    expect(answerLength(text)).toBe(length);
    expect(isLongerThan(text, length)).toBe(false);
    expect(isLongerThan(`${text}x`, length)).toBe(true);
  });

  it('is 200 characters unless the flow says otherwise for the step', () => {
    expect(ANSWER_LIMIT).toBe(200);
    expect(answerLimit(REGISTRY.flow('registration'), 'name')).toBe(200);
    expect(answerLimit(REGISTRY.flow('posting'), 'requirements')).toBe(300);
    expect(answerLimit(REGISTRY.flow('broadcast'), 'text')).toBe(1000);
    expect(answerLimit(REGISTRY.flow('broadcast'), 'recent')).toBe(1000);
    expect(answerLimit(REGISTRY.flow('broadcast'), 'targets')).toBe(400);
    expect(answerLimit(undefined, undefined)).toBe(200);
  });

  it("a flow's own limits are for its own steps, longer than the default, and at most 1,000 (with a heading, one Zalo message of 2,000)", () => {
    for (const [name, flow] of Object.entries(flowsByName(REGISTRY))) {
      for (const [step, limit] of Object.entries(flow.answerLimits ?? {})) {
        expect(flow.steps, `${name}.${step}`).toContain(step);
        expect(limit).toBeGreaterThan(ANSWER_LIMIT);
        expect(limit).toBeLessThanOrEqual(1000);
      }
    }
  });
});

describe('an answer longer than the step takes', () => {
  it('is refused before the step reads it: the limit, then the question again; nothing saved, misses as they were', () => {
    const decision = send(birthYear, `1998 ${'x'.repeat(4091)}`, worker);
    expect(decision.replies).toEqual([
      {
        ...question('vi', QUESTIONS.birth_year),
        text: 'Câu trả lời dài quá (4.096 ký tự, tối đa 200 ký tự). Bạn viết ngắn lại giúp mình nhé.',
      },
    ]);
    expect(decision.state).toEqual(birthYear);
    expect(decision.effects).toEqual([]);
  });

  it('at exactly the limit still reaches the step (a miss of its own, counted); one more character does not', () => {
    const at = send(birthYear, 'x'.repeat(200), worker);
    expect(at.replies[0]!.text).toBe(registrationT('vi', 'registration.birth.miss'));
    expect(at.state?.misses).toBe(2);
    const over = send(birthYear, 'x'.repeat(201), worker);
    expect(over.replies[0]!.text).toBe(tooLong(201, 200));
    expect(over.state?.misses).toBe(1);
  });

  it('counts characters, not UTF-16 units: 200 emoji reach the step, "a" with 200 accents does not', () => {
    expect(send(birthYear, '😀'.repeat(200), worker).replies[0]!.text).toBe(
      registrationT('vi', 'registration.birth.miss'),
    );
    expect(send(birthYear, `a${'\u0301'.repeat(200)}`, worker).replies[0]!.text).toBe(tooLong(201, 200));
  });

  it('does not count as a miss: two misses, a long answer, then the next wrong answer is the third (the menu is offered)', () => {
    const first = send({ ...birthYear, misses: 0 }, 'abc', worker);
    const second = send(first.state, 'def', worker);
    const long = send(second.state, 'y'.repeat(500), worker);
    expect(long.state).toEqual(second.state);
    expect(long.replies).toHaveLength(1);
    const third = send(long.state, 'ghi', worker);
    expect(third.replies).toHaveLength(2);
    expect(third.replies[1]!.choices?.map((c) => c.id)).toEqual([...HOME_MENU_IDS]);
    expect(third.state?.misses).toBe(0);
  });

  it('is not taken for a choice it folds to ("1" with 300 accents at the consent question): no consent recorded', () => {
    const consent: FlowState = { flow: 'registration', step: 'consent', data: {}, misses: 0 };
    const shown = question('vi', QUESTIONS.consent).choices ?? [];
    const decision = send(consent, `1${'\u0301'.repeat(300)}`, worker, shown);
    expect(decision.effects).toEqual([]);
    expect(decision.state).toEqual(consent);
    expect(decision.replies).toEqual([{ ...question('vi', QUESTIONS.consent), text: tooLong(301, 200) }]);
  });

  it('outside any flow: the menu again, and a menu number hidden in it starts nothing', () => {
    const menu = menuChoices('vi', HOME_MENU);
    const decision = send(null, `1${'\u0301'.repeat(300)}`, worker, menu);
    expect(decision.state).toBeNull();
    expect(decision.effects).toEqual([]);
    expect(decision.replies[0]!.text).toBe(t('vi', 'home.not_understood'));
    expect(decision.replies[0]!.choices?.map((c) => c.id)).toEqual([...HOME_MENU_IDS]);
  });

  it('where the step has no question line of its own, the note comes before its reprompt (a phone after "Quan tâm")', () => {
    const vacancy: SearchVacancy = {
      id: 3,
      employerName: 'May Phổ Yên',
      employerVerified: true,
      title: 'Công nhân may',
      occupation: 'garment',
      communeCode: '05443',
      headcount: 10,
      wageRaw: '7-9 triệu/tháng',
      requirements: null,
      deadline: '2026-12-31',
      contact: '0208 3850 123',
      overseas: false,
      interested: false,
    };
    const phone: FlowState = { flow: 'search', step: 'phone', data: { page: 0, current: 3 }, misses: 0 };
    const context: AnyFlowContext = {
      lang: 'en',
      now: NOW,
      quietHours: DEFAULT_QUIET_HOURS,
      employer: null,
      menu: HOME_MENU,
      profile: null,
      search: { matches: [vacancy], current: vacancy, sharesContact: false },
    };
    const decision = send(phone, '0'.repeat(250), context);
    expect(decision.replies).toEqual([{ text: `${tooLong(250, 200, 'en')}\n${t('en', 'search.phone_miss')}` }]);
    expect(decision.state).toEqual(phone);
  });
});

describe('steps whose answer is naturally long', () => {
  const requirements: FlowState = {
    flow: 'posting',
    step: 'requirements',
    data: {
      ...POSTING_EMPTY,
      employerName: 'May Phổ Yên',
      title: 'Công nhân may',
      occupation: 'garment',
      communeCode: '05443',
      headcount: 10,
      wageRaw: '7-9 triệu/tháng',
      wageConfirmed: true,
    },
    misses: 0,
  };

  it("a vacancy's requirements: up to 300 characters (the bound the flow and the CSV import keep)", () => {
    const fits = send(requirements, 'Nữ 18-35 tuổi, '.repeat(20), worker);
    expect(fits.state?.step).toBe('deadline');
    const over = send(requirements, 'x'.repeat(301), worker);
    expect(over.replies[0]!.text).toBe(tooLong(301, 300));
    expect(over.state).toEqual(requirements);
  });

  it("a broadcast's text: up to 1,000 characters, in the official's language", () => {
    const text: FlowState = { flow: 'broadcast', step: 'text', data: {}, misses: 0 };
    expect(send(text, 'Phiên giao dịch việc làm. '.repeat(38) + 'x'.repeat(12), official()).state?.step).toBe(
      'targets',
    );
    const over = send(text, 'x'.repeat(1001), official('en'));
    expect(over.replies[0]!.text).toBe(
      'That answer is too long (1,001 characters, at most 1,000). Please write it shorter.',
    );
    expect(over.state).toEqual(text);
  });
});
