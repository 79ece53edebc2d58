import { describe, expect, it } from 'vitest';
import type { StepResult } from '../../../src/engine/types.ts';
import type { Context, Emits } from '../../../src/features/event-meetings/context.ts';
import { meetingsFlow } from '../../../src/features/event-meetings/flow.ts';
import { parseMeetingDay } from '../../../src/features/event-meetings/meeting-day.ts';
import { loadGeo } from '../../../src/kernel/geo/index.ts';
import { DEFAULT_QUIET_HOURS } from '../../../src/kernel/quiet-hours.ts';
import { HOME_MENU } from '../../harness/home-menu.ts';
import { render, walkFlow, type Answer } from '../engine/flow-walk.ts';

/** /hopthon as a table of "scope + answers → what the official sees and the meeting recorded". */
const NOW = new Date('2026-11-20T03:00:00Z'); // Friday 20/11/2026, 10:00 in Vietnam
const vn = (local: string): Date => new Date(`${local.replace(' ', 'T')}:00+07:00`);

type Role = { role: 'official' | 'employer' | 'admin'; regionCode: string | null };
const context = (roles: Role[], now = NOW): Context => ({
  lang: 'vi',
  now,
  quietHours: DEFAULT_QUIET_HOURS,
  employer: null,
  menu: HOME_MENU,
  profile: null,
  roles,
});
const official = (regionCode: string | null) => context([{ role: 'official', regionCode }]);

const geo = loadGeo();
const MEO_VAC = geo.communes.find((c) => c.name === 'Xã Mèo Vạc' && c.provinceCode === '08')!.code;

function walk(script: readonly Answer[], ctx: Context) {
  const w = walkFlow(meetingsFlow, script, ctx);
  const misses = w.results.filter((r) => r.kind === 'miss').length;
  const meeting = w.effects.find((e) => e.kind === 'record_meeting')?.meeting ?? null;
  return { ...w, misses, meeting, all: w.messages.map(render).join('\n---\n') };
}

describe('/hopthon: who may use it', () => {
  it.each([
    ['a worker', []],
    ['an employer', [{ role: 'employer', regionCode: null }]],
  ] as [string, Role[]][])('refuses %s politely', (_who, roles) => {
    const w = walk([], context(roles));
    expect(w.final.kind).toBe('done');
    expect(w.all).toContain('dành cho cán bộ');
  });
});

describe('/hopthon: scripts', () => {
  const cases: {
    name: string;
    ctx: Context;
    script: Answer[];
    final: StepResult<Emits>['kind'];
    sees?: string[];
    meeting?: Record<string, unknown> | null;
    misses?: number;
  }[] = [
    {
      name: 'a meeting today, two topics',
      ctx: official('08'),
      script: ['Mèo Vạc', '1', 'Nà Mẩy', '1', '120', '1 4', '1'],
      final: 'done',
      sees: [
        'Buổi họp thôn ở xã/phường nào?',
        '1. Hôm nay\n2. Hôm qua',
        '1. Tuyển dụng, việc làm\n2. Vay vốn\n3. Học nghề\n4. Đi làm việc ở nước ngoài an toàn\n5. Nội dung khác',
        '🏘️ Thôn Nà Mẩy, Xã Mèo Vạc (Tuyên Quang)\n📅 Ngày 20/11/2026\n👥 120 người dự',
        '📝 Tuyển dụng, việc làm, Đi làm việc ở nước ngoài an toàn',
        '1. Lưu\n2. Huỷ',
        'Đã lưu buổi họp thôn Nà Mẩy.',
      ],
      meeting: {
        communeCode: MEO_VAC,
        village: 'Nà Mẩy',
        startsAt: vn('2026-11-20 09:00'),
        attendees: 120,
        topics: ['recruitment', 'labour_export'],
        scopeRegionCode: '08',
      },
    },
    {
      name: 'yesterday, typed without accents, thousands with a dot',
      ctx: official(null),
      script: ['xa meo vac', 'Ban Lung', 'hom qua', '1.200', 'vay von', 'luu'],
      final: 'done',
      meeting: { startsAt: vn('2026-11-19 09:00'), attendees: 1200, topics: ['loans'], scopeRegionCode: null },
    },
    {
      name: 'a typed date; a date ahead, a commune outside the scope, bad counts and topics are asked again',
      ctx: official('08'),
      script: [
        'Phường Phổ Yên',
        'Xã Mèo Vạc',
        'X',
        'Nà Mẩy',
        '25/11/2026',
        'mai',
        '15/11',
        '0',
        '100001',
        '45',
        '9',
        '3 5',
        '1',
      ],
      final: 'done',
      sees: [
        'nằm ngoài địa bàn của bạn',
        'Xin gõ tên thôn, từ 2 đến 120 ký tự.',
        'Ngày 25/11/2026 chưa tới.',
        'Chưa hiểu ngày "mai"',
        'Xin gõ số người dự, từ 1 đến 100.000.',
        'Xin chọn một hoặc nhiều số',
      ],
      meeting: { startsAt: vn('2026-11-15 09:00'), attendees: 45, topics: ['training', 'other'] },
      misses: 7,
    },
    {
      name: 'cancelled at the confirmation: nothing recorded',
      ctx: official('08'),
      script: ['Xã Mèo Vạc', 'Nà Mẩy', '2', '30', '1', 'abc', '2'],
      final: 'done',
      sees: ['Xin chọn 1 để lưu hoặc 2 để huỷ.', 'Đã huỷ, chưa lưu gì.'],
      meeting: null,
      misses: 1,
    },
  ];

  it.each(cases)('$name', ({ ctx, script, final, sees, meeting, misses }) => {
    const w = walk(script, ctx);
    expect(w.final.kind).toBe(final);
    for (const text of sees ?? []) expect(w.all).toContain(text);
    if (meeting === null) expect(w.meeting).toBeNull();
    else if (meeting) expect(w.meeting).toMatchObject(meeting);
    if (misses !== undefined) expect(w.misses).toBe(misses);
  });
});

describe('/hopthon: the day of the meeting', () => {
  const today = NOW; // 20/11/2026 in Vietnam
  it.each([
    ['hôm nay', { kind: 'day', day: '2026-11-20' }],
    ['Hom qua', { kind: 'day', day: '2026-11-19' }],
    ['hôm kia', { kind: 'day', day: '2026-11-18' }],
    ['20/11', { kind: 'day', day: '2026-11-20' }],
    ['ngày 1/11', { kind: 'day', day: '2026-11-01' }],
    ['28/12', { kind: 'day', day: '2025-12-28' }],
    ['21/11/2026', { kind: 'future', day: '2026-11-21' }],
    ['01-06-26', { kind: 'day', day: '2026-06-01' }],
    ['1/1/2020', { kind: 'too_old' }],
    ['31/02/2026', { kind: 'invalid' }],
    ['ngày mai', { kind: 'invalid' }],
    ['abc', { kind: 'invalid' }],
  ] as const)('%s', (typed, expected) => {
    expect(parseMeetingDay(typed, today)).toEqual(expected);
  });

  it('a day typed just after midnight in Vietnam is that Vietnam day', () => {
    expect(parseMeetingDay('hôm nay', new Date('2026-11-19T17:30:00Z'))).toEqual({ kind: 'day', day: '2026-11-20' });
  });
});
