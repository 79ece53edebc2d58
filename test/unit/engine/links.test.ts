import { describe, expect, it } from 'vitest';
import { decide, type EngineContext, type EngineInput } from '../../../src/engine/decide.ts';
import { linkedChoice } from '../../../src/engine/links.ts';
import { REGISTRY } from '../../../src/features/index.ts';
import type { SearchContext, SearchVacancy } from '../../../src/features/search/context.ts';
import { DEFAULT_QUIET_HOURS } from '../../../src/kernel/quiet-hours.ts';
import type { WorkerProfile } from '../../../src/kernel/worker-profile.ts';
import { HOME_MENU } from '../../harness/home-menu.ts';

const PROFILE: WorkerProfile = {
  fullName: null,
  birthYear: 1995,
  phoneE164: null,
  communeCode: '05860',
  occupations: ['garment'],
  reach: 'province',
  frequency: 'instant',
  digestHour: null,
};
const VACANCY: SearchVacancy = {
  id: 12,
  employerName: 'Công ty TNHH May Phổ Yên',
  employerVerified: true,
  title: 'Công nhân may',
  occupation: 'garment',
  communeCode: '05860',
  headcount: 10,
  wageRaw: '7-9 triệu/tháng',
  requirements: null,
  deadline: '2026-12-31',
  contact: '0208 3850 123',
  overseas: false,
  interested: false,
};
const search: SearchContext = { matches: [VACANCY], current: VACANCY, sharesContact: false, narrow: null };

function context(profile: WorkerProfile | null): EngineContext {
  const base: EngineContext = {
    lang: 'vi',
    now: new Date('2026-11-20T03:00:00Z'),
    quietHours: DEFAULT_QUIET_HOURS,
    employer: null,
    menu: HOME_MENU,
    profile,
  };
  return Object.assign(base, { search });
}
const input = (text: string, stopped = false): EngineInput => ({ text, choiceId: null, lastChoices: null, stopped });
const say = (text: string, profile: WorkerProfile | null = null, stopped = false) =>
  decide(null, input(text, stopped), context(profile), REGISTRY);
const texts = (decision: ReturnType<typeof say>) => decision.replies.map((reply) => reply.text).join('\n');

describe('registration links and short codes, new person', () => {
  it.each([
    ['/start c05860', { communeCode: '05860', occupations: [] }],
    ['/start c05860_omay', { communeCode: '05860', occupations: ['garment'] }],
    ['/start@KetNoiViecLamBot c05860_omay', { communeCode: '05860', occupations: ['garment'] }],
    ['DK 05860', { communeCode: '05860', occupations: [] }],
    ['đk 05860 may', { communeCode: '05860', occupations: ['garment'] }],
    ['/start c05860_v12', { communeCode: '05860', occupations: [], vacancyId: 12 }],
  ])('%j begins registration at consent, with %j filled in', (text, filled) => {
    const decision = say(text);
    expect(decision.state).toMatchObject({ flow: 'registration', step: 'consent', data: filled });
    expect(decision.effects).toEqual([]);
  });

  it('brings back the messages of a person who had stopped them', () => {
    expect(say('/start c05860', null, true).effects).toEqual([{ kind: 'resume_messages' }]);
  });

  it.each([
    ['/start c99999', 'Mình không đọc được mã đăng ký này'],
    ['/start xyz', 'Mình không đọc được mã đăng ký này'],
    ['DK 99999', 'Mình không đọc được mã đăng ký này'],
  ])('%j: a short polite line, then the welcome', (text, line) => {
    const decision = say(text);
    expect(decision.state).toBeNull();
    expect(decision.replies[0]?.text).toContain(line);
    expect(decision.replies[1]?.choices?.[0]?.id).toBe('menu.register');
  });

  // Issue 14: an event's link registers for it (event-registration); with no loader here the event reads as not found.
  it.each(['/start f3', '/start c05860_f3'])('%j answers through event registration', (text) => {
    const decision = say(text);
    expect(decision.state).toBeNull();
    expect(decision.replies[0]?.text).toContain('Không tìm thấy phiên này');
  });

  it('a plain /start and an invite code are not links', () => {
    expect(say('/start').replies).toHaveLength(1);
    expect(say('/start ABCD-EFGH').replies).toHaveLength(1);
    expect(say('/start v1234567').replies).toHaveLength(1);
  });
});

describe('registration links, registered person', () => {
  it.each(['/start c00769_oxkld', 'DK 00769 may'])('%j keeps the profile: a line and the menu', (text) => {
    const decision = say(text, PROFILE);
    expect(decision.state).toBeNull();
    expect(decision.effects).toEqual([]);
    expect(texts(decision)).toContain('hồ sơ của bạn vẫn giữ nguyên');
  });

  it("a vacancy link opens the vacancy's card with job search's answers", () => {
    const decision = say('/start c05860_v12', PROFILE);
    expect(decision.state).toMatchObject({ flow: 'search', step: 'detail', data: { current: 12 } });
    expect(texts(decision)).toContain('Công nhân may');
    expect(decision.replies[0]?.choices?.map((choice) => choice.id)).toEqual([
      'search.interested',
      'search.not_suitable',
      'search.report',
      'search.back',
    ]);
  });

  it('the engine loads that vacancy as the answer that opens it', () => {
    expect(linkedChoice('/start c05860_v12', REGISTRY.commands)).toBe('alert.open.12');
    expect(linkedChoice('/start c05860', REGISTRY.commands)).toBeNull();
    expect(linkedChoice('DK 05860', REGISTRY.commands)).toBeNull();
  });
});

describe('from a link to confirmed, counting what the person sends', () => {
  /** Drives the engine as run.ts does: the state and the choices last offered carry over. */
  function walk(script: readonly string[]) {
    let state: ReturnType<typeof say>['state'] = null;
    let lastChoices: EngineInput['lastChoices'] = null;
    let last = say(script[0] ?? '');
    for (const text of script) {
      last = decide(state, { ...input(text), lastChoices }, context(null), REGISTRY);
      state = last.state;
      lastChoices = [...last.replies].reverse().find((reply) => reply.choices?.length)?.choices ?? lastChoices;
    }
    return last;
  }
  const saved = (decision: ReturnType<typeof say>) =>
    decision.effects.some((effect) => effect.kind === 'save_worker_profile');

  it.each([
    [['DK 05860', '1', '1995', '2', '2', '1'], 6],
    [['DK 05860 may', '1', '1995', '2', '1'], 5],
    [['/start c05860_omay', '1', '1995', '2', '1'], 5],
  ])('%j: confirmed after %i messages', (script, count) => {
    expect(script).toHaveLength(count);
    const end = walk(script);
    expect(saved(end)).toBe(true);
    expect(end.effects).toContainEqual({
      kind: 'save_worker_profile',
      profile: expect.objectContaining({ communeCode: '05860' }),
    });
  });

  it('with a vacancy: once saved, the vacancy is offered instead of the optional questions', () => {
    const end = walk(['/start c05860_omay_v12', '1', '1995', '2', '1']);
    expect(saved(end)).toBe(true);
    expect(end.state).toBeNull();
    expect(end.replies.at(-1)?.text).toContain('tin tuyển dụng số 12');
    expect(end.replies.at(-1)?.choices).toEqual([{ id: 'alert.open.12', label: 'Xem tin tuyển dụng này' }]);
  });
});
