import { describe, expect, it } from 'vitest';
import { type Answer, lastMessage, render, type Walk, walkFlow } from '../engine/flow-walk.ts';
import type { OutboundMessage } from '../../../src/kernel/message.ts';
import { parseDeadline } from '../../../src/kernel/deadline.ts';
import { vi as kernelVi } from '../../../src/kernel/i18n/index.ts';
import { messages } from '../../../src/features/posting/messages.ts';
import { parseWage } from '../../../src/kernel/wage/index.ts';
import type { FlowState } from '../../../src/engine/types.ts';
import type { VacancyDraft } from '../../../src/kernel/vacancy/draft.ts';
import { postingFlow } from '../../../src/features/posting/flow.ts';
import { DEFAULT_QUIET_HOURS } from '../../../src/kernel/quiet-hours.ts';
import type { Context, Emits } from '../../../src/features/posting/context.ts';
import { HOME_MENU } from '../../harness/home-menu.ts';

/**
 * Table-driven walks through /dangtin, with answers passed the way the engine passes them: a typed "2" becomes
 * the id of the 2nd choice last shown, a label its id. "0" and "/huy" never reach the flow (the engine's).
 */

const NOW = new Date('2026-11-20T03:00:00Z'); // 10:00 on 20/11/2026 in Vietnam
const EMPLOYER = { name: 'Công ty TNHH May Phổ Yên', verified: true };

function context(overrides: Partial<Context> = {}): Context {
  return {
    lang: 'vi',
    now: NOW,
    quietHours: DEFAULT_QUIET_HOURS,
    menu: HOME_MENU,
    profile: null,
    employer: EMPLOYER,
    ...overrides,
  };
}

function walk(script: readonly Answer[], ctx: Context = context()): Walk<Emits> {
  return walkFlow(postingFlow, script, ctx);
}

const last = lastMessage;

function submitted(w: Walk<Emits>): VacancyDraft | undefined {
  const submit = w.effects.find((e) => e.kind === 'submit_vacancy');
  return submit?.kind === 'submit_vacancy' ? submit.vacancy : undefined;
}

const DRAFT: VacancyDraft = {
  employerName: 'Công ty TNHH May Phổ Yên',
  title: 'Công nhân may',
  occupation: 'garment',
  communeCode: '05860', // Phường Phổ Yên, Thái Nguyên
  headcount: 50,
  wageRaw: '7-9 triệu/tháng',
  wage: parseWage('7-9 triệu/tháng'),
  requirements: null,
  deadline: '2026-12-31',
  contact: '0208 3850 123',
  overseas: false,
  scamReasons: [],
};

// title → commune → headcount → wage → "1" (read right) → requirements → deadline → contact → "1" (submit)
const HAPPY = [
  'Công nhân may',
  'Phường Phổ Yên',
  'Cần 50 người',
  '7-9 triệu/tháng',
  '1',
  '1',
  '31/12/2026',
  '0208 3850 123',
  '1',
];
const TO_COMMUNE = ['Công nhân may'];
const TO_HEADCOUNT = [...TO_COMMUNE, 'Phường Phổ Yên'];
const TO_WAGE = [...TO_HEADCOUNT, '50'];
const TO_REQUIREMENTS = [...TO_WAGE, '7-9 triệu/tháng', '1'];
const TO_DEADLINE = [...TO_REQUIREMENTS, '1'];
const TO_PREVIEW = [...TO_DEADLINE, '31/12/2026', '0208 3850 123'];

interface Row {
  name: string;
  script: Answer[];
  ctx?: Partial<Context>;
  end: 'done' | 'continue' | 'miss';
  step?: string;
  /** Fragments of the final message (reprompt or last reply). */
  says?: string[];
  /** Fragments somewhere in the whole conversation. */
  saw?: string[];
  /** Fragments nowhere in the conversation. */
  never?: string[];
  /** Compared with the submitted vacancy (over DRAFT); null: nothing is submitted. */
  draft?: Partial<VacancyDraft> | null;
  /** At most this many messages from the employer, /dangtin included. */
  maxSent?: number;
}

const ROWS: Row[] = [
  {
    name: 'happy path, known verified employer, occupation from the title: 10 messages',
    script: HAPPY,
    end: 'done',
    maxSent: 10,
    saw: [
      'Bạn tuyển vị trí gì?',
      'Mình hiểu là: 💰 7–9 triệu/tháng.',
      'Xem trước tin (nhóm nghề: May mặc, dệt, da giày):',
      'Công nhân may — Công ty TNHH May Phổ Yên ✅ Đã xác minh',
      '📍 Phường Phổ Yên, Thái Nguyên',
      '💰 7–9 triệu/tháng · Cần 50 người · 📅 Hạn 31/12/2026',
      '☎️ 0208 3850 123',
      '1. Gửi duyệt',
    ],
    never: ['Tên công ty hoặc hộ kinh doanh', 'thuộc nhóm nghề nào'],
    says: ['gửi tin cho cán bộ', 'duyệt', '0 để về menu'],
    draft: {},
  },
  {
    name: 'first-time employer, occupation chosen from the menu, requirements typed: 12 messages',
    script: [
      'Hộ kinh doanh Lò Văn Tư',
      'Nhân viên',
      '3',
      'Lũng Cú',
      '5',
      'thỏa thuận',
      '1',
      'Nam, khỏe mạnh',
      'cuối tháng',
      '0912 345 678',
      '1',
    ],
    ctx: { employer: null },
    end: 'done',
    maxSent: 12,
    saw: [
      'Đăng tin tuyển dụng',
      'Tên công ty hoặc hộ kinh doanh của bạn?',
      '"Nhân viên" thuộc nhóm nghề nào?',
      '9. Khác',
      'Mình hiểu là: 💰 Thỏa thuận.',
      'Nhân viên — Hộ kinh doanh Lò Văn Tư\n',
      'Yêu cầu: Nam, khỏe mạnh',
      '💰 Thỏa thuận · Cần 5 người · 📅 Hạn 30/11/2026',
    ],
    never: ['Đã xác minh'],
    draft: {
      employerName: 'Hộ kinh doanh Lò Văn Tư',
      title: 'Nhân viên',
      occupation: 'construction',
      communeCode: '00715',
      headcount: 5,
      wageRaw: 'thỏa thuận',
      wage: parseWage('thỏa thuận'),
      requirements: 'Nam, khỏe mạnh',
      deadline: '2026-11-30',
      contact: '0912 345 678',
    },
  },
  {
    name: 'a known employer that is not verified: no "Đã xác minh"',
    script: TO_PREVIEW,
    ctx: { employer: { name: 'Cơ sở Hoa Mai', verified: false } },
    end: 'continue',
    step: 'preview',
    says: ['Công nhân may — Cơ sở Hoa Mai\n'],
    never: ['Đã xác minh'],
  },
  {
    name: 'the company name too short is a miss with an example',
    script: ['A'],
    ctx: { employer: null },
    end: 'miss',
    says: ['từ 2 đến 120 ký tự', 'Ví dụ: Công ty TNHH May Phổ Yên', 'Tên công ty hoặc hộ kinh doanh của bạn?'],
  },
  {
    name: 'occupation: a trade typed instead of a number',
    script: ['Kế toán', 'bảo vệ'],
    end: 'continue',
    step: 'commune',
  },
  {
    name: 'occupation: "Khác" is the catch-all category',
    script: ['Kế toán', '9', ...HAPPY.slice(1)],
    end: 'done',
    draft: { title: 'Kế toán', occupation: 'other' },
  },
  {
    name: 'occupation: a button pressed on Telegram',
    script: ['Kế toán', { choiceId: 'post.occ.driver' }, ...HAPPY.slice(1)],
    end: 'done',
    draft: { title: 'Kế toán', occupation: 'driver' },
  },
  {
    name: 'a title naming two trades offers just those two and "Khác"',
    script: ['May và phụ hồ'],
    end: 'continue',
    step: 'occupation',
    says: ['1. May mặc, dệt, da giày', '2. Xây dựng (thợ hồ, phụ hồ)', '3. Khác'],
  },
  {
    name: 'a title naming two trades, the second chosen',
    script: ['May và phụ hồ', '2', ...HAPPY.slice(1)],
    end: 'done',
    draft: { title: 'May và phụ hồ', occupation: 'construction' },
  },
  {
    name: 'occupation: words naming nothing are a miss with an example',
    script: ['Kế toán', 'abc xyz'],
    end: 'miss',
    says: ['"abc xyz"', 'ví dụ: 2', '9. Khác'],
  },
  {
    name: 'occupation: a number outside the list is a miss',
    script: ['Kế toán', '12'],
    end: 'miss',
    says: ['Bạn chọn một số trong danh sách, ví dụ: 2'],
  },
  {
    name: 'an ambiguous commune: "meo vac" then a pick',
    script: [...TO_COMMUNE, 'meo vac', '2', ...HAPPY.slice(2)],
    end: 'done',
    saw: [
      'Huyện Mèo Vạc cũ (Hà Giang) nay gồm 7 xã.',
      '1. Xã Mèo Vạc (Tuyên Quang)',
      'Chỗ làm ở nơi nào?',
      '📍 Xã Đồng Văn, Tuyên Quang',
    ],
    draft: { communeCode: '00721' },
  },
  {
    name: 'an ambiguous commune: "Pho Yen" offers the ward first',
    script: [...TO_COMMUNE, 'Pho Yen'],
    end: 'continue',
    step: 'commune_pick',
    says: ['1. Phường Phổ Yên (Thái Nguyên)'],
  },
  {
    name: 'a province only, then the commune inside it',
    script: [...TO_COMMUNE, 'Thái Nguyên', 'Phan Dinh Phung'],
    end: 'continue',
    step: 'headcount',
    saw: ['Chỗ làm ở xã/phường nào của Thái Nguyên?'],
  },
  {
    name: 'a number not in the pick list is a miss',
    script: [...TO_COMMUNE, 'meo vac', '12'],
    end: 'miss',
    says: ['ví dụ: 1', '1. Xã Mèo Vạc (Tuyên Quang)'],
  },
  {
    name: 'an unknown place is a miss with an example',
    script: [...TO_COMMUNE, 'xyzabc'],
    end: 'miss',
    says: ['"xyzabc"', 'Ví dụ: Phổ Yên Thái Nguyên', 'Chỗ làm ở xã/phường nào?'],
  },
  {
    name: 'headcount: words without a number are a miss with an example',
    script: [...TO_HEADCOUNT, 'nhiều lắm'],
    end: 'miss',
    says: ['ví dụ: 50', 'Bạn cần tuyển bao nhiêu người?'],
  },
  {
    name: 'headcount: a range is not guessed at',
    script: [...TO_HEADCOUNT, '20-30 người'],
    end: 'miss',
    says: ['ví dụ: 50'],
  },
  {
    name: 'headcount: above 10.000 is a miss saying the bounds',
    script: [...TO_HEADCOUNT, '20000'],
    end: 'miss',
    says: ['từ 1 đến 10.000', 'ví dụ: 50'],
  },
  {
    name: 'headcount: "1.000 người" reads as a thousand',
    script: [...TO_HEADCOUNT, '1.000 người', ...HAPPY.slice(3)],
    end: 'done',
    saw: ['Cần 1.000 người'],
    draft: { headcount: 1000 },
  },
  {
    name: 'wage: read back, then typed again',
    script: [...TO_WAGE, '7-9tr', '2', '8 triệu/tháng', '1', ...HAPPY.slice(5)],
    end: 'done',
    saw: [
      'Mình hiểu là: 💰 7–9 triệu/tháng.',
      '1. Đúng rồi',
      '2. Nhập lại',
      'Lương bao nhiêu?',
      'Mình hiểu là: 💰 8 triệu/tháng.',
      '💰 8 triệu/tháng · Cần 50 người',
    ],
    draft: { wageRaw: '8 triệu/tháng', wage: parseWage('8 triệu/tháng') },
  },
  {
    name: 'wage: a new wage typed at the read-back is read back in turn',
    script: [...TO_WAGE, '7-9tr', '300k/ngày'],
    end: 'continue',
    step: 'wage_confirm',
    says: ['Mình hiểu là: 💰 300.000 đ/ngày.'],
  },
  {
    name: 'wage: a bare number is read as millions, and says so',
    script: [...TO_WAGE, 'lương 8-10'],
    end: 'continue',
    step: 'wage_confirm',
    says: ['8–10 triệu/tháng', 'mình hiểu là triệu đồng'],
  },
  {
    name: 'wage: negotiable',
    script: [...TO_WAGE, 'Thoa thuan', '1', ...HAPPY.slice(5)],
    end: 'done',
    saw: ['💰 Thỏa thuận · Cần 50 người'],
    draft: { wageRaw: 'Thoa thuan', wage: parseWage('Thoa thuan') },
  },
  {
    name: 'wage: no figure and not negotiable is a miss with examples',
    script: [...TO_WAGE, 'lương cao'],
    end: 'miss',
    says: ['"lương cao"', 'Ví dụ: 7-9 triệu/tháng, 300k/ngày, thỏa thuận', 'Lương bao nhiêu?'],
  },
  {
    name: 'wage read-back: another answer is a miss repeating the wage',
    script: [...TO_WAGE, '7-9tr', 'hmm'],
    end: 'miss',
    says: ['7–9 triệu/tháng', 'Bạn gõ 1 nếu mình hiểu đúng, 2 để nhập lại'],
  },
  {
    name: 'requirements skipped by typing "không"',
    script: [...TO_REQUIREMENTS, 'không'],
    end: 'continue',
    step: 'deadline',
  },
  {
    name: 'requirements skipped by "khong co"',
    script: [...TO_REQUIREMENTS, 'khong co', ...HAPPY.slice(6)],
    end: 'done',
    never: ['Yêu cầu:'],
    draft: { requirements: null },
  },
  {
    name: 'requirements skipped with the label typed',
    script: [...TO_REQUIREMENTS, 'bo qua'],
    end: 'continue',
    step: 'deadline',
  },
  {
    name: 'requirements: the skip is offered as choice 1, not "0" (the menu)',
    script: TO_REQUIREMENTS,
    end: 'continue',
    step: 'requirements',
    says: ['1. Bỏ qua, không có yêu cầu', 'thì chọn 1'],
  },
  {
    name: 'deadline: "cuối tháng"',
    script: [...TO_DEADLINE, 'cuối tháng', ...HAPPY.slice(7)],
    end: 'done',
    saw: ['📅 Hạn 30/11/2026'],
    draft: { deadline: '2026-11-30' },
  },
  {
    name: 'deadline: "cuoi thang" without accents',
    script: [...TO_DEADLINE, 'cuoi thang'],
    end: 'continue',
    step: 'contact',
  },
  {
    name: 'deadline: unreadable is a miss with examples',
    script: [...TO_DEADLINE, 'sớm nhất có thể'],
    end: 'miss',
    says: ['"sớm nhất có thể"', '31/12, 31/12/2026, cuối tháng, 30 ngày', 'Nhận hồ sơ đến ngày nào?'],
  },
  {
    name: 'deadline: a date that has passed is a miss with examples',
    script: [...TO_DEADLINE, '01/11/2026'],
    end: 'miss',
    says: ['01/11/2026 đã qua', 'ví dụ: 30 ngày, cuối tháng'],
  },
  {
    name: 'deadline: too far away is a miss with examples',
    script: [...TO_DEADLINE, '31/12/2030'],
    end: 'miss',
    says: ['31/12/2030 xa quá', 'ví dụ: 30 ngày, cuối tháng'],
  },
  {
    name: 'contact too short is a miss with an example',
    script: [...TO_DEADLINE, '31/12/2026', 'ok'],
    end: 'miss',
    says: ['từ 3 đến 200 ký tự', 'Ví dụ: 0208 3850 123'],
  },
  {
    name: 'preview: another answer is a miss with an example',
    script: [...TO_PREVIEW, 'chắc vậy'],
    end: 'miss',
    says: ['ví dụ: 1 để gửi duyệt', '1. Gửi duyệt', '2. Sửa tin', '3. Huỷ tin'],
  },
  {
    name: 'preview: discard, nothing submitted',
    script: [...TO_PREVIEW, '3'],
    end: 'done',
    says: ['Đã huỷ', 'không được gửi', '0 để về menu'],
    draft: null,
  },
  {
    name: 'edit the wage from the preview and come back to the preview',
    script: [...TO_PREVIEW, '2', '5', '10 triệu', '1'],
    end: 'continue',
    step: 'preview',
    saw: ['Bạn muốn sửa phần nào?', '5. Lương'],
    says: ['💰 10 triệu/tháng · Cần 50 người', '1. Gửi duyệt'],
  },
  {
    name: 'edit the commune from the preview, then submit',
    script: [...TO_PREVIEW, '2', '3', 'Lũng Cú', '1'],
    end: 'done',
    draft: { communeCode: '00715' },
  },
  {
    name: 'edit the occupation chosen from the title',
    script: [...TO_PREVIEW, '2', '2', '1', '1'],
    end: 'done',
    saw: ['"Công nhân may" thuộc nhóm nghề nào?'],
    draft: { occupation: 'factory' },
  },
  {
    name: 'edit the title: the occupation is read again from it',
    script: [...TO_PREVIEW, '2', '1', 'Lái xe tải', '1'],
    end: 'done',
    draft: { title: 'Lái xe tải', occupation: 'driver' },
  },
  {
    name: 'a first-time employer can change the company name (choice 9)',
    script: ['Cơ sở Hoa', ...TO_PREVIEW, '2', '9', 'Cơ sở may Hoa Mai', '1'],
    ctx: { employer: null },
    end: 'done',
    draft: { employerName: 'Cơ sở may Hoa Mai' },
  },
  {
    name: 'a known employer is not offered the company name to edit',
    script: [...TO_PREVIEW, '2'],
    end: 'continue',
    step: 'edit',
    says: ['8. Liên hệ'],
    never: ['9. Tên công ty'],
  },
  {
    name: 'an edit number outside the list is a miss',
    script: [...TO_PREVIEW, '2', '9'],
    end: 'miss',
    says: ['ví dụ: 5 để sửa lương'],
  },
  {
    name: 'a scam-like post is submitted with reasons and a gentle note, never an accusation',
    script: [
      'CTV chốt đơn online, đặt cọc 500k',
      '9',
      'Phường Phổ Yên',
      '100',
      '500k/ngày',
      '1',
      'Làm tại nhà',
      '30 ngày',
      'Zalo 0912 345 678',
      '1',
    ],
    end: 'done',
    says: ['gửi tin cho cán bộ', 'cần cán bộ xem kỹ', 'Cảm ơn bạn'],
    never: ['lừa đảo', 'gian lận'],
  },
  {
    name: 'a photo at the title is a miss with an example',
    script: [{ text: null }],
    end: 'miss',
    says: ['Ví dụ: Công nhân may', 'Bạn tuyển vị trí gì?'],
  },
  {
    name: 'Telegram buttons all the way',
    script: [
      'Công nhân may',
      { choiceId: 'geo.05860' },
      '50',
      '7-9 triệu/tháng',
      { choiceId: 'post.wage.ok' },
      { choiceId: 'post.req.skip' },
      { choiceId: 'post.deadline.eom' },
      '0208 3850 123',
      { choiceId: 'post.submit' },
    ],
    end: 'done',
    draft: { deadline: '2026-11-30' },
  },
  {
    name: 'English: the whole walk',
    script: HAPPY,
    ctx: { lang: 'en' },
    end: 'done',
    saw: [
      'Post a vacancy',
      'What job are you hiring for?',
      'I read it as: 💰 7–9 million VND/month.',
      '1. Yes, correct',
      '1. Skip, no requirements',
      'Preview of your vacancy (type of work: Garment, textile, footwear):',
      'Công nhân may — Công ty TNHH May Phổ Yên ✅ Verified',
      '💰 7–9 million VND/month · 50 people needed · 📅 Until 31/12/2026',
      '1. Send for review',
    ],
    says: ['sent to the Employment Service Centre officials for review', '0 for the menu'],
    draft: {},
  },
];

describe('postingFlow walks', () => {
  it.each(ROWS)('$name', (row) => {
    const w = walk(row.script, context(row.ctx));
    expect(w.final.kind).toBe(row.end);
    if (row.step !== undefined) expect(w.state?.step).toBe(row.step);
    const final = render(last(w));
    for (const fragment of row.says ?? []) expect(final).toContain(fragment);
    const all = w.messages.map(render).join('\n---\n');
    for (const fragment of row.saw ?? []) expect(all).toContain(fragment);
    for (const fragment of row.never ?? []) expect(all).not.toContain(fragment);
    if (row.maxSent !== undefined) expect(w.sent).toBeLessThanOrEqual(row.maxSent);
    if (row.draft === null) expect(w.effects).toEqual([]);
    else if (row.draft !== undefined) expect(submitted(w)).toEqual({ ...DRAFT, ...row.draft });
  });
});

describe('postingFlow details', () => {
  it('/dangtin to "Gửi duyệt" in 10 messages with a known employer and the occupation read from the title', () => {
    const w = walk(HAPPY);
    expect(w.final.kind).toBe('done');
    expect(w.sent).toBe(10);
    expect(w.effects).toEqual([{ kind: 'submit_vacancy', vacancy: DRAFT }]);
  });

  it('at most 12 messages for a first-time employer whose title names no trade', () => {
    const script = ['Công ty TNHH May Phổ Yên', 'Nhân viên', '2', ...HAPPY.slice(1)];
    const w = walk(script, context({ employer: null }));
    expect(w.final.kind).toBe('done');
    expect(w.sent).toBe(12);
    expect(submitted(w)).toEqual({ ...DRAFT, title: 'Nhân viên' });
  });

  it('a first-time employer begins with the company name, after a word on what happens', () => {
    const first = postingFlow.begin(context({ employer: null }));
    expect(first.kind === 'continue' && first.state.step).toBe('employer');
    const text = render(last(walk([], context({ employer: null }))));
    expect(text).toContain('Cán bộ Trung tâm Dịch vụ việc làm duyệt tin');
    expect(text.trim().endsWith('Tên công ty hoặc hộ kinh doanh của bạn? (gõ 0 để về menu)')).toBe(true);
  });

  it("a scam-like post carries the scam shield's reasons and is still submitted (for an official to check)", () => {
    const w = walk([
      'CTV chốt đơn online, đặt cọc 500k',
      '9',
      'Phường Phổ Yên',
      '100',
      '500k/ngày',
      '1',
      '1',
      '30 ngày',
      '0912 345 678',
      '1',
    ]);
    const draft = submitted(w);
    expect(draft?.scamReasons.length).toBeGreaterThan(0);
    expect(draft?.title).toBe('CTV chốt đơn online, đặt cọc 500k');
    expect(draft?.occupation).toBe('other');
    expect(draft?.overseas).toBe(false);
    expect(draft?.wage).toEqual(parseWage('500k/ngày'));
    const expected = parseDeadline('30 ngày', NOW);
    expect(expected.kind).toBe('date');
    if (expected.kind === 'date') expect(draft?.deadline).toBe(expected.date);
  });

  it('a clean post has no scam reasons and no note', () => {
    const w = walk(HAPPY);
    expect(submitted(w)?.scamReasons).toEqual([]);
    expect(render(last(w))).not.toContain('xem kỹ');
  });

  it('overseas work is marked overseas', () => {
    const w = walk(
      ['Đơn hàng Nhật Bản', ...HAPPY.slice(1)],
      context({ employer: { name: 'Công ty CP Cung ứng nhân lực Quốc tế ABC', verified: true } }),
    );
    expect(submitted(w)).toMatchObject({ occupation: 'overseas_work', overseas: true });
  });

  it('the deadline choices mean "30 ngày" and "cuối tháng"', () => {
    const viaChoice = walk([...TO_DEADLINE, '1']);
    const typed = walk([...TO_DEADLINE, '30 ngày']);
    expect(viaChoice.state?.data['deadline']).toBe(typed.state?.data['deadline']);
    expect(walk([...TO_DEADLINE, '2']).state?.data['deadline']).toBe('2026-11-30');
  });

  it('a deadline that passed while the preview waited is asked again at submit', () => {
    const w = walk(TO_PREVIEW);
    const later = context({ now: new Date('2027-01-05T03:00:00Z') });
    const result = postingFlow.step(
      w.state as FlowState,
      { text: '1', choiceId: 'post.submit', choiceIds: ['post.submit'] },
      later,
    );
    expect(result.kind).toBe('continue');
    if (result.kind === 'continue') {
      expect(result.state.step).toBe('deadline');
      expect(render(result.replies[0] as OutboundMessage)).toContain('31/12/2026 đã qua');
    }
  });

  it('the state is plain JSON and resumes after a round trip', () => {
    const first = walk([...TO_COMMUNE, 'meo vac']);
    const stored = JSON.parse(JSON.stringify(first.state)) as FlowState;
    const result = postingFlow.step(stored, { text: '1', choiceId: 'geo.00769', choiceIds: ['geo.00769'] }, context());
    expect(result.kind).toBe('continue');
    if (result.kind === 'continue') {
      expect(result.state.step).toBe('headcount');
      expect(result.state.data['communeCode']).toBe('00769');
    }
  });

  it('stored data is re-checked: an unknown commune or occupation is asked again', () => {
    const w = walk(TO_PREVIEW);
    const data = { ...(w.state as FlowState).data, communeCode: '99999', occupation: 'astronaut' };
    const result = postingFlow.step(
      { flow: 'posting', step: 'preview', data, misses: 0 },
      { text: '1', choiceId: 'post.submit', choiceIds: ['post.submit'] },
      context(),
    );
    expect(result.kind === 'continue' && result.state.step).toBe('occupation');
  });

  it('an unknown step starts again', () => {
    const result = postingFlow.step(
      { flow: 'posting', step: 'gone', data: {}, misses: 0 },
      { text: '1', choiceId: null, choiceIds: [] },
      context(),
    );
    expect(result.kind === 'continue' && result.state.step).toBe('title');
  });

  it('every question is short, numbered, ends with the question and a way out; ids are short ASCII', () => {
    let checked = 0;
    for (const row of ROWS) {
      const w = walk(row.script, context(row.ctx));
      for (const result of w.results) {
        const questions = result.kind === 'miss' ? [result.reprompt] : result.kind === 'continue' ? result.replies : [];
        for (const message of questions) {
          checked += 1;
          expect(message.text.split('\n').length).toBeLessThanOrEqual(6);
          expect(message.prompt).toMatch(/\((gõ 0 để về menu|type 0 for the menu)\)$/);
          expect(message.choices?.length ?? 0).toBeLessThanOrEqual(9);
          for (const choice of message.choices ?? []) {
            expect(choice.id).toMatch(/^[\x21-\x7e]+$/);
            expect(Buffer.byteLength(choice.id)).toBeLessThanOrEqual(64);
          }
        }
        if (result.kind === 'done') for (const reply of result.replies) expect(reply.text).toMatch(/\b0\b/);
      }
    }
    expect(checked).toBeGreaterThan(150);
  });

  it('never offers "0" as an answer inside the flow (it is the menu)', () => {
    const w = walk(HAPPY, context({ employer: null }));
    for (const message of w.messages) expect(render(message)).not.toMatch(/gõ 0 nếu/i);
  });

  it('speaks English from the catalogue: no Vietnamese-only posting text in an English walk', () => {
    const w = walk(
      [
        'Nhân viên',
        'xyz',
        '2',
        'xyzabc',
        'meo vac',
        '1',
        'abc',
        '50',
        'lương cao',
        '7-9tr',
        '1',
        '1',
        'abc',
        '31/12/2026',
        '0208 3850 123',
        '2',
      ],
      context({ lang: 'en', employer: null }),
    );
    const all = w.messages.map(render).join('\n');
    const viOnly = Object.entries({ ...kernelVi, ...messages.vi })
      .filter(([key]) => key.startsWith('posting.'))
      .map(([, text]) => text.split('{')[0] ?? '')
      .filter((text) => text.length > 12);
    for (const text of viOnly) expect(all).not.toContain(text);
  });
});
