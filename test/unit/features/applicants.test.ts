import { describe, expect, it } from 'vitest';

import type { Applicant, OwnVacancy } from '../../../src/db/own-vacancies.ts';
import { vacanciesFlow } from '../../../src/features/vacancies/flow.ts';
import { lastMessage, render, walkFlow, type Answer } from '../engine/flow-walk.ts';
import { DEFAULT_QUIET_HOURS } from '../../../src/kernel/quiet-hours.ts';
import type { Context } from '../../../src/features/vacancies/context.ts';
import { HOME_MENU } from '../../harness/home-menu.ts';

/** /tincuatoi → a vacancy → its applicants → one of them → the outcome the employer records. */

const NOW = new Date('2026-11-20T03:00:00Z');
const VACANCY: OwnVacancy = {
  id: 7,
  status: 'approved',
  title: 'Công nhân may',
  rejectReason: null,
  interested: 7,
  employerName: 'Công ty TNHH May Phổ Yên',
  employerVerified: false,
  occupation: 'garment',
  communeCode: '05443',
  headcount: 10,
  wageRaw: '7-9 triệu/tháng',
  requirements: null,
  deadline: '2026-12-31',
  contact: '0208 3850 123',
};
const applicant = (number: number, extra: Partial<Applicant> = {}): Applicant => ({
  applicationId: 100 + number,
  number,
  name: null,
  phoneE164: null,
  status: 'interested',
  appliedAt: new Date(Date.UTC(2026, 10, number, 2)),
  ...extra,
});
/** Newest first; numbers by arrival (5 and 1 are not listed: withdrawn, or "not suitable"). */
const APPLICANTS: Applicant[] = [
  applicant(8, { name: 'Nguyễn Thị Lan', phoneE164: '+84912345678' }),
  applicant(7),
  applicant(6, { status: 'introduced' }),
  applicant(4, { status: 'hired', name: 'Lò Văn Páo', phoneE164: null }),
  applicant(3, { status: 'not_hired' }),
  applicant(2),
];
const employer = (applicants = APPLICANTS, lang: 'vi' | 'en' = 'vi'): Context => ({
  lang,
  now: NOW,
  quietHours: DEFAULT_QUIET_HOURS,
  employer: null,
  menu: HOME_MENU,
  profile: null,
  ownVacancies: [VACANCY],
  applicants,
});
const walk = (script: Answer[], context = employer()) => walkFlow(vacanciesFlow, script, context);

describe('applicants of a vacancy (/tincuatoi)', () => {
  it('lists them newest first, 5 at a time: name and phone only when shared, else "Người lao động N"', () => {
    expect(render(lastMessage(walk(['1', '1'])))).toBe(
      [
        'Người quan tâm "Công nhân may" (1–5 trong 6):',
        'Chỉ hiện tên và số điện thoại của người đồng ý chia sẻ.',
        '1. Nguyễn Thị Lan · ☎️ 0912 345 678 — đã quan tâm',
        '2. Người lao động 7 — đã quan tâm',
        '3. Người lao động 6 — đã giới thiệu',
        '4. Lò Văn Páo — đã nhận vào làm',
        '5. Người lao động 3 — không được nhận',
        '6. Xem thêm',
        '7. Quay lại tin',
        'Gõ số của một người để ghi kết quả. (gõ 0 để về menu)',
      ].join('\n'),
    );
    const more = render(lastMessage(walk(['1', '1', '6'])));
    expect(more).toContain('(6–6 trong 6)');
    expect(more).toContain('1. Người lao động 2 — đã quan tâm');
    expect(more).toContain('2. Xem lại từ đầu');
    expect(render(lastMessage(walk(['1', '1', '7'])))).toContain('Trạng thái: đã duyệt, đang gửi');
  });

  it('records "hired" for one: /tincuatoi, 1, 1, 1, 2 — then the list shows it', () => {
    const w = walk(['1', '1', '1', '2']);
    expect(render(w.messages[3]!)).toBe(
      [
        'Nguyễn Thị Lan · ☎️ 0912 345 678',
        'Quan tâm ngày 08/11/2026 · Hiện tại: đã quan tâm',
        '1. Đã liên hệ, hẹn phỏng vấn',
        '2. Đã nhận vào làm',
        '3. Không nhận',
        '4. Quay lại danh sách',
        'Bạn chọn số nào? (gõ 0 để về menu)',
      ].join('\n'),
    );
    expect(w.effects).toEqual([{ kind: 'move_application', applicationId: 108, status: 'hired', as: 'employer' }]);
    expect(render(w.messages[4]!)).toBe('✅ Đã ghi: Nguyễn Thị Lan · ☎️ 0912 345 678 — đã nhận vào làm.');
    expect(render(lastMessage(w))).toContain('1. Nguyễn Thị Lan · ☎️ 0912 345 678 — đã nhận vào làm');
    expect(w.final.kind).toBe('continue');
  });

  it.each([
    ['introduced', '3', ['vac.mark.hired', 'vac.mark.not_hired', 'vac.mark.back']],
    ['not hired', '5', ['vac.mark.introduced', 'vac.mark.hired', 'vac.mark.back']],
  ])('offers only the steps an employer may make from %s', (_status, number, offered) => {
    expect(lastMessage(walk(['1', '1', number])).choices?.map((c) => c.id)).toEqual(offered);
  });

  it('an applicant offered the job (at a fair) shows it in words; the employer records hired or not hired', () => {
    const offered = employer([applicant(9, { status: 'offered' })]);
    expect(render(lastMessage(walk(['1', '1'], offered)))).toContain('1. Người lao động 9 — đã mời nhận việc');
    const w = walk(['1', '1', '1'], offered);
    expect(render(lastMessage(w))).toContain('Hiện tại: đã mời nhận việc');
    expect(lastMessage(w).choices?.map((c) => c.id)).toEqual(['vac.mark.hired', 'vac.mark.not_hired', 'vac.mark.back']);
    const en = employer([applicant(9, { status: 'offered' })], 'en');
    expect(render(lastMessage(walk(['1', '1', '1'], en)))).toContain('offered the job');
  });

  it('an applicant already hired can only be corrected by an official', () => {
    const w = walk(['1', '1', '4']);
    expect(lastMessage(w).choices?.map((c) => c.id)).toEqual(['vac.mark.back']);
    expect(render(lastMessage(w))).toContain('Nếu cần sửa, bạn liên hệ cán bộ');
    expect(walk(['1', '1', '4', '1']).effects).toEqual([]);
  });

  it('answers misses with an example; "back" goes to the list it came from', () => {
    const w = walk(['1', '1', 'xyz', '2', 'abc', 'quay lai danh sach']);
    expect(render(w.messages[3]!)).toContain('Bạn gõ số của một người trong danh sách, ví dụ: 1');
    expect(render(w.messages[5]!)).toContain('Bạn trả lời bằng một số trong danh sách, ví dụ: 1');
    expect(render(lastMessage(w))).toContain('(1–5 trong 6)');
    expect(w.effects).toEqual([]);
  });

  it('nobody left to list (withdrawn meanwhile): back to the vacancy, saying so', () => {
    const before = walk(['1']);
    const result = vacanciesFlow.step(
      before.state!,
      { text: '1', choiceId: 'vac.applicants', choiceIds: ['vac.applicants'] },
      employer([]),
    );
    expect(result.kind).toBe('continue');
    if (result.kind !== 'continue') return;
    expect(render(result.replies[0]!)).toBe('Chưa có ai đang quan tâm tin "Công nhân may".');
    expect(render(result.replies[1]!)).toContain('Trạng thái: đã duyệt, đang gửi');
  });

  it('renders in English', () => {
    const text = render(lastMessage(walk(['1', '1'], employer(APPLICANTS, 'en'))));
    expect(text).toContain('Interested in "Công nhân may" (1–5 of 6):');
    expect(text).toContain('2. Worker 7 — interested');
  });
});
