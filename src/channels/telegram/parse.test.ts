import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseTelegramUpdate } from './parse.ts';
import type { InboundMessage } from '../../kernel/message.ts';

const FIXTURES = fileURLToPath(new URL('testdata/', import.meta.url));
const BOT = 'KetNoiViecLamBot';
const RECEIVED_AT = new Date('2026-01-01T08:00:00Z');

function fixture(name: string): unknown {
  return JSON.parse(readFileSync(`${FIXTURES}${name}.json`, 'utf8')) as unknown;
}

const at = (seconds: number): Date => new Date(seconds * 1000);
const lan = { chatId: '6012345678', userId: '6012345678', chatType: 'private', displayName: 'Lan Trần' } as const;
const group = { chatId: '-1001987654321', chatType: 'group' } as const;

/** fixture → the one message expected (fields checked exactly), or [] for updates we ignore. */
const TABLE: Array<[string, Partial<InboundMessage> | null]> = [
  [
    'private-start',
    {
      ...lan,
      eventId: '842101001',
      text: '/start',
      choiceId: null,
      mediaUrl: null,
      addressedToBot: true,
      sentAt: at(1767225600),
    },
  ],
  [
    'private-text-vietnamese',
    {
      ...lan,
      eventId: '842101002',
      text: 'Tôi muốn tìm việc phụ hồ ở Bình Dương, lương 8 triệu',
      addressedToBot: true,
      sentAt: at(1767225660),
    },
  ],
  [
    'private-text-decomposed',
    { chatId: '6012345679', displayName: 'Hùng', text: 'Việc làm ở Huế', addressedToBot: true },
  ],
  [
    'callback-query',
    {
      ...lan,
      eventId: '842101004',
      text: null,
      choiceId: 'consent:yes',
      callbackQueryId: '4382914730128376512',
      addressedToBot: true,
      sentAt: RECEIVED_AT,
    },
  ],
  [
    'callback-query-inaccessible',
    { chatId: '6012345678', choiceId: 'job:123:apply', callbackQueryId: '4382914730128376999', displayName: 'Lan' },
  ],
  ['callback-query-inline', null],
  [
    'private-photo-caption',
    {
      chatId: '6012345678',
      text: 'Tin tuyển dụng này có thật không?',
      mediaUrl: 'tg-file:AgACAgUAAxkBAAIBZ2a_large',
      addressedToBot: true,
    },
  ],
  ['private-photo-no-caption', { text: null, mediaUrl: 'tg-file:AgACAgUAAxkBAAIBaGb_large', addressedToBot: true }],
  [
    'private-sticker',
    { chatId: '6012345678', chatType: 'private', text: null, mediaUrl: null, choiceId: null, addressedToBot: true },
  ],
  ['private-voice', { chatType: 'private', text: null, mediaUrl: null, addressedToBot: true }],
  [
    'group-mention',
    {
      ...group,
      userId: '6099887766',
      displayName: 'Tuấn Lê',
      text: 'có việc may ở Tân Phú không?',
      addressedToBot: true,
    },
  ],
  ['group-mention-middle', { ...group, text: 'Hỏi @ketnoivieclambot xem có việc không', addressedToBot: true }],
  ['group-command-suffixed', { chatId: '-4012345678', chatType: 'group', text: '/start', addressedToBot: true }],
  ['group-command-plain', { chatId: '-4012345678', chatType: 'group', text: '/timviec phụ hồ', addressedToBot: true }],
  [
    'group-command-other-bot',
    { chatId: '-4012345678', chatType: 'group', text: '/start@WeatherVnBot', addressedToBot: false },
  ],
  ['group-chatter', { ...group, text: 'Mai ai đi chợ huyện không?', addressedToBot: false }],
  ['supergroup-reply-to-bot', { ...group, text: 'Tân Phú', displayName: 'Hoa Phạm', addressedToBot: true }],
  ['supergroup-reply-to-other-bot', { ...group, text: 'Cảm ơn', addressedToBot: false }],
  ['group-new-members', null],
  ['edited-message', null],
  ['channel-post', null],
  ['my-chat-member', null],
];

describe('parseTelegramUpdate over fixtures of real Bot API updates', () => {
  it('has a row for every fixture file', () => {
    // chat-member-*: getChatMember answers, not updates (group-admin.test.ts)
    const files = readdirSync(FIXTURES)
      .map((f) => f.replace(/\.json$/, ''))
      .filter((f) => f !== 'malformed' && !f.startsWith('chat-member-'));
    expect(files.sort()).toEqual(TABLE.map(([name]) => name).sort());
  });

  it.each(TABLE)('%s', (name, expected) => {
    const messages = parseTelegramUpdate(fixture(name), BOT, RECEIVED_AT);
    if (expected === null) {
      expect(messages).toEqual([]);
      return;
    }
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ channel: 'telegram', ...expected });
    expect(messages[0]!.sentAt).toBeInstanceOf(Date);
  });

  it.each((fixture('malformed') as unknown[]).map((raw, i) => [i, raw] as const))(
    'malformed body #%i gives []',
    (_, raw) => {
      expect(parseTelegramUpdate(raw, BOT)).toEqual([]);
    },
  );

  it('never throws, whatever part of a real update is missing or replaced', () => {
    const weird: unknown[] = [null, undefined, '', 0, -1, [], {}, 'x', true, { toString: null }];
    for (const name of TABLE.map(([n]) => n)) {
      const original = fixture(name) as Record<string, unknown>;
      for (const [kind, payload] of Object.entries(original)) {
        if (typeof payload !== 'object' || payload === null) continue;
        for (const key of Object.keys(payload)) {
          for (const value of weird) {
            const mutated = { ...original, [kind]: { ...(payload as object), [key]: value } };
            expect(() => parseTelegramUpdate(mutated, BOT)).not.toThrow();
          }
        }
      }
    }
    const hostile = Object.defineProperty({ update_id: 1 }, 'message', {
      enumerable: true,
      get: () => {
        throw new Error('boom');
      },
    });
    expect(parseTelegramUpdate(hostile, BOT)).toEqual([]);
  });
});

describe('addressing without a known bot username', () => {
  it('treats commands (suffixed or not) and replies to any bot as addressed, but cannot see mentions', () => {
    expect(parseTelegramUpdate(fixture('group-command-suffixed'))[0]).toMatchObject({
      text: '/start',
      addressedToBot: true,
    });
    expect(parseTelegramUpdate(fixture('supergroup-reply-to-other-bot'))[0]).toMatchObject({ addressedToBot: true });
    expect(parseTelegramUpdate(fixture('group-mention'))[0]).toMatchObject({
      addressedToBot: false,
      text: '@KetNoiViecLamBot, có việc may ở Tân Phú không?',
    });
  });

  it('accepts the username with a leading @ and in any letter case', () => {
    expect(parseTelegramUpdate(fixture('group-mention'), '@ketnoivieclambot')[0]).toMatchObject({
      addressedToBot: true,
      text: 'có việc may ở Tân Phú không?',
    });
  });
});

describe('text clean-up', () => {
  const privateText = (text: string) => ({
    update_id: 1,
    message: {
      message_id: 1,
      from: { id: 5, is_bot: false, first_name: 'An' },
      chat: { id: 5, type: 'private', first_name: 'An' },
      date: 1767225600,
      text,
    },
  });

  it('strips our @name from commands and keeps their arguments (deep-link payloads)', () => {
    expect(parseTelegramUpdate(privateText('/start@KetNoiViecLamBot ref_xa-tan-phu'), BOT)[0]!.text).toBe(
      '/start ref_xa-tan-phu',
    );
    expect(parseTelegramUpdate(privateText('/start ref_xa-tan-phu'), BOT)[0]!.text).toBe('/start ref_xa-tan-phu');
  });

  it('strips a leading mention of the bot in private chats too, but not a mention of someone else', () => {
    expect(parseTelegramUpdate(privateText('@KetNoiViecLamBot: xin chào'), BOT)[0]!.text).toBe('xin chào');
    expect(parseTelegramUpdate(privateText('@KetNoiViecLamBotX xin chào'), BOT)[0]!.text).toBe(
      '@KetNoiViecLamBotX xin chào',
    );
  });

  it('uses first name alone, or the username, as display name', () => {
    const update = privateText('hi') as { message: { from: Record<string, unknown> } } & Record<string, unknown>;
    update.message.from = { id: 5, is_bot: false, first_name: '', username: 'an_nguyen' };
    expect(parseTelegramUpdate(update, BOT)[0]!.displayName).toBe('an_nguyen');
  });
});
