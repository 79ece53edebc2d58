import { describe, expect, it } from 'vitest';
import { CallbackDataError, inlineKeyboardFor } from './keyboard.ts';
import { RenderError, renderTelegramCalls, type TelegramCall } from './render.ts';
import type { Choice } from '../../kernel/message.ts';

const texts = (calls: TelegramCall[]) =>
  calls.map((c) => (c.method === 'sendMessage' ? c.payload.text : (c.payload.caption ?? '')));
const choices = (labels: string[]): Choice[] => labels.map((label, i) => ({ id: `c${i + 1}`, label }));
const layout = (calls: TelegramCall[]) => calls.at(-1)!.payload.reply_markup!.inline_keyboard.map((row) => row.length);

describe('renderTelegramCalls: text', () => {
  it('sends short text as one plain sendMessage, without parse_mode', () => {
    const calls = renderTelegramCalls('42', { text: 'Xin chào!' });
    expect(calls).toEqual([{ method: 'sendMessage', payload: { chat_id: '42', text: 'Xin chào!' } }]);
  });

  it('leaves markup-looking user text alone: <b>, *, _ and ` are shown as typed', () => {
    const text = 'Công ty <b>Tân Phú</b> tuyển *thợ_hồ* `gấp` & [link](x)';
    const [call] = renderTelegramCalls('42', { text });
    expect(call!.payload).toEqual({ chat_id: '42', text });
    expect(call!.payload).not.toHaveProperty('parse_mode');
  });

  it('splits text over 4096 at line breaks, every piece within the limit, nothing lost', () => {
    const lines = Array.from({ length: 300 }, (_, i) => `${i + 1}. Tuyển thợ may ở xã Tân Phú, lương 8–9 triệu`);
    const calls = renderTelegramCalls('42', { text: lines.join('\n') });
    expect(calls.length).toBeGreaterThan(2);
    for (const piece of texts(calls)) {
      expect(piece.length).toBeLessThanOrEqual(4096);
      expect(piece.endsWith('triệu')).toBe(true); // cut at a line end, not mid-line
    }
    expect(texts(calls).join('\n')).toBe(lines.join('\n'));
  });

  it('normalises to NFC so lengths are counted as Telegram counts them', () => {
    const [call] = renderTelegramCalls('42', { text: 'Vie\u0302\u0323c la\u0300m' });
    expect(call!.payload).toMatchObject({ text: 'Việc làm' });
  });

  it('refuses an empty message (a bug in the caller, never user input)', () => {
    expect(() => renderTelegramCalls('42', { text: '  ' })).toThrow(RenderError);
  });
});

describe('renderTelegramCalls: choices', () => {
  const message = {
    text: 'Bạn đồng ý nhận tin việc làm?',
    choices: [
      { id: 'consent:yes', label: 'Đồng ý' },
      { id: 'consent:no', label: 'Không đồng ý' },
    ],
  };

  it('numbers the choices in the text and adds matching buttons carrying the choice ids', () => {
    const calls = renderTelegramCalls('42', message);
    expect(calls).toHaveLength(1);
    expect(calls[0]!.payload).toEqual({
      chat_id: '42',
      text: 'Bạn đồng ý nhận tin việc làm?\n\n1. Đồng ý\n2. Không đồng ý',
      reply_markup: {
        inline_keyboard: [
          [
            { text: '1. Đồng ý', callback_data: 'consent:yes' },
            { text: '2. Không đồng ý', callback_data: 'consent:no' },
          ],
        ],
      },
    });
  });

  it('puts the prompt after the choices', () => {
    const [call] = renderTelegramCalls('42', { ...message, prompt: 'Trả lời bằng một số, ví dụ: 1' });
    expect(call!.payload).toMatchObject({
      text: 'Bạn đồng ý nhận tin việc làm?\n\n1. Đồng ý\n2. Không đồng ý\n\nTrả lời bằng một số, ví dụ: 1',
    });
  });

  it('attaches the keyboard to the last piece of a long message only', () => {
    const calls = renderTelegramCalls('42', {
      ...message,
      text: Array.from({ length: 200 }, (_, i) => `Dòng ${i} ${'x'.repeat(40)}`).join('\n'),
    });
    expect(calls.length).toBeGreaterThan(1);
    expect(calls.slice(0, -1).every((c) => c.payload.reply_markup === undefined)).toBe(true);
    expect(calls.at(-1)!.payload.reply_markup).toBeDefined();
    expect(texts(calls).at(-1)).toMatch(/2\. Không đồng ý$/);
  });

  it('lays short labels out up to 3 per row, balanced', () => {
    const short = (n: number) =>
      layout(
        renderTelegramCalls('42', {
          text: 'Chọn',
          choices: choices(Array.from({ length: n }, (_, i) => `Xã ${i + 1}`)),
        }),
      );
    expect(short(1)).toEqual([1]);
    expect(short(2)).toEqual([2]);
    expect(short(3)).toEqual([3]);
    expect(short(4)).toEqual([2, 2]);
    expect(short(5)).toEqual([3, 2]);
    expect(short(7)).toEqual([3, 2, 2]);
    expect(short(9)).toEqual([3, 3, 3]);
  });

  it('gives every button its own row when any label is longer than 20 characters', () => {
    const calls = renderTelegramCalls('42', {
      text: 'Chọn',
      choices: choices(['Có', 'Không', 'Công nhân may công nghiệp']),
    });
    expect(layout(calls)).toEqual([1, 1, 1]);
    expect(
      layout(renderTelegramCalls('42', { text: 'Chọn', choices: choices(['Đúng hai mươi ký tự!!', 'x']) })),
    ).toEqual([1, 1]);
    expect(
      layout(renderTelegramCalls('42', { text: 'Chọn', choices: choices(['Đúng hai mươi ký tự!', 'x']) })),
    ).toEqual([2]);
  });

  it('shows at most 24 buttons; the rest are answered by typing their number, which the text lists', () => {
    const many = choices(Array.from({ length: 30 }, (_, i) => `Nghề ${i + 1}`));
    const [call] = renderTelegramCalls('42', { text: 'Chọn nghề', choices: many });
    const buttons = call!.payload.reply_markup!.inline_keyboard.flat();
    expect(buttons).toHaveLength(24);
    expect(buttons.at(-1)).toEqual({ text: '24. Nghề 24', callback_data: 'c24' });
    expect(call!.payload).toMatchObject({ text: expect.stringContaining('30. Nghề 30') });
  });

  it('throws a programming error for a choice id over 64 bytes of UTF-8 or empty', () => {
    expect(() =>
      renderTelegramCalls('42', { text: 'x', choices: [{ id: 'a'.repeat(64), label: 'ok' }] }),
    ).not.toThrow();
    expect(() => renderTelegramCalls('42', { text: 'x', choices: [{ id: 'a'.repeat(65), label: 'quá dài' }] })).toThrow(
      CallbackDataError,
    );
    // 22 × "ệ" (3 bytes each) = 66 bytes though only 22 characters
    expect(() => inlineKeyboardFor([{ id: 'ệ'.repeat(22), label: 'x' }])).toThrow(/66 bytes/);
    expect(() => inlineKeyboardFor([{ id: '', label: 'x' }])).toThrow(CallbackDataError);
  });
});

describe('renderTelegramCalls: images', () => {
  it('sends a photo with the whole text as caption when it fits, keyboard on the photo', () => {
    const calls = renderTelegramCalls('42', {
      text: 'Việc mới: thợ hồ',
      imageUrl: 'https://example.org/job.jpg',
      choices: [{ id: 'apply', label: 'Ứng tuyển' }],
    });
    expect(calls).toEqual([
      {
        method: 'sendPhoto',
        payload: {
          chat_id: '42',
          photo: 'https://example.org/job.jpg',
          caption: 'Việc mới: thợ hồ\n\n1. Ứng tuyển',
          reply_markup: { inline_keyboard: [[{ text: '1. Ứng tuyển', callback_data: 'apply' }]] },
        },
      },
    ]);
  });

  it('cuts a long caption at 1024 at a line break; the rest follows as messages, keyboard on the last', () => {
    const lines = Array.from({ length: 120 }, (_, i) => `Chi tiết ${i + 1}: làm việc 8 tiếng mỗi ngày`);
    const calls = renderTelegramCalls('42', {
      text: lines.join('\n'),
      imageUrl: 'https://example.org/a.jpg',
      choices: [{ id: 'apply', label: 'Ứng tuyển' }],
    });
    expect(calls[0]!.method).toBe('sendPhoto');
    const caption = texts(calls)[0]!;
    expect(caption.length).toBeLessThanOrEqual(1024);
    expect(caption.endsWith('ngày')).toBe(true);
    expect(calls.slice(1).every((c) => c.method === 'sendMessage')).toBe(true);
    expect(calls[0]!.payload.reply_markup).toBeUndefined();
    expect(calls.at(-1)!.payload.reply_markup).toBeDefined();
    expect(texts(calls).join('\n')).toBe(`${lines.join('\n')}\n\n1. Ứng tuyển`);
  });

  it('sends a photo without caption when there is no text', () => {
    expect(renderTelegramCalls('42', { text: '', imageUrl: 'https://example.org/a.jpg' })).toEqual([
      { method: 'sendPhoto', payload: { chat_id: '42', photo: 'https://example.org/a.jpg' } },
    ]);
  });
});
