import { describe, expect, it } from 'vitest';
import { createSimulatorAdapter, type SimulatorEvent } from './adapter.ts';
import { simulatorChatId } from './identity.ts';
import { parseSimulatorRequest } from './request.ts';

const GARBAGE: unknown[] = [
  null,
  undefined,
  0,
  42,
  '',
  'Lan',
  true,
  [],
  {},
  [1, 2],
  [{ user: 'Lan', text: 'hi' }],
  { message: 'hi' },
  { update_id: 'nope' },
  { user: '', text: 'hi' },
  { user: '   ', text: 'hi' },
  { user: 5, text: 'hi' },
  { user: ['Lan'], text: 'hi' },
  { user: 'Lan' },
  { user: 'Lan', text: '   ' },
  { user: 'Lan', text: 7 },
  { user: 'Lan', text: { a: 1 } },
  { user: 'Lan', text: 'x'.repeat(4097) },
  { user: 'Lan', text: 'bell\u0007' },
  { user: 'x'.repeat(41), text: 'hi' },
  { user: 'x'.repeat(5000), text: 'hi' },
  { user: 'La\u0000n', text: 'hi' },
  { user: 'Lan', choiceId: '' },
  { user: 'Lan', choiceId: 'x'.repeat(65) },
  { user: 'Lan', choiceId: 12 },
  { user: 'Lan', choiceId: 'có dấu' },
];

describe('simulator adapter: receive', () => {
  const adapter = createSimulatorAdapter();

  it.each(GARBAGE.map((raw) => [raw]))('ignores %j without throwing', (raw) => {
    expect(adapter.receive(raw)).toEqual([]);
  });

  it('reads a text message as a private message addressed to the bot', () => {
    const sentAt = new Date('2026-03-01T02:03:04Z');
    const fixed = createSimulatorAdapter({ now: () => sentAt });
    const [message, ...rest] = fixed.receive({ user: 'Cán bộ Hùng', text: 'Tôi muốn tìm việc' });
    expect(rest).toEqual([]);
    expect(message).toEqual({
      channel: 'simulator',
      eventId: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/),
      chatId: 'sim-can-bo-hung',
      userId: 'sim-can-bo-hung',
      chatType: 'private',
      displayName: 'Cán bộ Hùng',
      text: 'Tôi muốn tìm việc',
      choiceId: null,
      mediaUrl: null,
      sentAt,
      addressedToBot: true,
    });
  });

  it('reads a pressed choice, with no text', () => {
    const [message] = adapter.receive({ user: 'Lan', choiceId: 'consent:yes' });
    expect(message).toMatchObject({ text: null, choiceId: 'consent:yes', chatId: 'sim-lan' });
  });

  it('gives every message its own event id', () => {
    const ids = new Set(Array.from({ length: 50 }, () => adapter.receive({ user: 'Lan', text: '1' })[0]!.eventId));
    expect(ids.size).toBe(50);
  });

  it('keeps text as typed, NFC, at the 4,096-character limit', () => {
    const decomposed = 'Tho\u031b\u0323 may'; // "Thợ may" typed as NFD
    expect(adapter.receive({ user: 'Lan', text: decomposed })[0]!.text).toBe('Thợ may');
    const longest = 'a'.repeat(4096);
    expect(adapter.receive({ user: 'Lan', text: longest })[0]!.text).toBe(longest);
    expect(adapter.receive({ user: 'Lan', text: '  2  ' })[0]!.text).toBe('  2  ');
  });

  it('keeps the display name as typed, tidied (NFC, spaces), up to 40 characters', () => {
    expect(adapter.receive({ user: '  Cty May   Phổ Yên ', text: 'hi' })[0]!.displayName).toBe('Cty May Phổ Yên');
    expect(adapter.receive({ user: 'x'.repeat(40), text: 'hi' })).toHaveLength(1);
    expect(adapter.receive({ user: `  ${'x'.repeat(40)}  `, text: 'hi' })).toHaveLength(1);
  });
});

describe('simulator identity', () => {
  it('"Lan", "lan", " Lan " and "LAN" are the same person', () => {
    const adapter = createSimulatorAdapter();
    const ids = ['Lan', 'lan', ' Lan ', 'LAN', 'Lan\u00a0', 'Ｌａｎ'].map(
      (user) => adapter.receive({ user, text: 'hi' })[0]!,
    );
    expect(new Set(ids.map((m) => m.chatId))).toEqual(new Set(['sim-lan']));
    expect(new Set(ids.map((m) => m.userId))).toEqual(new Set(['sim-lan']));
  });

  it('folds accents: "Cán bộ Hùng" and "can bo hung" are one person; "Hùng" and "Hưng" too (as the bot folds)', () => {
    expect(simulatorChatId('Cán bộ Hùng')).toBe(simulatorChatId('can bo hung'));
    expect(simulatorChatId('Cty May Phổ Yên')).toBe('sim-cty-may-pho-yen');
    expect(simulatorChatId('Đạt')).toBe('sim-dat');
    expect(simulatorChatId('Hưng')).toBe(simulatorChatId('Hùng')); // the price of accent-free matching
  });

  it('keeps people apart whose names fold to nothing in ASCII', () => {
    const a = simulatorChatId('Лан');
    const b = simulatorChatId('Мир');
    const c = simulatorChatId('李');
    expect(new Set([a, b, c]).size).toBe(3);
    expect(simulatorChatId('лан')).toBe(a);
    expect(simulatorChatId('Lan 李')).not.toBe(simulatorChatId('Lan 王'));
    expect(simulatorChatId('!!!')).not.toBe(simulatorChatId('???'));
  });

  it('chat ids are short ASCII, whatever the name', () => {
    for (const name of [
      'Lan',
      'x'.repeat(40),
      'ệ'.repeat(40),
      '李'.repeat(40),
      '🙂 Lan',
      'a-b_c.d',
      '!!!',
      'Ĳssel ﬁ',
    ]) {
      expect(simulatorChatId(name)).toMatch(/^sim-[a-z0-9-]{1,60}$/);
    }
  });
});

describe('simulator request validation', () => {
  it.each([
    [{}, 'user_missing'],
    [{ text: 'hi' }, 'user_missing'],
    [{ user: null, text: 'hi' }, 'user_missing'],
    [{ user: ' ', text: 'hi' }, 'user_missing'],
    [{ user: 'x'.repeat(5000), text: 'hi' }, 'user_too_long'],
    [{ user: 5, text: 'hi' }, 'user_invalid'],
    [{ user: 'Lan', text: 5 }, 'text_invalid'],
    [{ user: 'Lan', text: 'x'.repeat(4097) }, 'text_too_long'],
    [{ user: 'Lan', choiceId: true }, 'choice_invalid'],
    [{ user: 'Lan' }, 'empty'],
    [[], 'body_invalid'],
    ['text', 'body_invalid'],
    [null, 'body_invalid'],
  ])('%j → %s', (raw, problem) => {
    expect(parseSimulatorRequest(raw)).toEqual({ ok: false, problem });
  });
});

describe('simulator adapter: send, history and subscribers', () => {
  const choices = [
    { id: 'yes', label: 'Đồng ý' },
    { id: 'no', label: 'Không đồng ý' },
  ];

  it('returns ok with the event id and records the message with numbered choices', async () => {
    const at = new Date('2026-05-01T00:00:00Z');
    const adapter = createSimulatorAdapter({ now: () => at });
    const result = await adapter.send('sim-lan', { text: 'Bạn chọn số nào?', choices });
    expect(result.ok).toBe(true);
    const [event, ...rest] = adapter.history('sim-lan');
    expect(rest).toEqual([]);
    expect(result).toEqual({ ok: true, messageIds: [event!.id] });
    expect(event).toEqual({
      id: event!.id,
      at: '2026-05-01T00:00:00.000Z',
      text: 'Bạn chọn số nào?\n\n1. Đồng ý\n2. Không đồng ý',
      choices,
    });
    expect(event).not.toHaveProperty('imageUrl');
  });

  it('keeps an image URL, and sends long text whole (no limit of its own)', async () => {
    const adapter = createSimulatorAdapter();
    await adapter.send('sim-lan', { text: 'x'.repeat(20_000), imageUrl: 'http://localhost/a.png' });
    const [event] = adapter.history('sim-lan');
    expect(event!.text).toHaveLength(20_000);
    expect(event!.imageUrl).toBe('http://localhost/a.png');
  });

  it('refuses an empty or non-ASCII chat id as invalid_recipient', async () => {
    const adapter = createSimulatorAdapter();
    expect(await adapter.send('', { text: 'hi' })).toMatchObject({ ok: false, failure: { kind: 'invalid_recipient' } });
    expect(await adapter.send('sim-lạn', { text: 'hi' })).toMatchObject({
      ok: false,
      failure: { kind: 'invalid_recipient' },
    });
  });

  it('keeps the last 50 messages per chat by default, oldest first, each chat apart', async () => {
    const adapter = createSimulatorAdapter();
    for (let i = 1; i <= 60; i += 1) await adapter.send('sim-lan', { text: `tin ${i}` });
    await adapter.send('sim-hung', { text: 'chào' });
    const history = adapter.history('sim-lan');
    expect(history).toHaveLength(50);
    expect(history[0]!.text).toBe('tin 11');
    expect(history.at(-1)!.text).toBe('tin 60');
    expect(adapter.history('sim-hung').map((e) => e.text)).toEqual(['chào']);
    expect(adapter.history('sim-nobody')).toEqual([]);
  });

  it('honours historyPerChat, and history() is a copy', async () => {
    const adapter = createSimulatorAdapter({ historyPerChat: 3 });
    for (let i = 1; i <= 5; i += 1) await adapter.send('sim-lan', { text: `tin ${i}` });
    const history = adapter.history('sim-lan');
    expect(history.map((e) => e.text)).toEqual(['tin 3', 'tin 4', 'tin 5']);
    history.length = 0;
    expect(adapter.history('sim-lan')).toHaveLength(3);
  });

  it('forgets the oldest unwatched chats beyond maxChats, never a watched one', async () => {
    const adapter = createSimulatorAdapter({ maxChats: 3 });
    adapter.subscribe('sim-a', () => undefined);
    for (const id of ['sim-a', 'sim-b', 'sim-c', 'sim-d', 'sim-e']) await adapter.send(id, { text: id });
    expect(adapter.history('sim-a')).toHaveLength(1);
    expect(adapter.history('sim-b')).toEqual([]);
    expect(adapter.history('sim-c')).toEqual([]);
    expect(adapter.history('sim-e')).toHaveLength(1);
  });

  it('pushes each message to the chat’s live subscribers only, until they unsubscribe', async () => {
    const adapter = createSimulatorAdapter();
    const lan: SimulatorEvent[] = [];
    const lanAgain: SimulatorEvent[] = [];
    const hung: SimulatorEvent[] = [];
    const stopLan = adapter.subscribe('sim-lan', (e) => lan.push(e));
    adapter.subscribe('sim-lan', (e) => lanAgain.push(e));
    adapter.subscribe('sim-hung', (e) => hung.push(e));
    expect(adapter.listenerCount('sim-lan')).toBe(2);

    await adapter.send('sim-lan', { text: 'một', choices });
    expect(lan.map((e) => e.text)).toEqual(['một\n\n1. Đồng ý\n2. Không đồng ý']);
    expect(lan[0]!.choices).toEqual(choices);
    expect(lanAgain).toHaveLength(1);
    expect(hung).toEqual([]);

    stopLan();
    stopLan(); // twice is harmless
    expect(adapter.listenerCount('sim-lan')).toBe(1);
    await adapter.send('sim-lan', { text: 'hai' });
    expect(lan).toHaveLength(1);
    expect(lanAgain.map((e) => e.text)).toEqual(['một\n\n1. Đồng ý\n2. Không đồng ý', 'hai']);
  });

  it('a subscriber that throws does not fail the send or starve the others', async () => {
    const adapter = createSimulatorAdapter();
    const seen: string[] = [];
    adapter.subscribe('sim-lan', () => {
      throw new Error('broken viewer');
    });
    adapter.subscribe('sim-lan', (e) => seen.push(e.text));
    expect((await adapter.send('sim-lan', { text: 'hi' })).ok).toBe(true);
    expect(seen).toEqual(['hi']);
  });

  it('a subscriber sees what was sent after it subscribed, not before (that is what history is for)', async () => {
    const adapter = createSimulatorAdapter();
    await adapter.send('sim-lan', { text: 'trước' });
    const seen: string[] = [];
    adapter.subscribe('sim-lan', (e) => seen.push(e.text));
    await adapter.send('sim-lan', { text: 'sau' });
    expect(seen).toEqual(['sau']);
    expect(adapter.history('sim-lan').map((e) => e.text)).toEqual(['trước', 'sau']);
  });
});
