import type { ChatType, InboundMessage } from '../../kernel/message.ts';
import { stripLeadingMention } from './mention.ts';
import {
  ZALO_EVENTS,
  zaloMessageSchema,
  zaloUnsupportedMessageSchema,
  zaloUpdateSchema,
  type ZaloMessage,
  type ZaloUnsupportedMessage,
} from './update-schema.ts';

/**
 * Pure parsing of one Zalo update (a webhook body or one getUpdates result) into InboundMessages.
 * Never throws: invalid input and unknown event names give [].
 */

export interface ParseZaloOptions {
  /** The bot's display name ("Bot ..."); when known, a leading "@<name>" is removed from text. */
  botName?: string;
  /** The clock, used only when an "unsupported" event carries no date. */
  now?: () => Date;
}

export function parseZaloUpdate(raw: unknown, options: ParseZaloOptions = {}): InboundMessage[] {
  try {
    return parse(raw, options);
  } catch {
    return [];
  }
}

/** The docs wrap an update as `{ok: true, result: {...}}`; live traffic has been seen flat. Accept both (§3.2). */
export function unwrapZaloEnvelope(raw: unknown): unknown {
  if (isObject(raw) && raw.ok === true && isObject(raw.result)) return raw.result;
  return raw;
}

function parse(raw: unknown, options: ParseZaloOptions): InboundMessage[] {
  const update = zaloUpdateSchema.safeParse(unwrapZaloEnvelope(raw));
  if (!update.success) return [];
  const { event_name: event, message } = update.data;

  if (event === ZALO_EVENTS.unsupported) {
    const parsed = zaloUnsupportedMessageSchema.safeParse(message);
    return parsed.success ? [unsupported(parsed.data, options)] : [];
  }

  const parsed = zaloMessageSchema.safeParse(message);
  if (!parsed.success) return [];
  const m = parsed.data;
  switch (event) {
    case ZALO_EVENTS.text:
      if (m.text === undefined) return [];
      return [inbound(m, { text: m.text, mediaUrl: null }, options)];
    case ZALO_EVENTS.image:
      return [inbound(m, { text: m.caption ?? null, mediaUrl: m.photo_url ?? m.photo ?? null }, options)];
    case ZALO_EVENTS.sticker:
      return [inbound(m, { text: null, mediaUrl: m.url ?? null }, options)];
    case ZALO_EVENTS.voice:
      return [inbound(m, { text: null, mediaUrl: m.voice_url ?? null }, options)];
    default:
      return [];
  }
}

function inbound(
  m: ZaloMessage,
  content: { text: string | null; mediaUrl: string | null },
  options: ParseZaloOptions,
): InboundMessage {
  return {
    channel: 'zalo',
    eventId: m.message_id,
    chatId: m.chat.id,
    userId: m.from?.id ?? null,
    chatType: chatTypeOf(m.chat, m.from),
    displayName: displayNameOf(m.from),
    text: content.text === null ? null : stripLeadingMention(content.text.normalize('NFC'), options.botName),
    choiceId: null,
    mediaUrl: content.mediaUrl,
    sentAt: new Date(m.date),
    // In groups Zalo delivers only when the bot is @mentioned or replied to (§3.5); private chats always address it.
    addressedToBot: true,
  };
}

function unsupported(m: ZaloUnsupportedMessage, options: ParseZaloOptions): InboundMessage {
  const sentAt = m.date !== undefined ? new Date(m.date) : (options.now ?? (() => new Date()))();
  return {
    channel: 'zalo',
    // Without a message_id, the chat and time still make a usable key for dropping duplicates.
    eventId: m.message_id ?? `unsupported-${m.chat.id}-${sentAt.getTime()}`,
    chatId: m.chat.id,
    userId: m.from?.id ?? null,
    chatType: chatTypeOf(m.chat, m.from),
    displayName: displayNameOf(m.from),
    text: null,
    choiceId: null,
    mediaUrl: null,
    sentAt,
    addressedToBot: true,
  };
}

function chatTypeOf(chat: { id: string; chat_type?: string | undefined }, from: { id: string } | undefined): ChatType {
  const declared = chat.chat_type?.toUpperCase();
  if (declared === 'GROUP') return 'group';
  if (declared === 'PRIVATE') return 'private';
  // Undeclared: in private chats the chat id is the sender's id (§3.3).
  return from && from.id !== chat.id ? 'group' : 'private';
}

function displayNameOf(
  from: { display_name?: string | undefined; first_name?: string | undefined } | undefined,
): string | null {
  const name = from?.display_name ?? from?.first_name;
  return name ? name.normalize('NFC') : null;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
