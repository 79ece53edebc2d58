import { splitText, textWithNumberedChoices, type OutboundMessage } from '../../kernel/message.ts';
import { inlineKeyboardFor, type InlineKeyboard } from './keyboard.ts';
import { CAPTION_LIMIT, TEXT_LIMIT } from './limits.ts';

/**
 * OutboundMessage → the Bot API calls that show it, in order. Pure.
 *
 * - Text is the message with its choices as numbered lines (and the prompt), split at TEXT_LIMIT at line
 *   breaks, sent as PLAIN text: no parse_mode, so `<b>`, `*` or `_` typed by people (a job title, an
 *   employer's name) are shown as written and can never make Telegram reject the message.
 * - Choices also become an inline keyboard on the LAST call, so the buttons sit under the end of the text.
 * - With imageUrl, the first call is sendPhoto whose caption holds as much text as fits in CAPTION_LIMIT
 *   (cut at a line break); the rest follows as text messages.
 * Throws RenderError (or CallbackDataError) for a message we should never have built.
 */

export type TelegramCall =
  | { method: 'sendMessage'; payload: { chat_id: string; text: string; reply_markup?: InlineKeyboard } }
  | {
      method: 'sendPhoto';
      payload: { chat_id: string; photo: string; caption?: string; reply_markup?: InlineKeyboard };
    };

export class RenderError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RenderError';
  }
}

export function renderTelegramCalls(chatId: string, message: OutboundMessage): TelegramCall[] {
  const keyboard = inlineKeyboardFor(message.choices ?? []);
  const text = textWithNumberedChoices(message).normalize('NFC');
  const calls: TelegramCall[] = [];
  let rest = text;

  if (message.imageUrl) {
    const [caption, remainder] = takeHead(text, CAPTION_LIMIT);
    calls.push({
      method: 'sendPhoto',
      payload: { chat_id: chatId, photo: message.imageUrl, ...(caption ? { caption } : {}) },
    });
    rest = remainder;
  } else if (text.trim().length === 0) {
    throw new RenderError('cannot send an empty message to Telegram (no text, no choices, no image)');
  }

  if (rest.trim().length > 0) {
    for (const piece of splitText(rest, TEXT_LIMIT))
      calls.push({ method: 'sendMessage', payload: { chat_id: chatId, text: piece } });
  }

  if (keyboard) {
    const last = calls[calls.length - 1]!;
    last.payload.reply_markup = keyboard;
  }
  return calls;
}

/**
 * The first piece of `text` that fits `limit` (cut like splitText: at a line break, else a space) and the
 * remainder. Whitespace at the cut is dropped, as splitText does.
 */
function takeHead(text: string, limit: number): [string, string] {
  let head = splitText(text, limit)[0] ?? '';
  if (!text.startsWith(head)) head = text.slice(0, limit); // only for text that starts with a long run of blanks
  const remainder = text.slice(head.length).replace(/^\s+/, '');
  return [head, remainder];
}
