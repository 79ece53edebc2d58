import { describe, expect, it } from 'vitest';
import { decide, type EngineContext, type EngineInput } from '../../../src/engine/decide.ts';
import { REGISTRY } from '../../../src/features/index.ts';
import { tradeAndPlace } from '../../../src/features/shared/trade-and-place.ts';
import { DEFAULT_QUIET_HOURS } from '../../../src/kernel/quiet-hours.ts';
import type { WorkerProfile } from '../../../src/kernel/worker-profile.ts';

const context: EngineContext = {
  lang: 'vi',
  now: new Date('2026-12-07T03:00:00Z'),
  quietHours: DEFAULT_QUIET_HOURS,
  employer: null,
  menu: REGISTRY.menu,
  profile: null,
};
const registered: WorkerProfile = {
  fullName: null,
  birthYear: 1996,
  phoneE164: null,
  communeCode: '05860',
  occupations: ['garment'],
  reach: 'province',
  frequency: 'instant',
  digestHour: null,
  paused: false,
  priorityGroups: [],
  priorityConsent: false,
} as unknown as WorkerProfile;
const said = (text: string, extra: Partial<EngineInput> = {}): EngineInput => ({
  text,
  choiceId: null,
  lastChoices: null,
  stopped: false,
  ...extra,
});

describe('tradeAndPlace: what a request already says', () => {
  it.each([
    // Phổ Yên is a ward and the former town of several: the province is sure, the commune is asked
    ['tìm việc may ở Phổ Yên', { provinceCode: '19', occupations: ['garment'] }],
    ['tim viec may o pho yen', { provinceCode: '19', occupations: ['garment'] }],
    // typed with its accents, one commune is named; without them Văn Lang, Văn Lăng and Văn Lãng are several
    ['tìm việc may ở xã Văn Lăng', { communeCode: '05665', occupations: ['garment'] }],
    ['tim viec o xa van lang', {}],
    ['can viec phu ho tai thai nguyen', { provinceCode: '19', occupations: ['construction'] }],
    // "ô tô" folds like "ở": the place is after the marker that names one
    ['lái xe ô tô ở Thái Nguyên', { provinceCode: '19', occupations: ['driver'] }],
    ['lai xe o to o thai nguyen', { provinceCode: '19', occupations: ['driver'] }],
    ['tìm việc', {}],
    ['em muốn làm công nhân may ở bắc ninh nhé', { provinceCode: '24', occupations: ['garment'] }],
  ])('%s', (text, hints) => expect(tradeAndPlace(text)).toEqual(hints));
});

describe('the engine reads what a person asks for in their own words', () => {
  it('a newcomer\'s "tìm việc may ở Phổ Yên" opens the registration with the trade and place filled in', () => {
    const decision = decide(null, said('tìm việc may ở Phổ Yên'), context, REGISTRY);
    expect(decision.state).toMatchObject({
      flow: 'registration',
      step: 'consent',
      data: { communeCode: null, provinceCode: '19', occupations: ['garment'] },
    });
  });

  it('a registered worker\'s "tìm việc may ở Phổ Yên" opens the search narrowed to it', () => {
    const narrowed = {
      ...context,
      profile: registered,
      search: {
        matches: [],
        current: null,
        sharesContact: false,
        narrow: { occupations: ['garment'], communeCode: null, provinceCode: '19' },
      },
    };
    const decision = decide(null, said('tìm việc may ở Phổ Yên'), narrowed, REGISTRY);
    expect(decision.replies[0]?.text).toMatch(/^Hiện chưa có việc May.* ở Thái Nguyên\./);
  });

  it('an employer\'s "tôi muốn đăng tin tuyển người" opens posting', () => {
    const decision = decide(null, said('tôi muốn đăng tin tuyển người'), context, REGISTRY);
    expect(decision.state?.flow).toBe('posting');
  });

  it('a request that reads two ways asks which, and the choice opens it', () => {
    const decision = decide(null, said('đăng kí tìm việc'), context, REGISTRY);
    const choices = decision.replies[0]?.choices ?? [];
    expect(choices.map((choice) => choice.id)).toEqual(['intent.register', 'intent.find_job']);
    expect(decision.state).toBeNull();
    const chosen = decide(null, said('1', { choiceId: 'intent.register' }), context, REGISTRY);
    expect(chosen.state).toMatchObject({ flow: 'registration', step: 'consent' });
  });

  it('stopping in a sentence is confirmed first; "no" keeps the messages coming', () => {
    const asked = decide(null, said('ko muốn nhận tin nữa'), context, REGISTRY);
    expect(asked.effects).toEqual([]);
    expect(asked.replies[0]?.choices?.map((choice) => choice.id)).toEqual(['intent.stop.yes', 'intent.stop.no']);
    expect(decide(null, said('1', { choiceId: 'intent.stop.yes' }), context, REGISTRY).effects).toEqual([
      { kind: 'stop_messages' },
    ]);
    expect(decide(null, said('2', { choiceId: 'intent.stop.no' }), context, REGISTRY).effects).toEqual([]);
  });

  it('a question answered with a clearly different request leaves for it; a plain wrong answer stays', () => {
    const atBirthYear = { flow: 'registration', step: 'birth_year', data: {}, misses: 0 };
    const left = decide(atBirthYear, said('tôi muốn đăng tin tuyển người'), context, REGISTRY);
    expect(left.state?.flow).toBe('posting');
    const stayed = decide(atBirthYear, said('không biết'), context, REGISTRY);
    expect(stayed.state).toMatchObject({ flow: 'registration', step: 'birth_year', misses: 1 });
  });

  it("a programme asked about gets a pointer with where to go, from the person's commune", () => {
    const decision = decide(null, said('vay vốn'), { ...context, profile: registered }, REGISTRY);
    expect(decision.replies[0]?.text).toContain('Ngân hàng Chính sách xã hội');
    expect(decision.replies[0]?.text).toContain('UBND Phường Phổ Yên');
    expect(decision.replies[0]?.text).toContain('Thông tin tham khảo');
  });

  it('idle words still get the menu', () => {
    const decision = decide(null, said('ok ạ'), context, REGISTRY);
    expect(decision.replies[0]?.text).toBe('Mình chưa hiểu ý bạn. Bạn chọn một mục bên dưới nhé.');
  });
});
