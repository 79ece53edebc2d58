import { describe, expect, it } from 'vitest';
import type { Choice, OutboundMessage } from '../../../src/kernel/message.ts';
import type { AudienceBreakdown } from '../../../src/db/broadcast-audience.ts';
import type { BroadcastProgress } from '../../../src/db/broadcast-progress.ts';
import { audienceFromBreakdown } from '../../../src/db/broadcast-audience.ts';
import type { FlowState, StepResult } from '../../../src/engine/types.ts';
import { broadcastFlow } from '../../../src/features/broadcast/flow.ts';
import { storedTargetCodes } from '../../../src/features/broadcast/data.ts';
import { parseSendTime } from '../../../src/features/broadcast/when.ts';
import { loadGeo } from '../../../src/kernel/geo/index.ts';
import { engineInput, render, type Answer } from '../engine/flow-walk.ts';
import { DEFAULT_QUIET_HOURS } from '../../../src/kernel/quiet-hours.ts';
import type { Context, Emits } from '../../../src/features/broadcast/context.ts';
import { HOME_MENU } from '../../harness/home-menu.ts';

/**
 * /phatsong as a table of "scope + answers → what the official sees and the effect". The walk below drives the
 * flow as the engine does, including its loader: before each answer the audience is "counted" for the targets
 * stored so far (a fixed breakdown per target list), so the preview sees exactly what it would in production.
 */
const NOW = new Date('2026-11-20T03:00:00Z'); // Friday 20/11/2026, 10:00 in Vietnam
const NIGHT = new Date('2026-11-20T15:00:00Z'); // 22:00 in Vietnam

// 100 people without priority groups, 7 poor, 5 near-poor ethnic minority; 2 group chats.
const breakdown = (codes: string[]): AudienceBreakdown => ({
  regionCodes: codes,
  people: [
    { groups: [], count: 100 },
    { groups: ['poor'], count: 7 },
    { groups: ['near_poor', 'ethnic_minority'], count: 5 },
  ],
  groupChats: 2,
});

type Role = { role: 'official' | 'employer' | 'admin'; regionCode: string | null };
const context = (roles: Role[], options: { lang?: 'vi' | 'en'; now?: Date } = {}): Context => ({
  lang: options.lang ?? 'vi',
  now: options.now ?? NOW,
  quietHours: DEFAULT_QUIET_HOURS,
  employer: null,
  menu: HOME_MENU,
  broadcastAudience: null,
  recentBroadcasts: [],
  profile: null,
  roles,
});
const official = (regionCode: string | null, options: { lang?: 'vi' | 'en'; now?: Date } = {}) =>
  context([{ role: 'official', regionCode }], options);

interface BroadcastWalk {
  messages: OutboundMessage[];
  effects: Emits[];
  final: StepResult<Emits>;
  misses: number;
  sent: number;
}

/** The engine's loop, with the broadcast loader's audience recomputed from the stored state before each answer. */
function walk(script: readonly Answer[], base: Context): BroadcastWalk {
  const messages: OutboundMessage[] = [];
  const effects: Emits[] = [];
  let state: FlowState | null = null;
  let shown: readonly Choice[] = [];
  let misses = 0;
  let final: StepResult<Emits> = broadcastFlow.begin(base);
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
    const loaded: Context = { ...base, broadcastAudience: codes.length > 0 ? breakdown(codes) : null };
    take(broadcastFlow.step(current, engineInput(answer, shown), loaded));
  }
  return { messages, effects, final, misses, sent: 1 + script.length };
}

const last = (w: BroadcastWalk): string => render(w.messages.at(-1)!);
const all = (w: BroadcastWalk): string => w.messages.map(render).join('\n---\n');
const draftOf = (w: BroadcastWalk) => {
  const effect = w.effects.find((e) => e.kind === 'create_broadcast');
  return effect?.kind === 'create_broadcast' ? effect.broadcast : null;
};

const geo = loadGeo();
const codeOf = (name: string, province: string): string =>
  geo.communes.find((c) => c.name === name && c.provinceCode === province)!.code;
const MEO_VAC = codeOf('Xã Mèo Vạc', '08');
const LUNG_CU = codeOf('Xã Lũng Cú', '08');
const MEO_VAC_DISTRICT = geo.formerDistricts.find((d) => d.name === 'Huyện Mèo Vạc')!.communeCodes;
const TEXT = 'Phiên giao dịch việc làm 8:00 ngày 25/12 tại UBND xã Mèo Vạc, hơn 500 chỗ làm.';

describe('broadcast flow (/phatsong): who may use it', () => {
  it.each([
    ['a worker (no role)', []],
    ['an employer', [{ role: 'employer', regionCode: null }]],
  ] as [string, Role[]][])('refuses %s politely', (_who, roles) => {
    const w = walk([], context(roles));
    expect(w.final.kind).toBe('done');
    expect(last(w)).toContain('dành cho cán bộ');
    expect(w.effects).toEqual([]);
  });
});

describe('broadcast flow (/phatsong): scripts', () => {
  const cases: {
    name: string;
    ctx: Context;
    script: Answer[];
    final: StepResult<Emits>['kind'];
    sees?: (string | RegExp)[];
    draft?: Record<string, unknown> | null;
    misses?: number;
    maxSent?: number;
  }[] = [
    {
      name: 'the whole area now, in 5 messages, with the preview count',
      ctx: official('08'),
      script: [TEXT, '1', '6', '1'],
      final: 'done',
      sees: [
        `Người nhận sẽ thấy như sau:\n\n📢 Thông báo việc làm\n${TEXT}`,
        '1. Toàn địa bàn của bạn: tỉnh Tuyên Quang',
        '📍 Nơi nhận: toàn tỉnh Tuyên Quang.',
        '👥 Sẽ gửi tới 112 người và 2 nhóm chat ở toàn tỉnh Tuyên Quang.',
        '1. Gửi ngay\n2. Hẹn giờ gửi\n3. Sửa nội dung\n4. Đổi nơi nhận\n5. Huỷ',
        'Thông báo bắt đầu được gửi ngay',
      ],
      draft: { text: TEXT, targets: ['08'], priorityGroups: [], scopeRegionCode: '08', sendAt: NOW },
      maxSent: 5,
    },
    {
      name: 'words for the whole area and for skipping work too',
      ctx: official('08'),
      script: [TEXT, 'toàn tỉnh', 'bo qua', 'gui ngay'],
      final: 'done',
      draft: { targets: ['08'], priorityGroups: [] },
    },
    {
      name: 'several names; a former district is asked (MESSAGES.md), then groups narrow the count and leave chats out',
      ctx: official('08'),
      script: [TEXT, 'Mèo Vạc, Lũng Cú', '2', '1 2', '1'],
      final: 'done',
      sees: [
        '"Mèo Vạc" có thể là:\n1. Xã Mèo Vạc (Tuyên Quang)\n2. Cả vùng huyện Mèo Vạc cũ (7 xã)',
        '📍 Nơi nhận: Xã Lũng Cú (Tuyên Quang), cả vùng huyện Mèo Vạc cũ (7 xã).',
        '👥 Sẽ gửi tới 12 người ở Xã Lũng Cú (Tuyên Quang), cả vùng huyện Mèo Vạc cũ (7 xã), nhóm: hộ nghèo, hộ cận nghèo. Không gửi vào nhóm chat',
      ],
      draft: {
        targets: [...MEO_VAC_DISTRICT, LUNG_CU].sort(),
        priorityGroups: ['poor', 'near_poor'],
        scopeRegionCode: '08',
      },
    },
    {
      name: 'priority groups typed by name',
      ctx: official('08'),
      script: [TEXT, 'Lũng Cú', 'hộ nghèo, dân tộc thiểu số', '1'],
      final: 'done',
      sees: ['👥 Sẽ gửi tới 12 người ở Xã Lũng Cú (Tuyên Quang), nhóm: hộ nghèo, người dân tộc thiểu số.'],
      draft: { targets: [LUNG_CU], priorityGroups: ['poor', 'ethnic_minority'] },
    },
    {
      name: 'a commune of another province is refused with a clear sentence, then the area is taken',
      ctx: official('08'),
      script: [TEXT, 'Phổ Yên', '1', '6', '1'],
      final: 'done',
      sees: [
        'Phường Phổ Yên (Thái Nguyên) nằm ngoài địa bàn của bạn. Bạn chỉ gửi được thông báo trong tỉnh Tuyên Quang.',
      ],
      draft: { targets: ['08'] },
      misses: 1,
    },
    {
      name: 'one name outside the scope refuses the whole answer before any question',
      ctx: official('08'),
      script: [TEXT, 'Mèo Vạc, Hà Nội'],
      final: 'miss',
      sees: ['Thành phố Hà Nội nằm ngoài địa bàn của bạn. Bạn chỉ gửi được thông báo trong tỉnh Tuyên Quang.'],
      misses: 1,
    },
    {
      name: 'a commune official: another commune is refused; their own commune is the area',
      ctx: official(MEO_VAC),
      script: [TEXT, 'Lũng Cú', '1', '6', '1'],
      final: 'done',
      sees: [
        'Xã Lũng Cú (Tuyên Quang) nằm ngoài địa bàn của bạn. Bạn chỉ gửi được thông báo trong Xã Mèo Vạc (Tuyên Quang).',
        '1. Toàn địa bàn của bạn: Xã Mèo Vạc (Tuyên Quang)',
      ],
      draft: { targets: [MEO_VAC], scopeRegionCode: MEO_VAC },
      misses: 1,
    },
    {
      name: 'a commune official typing their former district gets only their own commune',
      ctx: official(MEO_VAC),
      script: [TEXT, 'huyện Mèo Vạc', '6', '1'],
      final: 'done',
      draft: { targets: [MEO_VAC] },
    },
    {
      name: 'a country official: the whole country is its 34 provinces',
      ctx: official(null),
      script: [TEXT, '1', '6', '1'],
      final: 'done',
      sees: ['1. Toàn địa bàn của bạn: cả nước'],
      draft: { targets: geo.provinces.map((p) => p.code), scopeRegionCode: null },
    },
    {
      name: 'a country official may name any province',
      ctx: official(null),
      script: [TEXT, 'Thái Nguyên', '1', '6', '1'],
      final: 'done',
      sees: ['"Thái Nguyên" có thể là:\n1. Toàn tỉnh Thái Nguyên\n2. Cả vùng thành phố Thái Nguyên cũ (8 xã/phường)'],
      draft: { targets: ['19'], scopeRegionCode: null },
    },
    {
      name: 'scheduled: a time in the quiet hours is refused with the morning offered, then confirmed',
      ctx: official('08'),
      script: [TEXT, '1', '6', '2', '22:00', '1', '1'],
      final: 'done',
      sees: [
        '22:00 hôm nay nằm trong giờ yên tĩnh (21:00–07:00), lúc đó mình không gửi tin.\n1. Gửi lúc 07:00 ngày mai (21/11)',
        '🕗 Bắt đầu lúc 07:00 ngày mai (21/11) (ngoài giờ yên tĩnh 21:00–07:00).\n1. Gửi\n2. Sửa nội dung\n3. Đổi thời gian\n4. Huỷ',
        'sẽ bắt đầu gửi lúc 07:00 ngày mai (21/11)',
      ],
      draft: { sendAt: new Date('2026-11-21T00:00:00Z') },
      misses: 1,
    },
    {
      name: 'a time typed at the preview schedules it straight away',
      ctx: official('08'),
      script: [TEXT, '1', '6', '15/12 8:00', '1'],
      final: 'done',
      sees: ['🕗 Bắt đầu lúc 08:00 ngày 15/12'],
      draft: { sendAt: new Date('2026-12-15T01:00:00Z') },
    },
    {
      name: 'the next-morning choice, then changing the time back to now',
      ctx: official('08'),
      script: [TEXT, '1', '6', '2', '2', '3', '1', '1'],
      final: 'done',
      sees: ['1. Gửi ngay\n2. 07:30 ngày mai (21/11)'],
      draft: { sendAt: NOW },
    },
    {
      name: 'times that do not fit are asked again with an example',
      ctx: official('08'),
      script: [TEXT, '1', '6', '2', 'hôm nay 8:00', '25/01/2027 8:00', 'thứ hai 8:00', '25/12', 'mai 15:30', '1'],
      final: 'done',
      sees: [
        '08:00 hôm nay đã qua rồi',
        'Chỉ hẹn được trong vòng 30 ngày tới',
        'Mình chưa đọc được giờ "thứ hai 8:00"',
        'Bạn gõ cả giờ nhé',
      ],
      draft: { sendAt: new Date('2026-11-21T08:30:00Z') },
      misses: 4,
    },
    {
      name: '"send now" at night starts at 07:00',
      ctx: official('08', { now: NIGHT }),
      script: [TEXT, '1', '6', '1'],
      final: 'done',
      sees: [
        '🕗 Bây giờ là giờ yên tĩnh (21:00–07:00), thông báo sẽ bắt đầu gửi lúc 07:00 ngày mai (21/11).',
        '1. Gửi lúc 07:00 ngày mai (21/11)',
      ],
      draft: { sendAt: new Date('2026-11-21T00:00:00Z') },
    },
    {
      name: 'the text is edited from the preview, which comes back with the new text',
      ctx: official('08'),
      script: [TEXT, '1', '6', '3', 'Hội chợ việc làm ngày 26/12.', '1'],
      final: 'done',
      sees: ['📢 Thông báo việc làm\nHội chợ việc làm ngày 26/12.\n\n👥'],
      draft: { text: 'Hội chợ việc làm ngày 26/12.' },
    },
    {
      name: 'the recipients are changed from the preview (the groups are asked again)',
      ctx: official('08'),
      script: [TEXT, '1', '6', '4', 'Lũng Cú', '6', '1'],
      final: 'done',
      draft: { targets: [LUNG_CU] },
    },
    {
      name: 'cancelled from the preview: nothing is written',
      ctx: official('08'),
      script: [TEXT, '1', '6', '5'],
      final: 'done',
      sees: ['Đã huỷ thông báo, chưa gửi cho ai.'],
      draft: null,
    },
    {
      name: 'empty, photo-only and too long texts are asked again',
      ctx: official('08'),
      script: [{ text: null }, 'x'.repeat(1001)],
      final: 'miss',
      sees: ['Bạn gõ nội dung thông báo bằng chữ', 'Nội dung dài 1.001 ký tự, quá 1.000'],
      misses: 2,
    },
    {
      name: 'a place not found, and a pick answered with a number not in the list',
      ctx: official('08'),
      script: [TEXT, 'Xyzabc', 'Mèo Vạc', '7', '1', '6', '1'],
      final: 'done',
      sees: ['Mình chưa tìm thấy "Xyzabc"', 'Bạn trả lời bằng một số trong danh sách'],
      draft: { targets: [MEO_VAC] },
      misses: 2,
    },
    {
      name: 'in English',
      ctx: official('08', { lang: 'en' }),
      script: ['Job fair on 25/12', '1', 'skip', '2', 'tomorrow 8am', '1'],
      final: 'done',
      sees: [
        '1. Your whole area: Tuyên Quang province',
        '👥 It will go to 112 people and 2 group chats in all of Tuyên Quang province.',
        '🕗 Starts at 08:00 tomorrow (21/11)',
        'Scheduled: the announcement will start going out at 08:00 tomorrow (21/11).',
      ],
      draft: { sendAt: new Date('2026-11-21T01:00:00Z') },
    },
  ];

  it.each(cases)('$name', ({ ctx, script, final, sees, draft, misses, maxSent }) => {
    const w = walk(script, ctx);
    expect(w.final.kind).toBe(final);
    const text = all(w);
    for (const expected of sees ?? []) {
      if (typeof expected === 'string') expect(text).toContain(expected);
      else expect(text).toMatch(expected);
    }
    if (draft === null) expect(w.effects).toEqual([]);
    else if (draft !== undefined) expect(draftOf(w)).toMatchObject(draft);
    expect(w.misses).toBe(misses ?? 0);
    if (maxSent !== undefined) expect(w.sent).toBeLessThanOrEqual(maxSent);
  });
});

describe('broadcast flow (/phatsong): resumed later', () => {
  it('asks the time again when the scheduled time passed before "Gửi"', () => {
    const state: FlowState = {
      flow: 'broadcast',
      step: 'confirm',
      data: {
        text: TEXT,
        targets: [{ label: 'toàn tỉnh Tuyên Quang', codes: ['08'] }],
        pending: null,
        groups: [],
        sendAt: '2026-11-20T02:00:00.000Z',
      },
      misses: 0,
    };
    const result = broadcastFlow.step(
      state,
      { text: '1', choiceId: 'bc.confirm', choiceIds: ['bc.confirm'] },
      { ...official('08'), broadcastAudience: breakdown(['08']) },
    );
    expect(result.kind).toBe('continue');
    expect(result.kind === 'continue' && result.effects).toBeFalsy();
    expect(result.kind === 'continue' && render(result.replies[0]!)).toContain(
      'Giờ hẹn 09:00 hôm nay đã qua trong lúc chờ',
    );
  });

  it('refuses an official whose role was revoked mid-flow', () => {
    const state: FlowState = { flow: 'broadcast', step: 'targets', data: { text: TEXT }, misses: 0 };
    const result = broadcastFlow.step(state, { text: '1', choiceId: null, choiceIds: [] }, context([]));
    expect(result.kind === 'done' && render(result.replies[0]!)).toContain('dành cho cán bộ');
  });
});

describe('the audience count from a breakdown', () => {
  it.each([
    [[], { people: 112, groupChats: 2 }],
    [['poor'], { people: 7, groupChats: 0 }],
    [['near_poor', 'ethnic_minority'], { people: 5, groupChats: 0 }],
    [['poor', 'ethnic_minority'], { people: 12, groupChats: 0 }],
    [['disability'], { people: 0, groupChats: 0 }],
  ])('groups %j → %j', (groups, expected) => {
    expect(audienceFromBreakdown(breakdown(['08']), groups)).toEqual(expected);
  });
});

describe('reading a start time (Vietnam time; now = Fri 20/11/2026 10:00)', () => {
  const at = (iso: string) => ({ kind: 'at', at: new Date(iso) });
  it.each([
    ['ngay', { kind: 'now' }],
    ['Gửi ngay', { kind: 'now' }],
    ['14:00', at('2026-11-20T07:00:00Z')],
    ['8:00', at('2026-11-21T01:00:00Z')], // passed today: tomorrow
    ['8h30', at('2026-11-21T01:30:00Z')],
    ['8 giờ 30 phút', at('2026-11-21T01:30:00Z')],
    ['3 giờ chiều', at('2026-11-20T08:00:00Z')],
    ['7:30 mai', at('2026-11-21T00:30:00Z')],
    ['sáng mai 7h', at('2026-11-21T00:00:00Z')],
    ['ngày mai lúc 9:15', at('2026-11-21T02:15:00Z')],
    ['15/12 8:00', at('2026-12-15T01:00:00Z')],
    ['8:00 ngày 15/12/2026', at('2026-12-15T01:00:00Z')],
    ['tomorrow 8am', at('2026-11-21T01:00:00Z')],
    ['2 pm', at('2026-11-20T07:00:00Z')],
    ['hôm nay 8:00', { kind: 'past', at: new Date('2026-11-20T01:00:00Z') }],
    ['19/11 8:00', { kind: 'too_far', at: new Date('2027-11-19T01:00:00Z') }], // no year, already gone: next year
    ['21/12 8:00', { kind: 'too_far', at: new Date('2026-12-21T01:00:00Z') }],
    ['22:00', { kind: 'quiet', at: new Date('2026-11-20T15:00:00Z'), suggestion: new Date('2026-11-21T00:00:00Z') }],
    ['6:30 mai', { kind: 'quiet', at: new Date('2026-11-20T23:30:00Z'), suggestion: new Date('2026-11-21T00:00:00Z') }],
    ['25/12', { kind: 'no_time' }],
    ['mai', { kind: 'no_time' }],
    ['8', { kind: 'invalid' }],
    ['thứ hai 8:00', { kind: 'invalid' }],
    ['31/02 8:00', { kind: 'invalid' }],
    ['25:00', { kind: 'invalid' }],
    ['', { kind: 'invalid' }],
  ])('%j', (text, expected) => {
    expect(parseSendTime(text, NOW, DEFAULT_QUIET_HOURS)).toEqual(expected);
  });

  it('follows QUIET_HOURS as configured, not a fixed 21:00–07:00', () => {
    const late = { startHour: 23, endHour: 6 };
    expect(parseSendTime('22:00', NOW, late)).toEqual(at('2026-11-20T15:00:00Z'));
    expect(parseSendTime('5:30 mai', NOW, late)).toEqual({
      kind: 'quiet',
      at: new Date('2026-11-20T22:30:00Z'),
      suggestion: new Date('2026-11-20T23:00:00Z'),
    });
    const off = { startHour: 0, endHour: 0 };
    expect(parseSendTime('3:00 mai', NOW, off)).toEqual(at('2026-11-20T20:00:00Z'));
  });
});

describe('the wizard tells the configured quiet hours', () => {
  // Text, whole area, no group filter, then "2. Hẹn giờ gửi": the question that names the quiet hours.
  const whenQuestion = (quietHours: { startHour: number; endHour: number }) =>
    last(walk([TEXT, '1', '6', '2'], { ...official('08'), quietHours }));

  it('names them when the official picks a time', () => {
    expect(whenQuestion({ startHour: 22, endHour: 6 })).toContain('22:00–06:00');
    expect(whenQuestion(DEFAULT_QUIET_HOURS)).toContain('21:00–07:00');
  });

  it('says nothing of them when QUIET_HOURS=off', () => {
    const text = whenQuestion({ startHour: 0, endHour: 0 });
    expect(text).toContain('Gõ giờ gửi');
    expect(text).not.toContain('yên tĩnh');
  });
});

describe("broadcast flow (/phatsong): the official's recent broadcasts and their progress", () => {
  const progress = (id: number, over: Partial<BroadcastProgress> = {}): BroadcastProgress => ({
    id,
    text: TEXT,
    targets: ['08'],
    priorityGroups: [],
    sendAt: new Date('2026-11-19T02:00:00Z'), // yesterday 09:00
    status: 'sending',
    fannedOut: true,
    estimated: 5000,
    counts: { total: 5000, sent: 1234, failed: 12, skipped: 0, waiting: 3754 },
    ...over,
  });
  const RECENT: BroadcastProgress[] = [
    progress(41),
    progress(40, {
      text: 'Tuyển 20 công nhân may tại Lũng Cú',
      targets: [LUNG_CU],
      sendAt: new Date('2026-11-21T00:30:00Z'),
      status: 'scheduled',
      fannedOut: false,
      estimated: 57,
      counts: { total: 0, sent: 0, failed: 0, skipped: 0, waiting: 0 },
    }),
    progress(39, {
      text: 'Hội chợ   việc làm\nngày 18/11',
      priorityGroups: ['poor', 'ethnic_minority'],
      status: 'sent',
      counts: { total: 8, sent: 5, failed: 1, skipped: 2, waiting: 0 },
    }),
    progress(38, {
      text: 'Đã huỷ',
      status: 'cancelled',
      fannedOut: false,
      counts: { total: 0, sent: 0, failed: 0, skipped: 0, waiting: 0 },
    }),
  ];
  const withRecent = (
    recent: BroadcastProgress[] = RECENT,
    options: { lang?: 'vi' | 'en'; now?: Date } = {},
  ): Context => ({ ...official('08', options), recentBroadcasts: recent });

  it('lists them before a new one, "1. Soạn thông báo mới" first, with counts written the Vietnamese way', () => {
    const w = walk([], withRecent());
    expect(w.final.kind).toBe('continue');
    expect(last(w)).toBe(
      [
        'Phát thông báo tới người lao động trong địa bàn của bạn. Mình hỏi nội dung, nơi nhận, nhóm ưu tiên, rồi cho bạn xem trước.',
        'Thông báo bạn gửi trong 7 ngày qua. Gõ số để xem tiến độ, hoặc gõ luôn nội dung thông báo mới.',
        '1. Soạn thông báo mới',
        '2. «Phiên giao dịch việc làm 8:00 ngày 25/12…» — đã gửi 1.234/5.000, lỗi 12, đang chờ 3.754',
        '3. «Tuyển 20 công nhân may tại Lũng Cú» — hẹn gửi 07:30 ngày mai (21/11)',
        '4. «Hội chợ việc làm ngày 18/11» — đã gửi 5/8, lỗi 1, bỏ qua 2, đang chờ 0',
        '5. «Đã huỷ» — đã huỷ',
        'Bạn chọn số nào? (gõ 0 để về menu)',
      ].join('\n'),
    );
  });

  it('sending to the whole area still takes 5 messages: the text typed straight at the list', () => {
    const w = walk([TEXT, '1', '6', '1'], withRecent());
    expect(w.final.kind).toBe('done');
    expect(w.sent).toBe(5);
    expect(draftOf(w)).toMatchObject({ text: TEXT, targets: ['08'], priorityGroups: [], sendAt: NOW });
  });

  it('"1" then the text works too (6 messages)', () => {
    const w = walk(['1', TEXT, '1', '6', '1'], withRecent());
    expect(w.final.kind).toBe('done');
    expect(all(w)).toContain('Gõ nội dung thông báo (tối đa 1.000 ký tự)');
    expect(draftOf(w)).toMatchObject({ text: TEXT, targets: ['08'] });
  });

  it('a text that starts like an old one is a new text, not a pick', () => {
    const w = walk(['Phiên giao dịch việc làm'], withRecent());
    expect(last(w)).toContain('Gửi tới đâu?');
    expect(all(w)).toContain('Người nhận sẽ thấy như sau:\n\n📢 Thông báo việc làm\nPhiên giao dịch việc làm');
  });

  it('a number shows that broadcast in detail, with the list again; another number, then a new one', () => {
    const w = walk(['2', '4', '5', 'Thông báo mới', '1', '6', '1'], withRecent());
    const [, sending, done, cancelled] = w.messages.map(render);
    expect(sending).toBe(
      [
        `📢 "${TEXT}"`,
        '🕗 Bắt đầu gửi: 09:00 ngày 19/11',
        '📍 Nơi nhận: toàn tỉnh Tuyên Quang.',
        '📊 Đang gửi: đã gửi 1.234/5.000, lỗi 12, bỏ qua 0, đang chờ 3.754.',
        'Lỗi: người nhận đã chặn bot hoặc tin không tới được. Bỏ qua: người nhận đã dừng nhận tin.',
        '1. Soạn thông báo mới',
        '2. «Phiên giao dịch việc làm 8:00 ngày 25/12…» — đã gửi 1.234/5.000, lỗi 12, đang chờ 3.754',
        '3. «Tuyển 20 công nhân may tại Lũng Cú» — hẹn gửi 07:30 ngày mai (21/11)',
        '4. «Hội chợ việc làm ngày 18/11» — đã gửi 5/8, lỗi 1, bỏ qua 2, đang chờ 0',
        '5. «Đã huỷ» — đã huỷ',
        'Gõ số khác để xem, 1 để soạn mới, hoặc gõ luôn nội dung thông báo mới (gõ 0 để về menu)',
      ].join('\n'),
    );
    expect(done).toContain(
      '👥 Chỉ nhóm: hộ nghèo, người dân tộc thiểu số.\n📊 Đã gửi xong: đã gửi 5/8, lỗi 1, bỏ qua 2.',
    );
    expect(cancelled).toContain('📊 Đã huỷ, không gửi cho ai.');
    expect(cancelled).not.toContain('Lỗi:');
    expect(w.final.kind).toBe('done');
    expect(draftOf(w)).toMatchObject({ text: 'Thông báo mới' });
    expect(w.misses).toBe(0);
  });

  it('a scheduled one, one being prepared, and one nobody could receive', () => {
    const preparing = progress(50, {
      fannedOut: false,
      status: 'scheduled',
      counts: { total: 0, sent: 0, failed: 0, skipped: 0, waiting: 0 },
    });
    const empty = progress(51, { counts: { total: 0, sent: 0, failed: 0, skipped: 0, waiting: 0 }, estimated: 0 });
    const w = walk(['2', '3', '4'], withRecent([RECENT[1]!, preparing, empty]));
    const shown = w.messages.slice(1).map(render);
    expect(shown[0]).toContain(
      '🕗 Bắt đầu gửi: 07:30 ngày mai (21/11)\n📍 Nơi nhận: Xã Lũng Cú (Tuyên Quang).\n📊 Đã hẹn giờ, chưa gửi cho ai. Dự kiến 57 người nhận.',
    );
    expect(shown[1]).toContain('📊 Đang chuẩn bị danh sách người nhận (dự kiến 5.000).');
    expect(shown[1]).toContain('3. «Phiên giao dịch việc làm 8:00 ngày 25/12…» — đang chuẩn bị gửi');
    expect(shown[2]).toContain('📊 Không có ai để gửi');
    expect(shown[2]).toContain('4. «Phiên giao dịch việc làm 8:00 ngày 25/12…» — không có người nhận');
  });

  it('a button press (Telegram) picks too; a number not in the list is asked again', () => {
    const w = walk([{ choiceId: 'bc.recent.39' }, '9', { choiceId: 'bc.new' }], withRecent());
    expect(render(w.messages[1]!)).toContain('📢 "Hội chợ việc làm ngày 18/11"');
    expect(render(w.messages[2]!)).toContain(
      'Bạn gõ một số trong danh sách, hoặc gõ nội dung thông báo mới (tối đa 1.000 ký tự).',
    );
    expect(w.misses).toBe(1);
    expect(last(w)).toContain('Nội dung thông báo là gì?');
  });

  it('a country-wide one says "cả nước"', () => {
    const w = walk(['2'], withRecent([progress(60, { targets: geo.provinces.map((p) => p.code) })]));
    expect(last(w)).toContain('📍 Nơi nhận: cả nước.');
  });

  it('in English, with English number grouping', () => {
    const w = walk(['2'], withRecent(RECENT, { lang: 'en' }));
    expect(render(w.messages[0]!)).toContain(
      '1. Write a new announcement\n2. «Phiên giao dịch việc làm 8:00 ngày 25/12…» — sent 1,234/5,000, failed 12, waiting 3,754',
    );
    expect(render(w.messages[0]!)).toContain(
      '3. «Tuyển 20 công nhân may tại Lũng Cú» — scheduled for 07:30 tomorrow (21/11)',
    );
    expect(last(w)).toContain('📊 Sending: sent 1,234/5,000, failed 12, skipped 0, waiting 3,754.');
  });

  it('without recent broadcasts nothing changes: the text is asked at once', () => {
    const w = walk([], withRecent([]));
    expect(last(w)).toContain('Nội dung thông báo là gì?');
  });

  it('a worker is still refused before any list', () => {
    const w = walk([], { ...context([]), recentBroadcasts: RECENT });
    expect(w.final.kind).toBe('done');
    expect(last(w)).toContain('dành cho cán bộ');
  });

  it('the list state resumed with no recent broadcasts any more goes on to the text', () => {
    const state: FlowState = { flow: 'broadcast', step: 'recent', data: {}, misses: 0 };
    const result = broadcastFlow.step(state, { text: TEXT, choiceId: null, choiceIds: [] }, withRecent([]));
    expect(result.kind === 'continue' && result.state.step).toBe('targets');
  });
});
