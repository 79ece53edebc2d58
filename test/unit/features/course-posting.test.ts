import { describe, expect, it } from 'vitest';
import type { Context, Emits } from '../../../src/features/course-posting/context.ts';
import { coursePostingFlow } from '../../../src/features/course-posting/flow.ts';
import type { CourseDraft } from '../../../src/kernel/courses/draft.ts';
import { loadGeo } from '../../../src/kernel/geo/index.ts';
import { DEFAULT_QUIET_HOURS } from '../../../src/kernel/quiet-hours.ts';
import type { RoleGrant } from '../../../src/kernel/roles.ts';
import { HOME_MENU } from '../../harness/home-menu.ts';
import { type Answer, render, walkFlow } from '../engine/flow-walk.ts';

/** /dangkhoahoc as a table: (who, answers) → what they see, and the course submitted (issue 15, item 1). */
const NOW = new Date('2026-12-07T03:00:00Z'); // Monday 07/12/2026, 10:00 in Vietnam

const context = (roles: RoleGrant[], provider: Context['provider'] = null, now = NOW): Context => ({
  lang: 'vi',
  now,
  quietHours: DEFAULT_QUIET_HOURS,
  employer: null,
  menu: HOME_MENU,
  profile: null,
  roles,
  provider,
});
const PROVIDER: RoleGrant = { role: 'provider', regionCode: null };
const newProvider = context([PROVIDER]);
const knownProvider = context([PROVIDER], { name: 'Trường Trung cấp nghề Thái Nguyên', verified: true });
const official = (regionCode: string | null) => context([{ role: 'official', regionCode }]);

function walk(script: readonly Answer[], ctx: Context) {
  const w = walkFlow(coursePostingFlow, script, ctx);
  const effect = w.effects.find((e): e is Emits => e.kind === 'submit_course');
  return { ...w, course: effect?.course ?? null, as: effect?.as ?? null, all: w.messages.map(render).join('\n---\n') };
}

const geo = loadGeo();
const codeOf = (name: string, province: string): string =>
  geo.communes.find((c) => c.name === name && c.provinceCode === province)!.code;
const PHO_YEN = codeOf('Phường Phổ Yên', '19');
const MEO_VAC = codeOf('Xã Mèo Vạc', '08');

/** From the level on, for a course in Phổ Yên: a complete set of answers (trade read from the title). */
const REST = [
  '3', // Sơ cấp
  'Phổ Yên',
  '1', // Phường Phổ Yên, of the former town's six
  'Nhà văn hoá tổ 3',
  '05/01/2027',
  '3 tháng',
  '1', // ban ngày
  '30',
  '1', // miễn phí
  'Hỗ trợ tiền ăn 30.000 đồng/ngày',
  '3 triệu',
  '0912 345 678',
];

const SEWING: CourseDraft = {
  providerName: 'Trường Trung cấp nghề Thái Nguyên',
  title: 'May công nghiệp',
  occupation: 'garment',
  level: 'elementary',
  online: false,
  communeCode: PHO_YEN,
  address: 'Nhà văn hoá tổ 3',
  startsOn: '2027-01-05',
  durationDays: 90,
  schedule: 'day',
  seats: 30,
  feeVnd: 0,
  supportText: 'Hỗ trợ tiền ăn 30.000 đồng/ngày',
  prioritySupport: true,
  supportAmountVnd: 3_000_000,
  contact: '0912 345 678',
};

describe('/dangkhoahoc: who may post', () => {
  it.each([
    ['a worker', []],
    ['an employer', [{ role: 'employer', regionCode: null }]],
  ] as [string, RoleGrant[]][])('refuses %s politely', (_who, roles) => {
    const w = walk([], context(roles));
    expect(w.final.kind).toBe('done');
    expect(w.all).toContain('dành cho cơ sở đào tạo và cán bộ');
  });

  it('a provider with a record starts at the course name', () => {
    expect(walk([], knownProvider).all).toContain('Tên khoá học là gì?');
  });

  it("a new provider and an official are asked the provider's name first", () => {
    expect(walk([], newProvider).all).toContain('Tên cơ sở đào tạo là gì?');
    expect(walk([], official('19')).all).toContain('cho cơ sở đào tạo nào?');
  });
});

describe('/dangkhoahoc: scripts', () => {
  it.each<{ name: string; ctx: Context; script: Answer[]; course: CourseDraft; as: string; sent?: number }>([
    {
      name: 'a known provider, every answer at once, submitted',
      ctx: knownProvider,
      script: ['May công nghiệp', ...REST, '1'],
      course: SEWING,
      as: 'provider',
    },
    {
      name: 'a new provider names their school first',
      ctx: newProvider,
      script: ['Trường Trung cấp nghề Thái Nguyên', 'May công nghiệp', ...REST, '1'],
      course: SEWING,
      as: 'provider',
    },
    {
      name: 'online, unlimited, a fee, no support, priority support without an amount, no contact',
      ctx: knownProvider,
      script: [
        'Tin học văn phòng',
        'Khác',
        'dưới 3 tháng',
        '1', // trực tuyến
        '15/1',
        '6 tuần',
        'buổi tối',
        '1', // không giới hạn
        '2,5 triệu',
        'bỏ qua',
        '1', // có, không ghi số tiền
        '1', // bỏ qua
        '1',
      ],
      course: {
        ...SEWING,
        title: 'Tin học văn phòng',
        occupation: 'other',
        level: 'short',
        online: true,
        communeCode: null,
        address: null,
        startsOn: '2027-01-15',
        durationDays: 42,
        schedule: 'evening',
        seats: null,
        feeVnd: 2_500_000,
        supportText: null,
        prioritySupport: true,
        supportAmountVnd: null,
        contact: null,
      },
      as: 'provider',
    },
    {
      name: 'an official posts for a provider in their province',
      ctx: official('19'),
      script: ['Trung tâm GDNN Phổ Yên', 'May công nghiệp', ...REST, '1'],
      course: { ...SEWING, providerName: 'Trung tâm GDNN Phổ Yên' },
      as: 'official',
    },
  ])('$name', ({ ctx, script, course, as }) => {
    const w = walk(script, ctx);
    expect(w.final.kind).toBe('done');
    expect(w.course).toEqual(course);
    expect(w.as).toBe(as);
    expect(w.all).toContain('Đã gửi khoá học cho cán bộ duyệt');
  });

  it('the preview shows the course card and the three choices', () => {
    const w = walk(['May công nghiệp', ...REST], knownProvider);
    const preview = render(w.messages.at(-1)!);
    expect(preview).toContain('🎓 Khoá học nghề — Sơ cấp\nMay công nghiệp (3 tháng)');
    expect(preview).toContain('🏫 Trường Trung cấp nghề Thái Nguyên ✔ Đã xác minh');
    expect(preview).toContain('📍 Nhà văn hoá tổ 3, Phường Phổ Yên');
    expect(preview).toContain('💰 Học phí: miễn phí');
    expect(preview).toContain('được hỗ trợ đến 3.000.000 đồng');
    expect(preview).toContain('🪑 Còn 30 chỗ');
    expect(preview).toContain('1. Gửi duyệt\n2. Sửa\n3. Huỷ');
    expect(w.effects).toEqual([]);
  });

  it('"Huỷ" sends nothing', () => {
    const w = walk(['May công nghiệp', ...REST, '3'], knownProvider);
    expect(w.final.kind).toBe('done');
    expect(w.effects).toEqual([]);
    expect(w.all).toContain('Đã huỷ');
  });

  it('"Sửa" asks one part again and comes back to the preview', () => {
    const w = walk(['May công nghiệp', ...REST, '2', 'Học phí', '800k', '1'], knownProvider);
    expect(w.course).toEqual({ ...SEWING, feeVnd: 800_000 });
  });
});

describe('/dangkhoahoc: answers that do not fit are asked again', () => {
  it.each<{ name: string; before: Answer[]; answer: string; says: string }>([
    { name: 'a level not in the list', before: ['May công nghiệp'], answer: 'đại học', says: 'chọn một số' },
    { name: 'a start date past', before: ['May công nghiệp', '3', '1'], answer: '01/12/2026', says: 'đã qua' },
    { name: 'a start date unreadable', before: ['May công nghiệp', '3', '1'], answer: 'sớm', says: 'Chưa đọc được' },
    { name: 'a bare duration', before: ['May công nghiệp', '3', '1', '15/1'], answer: '90', says: '3 tháng' },
    {
      name: 'a fee without a unit',
      before: ['May công nghiệp', '3', '1', '15/1', '3 tháng', '1', '30'],
      answer: '3',
      says: 'Chưa đọc được học phí',
    },
    {
      name: 'a fee in dollars',
      before: ['May công nghiệp', '3', '1', '15/1', '3 tháng', '1', '30'],
      answer: '200 USD',
      says: 'tiền đồng',
    },
    {
      name: 'seats as a range',
      before: ['May công nghiệp', '3', '1', '15/1', '3 tháng', '1'],
      answer: '20-30',
      says: 'ví dụ: 30',
    },
  ])('$name', ({ before, answer, says }) => {
    const w = walk([...before, answer], knownProvider);
    const last = w.results.at(-1)!;
    expect(last.kind).toBe('miss');
    expect(render(w.messages.at(-1)!)).toContain(says);
  });

  it("an official's commune outside their scope is refused", () => {
    const w = walk(['Trung tâm GDNN Mèo Vạc', 'May công nghiệp', '3', 'Xã Mèo Vạc'], official('19'));
    expect(w.results.at(-1)!.kind).toBe('miss');
    expect(render(w.messages.at(-1)!)).toContain('nằm ngoài địa bàn của bạn');
  });

  it('an official of the whole country may post anywhere', () => {
    const w = walk(['Trung tâm GDNN Mèo Vạc', 'May công nghiệp', '3', 'Xã Mèo Vạc'], official(null));
    expect(render(w.messages.at(-1)!)).toContain('Địa chỉ lớp học');
    expect(MEO_VAC).toMatch(/^\d{5}$/);
  });

  it('a start date that passed while the preview waited is asked again', () => {
    const script = ['May công nghiệp', ...REST];
    const w = walk(script, knownProvider);
    const later = context([PROVIDER], knownProvider.provider, new Date('2027-01-06T03:00:00Z'));
    const state = w.state!;
    const result = coursePostingFlow.step(
      state,
      { text: '1', choiceId: 'cpost.submit', choiceIds: ['cpost.submit'] },
      later,
    );
    expect(result.kind).toBe('continue');
    expect(result.kind === 'continue' && result.state.step).toBe('starts');
  });
});
