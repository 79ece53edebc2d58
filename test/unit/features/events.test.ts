import { describe, expect, it } from 'vitest';
import type { AudienceBreakdown } from '../../../src/db/broadcast-audience.ts';
import type { FlowState, StepResult } from '../../../src/engine/types.ts';
import { eventCard } from '../../../src/features/events/card.ts';
import type { Context, Emits } from '../../../src/features/events/context.ts';
import { storedTargetCodes } from '../../../src/features/events/data.ts';
import { eventsFlow } from '../../../src/features/events/flow.ts';
import { parseEventStart } from '../../../src/features/events/starts-at.ts';
import { loadGeo } from '../../../src/kernel/geo/index.ts';
import type { Choice, OutboundMessage } from '../../../src/kernel/message.ts';
import { DEFAULT_QUIET_HOURS } from '../../../src/kernel/quiet-hours.ts';
import { HOME_MENU } from '../../harness/home-menu.ts';
import { engineInput, render, type Answer } from '../engine/flow-walk.ts';

/**
 * /taophien as a table of "scope + answers → what the official sees and the effect". As for /phatsong, the loader's
 * audience is recomputed from the stored targets before each answer (a fixed breakdown), as in production.
 */
const NOW = new Date('2026-11-20T03:00:00Z'); // Friday 20/11/2026, 10:00 in Vietnam
const NIGHT = new Date('2026-11-20T15:00:00Z'); // 22:00 in Vietnam
const vn = (local: string): Date => new Date(`${local.replace(' ', 'T')}:00+07:00`);

const breakdown = (codes: string[]): AudienceBreakdown => ({
  regionCodes: codes,
  people: [
    { groups: [], count: 40 },
    { groups: ['poor'], count: 10 },
  ],
  groupChats: 2,
});

type Role = { role: 'official' | 'employer' | 'admin'; regionCode: string | null };
const context = (roles: Role[], now = NOW): Context => ({
  lang: 'vi',
  now,
  quietHours: DEFAULT_QUIET_HOURS,
  employer: null,
  menu: HOME_MENU,
  profile: null,
  roles,
  eventAudience: null,
});
const official = (regionCode: string | null, now = NOW) => context([{ role: 'official', regionCode }], now);

function walk(script: readonly Answer[], base: Context) {
  const messages: OutboundMessage[] = [];
  const effects: Emits[] = [];
  let state: FlowState | null = null;
  let shown: readonly Choice[] = [];
  let misses = 0;
  let final: StepResult<Emits> = eventsFlow.begin(base);
  const take = (result: StepResult<Emits>): void => {
    final = result;
    if (result.kind === 'miss') {
      misses += 1;
      messages.push(result.reprompt);
      shown = result.reprompt.choices ?? [];
      return;
    }
    messages.push(...result.replies);
    effects.push(...(result.effects ?? []));
    shown = result.replies.at(-1)?.choices ?? [];
    state = result.kind === 'continue' ? result.state : null;
  };
  take(final);
  for (const answer of script) {
    const current: FlowState | null = state;
    if (current === null) throw new Error(`the flow ended before ${JSON.stringify(answer)}`);
    const codes = storedTargetCodes(current);
    take(
      eventsFlow.step(current, engineInput(answer, shown), {
        ...base,
        eventAudience: codes.length > 0 ? breakdown(codes) : null,
      }),
    );
  }
  const effect = effects.find((e) => e.kind === 'create_event');
  return { messages, final, misses, draft: effect?.event ?? null, all: messages.map(render).join('\n---\n') };
}

const geo = loadGeo();
const codeOf = (name: string, province: string): string =>
  geo.communes.find((c) => c.name === name && c.provinceCode === province)!.code;
const MEO_VAC = codeOf('Xã Mèo Vạc', '08');
const TITLE = 'Phiên giao dịch việc làm xã Mèo Vạc tháng 12';
const PLACE = '📍 Hội trường UBND xã, Xã Mèo Vạc (Tuyên Quang)';

describe('events flow (/taophien): who may use it', () => {
  it.each([
    ['a worker', []],
    ['an employer', [{ role: 'employer', regionCode: null }]],
  ] as [string, Role[]][])('refuses %s politely', (_who, roles) => {
    const w = walk([], context(roles));
    expect(w.final.kind).toBe('done');
    expect(w.all).toContain('dành cho cán bộ');
  });
});

describe('events flow (/taophien): scripts', () => {
  const cases: {
    name: string;
    ctx: Context;
    script: Answer[];
    final: StepResult<Emits>['kind'];
    sees?: string[];
    draft?: Record<string, unknown> | null;
    misses?: number;
  }[] = [
    {
      name: 'a fair on site in a commune, announced now to the whole province',
      ctx: official('08'),
      script: ['1', TITLE, 'thứ Bảy 8h', 'Xã Mèo Vạc', 'Hội trường UBND xã', '1', '6', '200', '1'],
      final: 'done',
      sees: [
        '1. Phiên giao dịch việc làm tại chỗ\n2. Phiên trực tuyến\n3. Họp thôn, tổ dân phố',
        `🏢 Phiên giao dịch việc làm\n${TITLE}\n🕗 08:00, thứ Bảy 21/11/2026\n${PLACE}`,
        '🪑 Số chỗ: 200',
        '👥 Thông báo tới 50 người và 2 nhóm chat ở toàn tỉnh Tuyên Quang.',
        '1. Tạo phiên và thông báo ngay\n2. Hẹn giờ thông báo\n3. Huỷ',
        '✅ Đã tạo phiên. Thông báo bắt đầu được gửi ngay.',
      ],
      draft: {
        kind: 'fair',
        title: TITLE,
        startsAt: vn('2026-11-21 08:00'),
        communeCode: MEO_VAC,
        address: 'Hội trường UBND xã',
        onlineUrl: null,
        targets: ['08'],
        priorityGroups: [],
        capacity: 200,
        scopeRegionCode: '08',
        announceAt: NOW,
      },
    },
    {
      name: 'an online session for poor households, no limit, announced at a chosen time',
      ctx: official('08'),
      script: [
        '2',
        'https://meet.example.vn/phien',
        'Phiên trực tuyến tháng 12',
        '20/12 8:00',
        '1',
        '1',
        'không giới hạn',
        '2',
        '7:30 mai',
        '1',
      ],
      final: 'done',
      sees: [
        '🔗 https://meet.example.vn/phien',
        '👥 Thông báo tới 10 người (hộ nghèo) ở toàn tỉnh Tuyên Quang.',
        '🪑 Không giới hạn số chỗ',
        '1. Tạo phiên, thông báo lúc 07:30 ngày mai (21/11)',
        'Thông báo sẽ gửi lúc 07:30 ngày mai (21/11)',
      ],
      draft: {
        kind: 'online',
        communeCode: null,
        capacity: null,
        priorityGroups: ['poor'],
        announceAt: vn('2026-11-21 07:30'),
      },
    },
    {
      name: 'a village meeting is pointed to /hopthon, nothing created',
      ctx: official('08'),
      script: ['3'],
      final: 'done',
      sees: ['/hopthon'],
      draft: null,
    },
    {
      name: 'a past time, a commune outside the scope and a capacity too big are asked again',
      ctx: official('08'),
      script: [
        '1',
        TITLE,
        '19/11/2026 8:00',
        '21/11/2026 8:00',
        'Phường Phổ Yên',
        'Xã Mèo Vạc',
        'Hội trường',
        '1',
        '6',
        '1.000.000',
        '1',
        '3',
      ],
      final: 'done',
      sees: ['đã qua', 'nằm ngoài địa bàn của bạn', 'Xin gõ số chỗ từ 2 đến 100.000', 'Đã huỷ, chưa tạo phiên nào.'],
      draft: null,
      misses: 3,
    },
    {
      name: 'announcing in the quiet hours is refused; "now" at night starts at 07:00',
      ctx: official('08', NIGHT),
      script: [
        '1',
        TITLE,
        'thứ Bảy 8h',
        'Xã Mèo Vạc',
        'Hội trường UBND xã',
        '1',
        '6',
        '200',
        '2',
        '23:00',
        'ngay',
        '1',
      ],
      final: 'done',
      sees: ['là giờ nghỉ (21:00–07:00)', '1. Tạo phiên, thông báo lúc 07:00 ngày mai (21/11)'],
      draft: { announceAt: vn('2026-11-21 07:00') },
      misses: 1,
    },
    {
      name: 'an announcement after the start is refused',
      ctx: official('08'),
      script: ['1', TITLE, 'thứ Bảy 8h', 'Xã Mèo Vạc', 'Hội trường UBND xã', '1', '6', '200', '2', '25/11 8:00'],
      final: 'miss',
      sees: ['phải trước giờ phiên bắt đầu'],
    },
  ];

  it.each(cases)('$name', ({ ctx, script, final, sees, draft, misses }) => {
    const w = walk(script, ctx);
    expect(w.final.kind, w.all).toBe(final);
    for (const text of sees ?? []) expect(w.all).toContain(text);
    if (draft === null) expect(w.draft).toBeNull();
    else if (draft !== undefined) expect(w.draft).toMatchObject(draft);
    if (misses !== undefined) expect(w.misses).toBe(misses);
  });
});

describe('reading an event start (now = Fri 20/11/2026 10:00, Vietnam)', () => {
  it.each([
    ['thứ Bảy 8h', { kind: 'at', at: vn('2026-11-21 08:00') }],
    ['thu 7 8:00', { kind: 'at', at: vn('2026-11-21 08:00') }],
    ['chủ nhật 7h30', { kind: 'at', at: vn('2026-11-22 07:30') }],
    ['Saturday 8am', { kind: 'at', at: vn('2026-11-21 08:00') }],
    ['thứ Sáu 9h', { kind: 'at', at: vn('2026-11-27 09:00') }],
    ['thứ Sáu 14h', { kind: 'at', at: vn('2026-11-20 14:00') }],
    ['20/12 8:00', { kind: 'at', at: vn('2026-12-20 08:00') }],
    ['1/6/2027 6:30', { kind: 'at', at: vn('2027-06-01 06:30') }],
    ['25/12', { kind: 'no_time' }],
    ['19/11/2026 8:00', { kind: 'past', at: vn('2026-11-19 08:00') }],
    ['1/1/2030 8:00', { kind: 'too_far' }],
    ['ngay', { kind: 'invalid' }],
    ['sáng mai nhé bạn', { kind: 'no_time' }],
    ['họp xong rồi', { kind: 'invalid' }],
  ])('%s', (typed, expected) => {
    expect(parseEventStart(typed, NOW)).toEqual(expected);
  });
});

describe('the event card', () => {
  const fair = {
    kind: 'fair' as const,
    title: TITLE,
    startsAt: vn('2026-12-19 08:00'),
    communeCode: MEO_VAC,
    address: 'Hội trường UBND xã',
    onlineUrl: null,
  };
  it.each([
    ['vi, no capacity', 'vi', {}, `🏢 Phiên giao dịch việc làm\n${TITLE}\n🕗 08:00, thứ Bảy 19/12/2026\n${PLACE}`],
    ['vi, seats left', 'vi', { capacity: 200, seatsTaken: 15 }, '🪑 Còn 185 chỗ'],
    ['vi, full', 'vi', { capacity: 20, seatsTaken: 20 }, '🪑 Đã đủ chỗ, đăng ký sẽ vào danh sách chờ'],
    ['en', 'en', {}, '🕗 08:00, Saturday 19/12/2026'],
    [
      'online',
      'vi',
      { kind: 'online', communeCode: null, address: null, onlineUrl: 'https://x.vn/a' },
      '💻 Phiên việc làm trực tuyến',
    ],
  ] as const)('%s', (_name, lang, extra, expected) => {
    expect(eventCard(lang, { ...fair, ...extra })).toContain(expected);
  });
});
