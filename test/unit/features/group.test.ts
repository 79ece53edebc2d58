import { describe, expect, it } from 'vitest';
import type { ChannelName } from '../../../src/kernel/message.ts';
import type { RoleGrant } from '../../../src/kernel/roles.ts';
import {
  authorise,
  authorityNeeded,
  decideGroup,
  groupOptions,
  groupPickState,
  PICK_TTL_MS,
  readGroupMessage,
  readGroupPick,
  regionName,
  regionOf,
  type GroupFacts,
  type GroupIntent,
  type GroupMessage,
  type GroupPick,
  type GroupRegion,
  type GroupVerdict,
} from '../../../src/features/group/group.ts';
import { resolvePlace } from '../../../src/features/shared/place.ts';

/**
 * /nhom as plain data: what a message means, who may act, and what the bot answers and keeps.
 * Places: Xã Mèo Vạc 00769 and Xã Lũng Cú 00715 in Tuyên Quang (08); Thái Nguyên is 19.
 */
const NOW = new Date('2026-03-02T02:00:00Z');
const LATER = new Date(NOW.getTime() + PICK_TTL_MS + 1000);
const TUYEN_QUANG = regionOf('08')!;
const LUNG_CU = regionOf('00715')!;
const MEO_VAC = regionOf('00769')!;
const THAI_NGUYEN = regionOf('19')!;

function meoVacPick(userId = 'u1'): GroupPick {
  const answer = resolvePlace('Mèo Vạc', null);
  if (answer.kind !== 'pick') throw new Error('Mèo Vạc should be ambiguous');
  return {
    userId,
    options: groupOptions('vi', answer.pick),
    districts: answer.pick.districts,
    expiresAt: NOW.getTime() + PICK_TTL_MS,
  };
}

function tanPhuPick(): GroupPick {
  const answer = resolvePlace('Tân Phú', null);
  if (answer.kind !== 'pick') throw new Error('Tân Phú should be ambiguous');
  return {
    userId: 'u1',
    options: groupOptions('vi', answer.pick),
    districts: answer.pick.districts,
    expiresAt: NOW.getTime() + PICK_TTL_MS,
  };
}

const message = (over: Partial<GroupMessage>): GroupMessage => ({
  chatType: 'group',
  text: null,
  choiceId: null,
  userId: 'u1',
  pick: null,
  now: NOW,
  ...over,
});

describe('readGroupMessage: what a message means for /nhom', () => {
  const rows: Array<[string, Partial<GroupMessage>, GroupIntent['kind'], Record<string, unknown>?]> = [
    ['/nhom in a private chat', { chatType: 'private', text: '/nhom' }, 'private_help'],
    ['/nhom with a place in a private chat', { chatType: 'private', text: '/nhom Lũng Cú' }, 'private_help'],
    ['/nhom alone', { text: '/nhom' }, 'show'],
    ['/group alone', { text: '/group' }, 'show'],
    ['/nhom dung', { text: '/nhom dung' }, 'stop'],
    ['/nhom dừng', { text: '/nhom dừng' }, 'stop'],
    ['/NHOM STOP', { text: '/NHOM STOP' }, 'stop'],
    ['/group stop', { text: '/group stop' }, 'stop'],
    ['/nhom ngừng lại', { text: '/nhom ngừng lại' }, 'stop'],
    ['/nhom xa Lung Cu (no accents)', { text: '/nhom xa Lung Cu' }, 'region', { code: '00715' }],
    ['/nhom Tuyen Quang (a province)', { text: '/nhom Tuyen Quang' }, 'region', { code: '08' }],
    ['/nhom Mèo Vạc (a former district)', { text: '/nhom Mèo Vạc' }, 'pick', { typed: 'Mèo Vạc' }],
    ['/nhom xyzzy', { text: '/nhom xyzzy' }, 'not_found', { typed: 'xyzzy' }],
    ['chatter without a list', { text: 'chào bot' }, 'pass'],
    ['a number without a list', { text: '2' }, 'pass'],
    ['a private message', { chatType: 'private', text: '2', pick: meoVacPick() }, 'pass'],
    ['the sender answers 1', { text: '1', pick: meoVacPick() }, 'region', { code: '00769' }],
    ['the sender answers "số 2."', { text: 'số 2.', pick: meoVacPick() }, 'region', { code: '00721' }],
    ['the sender picks the whole province', { text: '8', pick: meoVacPick() }, 'region', { code: '08' }],
    ['the sender presses a button', { choiceId: 'geo.00769', pick: meoVacPick() }, 'region', { code: '00769' }],
    ['the sender answers a number not listed', { text: '9', pick: meoVacPick() }, 'pick_miss'],
    ['the sender says something else', { text: 'cảm ơn', pick: meoVacPick() }, 'pass'],
    ['another member answers 1', { userId: 'u2', text: '1', pick: meoVacPick() }, 'ignore'],
    ['another member presses a button', { userId: 'u2', choiceId: 'geo.00769', pick: meoVacPick() }, 'ignore'],
    ['a sender the platform does not name answers', { userId: null, text: '1', pick: meoVacPick() }, 'ignore'],
    ['another member chats', { userId: 'u2', text: 'mai họp thôn', pick: meoVacPick() }, 'pass'],
    ['the sender answers after 10 minutes', { text: '1', pick: meoVacPick(), now: LATER }, 'expired'],
    ['another member answers after 10 minutes', { userId: 'u2', text: '1', pick: meoVacPick(), now: LATER }, 'pass'],
    ['a command beats the list', { text: '/nhom dung', pick: meoVacPick() }, 'stop'],
    ['/nhom huỷ đăng ký', { text: '/nhom huỷ đăng ký' }, 'stop'],
    ['the sender cancels the list', { text: '/huy', pick: meoVacPick() }, 'cancel'],
    ['another member cancels', { userId: 'u2', text: '/huy', pick: meoVacPick() }, 'pass'],
  ];

  it.each(rows)('%s', (_, input, kind, fields) => {
    const intent = readGroupMessage(message(input));
    expect(intent.kind).toBe(kind);
    if (fields) expect(intent).toMatchObject(fields);
  });

  it('a former district chosen from a list becomes a list of its communes, for the same sender', () => {
    const pick = tanPhuPick();
    const index = pick.options.findIndex((o) => o.id === 'geo.d0');
    expect(index).toBeGreaterThanOrEqual(0);
    const intent = readGroupMessage(message({ text: String(index + 1), pick }));
    expect(intent).toMatchObject({ kind: 'pick', typed: pick.districts[0]!.name });
  });
});

describe('the pending list on the group identity', () => {
  it('round-trips through the stored state, and anything else reads as none', () => {
    const pick = meoVacPick();
    const state = JSON.parse(JSON.stringify(groupPickState(pick))) as ReturnType<typeof groupPickState>;
    expect(state).toMatchObject({ flow: 'group', step: 'pick', misses: 0 });
    expect(readGroupPick(state)).toEqual(pick);
    expect(readGroupPick(null)).toBeNull();
    expect(readGroupPick({ flow: 'registration', step: 'pick', data: { ...pick }, misses: 0 })).toBeNull();
    expect(readGroupPick({ flow: 'group', step: 'pick', data: { options: pick.options }, misses: 0 })).toBeNull();
    expect(readGroupPick({ flow: 'group', step: 'pick', data: { ...pick, options: [] }, misses: 0 })).toBeNull();
  });

  it('the Mèo Vạc list: its 7 communes, Xã Mèo Vạc first, then the whole province', () => {
    const labels = meoVacPick().options.map((o) => o.label);
    expect(labels).toHaveLength(8);
    expect(labels[0]).toBe('Xã Mèo Vạc (Tuyên Quang)');
    expect(labels[7]).toBe('Cả tỉnh Tuyên Quang');
  });
});

describe('authorise: who may subscribe or stop a group', () => {
  const official = (regionCode: string | null): RoleGrant => ({ role: 'official', regionCode });
  const rows: Array<[string, RoleGrant[], boolean | null, GroupRegion | null, GroupVerdict]> = [
    [
      'a provincial official, a commune of the province',
      [official('08')],
      false,
      LUNG_CU,
      { ok: true, as: 'official' },
    ],
    ['a provincial official, the province', [official('08')], false, TUYEN_QUANG, { ok: true, as: 'official' }],
    ['a commune official, their commune', [official('00715')], false, LUNG_CU, { ok: true, as: 'official' }],
    [
      'a commune official, another commune',
      [official('00715')],
      false,
      MEO_VAC,
      { ok: false, reason: 'outside_scope' },
    ],
    [
      'a commune official, their whole province',
      [official('00715')],
      false,
      TUYEN_QUANG,
      { ok: false, reason: 'outside_scope' },
    ],
    ['a national official', [official(null)], false, THAI_NGUYEN, { ok: true, as: 'official' }],
    [
      'an admin of 19, a commune of 08',
      [{ role: 'admin', regionCode: '19' }],
      false,
      LUNG_CU,
      { ok: false, reason: 'outside_scope' },
    ],
    ['an official of 19 who runs the group, 08', [official('19')], true, TUYEN_QUANG, { ok: true, as: 'group_admin' }],
    ['a group admin, any place', [], true, MEO_VAC, { ok: true, as: 'group_admin' }],
    ['an employer', [{ role: 'employer', regionCode: null }], false, LUNG_CU, { ok: false, reason: 'not_allowed' }],
    ['a stranger on Telegram', [], false, LUNG_CU, { ok: false, reason: 'not_allowed' }],
    ['a stranger on Zalo (the platform cannot tell)', [], null, LUNG_CU, { ok: false, reason: 'officials_only' }],
    ['before a list: any official', [official('19')], false, null, { ok: true, as: 'official' }],
    ['before a list: a group admin', [], true, null, { ok: true, as: 'group_admin' }],
    ['before a list: a stranger', [], false, null, { ok: false, reason: 'not_allowed' }],
  ];
  it.each(rows)('%s', (_, roles, groupAdmin, region, verdict) => {
    expect(authorise(roles, groupAdmin, region)).toEqual(verdict);
  });

  it('asks for the region chosen, the current one to stop, any standing before a list, nothing to show', () => {
    expect(authorityNeeded({ kind: 'region', code: '00715' }, null)).toEqual(LUNG_CU);
    expect(authorityNeeded({ kind: 'stop' }, MEO_VAC)).toEqual(MEO_VAC);
    expect(authorityNeeded({ kind: 'stop' }, null)).toBeUndefined();
    expect(authorityNeeded({ kind: 'not_found', typed: 'x' }, null)).toBeNull();
    expect(authorityNeeded({ kind: 'show' }, MEO_VAC)).toBeUndefined();
    expect(authorityNeeded({ kind: 'pick_miss' }, null)).toBeUndefined();
  });
});

describe('decideGroup: replies, the list kept and the write', () => {
  const facts = (over: Partial<GroupFacts> = {}): GroupFacts => ({
    lang: 'vi',
    channel: 'telegram',
    userId: 'u1',
    senderName: 'Hùng',
    current: null,
    verdict: null,
    roles: [],
    pending: null,
    now: NOW,
    ...over,
  });
  const official: GroupVerdict = { ok: true, as: 'official' };
  const text = (decision: ReturnType<typeof decideGroup>) => decision.replies.map((r) => r.text).join('\n---\n');

  it('explains /nhom in a private chat, per channel', () => {
    const zalo = decideGroup({ kind: 'private_help' }, facts({ channel: 'zalo' }));
    expect(text(zalo)).toContain('nhóm chat');
    expect(text(zalo)).toContain('Thêm bot vào nhóm');
    expect(text(zalo)).toContain('chỉ cán bộ');
    expect(zalo.pick).toBe('keep');
    const telegram = text(decideGroup({ kind: 'private_help' }, facts({ channel: 'telegram' as ChannelName })));
    expect(telegram).toContain('Thêm vào nhóm');
    expect(telegram).toContain('quản trị viên');
  });

  it('shows the subscription, or none, with how to use it; a pending list stays', () => {
    const shown = decideGroup({ kind: 'show' }, facts({ current: LUNG_CU, pending: meoVacPick('u2') }));
    expect(text(shown)).toBe(
      '📢 Nhóm đang nhận tin việc làm của Xã Lũng Cú (Tuyên Quang).\nGõ /nhom <tên xã hoặc tỉnh> để đăng ký, ví dụ: /nhom Lũng Cú. Gõ /nhom dung để dừng.',
    );
    expect(shown).toMatchObject({ pick: 'keep', write: null });
    expect(text(decideGroup({ kind: 'show' }, facts()))).toContain('Nhóm chưa đăng ký nhận tin việc làm.');
  });

  it('subscribes, changes and says when nothing changes', () => {
    const first = decideGroup({ kind: 'region', code: '00715' }, facts({ verdict: official }));
    expect(text(first)).toBe(
      '✅ Đã đăng ký: nhóm sẽ nhận tin việc làm và thông báo của Xã Lũng Cú (Tuyên Quang). Gõ /nhom dung để dừng.',
    );
    expect(first.write).toEqual({ kind: 'subscribe', region: LUNG_CU, as: 'official' });
    const changed = decideGroup(
      { kind: 'region', code: '08' },
      facts({ current: LUNG_CU, verdict: { ok: true, as: 'group_admin' } }),
    );
    expect(text(changed)).toBe(
      '✅ Đã đổi: nhóm nay nhận tin của tỉnh Tuyên Quang (thay cho Xã Lũng Cú (Tuyên Quang)).',
    );
    expect(changed.write).toEqual({ kind: 'subscribe', region: TUYEN_QUANG, as: 'group_admin' });
    const same = decideGroup({ kind: 'region', code: '00715' }, facts({ current: LUNG_CU, verdict: official }));
    expect(same).toMatchObject({ write: null, pick: null });
    expect(text(same)).toBe('Nhóm đã nhận tin của Xã Lũng Cú (Tuyên Quang) rồi.');
  });

  it('stops, or says there is nothing to stop', () => {
    const stopped = decideGroup({ kind: 'stop' }, facts({ current: MEO_VAC, verdict: official }));
    expect(stopped.write).toEqual({ kind: 'stop', region: MEO_VAC, as: 'official' });
    expect(text(stopped)).toContain('Đã dừng: nhóm không nhận tin của Xã Mèo Vạc (Tuyên Quang) nữa.');
    expect(decideGroup({ kind: 'stop' }, facts())).toMatchObject({
      write: null,
      replies: [{ text: 'Nhóm chưa đăng ký nhận tin nên không có gì để dừng.' }],
    });
  });

  it("refuses politely, naming the official's area; another member's list stays, the sender's own closes", () => {
    const outside = decideGroup(
      { kind: 'region', code: '00769' },
      facts({
        verdict: { ok: false, reason: 'outside_scope' },
        roles: [{ role: 'official', regionCode: '00715' }],
        pending: meoVacPick('u1'),
      }),
    );
    expect(text(outside)).toBe(
      'Xin lỗi, Xã Mèo Vạc (Tuyên Quang) nằm ngoài địa bàn của bạn (Xã Lũng Cú (Tuyên Quang)).',
    );
    expect(outside).toMatchObject({ write: null, pick: null });
    const stranger = decideGroup(
      { kind: 'region', code: '00715' },
      facts({ userId: 'u3', verdict: { ok: false, reason: 'not_allowed' }, pending: meoVacPick('u1') }),
    );
    expect(text(stranger)).toContain('chỉ cán bộ hoặc quản trị viên của nhóm');
    expect(stranger.pick).toBe('keep');
    expect(
      text(
        decideGroup(
          { kind: 'stop' },
          facts({ channel: 'zalo', current: LUNG_CU, verdict: { ok: false, reason: 'officials_only' } }),
        ),
      ),
    ).toContain('trên Zalo chỉ cán bộ');
    expect(
      text(decideGroup({ kind: 'not_found', typed: 'xyz' }, facts({ verdict: { ok: false, reason: 'not_allowed' } }))),
    ).toContain('chỉ cán bộ');
  });

  it('asks with a numbered list waiting 10 minutes for the sender, named in the prompt', () => {
    const answer = resolvePlace('Mèo Vạc', null);
    if (answer.kind !== 'pick') throw new Error('expected a pick');
    const decision = decideGroup({ kind: 'pick', pick: answer.pick, typed: 'Mèo Vạc' }, facts({ verdict: official }));
    const [question] = decision.replies;
    expect(question!.text).toBe('Huyện Mèo Vạc cũ (Hà Giang) nay gồm 7 xã.\nNhóm nhận tin của nơi nào?');
    expect(question!.choices).toHaveLength(8);
    expect(question!.prompt).toBe('Mời Hùng trả lời tin này bằng một số, ví dụ: 1');
    expect(decision.pick).toMatchObject({ userId: 'u1', expiresAt: NOW.getTime() + PICK_TTL_MS });
    expect(decision.write).toBeNull();
    const unnamed = decideGroup(
      { kind: 'pick', pick: answer.pick, typed: 'Mèo Vạc' },
      facts({ verdict: official, senderName: null }),
    );
    expect(unnamed.replies[0]!.prompt).toBe('Mời người vừa gõ lệnh trả lời tin này bằng một số, ví dụ: 1');
  });

  it('a wrong number keeps the list; an expired list is closed; a place not found is said so', () => {
    expect(decideGroup({ kind: 'pick_miss' }, facts())).toMatchObject({ pick: 'keep', write: null });
    expect(decideGroup({ kind: 'expired' }, facts())).toMatchObject({
      pick: null,
      replies: [{ text: expect.stringContaining('hết hạn') }],
    });
    expect(decideGroup({ kind: 'cancel' }, facts())).toMatchObject({
      pick: null,
      write: null,
      replies: [{ text: expect.stringContaining('Đã huỷ') }],
    });
    expect(text(decideGroup({ kind: 'not_found', typed: 'xyzzy' }, facts({ verdict: official })))).toBe(
      'Mình chưa tìm thấy nơi tên "xyzzy". Bạn gõ lại tên xã hoặc tỉnh, ví dụ: /nhom Lũng Cú.',
    );
  });

  it('names regions in both languages', () => {
    expect(regionName('vi', '00715')).toBe('Xã Lũng Cú (Tuyên Quang)');
    expect(regionName('vi', '08')).toBe('tỉnh Tuyên Quang');
    expect(regionName('vi', '01')).toBe('thành phố Hà Nội');
    expect(regionName('en', '08')).toBe('Tuyên Quang province');
    expect(regionOf('99999')).toBeNull();
  });
});
