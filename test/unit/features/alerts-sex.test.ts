import { describe, expect, it } from 'vitest';

import type { WorkerProfile } from '../../../src/kernel/worker-profile.ts';
import { alertsFlow } from '../../../src/features/alerts/flow.ts';
import { lastMessage, render, walkFlow, type Answer } from '../engine/flow-walk.ts';
import { DEFAULT_QUIET_HOURS } from '../../../src/kernel/quiet-hours.ts';
import type { Context } from '../../../src/features/alerts/context.ts';
import { HOME_MENU } from '../../harness/home-menu.ts';

/** /theodoi → Sửa thông tin → Giới tính: optional, shown in the summary only when given, "rather not say" clears it. */

const NOW = new Date('2026-11-20T03:00:00Z');
const PROFILE: WorkerProfile = {
  fullName: 'Lò Thị Mai',
  birthYear: 1998,
  phoneE164: null,
  communeCode: '00715',
  occupations: ['factory'],
  reach: 'province',
  frequency: 'instant',
  digestHour: null,
  priorityGroups: [],
  priorityConsent: false,
  paused: false,
};
const worker = (sex: 'female' | 'male' | null, lang: 'vi' | 'en' = 'vi'): Context => ({
  lang,
  now: NOW,
  quietHours: DEFAULT_QUIET_HOURS,
  employer: null,
  menu: HOME_MENU,
  profile: PROFILE,
  workerSex: sex,
  workerWageFloor: null,
});
const walk = (script: Answer[], context: Context) => walkFlow(alertsFlow, script, context);

describe('sex in /theodoi', () => {
  it('the summary shows it only when given', () => {
    expect(render(lastMessage(walk([], worker(null))))).toContain('👤 Lò Thị Mai · Năm sinh: 1998\n');
    expect(render(lastMessage(walk([], worker('female'))))).toContain('👤 Lò Thị Mai · Năm sinh: 1998 · Nữ\n');
    expect(render(lastMessage(walk([], worker('male', 'en'))))).toContain('👤 Lò Thị Mai · Born: 1998 · Male\n');
  });

  it('is asked with three numbered answers, saying what is stored', () => {
    expect(render(lastMessage(walk(['1', '8'], worker(null))))).toBe(
      [
        'Giới tính của bạn? Không bắt buộc; chỉ dùng để thống kê, không gửi cho nhà tuyển dụng.',
        '1. Nữ',
        '2. Nam',
        '3. Không muốn trả lời',
        'Bạn muốn làm gì? (gõ 0 để về menu)',
      ].join('\n'),
    );
    expect(render(lastMessage(walk(['1', 'gioi tinh'], worker('male'))))).toContain('Đang lưu: Nam.');
  });

  it.each([
    {
      name: 'given',
      sex: null,
      answer: '1',
      effects: [{ kind: 'set_sex', sex: 'female' }],
      note: '✅ Đã lưu thay đổi.',
      shown: '· Nữ',
    },
    {
      name: 'changed (typed without accents)',
      sex: 'female',
      answer: 'nam',
      effects: [{ kind: 'set_sex', sex: 'male' }],
      note: '✅ Đã lưu thay đổi.',
      shown: '· Nam',
    },
    {
      name: 'cleared',
      sex: 'female',
      answer: '3',
      effects: [{ kind: 'set_sex', sex: null }],
      note: '✅ Đã xoá thông tin giới tính.',
      shown: null,
    },
    { name: 'unchanged', sex: 'male', answer: '2', effects: [], note: null, shown: '· Nam' },
    { name: 'not given, still not given', sex: null, answer: '3', effects: [], note: null, shown: null },
  ] as const)('$name: back to the summary', ({ sex, answer, effects, note, shown }) => {
    const w = walk(['1', '8', answer], worker(sex));
    expect(w.effects).toEqual(effects);
    expect(w.final.kind).toBe('continue');
    expect(w.state?.step).toBe('menu');
    if (note) expect(render(w.messages.at(-2)!)).toBe(note);
    const summary = render(lastMessage(w));
    expect(summary).toContain('Thông tin của bạn:');
    if (shown) expect(summary).toContain(`1998 ${shown}`);
    else expect(summary).toContain('Năm sinh: 1998\n');
  });

  it('a wrong answer gets the question again', () => {
    const w = walk(['1', '8', 'xyz'], worker(null));
    expect(w.final.kind).toBe('miss');
    expect(render(lastMessage(w))).toContain('3. Không muốn trả lời');
    expect(w.effects).toEqual([]);
  });
});
