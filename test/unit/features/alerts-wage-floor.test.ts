import { describe, expect, it } from 'vitest';

import type { WorkerProfile } from '../../../src/kernel/worker-profile.ts';
import { alertsFlow } from '../../../src/features/alerts/flow.ts';
import { lastMessage, render, walkFlow, type Answer } from '../engine/flow-walk.ts';
import { DEFAULT_QUIET_HOURS } from '../../../src/kernel/quiet-hours.ts';
import type { Context, Emits } from '../../../src/features/alerts/context.ts';
import { HOME_MENU } from '../../harness/home-menu.ts';

/**
 * /theodoi → Sửa thông tin → Lương tối thiểu: typed as people write pay, monthly đồng only, shown in the summary
 * when set, cleared by the numbered choice or "bỏ" / "không"; a day rate or another currency is explained and asked
 * again.
 */

const NOW = new Date('2026-11-20T03:00:00Z');
const M = 1_000_000;
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
const worker = (wageFloor: number | null, lang: 'vi' | 'en' = 'vi', paused = false): Context => ({
  lang,
  now: NOW,
  quietHours: DEFAULT_QUIET_HOURS,
  employer: null,
  menu: HOME_MENU,
  profile: { ...PROFILE, paused },
  workerSex: 'female',
  workerWageFloor: wageFloor,
});
const walk = (script: Answer[], context: Context) => walkFlow(alertsFlow, script, context);
const OPEN = ['1', '9'];
const set = (vnd: number | null): Emits => ({ kind: 'set_wage_floor', vnd });

describe('the lowest pay in /theodoi', () => {
  it('the summary shows it on the work line only when set, the other lines unchanged', () => {
    expect(render(lastMessage(walk([], worker(null))))).toContain('Nghề: Công nhân nhà máy, sản xuất\n');
    const summary = render(lastMessage(walk([], worker(5 * M))));
    expect(summary).toContain('Nghề: Công nhân nhà máy, sản xuất · Lương từ 5 triệu/tháng\n');
    expect(summary).toContain('👤 Lò Thị Mai · Năm sinh: 1998 · Nữ');
    expect(render(lastMessage(walk([], worker(4.5 * M, 'en'))))).toContain(
      'Work: Factory / production worker · Pay from 4.5 million VND/month\n',
    );
  });

  it('the summary of a paused profile with everything set still fits on a phone screen', () => {
    expect(lastMessage(walk([], worker(5 * M, 'vi', true))).text.split('\n').length).toBeLessThanOrEqual(7);
  });

  it('is asked with an example and what an unknown wage means; a saved floor is shown with keep and remove', () => {
    expect(render(lastMessage(walk(OPEN, worker(null))))).toBe(
      [
        '💰 Mỗi tháng bạn muốn nhận lương ít nhất bao nhiêu? Ví dụ: 5 triệu',
        'Việc ghi rõ lương thấp hơn sẽ không gửi cho bạn; việc không ghi rõ lương tháng vẫn gửi.',
        '1. Không đặt mức lương',
        'Gõ số tiền, hoặc chọn một số. (gõ 0 để về menu)',
      ].join('\n'),
    );
    const withFloor = render(lastMessage(walk(['1', 'luong toi thieu'], worker(6 * M))));
    expect(withFloor).toContain('Đang lưu: từ 6 triệu/tháng.\n1. Giữ nguyên\n2. Bỏ mức lương tối thiểu');
  });

  it.each([
    {
      name: 'set, typed "5 triệu"',
      saved: null,
      answer: '5 triệu',
      effects: [set(5 * M)],
      note: '✅ Đã lưu lương tối thiểu: 5 triệu/tháng.',
      shown: '5 triệu/tháng',
    },
    {
      name: 'set, typed "5tr"',
      saved: null,
      answer: '5tr',
      effects: [set(5 * M)],
      note: '✅ Đã lưu lương tối thiểu: 5 triệu/tháng.',
      shown: '5 triệu/tháng',
    },
    {
      name: 'set, typed "4.500.000"',
      saved: null,
      answer: '4.500.000',
      effects: [set(4.5 * M)],
      note: '✅ Đã lưu lương tối thiểu: 4,5 triệu/tháng.',
      shown: '4,5 triệu/tháng',
    },
    {
      name: 'a bare 7 is 7 million',
      saved: null,
      answer: '7',
      effects: [set(7 * M)],
      note: '✅ Đã lưu lương tối thiểu: 7 triệu/tháng.',
      shown: '7 triệu/tháng',
    },
    {
      name: 'changed',
      saved: 5 * M,
      answer: '6 triệu',
      effects: [set(6 * M)],
      note: '✅ Đã lưu lương tối thiểu: 6 triệu/tháng.',
      shown: '6 triệu/tháng',
    },
    {
      name: 'the same amount again changes nothing',
      saved: 5 * M,
      answer: '5.000.000',
      effects: [],
      note: null,
      shown: '5 triệu/tháng',
    },
    { name: 'kept (choice 1)', saved: 5 * M, answer: '1', effects: [], note: null, shown: '5 triệu/tháng' },
    {
      name: 'removed (choice 2)',
      saved: 5 * M,
      answer: '2',
      effects: [set(null)],
      note: '✅ Đã bỏ mức lương tối thiểu.',
      shown: null,
    },
    {
      name: 'removed, typed "Bỏ"',
      saved: 5 * M,
      answer: 'Bỏ',
      effects: [set(null)],
      note: '✅ Đã bỏ mức lương tối thiểu.',
      shown: null,
    },
    {
      name: 'removed, typed "khong"',
      saved: 5 * M,
      answer: 'khong',
      effects: [set(null)],
      note: '✅ Đã bỏ mức lương tối thiểu.',
      shown: null,
    },
    { name: 'none set, none wanted (choice 1)', saved: null, answer: '1', effects: [], note: null, shown: null },
    { name: 'none set, "không"', saved: null, answer: 'không', effects: [], note: null, shown: null },
  ] as const)('$name: back to the summary', ({ saved, answer, effects, note, shown }) => {
    const w = walk([...OPEN, answer], worker(saved));
    expect(w.effects).toEqual(effects);
    expect(w.final.kind).toBe('continue');
    expect(w.state?.step).toBe('menu');
    if (note) expect(render(w.messages.at(-2)!)).toBe(note);
    else expect(render(w.messages.at(-2)!)).toContain('Mỗi tháng bạn muốn nhận lương'); // the question, no note in between
    const summary = render(lastMessage(w));
    expect(summary).toContain('Thông tin của bạn:');
    if (shown) expect(summary).toContain(`Nghề: Công nhân nhà máy, sản xuất · Lương từ ${shown}\n`);
    else expect(summary).toContain('Nghề: Công nhân nhà máy, sản xuất\n');
  });

  it.each([
    { answer: '300k/ngày', says: 'Mình chỉ so theo lương tháng (việc trả theo ngày, theo giờ vẫn gửi cho bạn).' },
    { answer: '25k/giờ', says: 'Mình chỉ so theo lương tháng' },
    { answer: '1000 USD', says: 'Mình chỉ so lương bằng tiền đồng.' },
    { answer: 'thỏa thuận', says: 'Mình chưa đọc được số tiền.' },
    { answer: '150 triệu', says: '150 triệu/tháng cao hơn nhiều so với thường lệ' },
  ])('"$answer" is explained and asked again, nothing saved', ({ answer, says }) => {
    const w = walk([...OPEN, answer], worker(null));
    expect(w.final.kind).toBe('miss');
    expect(w.state?.step).toBe('wage_floor');
    expect(w.effects).toEqual([]);
    const reprompt = render(lastMessage(w));
    expect(reprompt).toContain(says);
    expect(reprompt).toContain('ví dụ: 5 triệu');
    expect(reprompt).toMatch(/1\. Không đặt mức lương\n.*\(gõ 0 để về menu\)$/);
    // The answer that follows the explanation is read as before.
    const again = walk([...OPEN, answer, '5 triệu'], worker(null));
    expect(again.effects).toEqual([set(5 * M)]);
  });

  it('in English', () => {
    const w = walk([...OPEN, '5 million'], worker(null, 'en'));
    expect(w.messages.map(render).join('\n---\n')).toContain('What is the least you want to earn a month?');
    expect(w.effects).toEqual([set(5 * M)]);
    expect(render(w.messages.at(-2)!)).toBe('✅ Lowest pay saved: 5 million VND/month.');
    expect(render(lastMessage(w))).toContain('Pay from 5 million VND/month');
  });

  it('every message is short and every question keeps the way out', () => {
    for (const script of [OPEN, [...OPEN, '300k/ngày'], [...OPEN, '5tr']]) {
      for (const floor of [null, 5 * M]) {
        const w = walk(script, worker(floor));
        for (const result of w.results) {
          const messages = result.kind === 'miss' ? [result.reprompt] : result.replies;
          for (const message of messages) expect(message.text.split('\n').length).toBeLessThanOrEqual(7);
          const question = result.kind === 'done' ? undefined : messages.at(-1);
          if (question) expect(question.prompt).toMatch(/\(gõ 0 để về menu\)$/);
        }
      }
    }
  });
});
