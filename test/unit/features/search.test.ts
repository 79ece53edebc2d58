import { describe, expect, it } from 'vitest';

import type { SearchVacancy } from '../../../src/features/search/context.ts';
import type { WorkerProfile } from '../../../src/kernel/worker-profile.ts';
import { parseAlertChoice } from '../../../src/kernel/vacancy/alert-choices.ts';
import { decide } from '../../../src/engine/decide.ts';
import { REGISTRY } from '../../../src/features/index.ts';
import { searchFlow } from '../../../src/features/search/flow.ts';
import { lastMessage, render, walkFlow } from '../engine/flow-walk.ts';
import { DEFAULT_QUIET_HOURS } from '../../../src/kernel/quiet-hours.ts';
import type { Context } from '../../../src/features/search/context.ts';
import { HOME_MENU } from '../../harness/home-menu.ts';

const NOW = new Date('2026-11-20T03:00:00Z');
const vacancy = (id: number, extra: Partial<SearchVacancy> = {}): SearchVacancy => ({
  id,
  employerName: 'Công ty TNHH May Phổ Yên',
  employerVerified: id === 1,
  title: `Công nhân may ${id}`,
  occupation: 'garment',
  communeCode: '05443',
  headcount: 10,
  wageRaw: '7-9 triệu/tháng',
  requirements: null,
  deadline: '2026-12-31',
  contact: '0208 3850 123',
  overseas: false,
  interested: false,
  ...extra,
});
const SEVEN = [1, 2, 3, 4, 5, 6, 7].map((id) => vacancy(id));
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
const context = (
  options: {
    matches?: SearchVacancy[];
    current?: SearchVacancy | null;
    sharesContact?: boolean;
    profile?: WorkerProfile | null;
    lang?: 'vi' | 'en';
  } = {},
): Context => ({
  quietHours: DEFAULT_QUIET_HOURS,
  employer: null,
  menu: HOME_MENU,
  lang: options.lang ?? 'vi',
  now: NOW,
  profile: options.profile === undefined ? PROFILE : options.profile,
  search: {
    matches: options.matches ?? SEVEN,
    current: options.current === undefined ? vacancy(3) : options.current,
    sharesContact: options.sharesContact ?? false,
  },
});

describe('search flow (/timviec)', () => {
  it('asks someone without a profile to register, with the menu choice that starts it', () => {
    const walk = walkFlow(searchFlow, [], context({ profile: null }));
    expect(walk.final.kind).toBe('done');
    expect(lastMessage(walk).choices).toEqual([{ id: 'menu.register', label: 'Đăng ký nhận tin việc làm' }]);
  });

  it('says honestly when nothing matches', () => {
    expect(render(lastMessage(walkFlow(searchFlow, [], context({ matches: [] }))))).toContain(
      'Hiện chưa có việc nào hợp với bạn',
    );
  });

  it.each([
    // script, fragment of the last message, state step
    [[], 'Có 7 việc hợp với bạn (tin 1–5)', 'list'],
    [['6'], 'Có 7 việc hợp với bạn (tin 6–7)', 'list'],
    [['6', '3'], 'Có 7 việc hợp với bạn (tin 1–5)', 'list'], // "more" after the last page wraps to the start
    [['3'], '⚠️ Không nộp bất kỳ khoản phí nào', 'detail'],
    [['3', '4'], 'tin 1–5', 'list'],
    [['3', '1'], 'Bạn có đồng ý gửi tên và số điện thoại', 'share'],
    [['3', '1', '1'], 'Bạn gõ số điện thoại', 'phone'],
    [['3', '3'], 'dấu hiệu lừa đảo', 'report'],
    [['3', '3', '2'], 'Quan tâm', 'detail'],
    [['abc'], 'Bạn gõ số của tin muốn xem', 'list'],
    [['3', 'xyz'], 'Bạn gõ 1 nếu quan tâm', 'detail'],
  ] as const)('%j → %j', (script, fragment, step) => {
    const walk = walkFlow(searchFlow, script, context());
    expect(render(lastMessage(walk))).toContain(fragment);
    expect(walk.state?.step).toBe(step);
  });

  it('lists 5 per page with the wage read back and a "more" choice', () => {
    const text = render(lastMessage(walkFlow(searchFlow, [], context())));
    expect(text).toContain('1. Công nhân may 1 · ');
    expect(text).toContain('5. Công nhân may 5');
    expect(text).toContain('6. Xem thêm');
    expect(text).not.toContain('Công nhân may 6');
  });

  it('shows the detail card as alerts do: verified mark, place, wage, headcount, deadline, contact, no-fee line', () => {
    const walk = walkFlow(searchFlow, ['1'], context({ current: vacancy(1) }));
    const text = render(lastMessage(walk));
    expect(text).toContain('Công nhân may 1 — Công ty TNHH May Phổ Yên ✅ Đã xác minh');
    expect(text).toMatch(/Cần 10 người/);
    expect(text).toContain('☎️ 0208 3850 123');
    expect(text).toMatch(/1\. Quan tâm\n2\. Không phù hợp\n3\. Báo lừa đảo\n4\. Quay lại danh sách/);
  });

  it('adds the licensed-company advice to overseas work', () => {
    const overseas = vacancy(3, { overseas: true });
    expect(
      render(
        lastMessage(
          walkFlow(
            searchFlow,
            ['3'],
            context({ matches: SEVEN.map((v) => (v.id === 3 ? overseas : v)), current: overseas }),
          ),
        ),
      ),
    ).toContain('dolab.gov.vn');
  });

  it('interest with consent and a typed phone: one effect carrying the normalised number', () => {
    const walk = walkFlow(searchFlow, ['3', '1', '1', '0912 345 678'], context());
    expect(walk.effects).toEqual([
      { kind: 'record_interest', vacancyId: 3, share: true, phoneE164: '+84912345678', fullName: null },
    ]);
    expect(render(walk.messages.at(-2)!)).toContain('Nhà tuyển dụng sẽ liên hệ bạn');
    expect(walk.state?.step).toBe('list');
  });

  it('a wrong phone is asked again, nothing recorded', () => {
    const walk = walkFlow(searchFlow, ['3', '1', '1', '12345'], context());
    expect(walk.final.kind).toBe('miss');
    expect(walk.effects).toEqual([]);
  });

  it('interest without sharing records the application only', () => {
    const walk = walkFlow(searchFlow, ['3', '1', '2'], context());
    expect(walk.effects).toEqual([
      { kind: 'record_interest', vacancyId: 3, share: false, phoneE164: null, fullName: null },
    ]);
    expect(render(walk.messages.at(-2)!)).toContain('Bạn liên hệ nhà tuyển dụng: 0208 3850 123');
  });

  it('someone who agreed before and has a phone is not asked again', () => {
    const walk = walkFlow(
      searchFlow,
      ['3', '1'],
      context({ sharesContact: true, profile: { ...PROFILE, phoneE164: '+84912345678' } }),
    );
    expect(walk.effects).toEqual([
      { kind: 'record_interest', vacancyId: 3, share: true, phoneE164: null, fullName: null },
    ]);
  });

  it('"not suitable" removes it from the list at once', () => {
    const walk = walkFlow(searchFlow, ['3', '2'], context());
    expect(walk.effects).toEqual([{ kind: 'mark_not_suitable', vacancyId: 3 }]);
    expect(render(lastMessage(walk))).toContain('Có 6 việc');
    expect(render(lastMessage(walk))).not.toContain('Công nhân may 3 ·');
  });

  it('a scam report is confirmed once, then recorded', () => {
    const walk = walkFlow(searchFlow, ['3', '3', '1'], context());
    expect(walk.effects).toEqual([{ kind: 'report_scam', vacancyId: 3 }]);
    expect(render(walk.messages.at(-2)!)).toContain('Cảm ơn bạn đã báo');
  });

  it('a vacancy that closed meanwhile is said to be gone', () => {
    const walk = walkFlow(searchFlow, ['3', '1'], context({ current: null }));
    expect(render(walk.messages.at(-2)!)).toContain('không còn nhận người');
    expect(walk.effects).toEqual([]);
  });

  it('renders in English', () => {
    expect(render(lastMessage(walkFlow(searchFlow, ['3'], context({ lang: 'en' }))))).toMatch(
      /1\. Interested\n2\. Not for me\n3\. Report a scam/,
    );
  });
});

describe('answers to a vacancy alert', () => {
  const input = (choiceId: string) => ({ text: '1', choiceId, lastChoices: null, stopped: false });
  it.each([
    ['alert.interested.3', 'Bạn có đồng ý gửi tên và số điện thoại', 'share', []],
    ['alert.not_suitable.3', 'Đã bỏ tin này', 'list', [{ kind: 'mark_not_suitable', vacancyId: 3 }]],
    ['alert.report.3', 'dấu hiệu lừa đảo', 'report', []],
  ] as const)('%s acts on that vacancy from anywhere', (choiceId, fragment, step, effects) => {
    const decision = decide(
      { flow: 'posting', step: 'title', data: {}, misses: 0 },
      input(choiceId),
      context(),
      REGISTRY,
    );
    expect(decision.replies.map(render).join('\n')).toContain(fragment);
    expect(decision.state?.step).toBe(step);
    expect(decision.effects).toEqual(effects);
  });

  it('a vacancy closed since the alert is said to be gone', () => {
    const decision = decide(null, input('alert.interested.3'), context({ current: null }), REGISTRY);
    expect(decision.replies.map(render).join('\n')).toContain('không còn nhận người');
  });

  it.each(['alert.interested.', 'alert.apply.3', 'alert.interested.3x', 'menu.x'])(
    '%j is not an alert answer',
    (id) => {
      expect(parseAlertChoice(id)).toBeNull();
    },
  );
});
