import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { InboundMessage } from '../../kernel/message.ts';
import { parseZaloUpdate, unwrapZaloEnvelope } from './parse.ts';

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), 'testdata');
const BOT_NAME = 'Bot Kết Nối Việc Làm';

function fixture(name: string): unknown {
  return JSON.parse(readFileSync(path.join(FIXTURES, `${name}.json`), 'utf8'));
}

const TRAN_THI_B = {
  userId: '51c2e8a09b7d3f6a4e10',
  chatId: '51c2e8a09b7d3f6a4e10',
  chatType: 'private',
  addressedToBot: true,
  choiceId: null,
} as const;

/** Every fixture file, with what it must parse to (with the bot's name known). */
const EXPECTED: Record<string, Array<Partial<InboundMessage>>> = {
  'text-wrapped': [
    {
      ...TRAN_THI_B,
      channel: 'zalo',
      eventId: '9f3c0a71be2d4458c6e1',
      displayName: 'Tran Thi B',
      text: '/start',
      mediaUrl: null,
      sentAt: new Date(1764232800123),
    },
  ],
  'text-flat': [
    {
      ...TRAN_THI_B,
      eventId: 'a41d7e20c95b3f8e0d62',
      displayName: 'Trần Thị B',
      text: 'Tôi muốn tìm việc phụ hồ ở Thủ Đức',
      mediaUrl: null,
      sentAt: new Date(1764232805911),
    },
  ],
  'image-photo-url': [
    {
      ...TRAN_THI_B,
      eventId: '0b7e55d2c91a4f0e83aa',
      text: 'hoá đơn hôm nay',
      mediaUrl: 'https://photo.example-cdn.invalid/abc123.jpg',
      sentAt: new Date(1764232861456),
    },
  ],
  'image-photo-doc': [
    {
      eventId: '7c2f19e4a06d8b35e1f0',
      chatId: 'e8d04b6a1c37f2950ab4',
      userId: 'e8d04b6a1c37f2950ab4',
      displayName: 'Le Van C',
      text: null,
      mediaUrl: 'https://photo.example-cdn.invalid/doc-form-77.jpg',
      chatType: 'private',
    },
  ],
  sticker: [
    {
      ...TRAN_THI_B,
      eventId: '3e91b0c47fa25d6e8c13',
      text: null,
      mediaUrl: 'https://zalo-api.example-cdn.invalid/sticker/bfe458bf64fa8da4d4eb.png',
    },
  ],
  voice: [
    {
      ...TRAN_THI_B,
      eventId: 'd5a0e37c19b84f62a07e',
      text: null,
      mediaUrl: 'https://voice.example-cdn.invalid/d5a0e37c19b84f62a07e.aac',
      sentAt: new Date(1764232955780),
    },
  ],
  'unsupported-with-message': [
    {
      eventId: '61f8c2a3d0e94b7a5c28',
      chatId: '2a7e9c05f1b3d84e6a90',
      userId: '2a7e9c05f1b3d84e6a90',
      displayName: 'Pham Van D',
      text: null,
      mediaUrl: null,
      sentAt: new Date(1764233010045),
    },
  ],
  'unsupported-chat-only': [
    {
      chatId: '2a7e9c05f1b3d84e6a90',
      userId: null,
      displayName: null,
      text: null,
      mediaUrl: null,
      chatType: 'private',
      addressedToBot: true,
    },
  ],
  'unsupported-without-message': [],
  'group-mention': [
    {
      eventId: '8ab3f5e0c72d941e6b05',
      chatId: 'f6d21a8e0b4c93e7a512',
      userId: 'c03e8f1a5d9b27e46f81',
      chatType: 'group',
      addressedToBot: true,
      text: 'tìm việc may mặc ở Bình Dương',
    },
  ],
  'unknown-event': [],
  'malformed-missing-chat': [],
  'malformed-numeric-ids': [],
  'malformed-wrong-types': [],
  'malformed-message-not-object': [],
  'malformed-text-missing': [],
  'wrapped-ok-false': [],
  'response-getupdates-408': [],
  'response-send-message-success': [],
  'response-error-410': [],
};

describe('parseZaloUpdate over every fixture', () => {
  it('has an expectation for every fixture file', () => {
    const files = readdirSync(FIXTURES)
      .filter((f) => f.endsWith('.json'))
      .map((f) => f.replace(/\.json$/, ''));
    expect(files.sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.entries(EXPECTED))('%s', (name, expected) => {
    const messages = parseZaloUpdate(fixture(name), { botName: BOT_NAME });
    expect(messages).toHaveLength(expected.length);
    messages.forEach((message, i) => {
      expect(message).toMatchObject({ channel: 'zalo', choiceId: null, addressedToBot: true, ...expected[i] });
      expect(message.sentAt).toBeInstanceOf(Date);
      expect(Number.isNaN(message.sentAt.getTime())).toBe(false);
      expect(typeof message.eventId).toBe('string');
      expect(message.eventId.length).toBeGreaterThan(0);
    });
  });
});

describe('parseZaloUpdate details', () => {
  it('reads the flat and the wrapped form of the same update alike', () => {
    const flat = fixture('text-flat') as object;
    expect(parseZaloUpdate({ ok: true, result: flat })).toEqual(parseZaloUpdate(flat));
    expect(unwrapZaloEnvelope({ ok: true, result: flat })).toBe(flat);
    expect(unwrapZaloEnvelope(flat)).toBe(flat);
  });

  it('keeps the mention when the bot name is unknown or different', () => {
    const raw = fixture('group-mention');
    expect(parseZaloUpdate(raw)[0]?.text).toBe('@Bot Kết Nối Việc Làm tìm việc may mặc ở Bình Dương');
    expect(parseZaloUpdate(raw, { botName: 'Bot Khác' })[0]?.text).toBe(
      '@Bot Kết Nối Việc Làm tìm việc may mặc ở Bình Dương',
    );
  });

  it('strips the mention case-insensitively, with punctuation after it, but not a longer name', () => {
    const withText = (text: string) => {
      const raw = structuredClone(fixture('group-mention')) as { message: { text: string } };
      raw.message.text = text;
      return parseZaloUpdate(raw, { botName: BOT_NAME })[0]?.text;
    };
    expect(withText('@bot kết nối việc làm: cho tôi xem việc')).toBe('cho tôi xem việc');
    expect(withText('@Bot Kết Nối Việc Làm')).toBe('');
    expect(withText('@Bot Kết Nối Việc Làmxyz hi')).toBe('@Bot Kết Nối Việc Làmxyz hi');
    expect(withText('xin chào @Bot Kết Nối Việc Làm')).toBe('xin chào @Bot Kết Nối Việc Làm');
  });

  it('normalises text to NFC', () => {
    const raw = structuredClone(fixture('text-flat')) as { message: { text: string } };
    raw.message.text = 'Thủ Đức'.normalize('NFD');
    expect(parseZaloUpdate(raw)[0]?.text).toBe('Thủ Đức'.normalize('NFC'));
  });

  it('takes the caption as text and photo_url before photo', () => {
    const raw = structuredClone(fixture('image-photo-url')) as { message: Record<string, unknown> };
    raw.message.photo = 'https://photo.example-cdn.invalid/other.jpg';
    expect(parseZaloUpdate(raw)[0]).toMatchObject({
      text: 'hoá đơn hôm nay',
      mediaUrl: 'https://photo.example-cdn.invalid/abc123.jpg',
    });
  });

  it('gives an unsupported event without message_id or date a stable id from the clock it is given', () => {
    const now = () => new Date(1764233999000);
    const [message] = parseZaloUpdate(fixture('unsupported-chat-only'), { now });
    expect(message).toMatchObject({ eventId: 'unsupported-2a7e9c05f1b3d84e6a90-1764233999000', sentAt: now() });
  });

  it('infers the chat type from the ids when chat_type is missing', () => {
    const raw = structuredClone(fixture('group-mention')) as { message: { chat: Record<string, unknown> } };
    delete raw.message.chat.chat_type;
    expect(parseZaloUpdate(raw)[0]?.chatType).toBe('group');
    const priv = structuredClone(fixture('text-flat')) as { message: { chat: Record<string, unknown> } };
    delete priv.message.chat.chat_type;
    expect(parseZaloUpdate(priv)[0]?.chatType).toBe('private');
  });

  it('reads first_name when display_name is missing (one transcription of the docs)', () => {
    const raw = structuredClone(fixture('text-flat')) as { message: { from: Record<string, unknown> } };
    delete raw.message.from.display_name;
    raw.message.from.first_name = 'Bích';
    expect(parseZaloUpdate(raw)[0]?.displayName).toBe('Bích');
  });

  it('never throws, whatever it is given', () => {
    const hostile = {
      get event_name(): string {
        throw new Error('boom');
      },
    };
    const inputs: unknown[] = [
      null,
      undefined,
      'x',
      42,
      [],
      {},
      { ok: true },
      { ok: true, result: [] },
      { event_name: 'message.text.received', message: null },
      hostile,
      Object.create(null),
    ];
    for (const input of inputs) expect(parseZaloUpdate(input)).toEqual([]);
  });

  it('keeps long ids as strings, digit for digit', () => {
    const raw = structuredClone(fixture('text-flat')) as { message: { chat: { id: string }; from: { id: string } } };
    raw.message.chat.id = '90071992547409931234';
    raw.message.from.id = '90071992547409931234';
    expect(parseZaloUpdate(raw)[0]).toMatchObject({ chatId: '90071992547409931234', userId: '90071992547409931234' });
  });
});
