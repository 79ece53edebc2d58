import { describe, expect, it } from 'vitest';

import type { OutcomeApplication } from '../../../src/features/outcomes/context.ts';
import { outcomesFlow } from '../../../src/features/outcomes/flow.ts';
import { lastMessage, render, walkFlow, type Answer } from '../engine/flow-walk.ts';
import { DEFAULT_QUIET_HOURS } from '../../../src/kernel/quiet-hours.ts';
import type { Context } from '../../../src/features/outcomes/context.ts';
import { HOME_MENU } from '../../harness/home-menu.ts';

/**
 * /ketqua as a table: the list of applications in the official's area, one opened, an outcome recorded or corrected.
 */

const NOW = new Date('2026-11-20T03:00:00Z');
const item = (id: number, extra: Partial<OutcomeApplication> = {}): OutcomeApplication => ({
  applicationId: id,
  vacancyTitle: `Việc ${id}`,
  employerName: 'May Phổ Yên',
  workerName: null,
  status: 'interested',
  appliedAt: new Date('2026-11-10T02:00:00Z'),
  ...extra,
});
const ITEMS: OutcomeApplication[] = [
  item(12, { vacancyTitle: 'Công nhân may', workerName: 'Nguyễn Thị Lan' }),
  item(11, { vacancyTitle: 'Phụ kho', status: 'hired' }),
  item(10, { status: 'introduced' }),
  item(9, { status: 'withdrawn' }),
  item(8, { status: 'not_hired' }),
  item(7),
];
const official = (items = ITEMS, lang: 'vi' | 'en' = 'vi'): Context => ({
  lang,
  now: NOW,
  quietHours: DEFAULT_QUIET_HOURS,
  employer: null,
  menu: HOME_MENU,
  profile: null,
  roles: [{ role: 'official', regionCode: '19' }],
  outcomes: { items, current: null },
});
const walk = (script: Answer[], context = official()) => walkFlow(outcomesFlow, script, context);

describe('outcomes flow (/ketqua)', () => {
  it('refuses someone who is not an official', () => {
    const w = walk([], {
      lang: 'vi',
      now: NOW,
      quietHours: DEFAULT_QUIET_HOURS,
      employer: null,
      menu: HOME_MENU,
      profile: null,
      roles: [{ role: 'employer', regionCode: null }],
      outcomes: { items: [], current: null },
    });
    expect(w.final.kind).toBe('done');
    expect(render(lastMessage(w))).toContain('dành cho cán bộ');
  });

  it('says so when nobody in the area has pressed "Quan tâm"', () => {
    const w = walk([], official([]));
    expect(w.final.kind).toBe('done');
    expect(render(lastMessage(w))).toBe('Chưa có người lao động nào trong địa bàn của bạn bấm "Quan tâm".');
  });

  it('lists 5 at a time, newest first: vacancy, employer, the worker (named only when shared) and the status', () => {
    expect(render(lastMessage(walk([])))).toBe(
      [
        'Hồ sơ quan tâm trong địa bàn (1–5 trong 6, mới nhất trước):',
        '1. Công nhân may — May Phổ Yên · Nguyễn Thị Lan · đã quan tâm',
        '2. Phụ kho — May Phổ Yên · Người lao động (ẩn danh) · đã nhận vào làm',
        '3. Việc 10 — May Phổ Yên · Người lao động (ẩn danh) · đã giới thiệu',
        '4. Việc 9 — May Phổ Yên · Người lao động (ẩn danh) · đã rút',
        '5. Việc 8 — May Phổ Yên · Người lao động (ẩn danh) · không được nhận',
        '6. Xem thêm',
        'Gõ số để xem và ghi kết quả. (gõ 0 để về menu)',
      ].join('\n'),
    );
    const more = render(lastMessage(walk(['6'])));
    expect(more).toContain('(6–6 trong 6, mới nhất trước)');
    expect(more).toContain('1. Việc 7 —');
    expect(more).toContain('2. Xem lại từ mới nhất');
    expect(render(lastMessage(walk(['6', '2'])))).toContain('(1–5 trong 6');
  });

  it('opens one and records "hired" in 3 messages, then shows the list with it', () => {
    const w = walk(['1', '2']);
    expect(render(w.messages[1]!)).toBe(
      [
        'Công nhân may — May Phổ Yên',
        '👤 Nguyễn Thị Lan · quan tâm ngày 10/11/2026',
        'Hiện tại: đã quan tâm',
        '1. Đã giới thiệu việc',
        '2. Đã nhận vào làm (kết nối thành công)',
        '3. Không được nhận',
        '4. Người lao động đã rút',
        '5. Quay lại danh sách',
        'Ghi kết quả nào? (gõ 0 để về menu)',
      ].join('\n'),
    );
    expect(w.effects).toEqual([{ kind: 'move_application', applicationId: 12, status: 'hired', as: 'official' }]);
    expect(w.final.kind).toBe('continue');
    expect(render(w.messages[2]!)).toBe('✅ Đã ghi: Nguyễn Thị Lan — đã nhận vào làm.');
    expect(render(lastMessage(w))).toContain('1. Công nhân may — May Phổ Yên · Nguyễn Thị Lan · đã nhận vào làm');
    expect(w.sent).toBe(3);
  });

  it.each([
    ['introduced', 3, ['out.set.hired', 'out.set.not_hired', 'out.set.withdrawn', 'out.back']],
    ['withdrawn', 4, ['out.set.introduced', 'out.set.hired', 'out.set.not_hired', 'out.back']],
    ['not_hired', 5, ['out.set.introduced', 'out.set.hired', 'out.set.withdrawn', 'out.back']],
  ])('from %s, every other outcome is offered (a correction)', (_status, number, offered) => {
    expect(lastMessage(walk([String(number)])).choices?.map((c) => c.id)).toEqual(offered);
  });

  it('a correction away from "hired" is confirmed once; "no" keeps it', () => {
    const asked = walk(['2', '2']);
    expect(asked.effects).toEqual([]);
    expect(render(lastMessage(asked))).toBe(
      [
        'Người lao động (ẩn danh) đang được ghi là đã nhận vào làm ("Phụ kho"). Sửa thành "không được nhận"?',
        '1. Sửa',
        '2. Không sửa',
        'Bạn chọn số nào? (gõ 0 để về menu)',
      ].join('\n'),
    );
    expect(walk(['2', '2', '1']).effects).toEqual([
      { kind: 'move_application', applicationId: 11, status: 'not_hired', as: 'official' },
    ]);
    const kept = walk(['2', '2', '2']);
    expect(kept.effects).toEqual([]);
    expect(render(lastMessage(kept))).toContain('Hiện tại: đã nhận vào làm');
    expect(walk(['2', '2', 'xyz']).final.kind).toBe('miss');
  });

  it('a correction not away from "hired" needs no confirmation', () => {
    expect(walk(['3', '1']).effects).toEqual([
      { kind: 'move_application', applicationId: 10, status: 'hired', as: 'official' },
    ]);
  });

  it('answers misses with the question and an example, and goes back to the list', () => {
    const w = walk(['9', '1', 'xyz', 'quay lai']);
    expect(render(w.messages[1]!)).toContain('Bạn gõ số của một mục trong danh sách, ví dụ: 1');
    expect(render(w.messages[3]!)).toContain('Bạn trả lời bằng một số trong danh sách, ví dụ: 1');
    expect(render(lastMessage(w))).toContain('(1–5 trong 6');
    expect(w.effects).toEqual([]);
  });

  it('an application gone from the scope meanwhile: back to the list, nothing written', () => {
    const before = walk(['1']);
    const after = official(ITEMS.slice(1));
    const result = outcomesFlow.step(
      before.state!,
      { text: '2', choiceId: 'out.set.hired', choiceIds: ['out.set.hired'] },
      after,
    );
    expect(result.kind).toBe('continue');
    if (result.kind !== 'continue') return;
    expect(result.effects ?? []).toEqual([]);
    expect(render(result.replies[0]!)).toContain('(1–5 trong 5');
  });

  it('renders in English', () => {
    const text = render(lastMessage(walk([], official(ITEMS, 'en'))));
    expect(text).toContain('Applications in your area (1–5 of 6, newest first):');
    expect(text).toContain('2. Phụ kho — May Phổ Yên · Worker (anonymous) · hired');
  });
});
