import { describe, expect, it } from 'vitest';
import { type Answer, lastMessage, render, type Walk, walkFlow } from '../engine/flow-walk.ts';
import { vi } from '../../../src/kernel/i18n/index.ts';
import type { FlowState } from '../../../src/engine/types.ts';
import type { WorkerProfile } from '../../../src/kernel/worker-profile.ts';
import {
  ALERTS_CONSENT_VERSION,
  GUARDIAN_CONSENT_VERSION,
  PRIORITY_CONSENT_VERSION,
  registrationFlow,
} from '../../../src/features/registration/flow.ts';
import {
  isSkip,
  lastThreeDigits,
  parseHour,
  parseName,
  parsePriorityGroups,
} from '../../../src/features/registration/parse.ts';
import { PRIORITY_CHOICES, PRIORITY_NONE } from '../../../src/features/registration/questions.ts';
import { messages } from '../../../src/features/registration/messages.ts';
import { DEFAULT_QUIET_HOURS } from '../../../src/kernel/quiet-hours.ts';
import type { Context, Emits } from '../../../src/features/registration/context.ts';
import { HOME_MENU } from '../../harness/home-menu.ts';

/**
 * Table-driven walks through the registration flow, with answers passed the way the engine passes them:
 * a typed "2" becomes the id of the 2nd choice last shown, "1 4" the ids of the 1st and 4th, a label its id.
 */

const NOW = new Date('2026-11-20T03:00:00Z'); // 10:00 in Vietnam; the year is 2026
const GRANT_ALERTS: Emits = { kind: 'grant_consent', purpose: 'alerts', textVersion: ALERTS_CONSENT_VERSION };
const GRANT_GUARDIAN: Emits = { kind: 'grant_consent', purpose: 'guardian', textVersion: GUARDIAN_CONSENT_VERSION };
/** The training question passed (asked once: its time is written with no trades). */
const SKIP_TRAINING: Emits = { kind: 'save_training_interest', occupations: [] };
const GRANT_PRIORITY: Emits = {
  kind: 'grant_consent',
  purpose: 'priority_status',
  textVersion: PRIORITY_CONSENT_VERSION,
};
const WITHDRAW_ALERTS: Emits = { kind: 'withdraw_consent', purpose: 'alerts' };

function context(overrides: Partial<Context> = {}): Context {
  return {
    lang: 'vi',
    now: NOW,
    quietHours: DEFAULT_QUIET_HOURS,
    employer: null,
    menu: HOME_MENU,
    profile: null,
    ...overrides,
  };
}

function walk(script: readonly Answer[], ctx: Context = context()): Walk<Emits> {
  return walkFlow(registrationFlow, script, ctx);
}

const last = lastMessage;

/** The first save (the confirm screen's), as most rows check it. */
function savedProfile(w: Walk<Emits>): WorkerProfile | undefined {
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
const save = (profile: Partial<WorkerProfile> = {}): Emits => ({
  kind: 'save_worker_profile',
  profile: { ...PROFILE, ...profile },
});

// consent → birth year → commune → occupations → reach → confirm (how often: "as soon as there is one", changeable
// there)
const TO_COMMUNE = ['1', '1998'];
const AFTER_COMMUNE = ['1 4', '2'];
/** Up to the saved profile: the flow then offers the optional extras, the name first. */
const SAVED = [...TO_COMMUNE, 'Lũng Cú', ...AFTER_COMMUNE, '1'];

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
  effects?: Emits[];
  /** The first profile saved (on the confirm screen). */
  profile?: Partial<WorkerProfile>;
}

/** The profile is saved at the confirm screen; the flow goes on with the optional name question. */
const SAVED_AT_NAME = { end: 'continue', step: 'name' } as const;

const ROWS: Row[] = [
  {
    name: 'happy path, a unique commune (6 answers), then the optional name',
    script: SAVED,
    ...SAVED_AT_NAME,
    says: ['Không bắt buộc', 'Bạn tên là gì?', '1. Để sau'],
    saw: [
      'Không nộp bất kỳ khoản phí nào để được nhận việc.',
      '📍 Xã Lũng Cú, Tuyên Quang',
      'Năm sinh: 1998',
      'Nghề: Công nhân nhà máy, sản xuất; Nông nghiệp',
      'Nhận tin: Ngay khi có tin',
    ],
    effects: [GRANT_ALERTS, save()],
  },
  {
    name: '"commune, province" in one answer is one answer',
    script: [...TO_COMMUNE, 'Lũng Cú, Tuyên Quang', ...AFTER_COMMUNE, '1'],
    ...SAVED_AT_NAME,
    profile: {},
  },
  {
    name: '"meo vac": the commune first, then the former district\'s other communes; pick one (7 answers)',
    script: [...TO_COMMUNE, 'meo vac', '3', '2 3', '3', '1'],
    ...SAVED_AT_NAME,
    saw: [
      'Huyện Mèo Vạc cũ (Hà Giang) nay gồm 7 xã.',
      '1. Xã Mèo Vạc (Tuyên Quang)',
      '3. Xã Sơn Vĩ (Tuyên Quang)',
      'Xã Sơn Vĩ, Tuyên Quang',
    ],
    profile: { communeCode: '00778', occupations: ['garment', 'construction'], reach: 'country' },
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
    ...SAVED_AT_NAME,
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
    ...SAVED_AT_NAME,
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
    ...SAVED_AT_NAME,
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
    ...SAVED_AT_NAME,
    saw: [
      '7. Huyện Châu Thành cũ (Bến Tre, 6 xã/phường)',
      'Huyện Châu Thành cũ (Bến Tre) nay gồm 6 xã/phường.',
      'Gõ tên xã kèm tên tỉnh',
    ],
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
    name: 'under 16 with the guardian agreeing (7 answers)',
    script: ['1', '2011', '1', 'Lũng Cú', ...AFTER_COMMUNE, '1'],
    ...SAVED_AT_NAME,
    saw: ['Bạn chưa đủ 16 tuổi', 'bố mẹ hoặc người giám hộ'],
    effects: [GRANT_ALERTS, GRANT_GUARDIAN, save({ birthYear: 2011 })],
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
    ...SAVED_AT_NAME,
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
    ...SAVED_AT_NAME,
    profile: { birthYear: 1990 },
  },
  {
    name: 'two digits are guessed and shown back: "98" is 1998 after one tap',
    script: ['1', '98'],
    end: 'continue',
    step: 'birth_confirm',
    says: ['Mình hiểu là: Sinh năm 1998.', '1. Sinh năm 1998', '2. Không đúng, tôi gõ lại', 'Đúng không ạ?'],
  },
  {
    name: '"năm 96", confirmed with one tap, is 1996',
    script: ['1', 'năm 96', '1', 'Lũng Cú', ...AFTER_COMMUNE, '1'],
    ...SAVED_AT_NAME,
    profile: { birthYear: 1996 },
  },
  {
    name: '"96" confirmed by typing "đúng"',
    script: ['1', '96', 'đúng'],
    end: 'continue',
    step: 'commune',
  },
  {
    name: '"25" alone reads as an age: 25 years old, born 2001',
    script: ['1', '25', '1', 'Lũng Cú', ...AFTER_COMMUNE, '1'],
    ...SAVED_AT_NAME,
    profile: { birthYear: 2001 },
  },
  {
    name: '"40" reads two ways (1940, or 40 years old): the person picks',
    script: ['1', '40', '2'],
    end: 'continue',
    step: 'commune',
  },
  {
    name: 'a guess refused asks the year again; a full year typed at the guess is read',
    script: ['1', '96', '2', '1996'],
    end: 'continue',
    step: 'commune',
  },
  {
    name: 'two digits that make no working age (an age of 10, a year 2020) are a miss',
    script: ['1', 'năm 20'],
    end: 'miss',
    says: ['ví dụ: 1998', 'Bạn sinh năm nào?'],
  },
  {
    name: 'a year typed with two digits under 16 still asks a guardian',
    script: ['1', '11', '1'],
    end: 'continue',
    step: 'guardian',
  },
  {
    name: 'a birth year too long ago is a miss',
    script: ['1', '1920'],
    end: 'miss',
    says: ['Năm sinh 1920 có vẻ chưa đúng', 'ví dụ: 1998'],
  },
  {
    name: 'occupations as text "phụ hồ và thợ may"',
    script: [...TO_COMMUNE, 'Lũng Cú', 'phụ hồ và thợ may', '2', '1'],
    ...SAVED_AT_NAME,
    profile: { occupations: ['construction', 'garment'] },
  },
  {
    name: 'occupations mixed: a number and a name "2 và thợ hàn"',
    script: [...TO_COMMUNE, 'Lũng Cú', '2 và thợ hàn', '2', '1'],
    ...SAVED_AT_NAME,
    profile: { occupations: ['garment', 'mechanic_welding'] },
  },
  {
    name: 'occupations: a trade typed directly, without "Khác"',
    script: [...TO_COMMUNE, 'Lũng Cú', 'bảo vệ', '2', '1'],
    ...SAVED_AT_NAME,
    profile: { occupations: ['security'] },
  },
  {
    name: 'occupations: "Khác" and then the name typed',
    script: [...TO_COMMUNE, 'Lũng Cú', '1 9', 'bảo vệ', '2', '1'],
    ...SAVED_AT_NAME,
    saw: ['Bạn gõ tên việc muốn làm nhé'],
    profile: { occupations: ['factory', 'security'] },
  },
  {
    name: 'occupations: "Khác" with the trade beside it',
    script: [...TO_COMMUNE, 'Lũng Cú', '9 thợ hàn'],
    end: 'continue',
    step: 'reach',
  },
  {
    name: 'occupations: a label pressed on Telegram',
    script: [...TO_COMMUNE, 'Lũng Cú', { choiceId: 'occ.driver' }, '2', '1'],
    ...SAVED_AT_NAME,
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
    name: 'reach abroad',
    script: [...TO_COMMUNE, 'Lũng Cú', '8', '4', '1'],
    ...SAVED_AT_NAME,
    profile: { occupations: ['overseas_work'], reach: 'abroad' },
  },
  {
    name: 'the reach answer leads to the confirm screen, with alerts as soon as there is one',
    script: [...TO_COMMUNE, 'Lũng Cú', '1 4', '2'],
    end: 'continue',
    step: 'confirm',
    says: ['Nhận tin: Ngay khi có tin', '5. Sửa cách nhận tin'],
  },
  {
    name: 'how often, changed on the confirm screen: daily in the evening',
    script: [...TO_COMMUNE, 'Lũng Cú', ...AFTER_COMMUNE, '5', '3', '1'],
    ...SAVED_AT_NAME,
    saw: ['Mình không bao giờ gửi tin vào ban đêm.', 'ví dụ: 12 giờ', 'Nhận tin: Mỗi ngày 1 lần, 7 giờ tối'],
    profile: { frequency: 'daily', digestHour: 19 },
  },
  {
    name: 'how often: an hour typed, "12 giờ"',
    script: [...TO_COMMUNE, 'Lũng Cú', ...AFTER_COMMUNE, '5', '12 giờ', '1'],
    ...SAVED_AT_NAME,
    saw: ['Nhận tin: Mỗi ngày 1 lần, lúc 12 giờ'],
    profile: { frequency: 'daily', digestHour: 12 },
  },
  {
    name: 'how often: "8 giờ tối" is 20:00',
    script: [...TO_COMMUNE, 'Lũng Cú', ...AFTER_COMMUNE, '5', '8 giờ tối', '1'],
    ...SAVED_AT_NAME,
    profile: { frequency: 'daily', digestHour: 20 },
  },
  {
    name: 'how often: an hour in the quiet hours is a miss',
    script: [...TO_COMMUNE, 'Lũng Cú', ...AFTER_COMMUNE, '5', '22h'],
    end: 'miss',
    says: ['từ 21 giờ tối đến 7 giờ sáng', 'từ 7 đến 20'],
  },
  {
    name: 'a bad frequency answer is a miss with an example',
    script: [...TO_COMMUNE, 'Lũng Cú', ...AFTER_COMMUNE, '5', 'sometimes'],
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
    ...SAVED_AT_NAME,
    effects: [GRANT_ALERTS, save({ communeCode: '00769' })],
  },
  {
    name: 'edit occupations and reach from confirm',
    script: [...TO_COMMUNE, 'Lũng Cú', ...AFTER_COMMUNE, '3', '5', '4', '3', '1'],
    ...SAVED_AT_NAME,
    profile: { occupations: ['driver'], reach: 'country' },
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
    name: 'an existing profile: change reach and save; name and phone kept, only priority status still offered',
    script: ['4', '3', '1'],
    ctx: { profile: { ...PROFILE, fullName: 'Lò Thị Mai', phoneE164: '+84912345678' } },
    end: 'continue',
    step: 'priority_consent',
    effects: [save({ fullName: 'Lò Thị Mai', phoneE164: '+84912345678', reach: 'country' })],
  },
  {
    name: 'an existing complete profile: saving ends the flow, the groups written back with their consent',
    script: ['1'],
    ctx: {
      profile: {
        ...PROFILE,
        fullName: 'Lò Thị Mai',
        phoneE164: '+84912345678',
        priorityConsent: true,
        priorityGroups: ['near_poor'],
      },
    },
    end: 'done',
    says: ['Không nộp bất kỳ khoản phí nào'],
    effects: [save({ fullName: 'Lò Thị Mai', phoneE164: '+84912345678', priorityGroups: ['near_poor'] })],
  },
  {
    name: 'an existing profile with a name: the extras start at the phone',
    script: ['1'],
    ctx: { profile: { ...PROFILE, fullName: 'Lò Thị Mai' } },
    end: 'continue',
    step: 'phone',
    says: ['Không bắt buộc', 'Số điện thoại của bạn là gì?'],
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
    script: ['1', '1998', 'meo vac', '1', '1 4', '2', '1'],
    ctx: { lang: 'en' },
    end: 'continue',
    step: 'name',
    saw: [
      messages.en['registration.consent.text'],
      'Do you agree?',
      'What year were you born?',
      'The former Huyện Mèo Vạc (Hà Giang) is now 7 communes.',
      '1. Factory / production worker',
      '4. Anywhere in Vietnam and abroad',
      'Birth year: 1998',
      '1. Confirm',
      'Never pay any fee to get a job.',
      'never send messages at night',
    ],
    says: ['What is your name?', '1. Later'],
    profile: { communeCode: '00769' },
  },

  // ---- the optional extras, after the save ---------------------------------------------------------------
  {
    name: 'extras: name, phone, priority status with its consent, then done',
    script: [...SAVED, 'lò thị mai', '0912 345 678', '1', '2 4', '2 hàn'],
    end: 'done',
    says: ['Mình sẽ báo bạn khi có khoá học nghề', 'Xong rồi', 'THEODOI', 'Gõ 0'],
    saw: [
      'Bạn có muốn học nghề không?',
      '8. Không, bỏ qua',
      '✅ Đã lưu tên: Lò Thị Mai.',
      '✅ Đã lưu số: 0912 345 678.',
      'nhạy cảm',
      'không bao giờ gửi cho nhà tuyển dụng',
      'hộ nghèo, cận nghèo, mới thoát nghèo',
      '4. Người dân tộc thiểu số',
    ],
    effects: [
      GRANT_ALERTS,
      save(),
      save({ fullName: 'Lò Thị Mai' }),
      save({ fullName: 'Lò Thị Mai', phoneE164: '+84912345678' }),
      GRANT_PRIORITY,
      save({ fullName: 'Lò Thị Mai', phoneE164: '+84912345678', priorityGroups: ['near_poor', 'ethnic_minority'] }),
      { kind: 'save_training_interest', occupations: ['garment', 'mechanic_welding'] },
    ],
  },
  {
    name: 'extras: each passed with one answer ("1", "bỏ qua", "2", "8"): no priority consent, training passed',
    script: [...SAVED, '1', 'bỏ qua', '2', '8'],
    end: 'done',
    says: ['Xong rồi'],
    effects: [GRANT_ALERTS, save(), SKIP_TRAINING],
  },
  {
    name: 'extras: "để sau" at the name goes on to the phone, saying it is shared only on "Quan tâm"',
    script: [...SAVED, 'để sau'],
    end: 'continue',
    step: 'phone',
    says: ['"Quan tâm"', 'đồng ý', 'Ví dụ: 0912 345 678', '1. Để sau'],
    effects: [GRANT_ALERTS, save()],
  },
  {
    name: 'extras: "không" at the name passes it too',
    script: [...SAVED, 'không'],
    end: 'continue',
    step: 'phone',
  },
  {
    name: 'name: "cảm ơn" is not a name',
    script: [...SAVED, 'cảm ơn'],
    end: 'miss',
    says: ['Mình chưa đọc được tên', 'ví dụ: Lò Thị Mai', '1. Để sau'],
  },
  {
    name: 'name: digits are not a name',
    script: [...SAVED, 'Mai 1998'],
    end: 'miss',
    says: ['Mình chưa đọc được tên'],
  },
  {
    name: 'name: more than 60 characters is a miss',
    script: [...SAVED, 'a'.repeat(61)],
    end: 'miss',
  },
  {
    name: 'name: as written when it has capitals, an apostrophe kept',
    script: [...SAVED, "H'Hen Niê"],
    end: 'continue',
    step: 'phone',
    effects: [GRANT_ALERTS, save(), save({ fullName: "H'Hen Niê" })],
  },
  {
    name: 'phone: "+84 912 345 678" is kept and shown as 0912 345 678',
    script: [...SAVED, '1', '+84 912 345 678'],
    end: 'continue',
    step: 'priority_consent',
    saw: ['✅ Đã lưu số: 0912 345 678.'],
    effects: [GRANT_ALERTS, save(), save({ phoneE164: '+84912345678' })],
  },
  {
    name: 'phone: too short is a miss saying 10 digits',
    script: [...SAVED, '1', '12345'],
    end: 'miss',
    says: ['Số di động có 10 số', '"bỏ qua"'],
  },
  {
    name: 'phone: a landline is a miss asking for a mobile number',
    script: [...SAVED, '1', '0243 123 4567'],
    end: 'miss',
    says: ['số di động Việt Nam'],
  },
  {
    name: 'phone: words are a miss with an example',
    script: [...SAVED, '1', 'số của tôi'],
    end: 'miss',
    says: ['Mình chưa đọc được số điện thoại', '0912 345 678'],
  },
  {
    name: 'phone: an old 11-digit number is shown converted, and kept on "1"',
    script: [...SAVED, '1', '0165 234 5678'],
    end: 'continue',
    step: 'phone_confirm',
    says: [
      'Số mới của bạn là 0352 345 678',
      'Có đúng số 0352 345 678 không?',
      '1. Đúng số này',
      '2. Không, gõ lại',
      '3. Để sau',
    ],
  },
  {
    name: 'phone: the converted number confirmed',
    script: [...SAVED, '1', '0165 234 5678', '1'],
    end: 'continue',
    step: 'priority_consent',
    effects: [GRANT_ALERTS, save(), save({ phoneE164: '+84352345678' })],
  },
  {
    name: 'phone: an unusual prefix is shown back; "đúng" keeps it',
    script: [...SAVED, '1', '089 123 4567', 'đúng'],
    end: 'continue',
    step: 'priority_consent',
    saw: ['Số 0891 234 567 có đầu số ít gặp'],
    effects: [GRANT_ALERTS, save(), save({ phoneE164: '+84891234567' })],
  },
  {
    name: 'phone: an unusual prefix, "2" to type it again, then a usual number',
    script: [...SAVED, '1', '0891234567', '2', '0912345678'],
    end: 'continue',
    step: 'priority_consent',
    saw: ['Bạn gõ lại số điện thoại nhé'],
    effects: [GRANT_ALERTS, save(), save({ phoneE164: '+84912345678' })],
  },
  {
    name: 'phone: another number typed at the check is read as the answer',
    script: [...SAVED, '1', '0891234567', '0987 654 321'],
    end: 'continue',
    step: 'priority_consent',
    effects: [GRANT_ALERTS, save(), save({ phoneE164: '+84987654321' })],
  },
  {
    name: 'phone: anything else at the check is a miss',
    script: [...SAVED, '1', '0891234567', 'hmm'],
    end: 'miss',
    says: ['1 nếu đúng số 0891 234 567'],
  },
  {
    name: 'priority: the consent question says why, sensitive, optional, never to employers',
    script: [...SAVED, '1', '1'],
    end: 'continue',
    step: 'priority_consent',
    says: [
      'hộ nghèo, cận nghèo, mới thoát nghèo, người dân tộc thiểu số, người khuyết tật',
      'nhạy cảm',
      'không bắt buộc',
      'không bao giờ gửi cho nhà tuyển dụng',
      '1. Đồng ý, khai ngay',
      '2. Không, để sau',
    ],
  },
  {
    name: 'priority: "có" records the consent and asks the groups',
    script: [...SAVED, '1', '1', 'có'],
    end: 'continue',
    step: 'priority_groups',
    says: ['Bạn thuộc nhóm nào?', '1. Hộ nghèo', '5. Người khuyết tật', '6. Không thuộc nhóm nào', 'ví dụ: 1 4'],
    effects: [GRANT_ALERTS, save(), GRANT_PRIORITY],
  },
  {
    name: 'priority: other text at the consent is a miss (silence is not consent)',
    script: [...SAVED, '1', '1', 'xin chào'],
    end: 'miss',
    says: ['1 nếu đồng ý'],
    effects: [GRANT_ALERTS, save()],
  },
  {
    name: 'priority: "6" (none) is saved as no group',
    script: [...SAVED, '1', '1', '1', '6', 'bỏ qua'],
    end: 'done',
    saw: ['bạn không thuộc nhóm ưu tiên nào'],
    effects: [GRANT_ALERTS, save(), GRANT_PRIORITY, save({ priorityGroups: [] }), SKIP_TRAINING],
  },
  {
    name: 'priority: groups typed as words',
    script: [...SAVED, '1', '1', '1', 'hộ cận nghèo, dân tộc', 'không'],
    end: 'done',
    effects: [
      GRANT_ALERTS,
      save(),
      GRANT_PRIORITY,
      save({ priorityGroups: ['near_poor', 'ethnic_minority'] }),
      SKIP_TRAINING,
    ],
  },
  {
    name: 'priority: two household statuses is a miss',
    script: [...SAVED, '1', '1', '1', '1 2'],
    end: 'miss',
    says: ['một trong ba nhóm 1, 2, 3'],
  },
  {
    name: 'priority: "none" with a group is a miss',
    script: [...SAVED, '1', '1', '1', '4 6'],
    end: 'miss',
    says: ['không chọn cả hai'],
  },
  {
    name: 'priority: unreadable groups is a miss with an example',
    script: [...SAVED, '1', '1', '1', 'abc'],
    end: 'miss',
    says: ['ví dụ: 1 4', 'gõ 6'],
  },
  {
    name: 'priority: "bỏ qua" at the groups ends without groups',
    script: [...SAVED, '1', '1', '1', 'bỏ qua', 'bỏ qua'],
    end: 'done',
    effects: [GRANT_ALERTS, save(), GRANT_PRIORITY, SKIP_TRAINING],
  },
  {
    name: 'English extras',
    script: [...SAVED, 'Lo Thi Mai', 'skip', '1', '5', 'skip'],
    ctx: { lang: 'en' },
    end: 'done',
    saw: [
      '✅ Name saved: Lo Thi Mai.',
      'It is given to an employer only when you press "Interested"',
      'This is sensitive, optional, and never given to employers.',
    ],
    says: ['All done', '/alerts'],
    effects: [
      GRANT_ALERTS,
      save(),
      save({ fullName: 'Lo Thi Mai' }),
      GRANT_PRIORITY,
      save({ fullName: 'Lo Thi Mai', priorityGroups: ['disability'] }),
      SKIP_TRAINING,
    ],
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
    if (row.end === 'done' && row.effects === undefined && row.profile === undefined)
      throw new Error('a done row must check its effects');
  });
});

describe('registrationFlow: messages from /start to confirmed on Zalo (at most 10)', () => {
  // /start and the menu's "1" open the flow; then every answer below is one message, the last one confirms.
  it.each([
    { path: 'the common path, a unique commune', answers: ['1', '1998', 'Lũng Cú', '1 4', '2', '1'], sent: 8 },
    {
      path: 'commune and province in one answer',
      answers: ['1', '1998', 'Lũng Cú, Tuyên Quang', '1 4', '2', '1'],
      sent: 8,
    },
    { path: 'one place disambiguation ("meo vac")', answers: ['1', '1998', 'meo vac', '2', '1 4', '2', '1'], sent: 9 },
    {
      path: 'under 16 with the guardian, and a disambiguation',
      answers: ['1', '2011', '1', 'meo vac', '2', '1 4', '2', '1'],
      sent: 10,
    },
    {
      path: 'province first, then a commune that needs a pick',
      answers: ['1', '1998', 'thai nguyen', 'van lang', '2', '1 4', '2', '1'],
      sent: 10,
    },
    {
      path: '"Khác" without a trade, and a disambiguation',
      answers: ['1', '1998', 'meo vac', '2', '9', 'bảo vệ', '2', '1'],
      sent: 10,
    },
    {
      path: 'a former district among several, then its commune',
      answers: ['1', '1998', 'chau thanh', '7', '2', '1 4', '2', '1'],
      sent: 10,
    },
    {
      path: 'a trade typed directly instead of "Khác"',
      answers: ['1', '1998', 'meo vac', '2', 'bảo vệ', '2', '1'],
      sent: 9,
    },
  ])('$path: $sent messages', ({ answers, sent }) => {
    const w = walk(answers);
    expect(w.effects.filter((e) => e.kind === 'save_worker_profile')).toHaveLength(1);
    expect(w.messages.map(render).join('\n')).toContain('Không nộp bất kỳ khoản phí nào');
    expect(2 + answers.length).toBe(sent);
    expect(sent).toBeLessThanOrEqual(10);
  });

  it('the save is on the confirm answer; the optional questions come after it', () => {
    const w = walk(['1', '1998', 'meo vac', '2', '1 4', '2', '1']);
    expect(w.final.kind).toBe('continue');
    expect(w.final.kind === 'continue' && w.final.effects).toEqual([
      { kind: 'save_worker_profile', profile: { ...PROFILE, communeCode: '00721' } },
    ]);
  });
});

describe('registrationFlow details', () => {
  it('"meo vac" offers Xã Mèo Vạc first and then the other 6 communes of the former district', () => {
    const w = walk([...TO_COMMUNE, 'meo vac']);
    expect(last(w).choices?.map((c) => c.id)).toEqual([
      'geo.00769',
      'geo.00721',
      'geo.00778',
      'geo.00787',
      'geo.00802',
      'geo.00808',
      'geo.00817',
    ]);
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
    const result = registrationFlow.step(
      stored,
      { text: '1', choiceId: 'geo.00769', choiceIds: ['geo.00769'] },
      context(),
    );
    expect(result.kind).toBe('continue');
    if (result.kind === 'continue') expect(result.state.data['communeCode']).toBe('00769');
  });

  it('a pending phone check survives a round trip through JSON', () => {
    const first = walk([...SAVED, '1', '0165 234 5678']);
    const stored = JSON.parse(JSON.stringify(first.state)) as FlowState;
    const result = registrationFlow.step(
      stored,
      { text: '1', choiceId: 'phone.yes', choiceIds: ['phone.yes'] },
      context(),
    );
    expect(result.kind === 'continue' && result.effects).toEqual([save({ phoneE164: '+84352345678' })]);
  });

  it('an unknown step starts again at consent', () => {
    const result = registrationFlow.step(
      { flow: 'registration', step: 'gone', data: {}, misses: 0 },
      { text: '1', choiceId: null, choiceIds: [] },
      context(),
    );
    expect(result.kind === 'continue' && result.state.step).toBe('consent');
  });

  it('the consent says what is stored, what for, how to stop and delete, and that it is automated', () => {
    const text = render(last(walk([])));
    for (const fragment of [
      'trợ lý tự động',
      'năm sinh',
      'xã/phường',
      'nghề',
      'nơi bạn có thể đi làm',
      'báo tin việc làm',
      'DUNG',
      'XOA',
    ]) {
      expect(text).toContain(fragment);
    }
  });

  it('every question is short, numbered, ends with the question and a way out; ids are short ASCII', () => {
    let checked = 0;
    for (const row of ROWS) {
      const w = walk(row.script, context(row.ctx));
      for (const result of w.results) {
        const messages = result.kind === 'miss' ? [result.reprompt] : result.replies;
        // The question is the last message of a turn; a note before it ("✅ Đã lưu…") is one short line or a few.
        const question = result.kind === 'done' ? undefined : messages.at(-1);
        for (const message of messages) {
          checked += 1;
          expect(message.text.split('\n').length).toBeLessThanOrEqual(6);
          expect(message.choices?.length ?? 0).toBeLessThanOrEqual(9);
          for (const choice of message.choices ?? []) {
            expect(choice.id).toMatch(/^[\x21-\x7e]+$/);
            expect(Buffer.byteLength(choice.id)).toBeLessThanOrEqual(64);
          }
        }
        if (question) expect(question.prompt).toMatch(/\((gõ 0 để về menu|type 0 for the menu)\)$/);
        if (result.kind === 'done') expect(messages.at(-1)?.text).toMatch(/0/);
      }
    }
    expect(checked).toBeGreaterThan(150);
  });

  it('speaks English from the catalogue: no Vietnamese-only registration text in an English walk', () => {
    const w = walk(
      [
        '1',
        '1998',
        'xyzabc',
        'meo vac',
        '1',
        '1 4',
        '2',
        '5',
        '1',
        '1',
        'x1',
        'Lo Thi Mai',
        '0165 234 5678',
        '1',
        '1',
        '1 4',
        'x1',
        '2',
      ],
      context({ lang: 'en' }),
    );
    expect(w.final.kind).toBe('done');
    const all = w.messages.map(render).join('\n');
    const viOnly = Object.entries({ ...vi, ...messages.vi })
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

describe('registration parsers for the extras', () => {
  it.each([
    ['lò thị mai', 'Lò Thị Mai'],
    ['LÒ THỊ MAI', 'Lò Thị Mai'],
    ['  Lò   Thị Mai ', 'Lò Thị Mai'],
    ["H'Hen Niê", "H'Hen Niê"],
    ['nguyễn văn a', 'Nguyễn Văn A'],
    ['Mai', 'Mai'],
    ['cảm ơn', null],
    ['ok', null],
    ['a', null],
    ['Mai 1998', null],
    ['0912345678', null],
    ['x'.repeat(61), null],
    ['🙂🙂', null],
  ])('name %j → %j', (text, name) => {
    expect(parseName(text)).toBe(name);
  });

  it.each([
    ['12 giờ', 12],
    ['12 gio', 12],
    ['8h', 8],
    ['8 giờ tối', 20],
    ['1 giờ chiều', 13],
    ['12 giờ trưa', 12],
    ['lúc 18h', 18],
    ['20:00', 20],
    ['7 giờ sáng', 7],
    ['12', null],
    ['2', null],
    ['25h', null],
    ['sáng', null],
  ])('hour %j → %j', (text, hour) => {
    expect(parseHour(text)).toBe(hour);
  });

  it.each<[string | null, string[], ReturnType<typeof parsePriorityGroups>]>([
    [null, ['prio.near_poor', 'prio.ethnic'], { kind: 'groups', groups: ['near_poor', 'ethnic_minority'] }],
    [null, ['prio.disability', 'prio.poor'], { kind: 'groups', groups: ['poor', 'disability'] }],
    [null, ['prio.none'], { kind: 'none' }],
    ['không', [], { kind: 'none' }],
    ['khong thuoc nhom nao', [], { kind: 'none' }],
    ['hộ nghèo', [], { kind: 'groups', groups: ['poor'] }],
    ['cận nghèo và khuyết tật', [], { kind: 'groups', groups: ['near_poor', 'disability'] }],
    ['mới thoát nghèo', [], { kind: 'groups', groups: ['newly_out_of_poverty'] }],
    [null, ['prio.poor', 'prio.near_poor'], { kind: 'invalid', reason: 'two_household' }],
    [null, ['prio.poor', 'prio.none'], { kind: 'invalid', reason: 'none_and_groups' }],
    ['abc', [], { kind: 'invalid', reason: 'unreadable' }],
  ])('priority groups %j %j', (text, ids, answer) => {
    expect(parsePriorityGroups(text, ids, PRIORITY_CHOICES, PRIORITY_NONE)).toEqual(answer);
  });

  it('skips and masks', () => {
    for (const text of ['bỏ qua', 'bo qua', 'Để sau', 'skip', 'thôi']) expect(isSkip(text)).toBe(true);
    for (const text of ['1', 'Mai', null]) expect(isSkip(text)).toBe(false);
    expect(lastThreeDigits('+84912345678')).toBe('xxxx xxx 678');
  });
});
