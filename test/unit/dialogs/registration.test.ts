import { describe, expect, it } from 'vitest';
import { type Answer, lastMessage, render, type Walk, walkFlow } from './flow-walk.ts';
import { en, vi } from '../../../src/core/i18n/index.ts';
import type { Effect, FlowContext, FlowState, WorkerProfile } from '../../../src/dialogs/engine/types.ts';
import {
  ALERTS_CONSENT_VERSION,
  GUARDIAN_CONSENT_VERSION,
  registrationFlow,
} from '../../../src/dialogs/flows/registration.ts';

/**
 * Table-driven walks through the registration flow, with answers passed the way the engine passes them:
 * a typed "2" becomes the id of the 2nd choice last shown, "1 4" the ids of the 1st and 4th, a label its id.
 */

const NOW = new Date('2026-11-20T03:00:00Z'); // 10:00 in Vietnam; the year is 2026
const GRANT_ALERTS: Effect = { kind: 'grant_consent', purpose: 'alerts', textVersion: ALERTS_CONSENT_VERSION };
const GRANT_GUARDIAN: Effect = { kind: 'grant_consent', purpose: 'guardian', textVersion: GUARDIAN_CONSENT_VERSION };
const WITHDRAW_ALERTS: Effect = { kind: 'withdraw_consent', purpose: 'alerts' };

function context(overrides: Partial<FlowContext> = {}): FlowContext {
  return { lang: 'vi', now: NOW, profile: null, ...overrides };
}

function walk(script: readonly Answer[], ctx: FlowContext = context()): Walk {
  return walkFlow(registrationFlow, script, ctx);
}

const last = lastMessage;

function savedProfile(w: Walk): WorkerProfile | undefined {
  const save = w.effects.find((e) => e.kind === 'save_worker_profile');
  return save?.kind === 'save_worker_profile' ? save.profile : undefined;
}

const PROFILE: WorkerProfile = {
  fullName: null,
  birthYear: 1998,
  phoneE164: null,
  communeCode: '00715', // Xã Lũng Cú, Tuyên Quang
  occupations: ['factory', 'agriculture'],
  reach: 'province',
  frequency: 'instant',
  digestHour: null,
};

// consent → birth year → commune → occupations → reach → frequency → confirm
const TO_COMMUNE = ['1', '1998'];
const AFTER_COMMUNE = ['1 4', '2', '1'];

interface Row {
  name: string;
  script: Answer[];
  ctx?: Partial<FlowContext>;
  end: 'done' | 'continue' | 'miss';
  step?: string;
  /** Fragments of the final message (reprompt or last reply). */
  says?: string[];
  /** Fragments somewhere in the whole conversation. */
  saw?: string[];
  effects?: Effect[];
  profile?: Partial<WorkerProfile>;
}

const ROWS: Row[] = [
  {
    name: 'happy path, a unique commune (7 answers)',
    script: [...TO_COMMUNE, 'Lũng Cú', ...AFTER_COMMUNE, '1'],
    end: 'done',
    says: ['Không nộp bất kỳ khoản phí nào để được nhận việc.', 'ban đêm'],
    saw: ['📍 Xã Lũng Cú, Tuyên Quang', 'Năm sinh: 1998', 'Nghề: Công nhân nhà máy, sản xuất; Nông nghiệp'],
    effects: [GRANT_ALERTS, { kind: 'save_worker_profile', profile: PROFILE }],
  },
  {
    name: '"meo vac": the commune first, then the former district\'s other communes; pick one (8 answers)',
    script: [...TO_COMMUNE, 'meo vac', '3', '2 3', '3', '3', '1'],
    end: 'done',
    saw: ['Huyện Mèo Vạc cũ (Hà Giang) nay gồm 7 xã.', '1. Xã Mèo Vạc (Tuyên Quang)', '3. Xã Sơn Vĩ (Tuyên Quang)', 'Xã Sơn Vĩ, Tuyên Quang'],
    profile: { communeCode: '00778', occupations: ['garment', 'construction'], reach: 'country', frequency: 'daily', digestHour: 19 },
  },
  {
    name: '"van lang" inside Thái Nguyên offers both Văn Lang and Văn Lăng',
    script: [...TO_COMMUNE, 'thai nguyen', 'van lang'],
    end: 'continue',
    step: 'commune_pick',
    says: ['1. Xã Văn Lang (Thái Nguyên)', '2. Xã Văn Lăng (Thái Nguyên)'],
  },
  {
    name: '"van lang" inside Thái Nguyên, pick Văn Lăng',
    script: [...TO_COMMUNE, 'thai nguyen', 'van lang', '2', ...AFTER_COMMUNE, '1'],
    end: 'done',
    profile: { communeCode: '05665' },
  },
  {
    name: 'a province only, then the commune inside it',
    script: [...TO_COMMUNE, 'Thái Nguyên'],
    end: 'continue',
    step: 'commune',
    says: ['Bạn ở xã/phường nào của Thái Nguyên?', 'ví dụ:'],
  },
  {
    name: 'a province only, then the commune inside it, saved',
    script: [...TO_COMMUNE, 'Thái Nguyên', 'Phan Dinh Phung', ...AFTER_COMMUNE, '1'],
    end: 'done',
    profile: { communeCode: '05443' },
  },
  {
    name: 'the province again: asked again for the commune, with an example',
    script: [...TO_COMMUNE, 'Thái Nguyên', 'thai nguyen'],
    end: 'miss',
    says: ['Bạn ở xã/phường nào của Thái Nguyên?', 'ví dụ:'],
  },
  {
    name: 'an unknown place is a miss with an example',
    script: [...TO_COMMUNE, 'xyzabc'],
    end: 'miss',
    says: ['"xyzabc"', 'Ví dụ: Mèo Vạc, hoặc Phổ Yên Thái Nguyên', 'Bạn ở xã/phường nào?'],
  },
  {
    name: 'a photo at the commune question is a miss with an example',
    script: [...TO_COMMUNE, { text: null }],
    end: 'miss',
    says: ['ví dụ: Mèo Vạc'],
  },
  {
    name: 'a misspelling gets "did you mean", and the suggestion is taken',
    script: [...TO_COMMUNE, 'luong cu', '1', ...AFTER_COMMUNE, '1'],
    end: 'done',
    saw: ['Có phải bạn muốn nói:', '1. Xã Lũng Cú (Tuyên Quang)'],
    profile: { communeCode: '00715' },
  },
  {
    name: 'a new name typed instead of a number at the pick is searched',
    script: [...TO_COMMUNE, 'meo vac', 'Lũng Cú'],
    end: 'continue',
    step: 'occupations',
  },
  {
    name: 'a number not in the pick list is a miss',
    script: [...TO_COMMUNE, 'meo vac', '12'],
    end: 'miss',
    says: ['ví dụ: 1', '1. Xã Mèo Vạc (Tuyên Quang)'],
  },
  {
    name: 'several former districts: one choice each, expanded when chosen',
    script: [...TO_COMMUNE, 'chau thanh', '7', '2', ...AFTER_COMMUNE, '1'],
    end: 'done',
    saw: ['7. Huyện Châu Thành cũ (Bến Tre, 6 xã/phường)', 'Huyện Châu Thành cũ (Bến Tre) nay gồm 6 xã/phường.', 'Gõ tên xã kèm tên tỉnh'],
    profile: { communeCode: '28807' },
  },
  {
    name: 'consent declined: nothing saved, no effects',
    script: ['2'],
    end: 'done',
    says: ['mình không lưu gì của bạn', 'DANGKY'],
    effects: [],
  },
  {
    name: 'consent declined by typing "không đồng ý"',
    script: ['không đồng ý'],
    end: 'done',
    effects: [],
  },
  {
    name: 'consent given by typing "đồng ý"',
    script: ['đồng ý'],
    end: 'continue',
    step: 'birth_year',
    effects: [GRANT_ALERTS],
  },
  {
    name: 'other text at consent is a miss (silence is not consent)',
    script: ['xin chào'],
    end: 'miss',
    says: ['Gõ 1 nếu đồng ý', '1. Đồng ý', '2. Không đồng ý'],
    effects: [],
  },
  {
    name: 'under 16 with the guardian agreeing (8 answers)',
    script: ['1', '2011', '1', 'Lũng Cú', ...AFTER_COMMUNE, '1'],
    end: 'done',
    saw: ['Bạn chưa đủ 16 tuổi', 'bố mẹ hoặc người giám hộ'],
    effects: [GRANT_ALERTS, GRANT_GUARDIAN, { kind: 'save_worker_profile', profile: { ...PROFILE, birthYear: 2011 } }],
  },
  {
    name: 'under 16 with the guardian refusing: done, the alerts consent withdrawn',
    script: ['1', '2011', '2'],
    end: 'done',
    says: ['không lưu thông tin của bạn'],
    effects: [GRANT_ALERTS, WITHDRAW_ALERTS],
  },
  {
    name: 'under 15 refused, nothing stored',
    script: ['1', '2012'],
    end: 'done',
    says: ['dưới 15 tuổi', 'không lưu thông tin'],
    effects: [GRANT_ALERTS, WITHDRAW_ALERTS],
  },
  {
    name: 'age typed as "25 tuổi"',
    script: ['1', '25 tuổi', 'Lũng Cú', ...AFTER_COMMUNE, '1'],
    end: 'done',
    profile: { birthYear: 2001 },
  },
  {
    name: 'age typed as "25 tuoi" without accents',
    script: ['1', '25 tuoi'],
    end: 'continue',
    step: 'commune',
  },
  {
    name: 'a year inside a sentence: "sinh năm 1990"',
    script: ['1', 'sinh năm 1990', 'Lũng Cú', ...AFTER_COMMUNE, '1'],
    end: 'done',
    profile: { birthYear: 1990 },
  },
  {
    name: 'two digits are not read (year or age?): miss with examples',
    script: ['1', '98'],
    end: 'miss',
    says: ['ví dụ: 1998', 'ví dụ: 25 tuổi', 'Bạn sinh năm nào?'],
  },
  {
    name: 'a birth year too long ago is a miss',
    script: ['1', '1920'],
    end: 'miss',
    says: ['Năm sinh 1920 có vẻ chưa đúng', 'ví dụ: 1998'],
  },
  {
    name: 'occupations by numbers "1 4"',
    script: [...TO_COMMUNE, 'Lũng Cú', '1 4', '2', '1', '1'],
    end: 'done',
    profile: { occupations: ['factory', 'agriculture'] },
  },
  {
    name: 'occupations as text "phụ hồ và thợ may"',
    script: [...TO_COMMUNE, 'Lũng Cú', 'phụ hồ và thợ may', '2', '1', '1'],
    end: 'done',
    profile: { occupations: ['construction', 'garment'] },
  },
  {
    name: 'occupations mixed: a number and a name "2 và thợ hàn"',
    script: [...TO_COMMUNE, 'Lũng Cú', '2 và thợ hàn', '2', '1', '1'],
    end: 'done',
    profile: { occupations: ['garment', 'mechanic_welding'] },
  },
  {
    name: 'occupations: "Khác" and then the name typed',
    script: [...TO_COMMUNE, 'Lũng Cú', '1 9', 'bảo vệ', '2', '1', '1'],
    end: 'done',
    saw: ['Bạn gõ tên việc muốn làm nhé'],
    profile: { occupations: ['factory', 'security'] },
  },
  {
    name: 'occupations: a label pressed on Telegram',
    script: [...TO_COMMUNE, 'Lũng Cú', { choiceId: 'occ.driver' }, '2', '1', '1'],
    end: 'done',
    profile: { occupations: ['driver'] },
  },
  {
    name: 'a bad occupation answer is a miss with an example',
    script: [...TO_COMMUNE, 'Lũng Cú', 'abc xyz'],
    end: 'miss',
    says: ['ví dụ: 1 4', 'ví dụ: thợ may, phụ hồ', '9. Khác (gõ tên việc)'],
  },
  {
    name: 'an occupation number outside the menu is a miss',
    script: [...TO_COMMUNE, 'Lũng Cú', '1 12'],
    end: 'miss',
    says: ['ví dụ: 1 4'],
  },
  {
    name: 'a bad reach answer is a miss with an example',
    script: [...TO_COMMUNE, 'Lũng Cú', '1', '7'],
    end: 'miss',
    says: ['ví dụ: 2', '4. Cả nước và nước ngoài'],
  },
  {
    name: 'reach abroad, daily in the morning',
    script: [...TO_COMMUNE, 'Lũng Cú', '8', '4', '2', '1'],
    end: 'done',
    profile: { occupations: ['overseas_work'], reach: 'abroad', frequency: 'daily', digestHour: 7 },
  },
  {
    name: 'a bad frequency answer is a miss with an example',
    script: [...TO_COMMUNE, 'Lũng Cú', '1', '2', 'sometimes'],
    end: 'miss',
    says: ['ví dụ: 1'],
  },
  {
    name: 'a bad confirm answer is a miss with an example',
    script: [...TO_COMMUNE, 'Lũng Cú', ...AFTER_COMMUNE, 'ok'],
    end: 'miss',
    says: ['ví dụ: 1 để xác nhận', '1. Xác nhận'],
  },
  {
    name: 'edit the commune from confirm and come back to confirm',
    script: [...TO_COMMUNE, 'Lũng Cú', ...AFTER_COMMUNE, '2', 'meo vac', '1'],
    end: 'continue',
    step: 'confirm',
    says: ['📍 Xã Mèo Vạc, Tuyên Quang', '1. Xác nhận'],
  },
  {
    name: 'edit the commune from confirm, then save',
    script: [...TO_COMMUNE, 'Lũng Cú', ...AFTER_COMMUNE, '2', 'meo vac', '1', '1'],
    end: 'done',
    effects: [GRANT_ALERTS, { kind: 'save_worker_profile', profile: { ...PROFILE, communeCode: '00769' } }],
  },
  {
    name: 'edit occupations, reach and frequency from confirm',
    script: [...TO_COMMUNE, 'Lũng Cú', ...AFTER_COMMUNE, '3', '5', '4', '3', '5', '3', '1'],
    end: 'done',
    profile: { occupations: ['driver'], reach: 'country', frequency: 'daily', digestHour: 19 },
  },
  {
    name: 'an existing profile begins at confirm',
    script: [],
    ctx: { profile: { ...PROFILE, fullName: 'Lò Thị Mai', phoneE164: '+84912345678' } },
    end: 'continue',
    step: 'confirm',
    says: ['Bạn đã đăng ký rồi', '📍 Xã Lũng Cú, Tuyên Quang', 'Nhận tin: Ngay khi có tin'],
  },
  {
    name: 'an existing profile: change reach and save, name and phone kept',
    script: ['4', '3', '1'],
    ctx: { profile: { ...PROFILE, fullName: 'Lò Thị Mai', phoneE164: '+84912345678' } },
    end: 'done',
    effects: [{ kind: 'save_worker_profile', profile: { ...PROFILE, fullName: 'Lò Thị Mai', phoneE164: '+84912345678', reach: 'country' } }],
  },
  {
    name: 'an existing profile without occupations asks for them first',
    script: [],
    ctx: { profile: { ...PROFILE, occupations: [] } },
    end: 'continue',
    step: 'occupations',
  },
  {
    name: 'an existing daily digest at another hour shows that hour',
    script: [],
    ctx: { profile: { ...PROFILE, frequency: 'daily', digestHour: 12 } },
    end: 'continue',
    says: ['Nhận tin: Mỗi ngày 1 lần, lúc 12 giờ'],
  },
  {
    name: 'English: the whole walk',
    script: ['1', '1998', 'meo vac', '1', '1 4', '2', '1', '1'],
    ctx: { lang: 'en' },
    end: 'done',
    saw: [
      en['registration.consent.text'],
      'Do you agree?',
      'What year were you born?',
      'The former Huyện Mèo Vạc (Hà Giang) is now 7 communes.',
      '1. Factory / production worker',
      '4. Anywhere in Vietnam and abroad',
      'Birth year: 1998',
      '1. Confirm',
    ],
    says: ['Never pay any fee to get a job.', 'never send messages at night'],
    profile: { communeCode: '00769' },
  },
];

describe('registrationFlow walks', () => {
  it.each(ROWS)('$name', (row) => {
    const w = walk(row.script, context(row.ctx));
    expect(w.final.kind).toBe(row.end);
    if (row.step !== undefined) expect(w.state?.step).toBe(row.step);
    const final = render(last(w));
    for (const fragment of row.says ?? []) expect(final).toContain(fragment);
    const all = w.messages.map(render).join('\n---\n');
    for (const fragment of row.saw ?? []) expect(all).toContain(fragment);
    if (row.effects !== undefined) expect(w.effects).toEqual(row.effects);
    if (row.profile !== undefined) expect(savedProfile(w)).toEqual({ ...PROFILE, ...row.profile });
    if (row.end === 'done' && row.effects === undefined && row.profile === undefined) throw new Error('a done row must check its effects');
  });
});

describe('registrationFlow details', () => {
  it('gets from /start to confirmed in at most 10 messages on Zalo, with one disambiguation', () => {
    // /start and the menu's "1" open the flow; then every answer below is one message.
    const answers = ['1', '1998', 'meo vac', '2', '1 4', '2', '1', '1'];
    const w = walk(answers);
    expect(w.final.kind).toBe('done');
    expect(2 + answers.length).toBeLessThanOrEqual(10);
    expect(savedProfile(w)?.communeCode).toBe('00721'); // Xã Đồng Văn, the 2nd choice
  });

  it('"meo vac" offers Xã Mèo Vạc first and then the other 6 communes of the former district', () => {
    const w = walk([...TO_COMMUNE, 'meo vac']);
    expect(last(w).choices?.map((c) => c.id)).toEqual(['geo.00769', 'geo.00721', 'geo.00778', 'geo.00787', 'geo.00802', 'geo.00808', 'geo.00817']);
  });

  it('"van lang" in Thái Nguyên offers exactly Văn Lang and Văn Lăng', () => {
    const w = walk([...TO_COMMUNE, 'Thái Nguyên', 'van lang']);
    expect(last(w).choices).toEqual([
      { id: 'geo.02143', label: 'Xã Văn Lang (Thái Nguyên)' },
      { id: 'geo.05665', label: 'Xã Văn Lăng (Thái Nguyên)' },
    ]);
  });

  it('a ward name with its province ("Phổ Yên Thái Nguyên") offers the ward and the former city', () => {
    const w = walk([...TO_COMMUNE, 'Phổ Yên Thái Nguyên']);
    expect(last(w).choices?.[0]).toEqual({ id: 'geo.05860', label: 'Phường Phổ Yên (Thái Nguyên)' });
    expect(last(w).text).toContain('Thành phố Phổ Yên cũ (Thái Nguyên)');
  });

  it('shows at most 8 places and says how to narrow down', () => {
    const w = walk([...TO_COMMUNE, 'tan thanh']);
    expect(last(w).choices).toHaveLength(8);
    expect(last(w).text).toContain('Gõ tên xã kèm tên tỉnh');
  });

  it('a place button from an earlier list still works at the commune question', () => {
    const w = walk([...TO_COMMUNE, { choiceId: 'geo.00769' }]);
    expect(w.state?.step).toBe('occupations');
    expect(w.state?.data['communeCode']).toBe('00769');
  });

  it('the state is plain JSON and resumes after a round trip', () => {
    const first = walk([...TO_COMMUNE, 'meo vac']);
    const stored = JSON.parse(JSON.stringify(first.state)) as FlowState;
    const result = registrationFlow.step(stored, { text: '1', choiceId: 'geo.00769', choiceIds: ['geo.00769'] }, context());
    expect(result.kind).toBe('continue');
    if (result.kind === 'continue') expect(result.state.data['communeCode']).toBe('00769');
  });

  it('an unknown step starts again at consent', () => {
    const result = registrationFlow.step({ flow: 'registration', step: 'gone', data: {}, misses: 0 }, { text: '1', choiceId: null, choiceIds: [] }, context());
    expect(result.kind === 'continue' && result.state.step).toBe('consent');
  });

  it('the consent says what is stored, what for, how to stop and delete, and that it is automated', () => {
    const text = render(last(walk([])));
    for (const fragment of ['trợ lý tự động', 'năm sinh', 'xã/phường', 'nghề', 'nơi bạn có thể đi làm', 'báo tin việc làm', 'DUNG', 'XOA']) {
      expect(text).toContain(fragment);
    }
  });

  it('every question is short, numbered, ends with the question and a way out; ids are short ASCII', () => {
    const scripts: { script: Answer[]; ctx?: Partial<FlowContext> }[] = ROWS.map((row) => ({ script: row.script, ...(row.ctx ? { ctx: row.ctx } : {}) }));
    let checked = 0;
    for (const { script, ctx } of scripts) {
      const w = walk(script, context(ctx));
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
        if (result.kind === 'done') for (const reply of result.replies) expect(reply.text).toMatch(/0/);
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('speaks English from the catalogue: no Vietnamese-only registration text in an English walk', () => {
    const w = walk(['1', '1998', 'xyzabc', 'meo vac', '1', '1 4', '2', '1'], context({ lang: 'en' }));
    const all = w.messages.map(render).join('\n');
    const viOnly = Object.entries(vi)
      .filter(([key]) => key.startsWith('registration.'))
      .map(([, text]) => text.split('{')[0] ?? '')
      .filter((text) => text.length > 12);
    for (const text of viOnly) expect(all).not.toContain(text);
  });

  it('quotes what was typed on one short line', () => {
    const long = 'x'.repeat(80);
    const w = walk([...TO_COMMUNE, long]);
    expect(last(w).text).toContain(`"${'x'.repeat(39)}…"`);
  });
});
