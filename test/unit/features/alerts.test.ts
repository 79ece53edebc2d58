import { describe, expect, it } from 'vitest';
import { type Answer, lastMessage, render, walkFlow } from '../engine/flow-walk.ts';

import type { WorkerProfile } from '../../../src/kernel/worker-profile.ts';
import { alertsFlow } from '../../../src/features/alerts/flow.ts';
import { PRIORITY_CONSENT_VERSION } from '../../../src/features/registration/flow.ts';
import { DEFAULT_QUIET_HOURS } from '../../../src/kernel/quiet-hours.ts';
import type { Context, Emits } from '../../../src/features/alerts/context.ts';
import { HOME_MENU } from '../../harness/home-menu.ts';

/**
 * /theodoi as a table: the summary of the whole profile, pause / resume, and an edit of each field (the same
 * questions as registration), each saving and coming back to the summary.
 */

const NOW = new Date('2026-11-20T03:00:00Z');
const PROFILE: WorkerProfile = {
  fullName: null,
  birthYear: 1998,
  phoneE164: null,
  communeCode: '00715', // Xã Lũng Cú, Tuyên Quang
  occupations: ['factory'],
  reach: 'province',
  frequency: 'instant',
  digestHour: null,
  priorityGroups: [],
  priorityConsent: false,
  paused: false,
};
const FULL: WorkerProfile = {
  ...PROFILE,
  fullName: 'Lò Thị Mai',
  phoneE164: '+84981234678',
  priorityGroups: ['near_poor'],
  priorityConsent: true,
};

/** What a save writes: the profile without the fields read from the database only. */
function save(base: WorkerProfile, changes: Partial<WorkerProfile> = {}): Emits {
  const { paused: _paused, priorityConsent, ...rest } = { ...base, ...changes };
  const { priorityGroups, ...others } = rest;
  return {
    kind: 'save_worker_profile',
    profile: priorityConsent ? { ...others, priorityGroups: priorityGroups ?? [] } : others,
  };
}
const GRANT_PRIORITY: Emits = {
  kind: 'grant_consent',
  purpose: 'priority_status',
  textVersion: PRIORITY_CONSENT_VERSION,
};

interface Row {
  name: string;
  script: Answer[];
  profile?: WorkerProfile | null;
  lang?: 'vi' | 'en';
  end: 'done' | 'continue' | 'miss';
  step?: string;
  says?: string[];
  /** Fragments the final message must not contain. */
  hides?: string[];
  saw?: string[];
  effects?: Emits[];
}

const ROWS: Row[] = [
  // ---- the summary, pause and resume ----------------------------------------------------------------------
  {
    name: 'the summary shows the whole profile, without name, phone or groups yet',
    script: [],
    end: 'continue',
    step: 'menu',
    says: [
      'Thông tin của bạn:',
      '📍 Xã Lũng Cú, Tuyên Quang',
      'Nghề: Công nhân nhà máy',
      'Đi làm: Trong tỉnh · Nhận tin: Ngay khi có tin',
      'Chưa có tên',
      'Năm sinh: 1998',
      'Chưa có số',
      'Diện ưu tiên: chưa khai',
      '1. Sửa thông tin',
      '2. Tạm dừng nhận tin',
      '3. Về menu',
    ],
  },
  {
    name: 'the summary masks the phone but its last 3 digits and shows priority status only as declared',
    script: [],
    profile: FULL,
    end: 'continue',
    says: ['👤 Lò Thị Mai', '☎️ xxxx xxx 678', 'Diện ưu tiên: đã khai'],
    hides: ['0981', '981 234', 'nghèo'],
  },
  {
    name: 'a paused profile says so and offers to resume',
    script: [],
    profile: { ...PROFILE, paused: true },
    end: 'continue',
    says: ['Đang tạm dừng', '2. Nhận tin trở lại'],
  },
  { name: 'pause', script: ['2'], end: 'done', says: ['Đã tạm dừng'], effects: [{ kind: 'pause_alerts' }] },
  {
    name: 'resume',
    script: ['2'],
    profile: { ...PROFILE, paused: true },
    end: 'done',
    says: ['nhận tin việc làm trở lại'],
    effects: [{ kind: 'resume_alerts' }],
  },
  {
    name: 'pause by button (Telegram)',
    script: [{ choiceId: 'alerts.pause' }],
    end: 'done',
    effects: [{ kind: 'pause_alerts' }],
  },
  {
    name: 'back to the menu',
    script: ['3'],
    end: 'done',
    says: ['Xin chào', '1. Đăng ký nhận tin việc làm'],
    effects: [],
  },
  {
    name: 'anything else at the summary is a miss',
    script: ['abc'],
    end: 'miss',
    says: ['ví dụ: 1', '1. Sửa thông tin'],
  },
  {
    name: 'without a profile: offers to register',
    script: [],
    profile: null,
    end: 'done',
    says: ['Bạn chưa đăng ký', '1. Đăng ký ngay'],
    effects: [],
  },
  {
    name: '"edit" lists every field',
    script: ['1'],
    end: 'continue',
    step: 'fields',
    says: [
      'Bạn muốn sửa mục nào?',
      '1. Xã/phường',
      '2. Nghề',
      '3. Nơi có thể đi làm',
      '4. Cách nhận tin',
      '5. Tên',
      '6. Số điện thoại',
      '7. Diện ưu tiên',
      '8. Giới tính',
      '9. Lương tối thiểu',
      '10. Nghề muốn học',
      '11. Quay lại',
    ],
  },
  {
    name: 'the field list: back to the summary',
    script: ['1', '11'],
    end: 'continue',
    step: 'menu',
    says: ['Thông tin của bạn:'],
    effects: [],
  },
  {
    name: 'trades to learn: named ones replace those saved, shown on the summary',
    script: ['1', '10', 'hàn và 2'],
    end: 'continue',
    step: 'menu',
    saw: ['Đã lưu'],
    says: ['🎓 Muốn học nghề: May mặc, dệt, da giày, Cơ khí, hàn'],
    effects: [{ kind: 'save_training_interest', occupations: ['garment', 'mechanic_welding'] }],
  },
  {
    name: 'trades to learn: "bỏ qua" clears them',
    script: ['1', '10', 'bỏ qua'],
    end: 'continue',
    step: 'menu',
    saw: ['Đã bỏ nghề muốn học'],
    hides: ['Muốn học nghề'],
    effects: [{ kind: 'save_training_interest', occupations: [] }],
  },
  {
    name: 'trades to learn: words naming none are a miss',
    script: ['1', '10', 'abc xyz'],
    end: 'miss',
    says: ['Mình chưa rõ nghề nào'],
  },
  {
    name: 'the field list: a number not in it is a miss',
    script: ['1', '12'],
    end: 'miss',
    says: ['ví dụ: 1', '7. Diện ưu tiên'],
  },

  // ---- the place, occupations, reach, how often -----------------------------------------------------------------
  {
    name: 'commune: a new one, saved, back at the summary',
    script: ['1', '1', 'meo vac', '1'],
    end: 'continue',
    step: 'menu',
    saw: ['Bạn ở xã/phường nào?', '✅ Đã lưu thay đổi.'],
    says: ['📍 Xã Mèo Vạc, Tuyên Quang', '1. Sửa thông tin'],
    effects: [save(PROFILE, { communeCode: '00769' })],
  },
  {
    name: 'commune: a province first, then the commune inside it with a pick',
    script: ['1', '1', 'thai nguyen', 'van lang', '2'],
    end: 'continue',
    step: 'menu',
    effects: [save(PROFILE, { communeCode: '05665' })],
  },
  {
    name: 'commune: "commune, province" in one answer',
    script: ['1', '1', 'Lũng Cú, Tuyên Quang'],
    end: 'continue',
    step: 'menu',
    effects: [save(PROFILE)],
  },
  {
    name: 'commune: an unknown place is a miss with an example',
    script: ['1', '1', 'xyzabc'],
    end: 'miss',
    says: ['"xyzabc"', 'Ví dụ: Mèo Vạc'],
  },
  {
    name: 'occupations: by number',
    script: ['1', '2', '5 6'],
    end: 'continue',
    step: 'menu',
    says: ['Nghề: Lái xe'],
    effects: [save(PROFILE, { occupations: ['driver', 'hospitality'] })],
  },
  {
    name: 'occupations: "Khác", then the trade',
    script: ['1', '2', '9', 'bảo vệ'],
    end: 'continue',
    step: 'menu',
    saw: ['Bạn gõ tên việc muốn làm nhé'],
    effects: [save(PROFILE, { occupations: ['security'] })],
  },
  {
    name: 'reach: the whole country',
    script: ['1', '3', '3'],
    end: 'continue',
    step: 'menu',
    says: ['Đi làm: Cả nước'],
    effects: [save(PROFILE, { reach: 'country' })],
  },
  {
    name: 'how often: every morning',
    script: ['1', '4', '2'],
    end: 'continue',
    step: 'menu',
    says: ['Nhận tin: Mỗi ngày 1 lần, 7 giờ sáng'],
    effects: [save(PROFILE, { frequency: 'daily', digestHour: 7 })],
  },
  {
    name: 'how often: an hour typed, "18 giờ"',
    script: ['1', '4', '18 giờ'],
    end: 'continue',
    step: 'menu',
    says: ['Mỗi ngày 1 lần, lúc 18 giờ'],
    effects: [save(PROFILE, { frequency: 'daily', digestHour: 18 })],
  },
  {
    name: 'how often: back to as soon as there is one',
    script: ['1', '4', '1'],
    profile: { ...PROFILE, frequency: 'daily', digestHour: 19 },
    end: 'continue',
    effects: [save(PROFILE)],
  },
  {
    name: 'how often: 5 in the morning is in the quiet hours',
    script: ['1', '4', '5 giờ sáng'],
    end: 'miss',
    says: ['từ 7 đến 20'],
  },

  // ---- name and phone --------------------------------------------------------------------------------
  {
    name: 'name: typed, saved, shown on the summary',
    script: ['1', '5', 'nguyễn văn an'],
    end: 'continue',
    step: 'menu',
    saw: ['✅ Đã lưu tên: Nguyễn Văn An.'],
    says: ['👤 Nguyễn Văn An'],
    effects: [save(PROFILE, { fullName: 'Nguyễn Văn An' })],
  },
  {
    name: 'name: the question shows the current one and "keep"',
    script: ['1', '5'],
    profile: FULL,
    end: 'continue',
    step: 'name',
    says: ['Tên đang lưu: Lò Thị Mai.', '1. Giữ nguyên'],
  },
  {
    name: 'name: kept',
    script: ['1', '5', '1'],
    profile: FULL,
    end: 'continue',
    step: 'menu',
    says: ['👤 Lò Thị Mai'],
    effects: [],
  },
  { name: 'name: not a name is a miss', script: ['1', '5', '12345'], end: 'miss', says: ['Mình chưa đọc được tên'] },
  {
    name: 'phone: a new number',
    script: ['1', '6', '0987 654 321'],
    end: 'continue',
    step: 'menu',
    saw: ['✅ Đã lưu số: 0987 654 321.'],
    says: ['☎️ xxxx xxx 321'],
    effects: [save(PROFILE, { phoneE164: '+84987654321' })],
  },
  {
    name: 'phone: the question shows the saved number masked, keep or delete',
    script: ['1', '6'],
    profile: FULL,
    end: 'continue',
    step: 'phone',
    says: ['Số đang lưu: xxxx xxx 678.', '1. Giữ nguyên', '2. Xoá số đã lưu', '"Quan tâm"'],
    hides: ['0981', '981 234'],
  },
  {
    name: 'phone: deleted',
    script: ['1', '6', '2'],
    profile: FULL,
    end: 'continue',
    step: 'menu',
    saw: ['✅ Đã xoá số điện thoại.'],
    says: ['Chưa có số'],
    effects: [{ kind: 'forget_phone' }, save(FULL, { phoneE164: null })],
  },
  { name: 'phone: kept', script: ['1', '6', 'giữ nguyên'], profile: FULL, end: 'continue', step: 'menu', effects: [] },
  {
    name: 'phone: an old 11-digit number is shown converted before it is kept',
    script: ['1', '6', '0165 234 5678', '1'],
    end: 'continue',
    step: 'menu',
    saw: ['Số mới của bạn là 0352 345 678'],
    effects: [save(PROFILE, { phoneE164: '+84352345678' })],
  },
  {
    name: 'phone: a landline is a miss',
    script: ['1', '6', '0243 123 4567'],
    end: 'miss',
    says: ['số di động Việt Nam'],
  },

  // ---- priority status ---------------------------------------------------------------------------------
  {
    name: 'priority without consent: its own consent question first',
    script: ['1', '7'],
    end: 'continue',
    step: 'priority_consent',
    says: ['nhạy cảm', 'không bắt buộc', 'không bao giờ gửi cho nhà tuyển dụng', '1. Đồng ý, khai ngay', '2. Không'],
    effects: [],
  },
  {
    name: 'priority without consent: "no" records nothing',
    script: ['1', '7', '2'],
    end: 'continue',
    step: 'menu',
    says: ['Diện ưu tiên: chưa khai'],
    effects: [],
  },
  {
    name: 'priority without consent: "yes" records it, then the groups are saved',
    script: ['1', '7', '1', '3 5'],
    end: 'continue',
    step: 'menu',
    says: ['Diện ưu tiên: đã khai'],
    saw: ['✅ Đã lưu diện ưu tiên.'],
    effects: [
      GRANT_PRIORITY,
      save(PROFILE, { priorityConsent: true, priorityGroups: ['newly_out_of_poverty', 'disability'] }),
    ],
  },
  {
    name: 'priority with consent: the person sees what is kept, and can redo, withdraw or keep',
    script: ['1', '7'],
    profile: FULL,
    end: 'continue',
    step: 'priority_manage',
    says: ['Đang lưu: Hộ cận nghèo.', '1. Khai lại', '2. Rút lại đồng ý, xoá thông tin này', '3. Giữ nguyên'],
  },
  {
    name: 'priority with consent: declared again (no second consent)',
    script: ['1', '7', '1', '1 4'],
    profile: FULL,
    end: 'continue',
    step: 'menu',
    effects: [save(FULL, { priorityGroups: ['poor', 'ethnic_minority'] })],
  },
  {
    name: 'priority with consent: withdrawn, the groups cleared',
    script: ['1', '7', '2'],
    profile: FULL,
    end: 'continue',
    step: 'menu',
    saw: ['✅ Đã rút lại đồng ý và xoá diện ưu tiên của bạn.'],
    says: ['Diện ưu tiên: chưa khai'],
    effects: [{ kind: 'withdraw_consent', purpose: 'priority_status' }],
  },
  {
    name: 'priority with consent: kept',
    script: ['1', '7', '3'],
    profile: FULL,
    end: 'continue',
    step: 'menu',
    effects: [],
  },
  {
    name: 'priority with consent: anything else is a miss',
    script: ['1', '7', 'abc'],
    profile: FULL,
    end: 'miss',
    says: ['ví dụ: 1', '1. Khai lại'],
  },

  // ---- English ---------------------------------------------------------------------------------------
  {
    name: 'English summary and an edit',
    script: ['1', '5', 'Lo Thi Mai'],
    lang: 'en',
    end: 'continue',
    saw: ['What would you like to change?', 'What is your name?', '✅ Name saved: Lo Thi Mai.'],
    says: ['Your details:', '👤 Lo Thi Mai', 'Priority status: not declared', '1. Change my details'],
    effects: [save(PROFILE, { fullName: 'Lo Thi Mai' })],
  },
];

function context(row: Row): Context {
  return {
    lang: row.lang ?? 'vi',
    now: NOW,
    quietHours: DEFAULT_QUIET_HOURS,
    employer: null,
    menu: HOME_MENU,
    profile: row.profile === undefined ? PROFILE : row.profile,
    workerSex: null,
    workerWageFloor: null,
  };
}

describe('alertsFlow walks', () => {
  it.each(ROWS)('$name', (row) => {
    const w = walkFlow(alertsFlow, row.script, context(row));
    expect(w.final.kind).toBe(row.end);
    if (row.step !== undefined) expect(w.state?.step).toBe(row.step);
    const final = render(lastMessage(w));
    for (const fragment of row.says ?? []) expect(final).toContain(fragment);
    for (const fragment of row.hides ?? []) expect(final).not.toContain(fragment);
    const all = w.messages.map(render).join('\n---\n');
    for (const fragment of row.saw ?? []) expect(all).toContain(fragment);
    if (row.effects !== undefined) expect(w.effects).toEqual(row.effects);
    if (row.end === 'done' && row.effects === undefined) throw new Error('a done row must check its effects');
  });

  it('every message is short and every question numbered with a way out', () => {
    for (const row of ROWS) {
      const w = walkFlow(alertsFlow, row.script, context(row));
      for (const result of w.results) {
        const messages = result.kind === 'miss' ? [result.reprompt] : result.replies;
        for (const message of messages) expect(message.text.split('\n').length).toBeLessThanOrEqual(7);
        const question = result.kind === 'done' ? undefined : messages.at(-1);
        if (question) expect(question.prompt).toMatch(/\((gõ 0 để về menu|type 0 for the menu)\)$/);
      }
    }
  });

  it('a question in progress survives a round trip through JSON', () => {
    const w = walkFlow(alertsFlow, ['1', '1', 'meo vac'], context({ name: '', script: [], end: 'continue' }));
    const stored = JSON.parse(JSON.stringify(w.state));
    const result = alertsFlow.step(
      stored,
      { text: '1', choiceId: 'geo.00769', choiceIds: ['geo.00769'] },
      {
        lang: 'vi',
        now: NOW,
        quietHours: DEFAULT_QUIET_HOURS,
        employer: null,
        menu: HOME_MENU,
        profile: PROFILE,
        workerSex: null,
        workerWageFloor: null,
      },
    );
    expect(result.kind === 'continue' && result.effects).toEqual([save(PROFILE, { communeCode: '00769' })]);
  });

  it('a profile gone meanwhile (consent withdrawn elsewhere) ends the flow', () => {
    const result = alertsFlow.step(
      { flow: 'alerts', step: 'menu', data: {}, misses: 0 },
      { text: '1', choiceId: null, choiceIds: [] },
      {
        lang: 'vi',
        now: NOW,
        quietHours: DEFAULT_QUIET_HOURS,
        employer: null,
        menu: HOME_MENU,
        profile: null,
        workerSex: null,
        workerWageFloor: null,
      },
    );
    expect(result.kind).toBe('done');
  });
});

describe('alertsFlow state', () => {
  it('a field question whose stored answers are gone starts from the saved profile', () => {
    const result = alertsFlow.step(
      { flow: 'alerts', step: 'reach', data: {}, misses: 0 },
      { text: '3', choiceId: 'reach.country', choiceIds: ['reach.country'] },
      {
        lang: 'vi',
        now: NOW,
        quietHours: DEFAULT_QUIET_HOURS,
        employer: null,
        menu: HOME_MENU,
        profile: PROFILE,
        workerSex: null,
        workerWageFloor: null,
      },
    );
    expect(result.kind === 'continue' && result.effects).toEqual([save(PROFILE, { reach: 'country' })]);
  });

  it('an unknown step shows the summary again', () => {
    const result = alertsFlow.step(
      { flow: 'alerts', step: 'gone', data: {}, misses: 0 },
      { text: '1', choiceId: null, choiceIds: [] },
      {
        lang: 'vi',
        now: NOW,
        quietHours: DEFAULT_QUIET_HOURS,
        employer: null,
        menu: HOME_MENU,
        profile: PROFILE,
        workerSex: null,
        workerWageFloor: null,
      },
    );
    expect(result.kind === 'continue' && result.state.step).toBe('menu');
  });
});
