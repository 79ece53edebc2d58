import { describe, expect, it } from 'vitest';
import type { Choice, OutboundMessage } from '../../../src/kernel/message.ts';
import type { Period } from '../../../src/kernel/periods.ts';
import type { FunnelCounts } from '../../../src/reporting/funnel.ts';
import type { FlowState, StepResult } from '../../../src/engine/types.ts';
import type { StatsFigures } from '../../../src/features/stats/context.ts';
import { periodAsked, statsFlow } from '../../../src/features/stats/flow.ts';
import { engineInput, render, type Answer } from '../engine/flow-walk.ts';
import { DEFAULT_QUIET_HOURS } from '../../../src/kernel/quiet-hours.ts';
import type { Context } from '../../../src/features/stats/context.ts';
import { HOME_MENU } from '../../harness/home-menu.ts';

// 2026-11-20 10:00 in Vietnam.
const NOW = new Date('2026-11-20T03:00:00Z');
const FUNNEL: FunnelCounts = {
  registered: 12,
  totalAtEnd: 1234,
  activeAtEnd: 1200,
  stopped: 3,
  deleted: 1,
  counselled: 15,
  vacanciesApproved: 3,
  headcountApproved: 45,
  employers: 2,
  alertsDelivered: 5678,
  interested: 2,
  introduced: 0,
  hired: 4,
  broadcasts: 2,
  broadcastReach: 3,
  broadcastReplies: 1,
  events: 3,
  meetingAttendees: 120,
  trainingWanted: 9,
  signedUp: 8,
  enrolled: 7,
  completed: 3,
  workingInTrade: 0,
};

/**
 * Drives the flow as the engine does, with a stand-in for its loader: before each message the period that
 * message asks for is read with the flow's own `periodAsked`, and figures for exactly that period are given.
 */
function converse(
  opening: string,
  answers: Answer[],
  options: { lang?: 'vi' | 'en'; official?: boolean; funnel?: Partial<FunnelCounts> } = {},
) {
  const lang = options.lang ?? 'vi';
  const roles =
    options.official === false
      ? [{ role: 'employer' as const, regionCode: null }]
      : [{ role: 'official' as const, regionCode: '19' }];
  const context = (state: FlowState | null, text: string | null, choiceId: string | null): Context => {
    const ask = periodAsked(state, { text, choiceId }, NOW, lang);
    const counted: Period | null =
      ask.kind === 'period'
        ? ask.period
        : state === null
          ? { kind: 'month', from: '2026-11-01', to: '2026-11-30' }
          : null;
    const stats: StatsFigures | null =
      counted === null
        ? null
        : {
            area: 'Thái Nguyên',
            period: counted,
            funnel: { ...FUNNEL, ...options.funnel },
            pendingVacancies: 2,
            unread: ask.kind === 'unread' ? ask.typed : null,
          };
    return {
      lang,
      now: NOW,
      quietHours: DEFAULT_QUIET_HOURS,
      employer: null,
      menu: HOME_MENU,
      profile: null,
      roles,
      stats,
    };
  };
  const results: StepResult[] = [statsFlow.begin(context(null, opening, null))];
  const messages: OutboundMessage[] = [];
  let state: FlowState | null = null;
  let shown: Choice[] = [];
  const take = (result: StepResult) => {
    if (result.kind === 'miss') {
      messages.push(result.reprompt);
      shown = result.reprompt.choices ?? [];
      return;
    }
    messages.push(...result.replies);
    shown = result.replies.at(-1)?.choices ?? [];
    state = result.kind === 'continue' ? result.state : null;
  };
  take(results[0]!);
  for (const answer of answers) {
    if (state === null) throw new Error('the flow ended early');
    const input = engineInput(answer, shown);
    const result = statsFlow.step(state, input, context(state, input.text, input.choiceId));
    results.push(result);
    take(result);
  }
  return { results, messages, last: render(messages.at(-1)!), final: results.at(-1)! };
}

describe('stats flow (/thongke)', () => {
  it('refuses anyone without an official or admin role', () => {
    const walk = converse('/thongke', [], { official: false });
    expect(walk.final.kind).toBe('done');
    expect(walk.last).toContain('dành cho cán bộ');
  });

  it('shows the funnel of this month for the area, people counts under 5 as "dưới 5", and the other periods by number', () => {
    expect(converse('/thongke', []).last).toBe(
      [
        '📊 Số liệu địa bàn Thái Nguyên, tháng 11/2026:',
        'Người đăng ký mới: 12 (tổng đến cuối kỳ: 1.234)',
        'Được tư vấn: 15',
        'Tin việc đã gửi tới người lao động: 5.678',
        'Người bấm "Quan tâm": dưới 5',
        'Được giới thiệu việc làm: 0',
        'Kết nối thành công: dưới 5',
        'Tin được duyệt: 3, cần tuyển 45 người',
        'Thông báo đã phát: 2, tới 3 lượt người nhận',
        'Phiên việc làm, họp thôn: 3, người tham dự: 120',
        'Học nghề: muốn học 9, đăng ký 8, nhập học 7, hoàn thành dưới 5, làm đúng nghề 0',
        'Tin đang chờ duyệt: 2',
        '1. Tháng này',
        '2. Tháng trước',
        '3. Năm nay',
        '4. Chọn khoảng ngày',
        'Xem kỳ khác? Gõ số, hoặc 0 để về menu.',
      ].join('\n'),
    );
    const zeros = converse('/thongke', [], {
      funnel: { registered: 0, totalAtEnd: 3, vacanciesApproved: 0, headcountApproved: 0, interested: 4 },
    }).last;
    expect(zeros).toContain('Người đăng ký mới: 0 (tổng đến cuối kỳ: dưới 5)\n');
    expect(zeros).toContain('Người bấm "Quan tâm": dưới 5');
  });

  it.each<[string, string, Answer[], string]>([
    ['2: last month', '/thongke', ['2'], 'tháng 10/2026'],
    ['3: this year', '/thongke', ['3'], 'năm 2026'],
    ['1: this month again', '/thongke', ['2', '1'], 'tháng 11/2026'],
    ['a button press', '/thongke', [{ choiceId: 'stats.last_month' }], 'tháng 10/2026'],
    ['4 then a range', '/thongke', ['4', '01/01/2026 - 31/03/2026'], 'từ 01/01/2026 đến 31/03/2026'],
    ['a period typed at the question', '/thongke', ['thang truoc'], 'tháng 10/2026'],
    ['a year typed at the question', '/thongke', ['2025'], 'năm 2025'],
    ['a range typed at the question', '/thongke', ['từ 1/9/2026 đến 30/9/2026'], 'từ 01/09/2026 đến 30/09/2026'],
    ['"/thongke thang truoc"', '/thongke thang truoc', [], 'tháng 10/2026'],
    ['"/thongke 2026"', '/thongke 2026', [], 'năm 2026'],
    ['"/stats last month"', '/stats last month', [], 'tháng 10/2026'],
    ['"/thongke 01/10/2026 - 15/10/2026"', '/thongke 01/10/2026 - 15/10/2026', [], 'từ 01/10/2026 đến 15/10/2026'],
    ['"thống kê" (two words, no period)', 'thống kê', [], 'tháng 11/2026'],
  ])('%s', (_name, opening, answers, period) => {
    const walk = converse(opening, answers);
    expect(walk.final.kind).toBe('continue');
    expect(walk.last).toContain(`📊 Số liệu địa bàn Thái Nguyên, ${period}:`);
    expect(walk.last).not.toContain('Mình chưa hiểu');
  });

  it('"/thongke" with words that are not a period shows this month and says so', () => {
    const walk = converse('/thongke abc', []);
    expect(walk.last).toMatch(
      /^Mình chưa hiểu "abc", nên gửi số liệu tháng này\.\n📊 Số liệu địa bàn Thái Nguyên, tháng 11\/2026:/,
    );
  });

  it('asks again with an example when the answer is not a period', () => {
    const menu = converse('/thongke', ['xyz']);
    expect(menu.final).toMatchObject({ kind: 'miss' });
    expect(menu.last).toContain('ví dụ: thang truoc, 2026, 01/01/2026 - 31/03/2026\n1. Tháng này');
    const range = converse('/thongke', ['4', '1/1/2026']);
    expect(range.final).toMatchObject({
      kind: 'miss',
      reprompt: { text: 'Mình chưa đọc được khoảng ngày. Bạn gõ theo mẫu: 01/01/2026 - 31/03/2026' },
    });
    expect(converse('/thongke', ['4']).last).toBe(
      'Bạn gõ khoảng ngày cần xem, ví dụ: 01/01/2026 - 31/03/2026\nTừ ngày nào đến ngày nào? (gõ 0 để về menu)',
    );
  });

  it('renders in English', () => {
    const text = converse('/stats', ['2'], { lang: 'en' }).last;
    expect(text).toContain('📊 Figures for area Thái Nguyên, month 10/2026:');
    expect(text).toContain('People who pressed "Interested": fewer than 5');
    expect(text).toContain('New registrations: 12 (total at period end: 1,234)');
    expect(text).toMatch(/1\. This month\n2\. Last month\n3\. This year\n4\. Choose dates/);
  });
});
