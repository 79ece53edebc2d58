import { describe, expect, it } from 'vitest';

import type { OwnVacancy } from '../../../src/db/own-vacancies.ts';
import { vacanciesFlow } from '../../../src/features/vacancies/flow.ts';
import { lastMessage, render, walkFlow, type Answer } from '../engine/flow-walk.ts';
import { DEFAULT_QUIET_HOURS } from '../../../src/kernel/quiet-hours.ts';
import type { Context } from '../../../src/features/vacancies/context.ts';
import { HOME_MENU } from '../../harness/home-menu.ts';

const NOW = new Date('2026-11-20T03:00:00Z');
const vacancy = (
  id: number,
  title: string,
  status: OwnVacancy['status'],
  extra: Partial<OwnVacancy> = {},
): OwnVacancy => ({
  id,
  status,
  title,
  rejectReason: null,
  interested: 0,
  employerName: 'Công ty TNHH May Phổ Yên',
  employerVerified: false,
  occupation: 'garment',
  communeCode: '05443',
  headcount: 10,
  wageRaw: '7-9 triệu/tháng',
  requirements: null,
  deadline: '2026-12-31',
  contact: '0208 3850 123',
  ...extra,
});
const MINE: OwnVacancy[] = [
  vacancy(7, 'Công nhân may', 'approved', { interested: 12 }),
  vacancy(6, 'Phụ bếp', 'pending'),
  vacancy(5, 'Bảo vệ', 'rejected', { rejectReason: 'Thông tin không rõ ràng' }),
  vacancy(4, 'Thợ hàn', 'closed', { interested: 3 }),
  vacancy(3, 'Lái xe', 'hidden'),
  vacancy(2, 'Công nhân điện tử', 'approved', { deadline: '2026-11-01' }),
  vacancy(1, 'Giúp việc', 'rejected'),
];
const employer = (own: OwnVacancy[] = MINE, lang: 'vi' | 'en' = 'vi'): Context => ({
  lang,
  now: NOW,
  quietHours: DEFAULT_QUIET_HOURS,
  employer: null,
  menu: HOME_MENU,
  profile: null,
  ownVacancies: own,
  applicants: [],
});
const walk = (script: Answer[], context = employer()) => walkFlow(vacanciesFlow, script, context);

describe('vacancies flow (/tincuatoi)', () => {
  it('points someone who never posted to /dangtin, with posting as a numbered choice', () => {
    const w = walk([], employer([]));
    expect(w.final.kind).toBe('done');
    expect(render(lastMessage(w))).toBe(
      'Bạn chưa đăng tin tuyển dụng nào. Gõ /dangtin để đăng tin đầu tiên.\n1. Đăng tin tuyển dụng\nTrả lời bằng một số, ví dụ: 1',
    );
    expect(lastMessage(w).choices).toEqual([{ id: 'menu.employer', label: 'Đăng tin tuyển dụng' }]);
  });

  it('lists 5 at a time, newest first, with status in words, deadline and interest; then more', () => {
    const first = walk([]);
    expect(render(lastMessage(first))).toBe(
      [
        'Tin tuyển dụng của bạn (1–5 trong 7 tin):',
        '1. Công nhân may — đã duyệt, đang gửi · 📅 31/12/2026 · 12 người quan tâm',
        '2. Phụ bếp — chờ duyệt · 📅 31/12/2026 · 0 người quan tâm',
        '3. Bảo vệ — không được duyệt: Thông tin không rõ ràng · 📅 31/12/2026 · 0 người quan tâm',
        '4. Thợ hàn — đã đóng · 📅 31/12/2026 · 3 người quan tâm',
        '5. Lái xe — tạm ẩn do bị báo cáo · 📅 31/12/2026 · 0 người quan tâm',
        '6. Xem thêm tin cũ hơn',
        'Gõ số của tin để xem hoặc đóng tin. (gõ 0 để về menu)',
      ].join('\n'),
    );
    const more = walk(['6']);
    expect(render(lastMessage(more))).toContain('Tin tuyển dụng của bạn (6–7 trong 7 tin):');
    expect(render(lastMessage(more))).toContain('1. Công nhân điện tử — đã duyệt, đã hết hạn');
    expect(render(lastMessage(more))).toContain('2. Giúp việc — không được duyệt ·');
    expect(render(lastMessage(more))).toContain('3. Xem lại từ tin mới nhất');
    expect(render(lastMessage(walk(['6', '3'])))).toContain('(1–5 trong 7 tin)');
  });

  it('opens one by number and closes it after one confirmation', () => {
    const w = walk(['1', '2', '1']);
    expect(render(w.messages[1]!)).toBe(
      [
        'Trạng thái: đã duyệt, đang gửi',
        'Công nhân may — Công ty TNHH May Phổ Yên',
        '📍 Phường Phan Đình Phùng, Thái Nguyên',
        '💰 7–9 triệu/tháng · Cần 10 người · 📅 Hạn 31/12/2026',
        '☎️ 0208 3850 123',
        '👥 12 người đã bấm "Quan tâm"',
        '1. Xem người quan tâm (12)',
        '2. Đóng tin (ngừng tuyển)',
        '3. Quay lại danh sách',
        'Bạn chọn số nào? (gõ 0 để về menu)',
      ].join('\n'),
    );
    expect(render(w.messages[2]!)).toContain('Đóng tin "Công nhân may"?');
    expect(w.effects).toEqual([{ kind: 'close_vacancy', vacancyId: 7 }]);
    expect(w.final.kind).toBe('done');
    expect(render(lastMessage(w))).toBe(
      'Đã đóng tin "Công nhân may". Gõ /tincuatoi để xem các tin khác, 0 để về menu.',
    );
    expect(w.sent).toBe(4); // /tincuatoi, 1, 1, 1
  });

  it.each([
    ['pending', 2],
    ['hidden', 5],
  ])('a %s vacancy can be closed too', (_status, number) => {
    expect(walk([String(number), '1', '1']).effects).toHaveLength(1);
  });

  it.each([
    ['rejected', 3, ['vac.back']],
    ['closed', 4, ['vac.applicants', 'vac.back']], // its 3 interested workers can still be seen
  ])('a %s vacancy cannot be closed: it offers %j', (_status, number, offered) => {
    const w = walk([String(number)]);
    expect(lastMessage(w).choices?.map((c) => c.id)).toEqual(offered);
    expect(render(lastMessage(walk([String(number), 'quay lai danh sach'])))).toContain('(1–5 trong 7 tin)');
    expect(walk([String(number), 'dong tin']).effects).toEqual([]);
  });

  it('keeps it on "no", goes back to the page it came from, and answers a miss with the question and an example', () => {
    const kept = walk(['1', '2', '2']);
    expect(kept.effects).toEqual([]);
    expect(render(lastMessage(kept))).toContain('Trạng thái: đã duyệt, đang gửi');
    const back = walk(['6', '1', '2']);
    expect(render(lastMessage(back))).toContain('(6–7 trong 7 tin)');
    const missed = walk(['9', 'dong', '1', 'xyz']);
    expect(missed.results.filter((r) => r.kind === 'miss')).toHaveLength(3);
    expect(render(missed.messages[1]!)).toContain('Bạn gõ số của một tin trong danh sách, ví dụ: 1');
    expect(render(missed.messages[4]!)).toContain('Bạn trả lời bằng một số trong danh sách, ví dụ: 1');
    expect(render(walk(['2', 'xyz']).messages[2]!)).toContain('Gõ 1 để đóng tin, 2 để quay lại danh sách.');
  });

  it('matches a title typed without accents', () => {
    expect(render(lastMessage(walk(['phu bep'])))).toContain('Trạng thái: chờ duyệt');
  });

  it('does not close a vacancy decided meanwhile: the detail shows what it is now', () => {
    const before = walk(['2', '1']);
    const meanwhile = employer(
      MINE.map((v) => (v.id === 6 ? { ...v, status: 'rejected' as const, rejectReason: 'Thu phí người lao động' } : v)),
    );
    const result = vacanciesFlow.step(
      before.state!,
      { text: '1', choiceId: 'vac.close.yes', choiceIds: ['vac.close.yes'] },
      meanwhile,
    );
    expect(result.kind).toBe('continue');
    if (result.kind !== 'continue') return;
    expect(result.effects ?? []).toEqual([]);
    expect(render(result.replies[0]!)).toContain('Trạng thái: không được duyệt: Thu phí người lao động');
  });

  it('renders in English', () => {
    const text = render(lastMessage(walk([], employer(MINE, 'en'))));
    expect(text).toContain('Your vacancies (1–5 of 7):');
    expect(text).toContain('1. Công nhân may — approved, being sent · 📅 31/12/2026 · 12 interested');
    expect(text).toContain('5. Lái xe — hidden after reports');
  });
});
