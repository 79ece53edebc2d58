import type { ChatType, InboundMessage } from '../../kernel/message.ts';
import { readAddressing } from './addressing.ts';
import {
  callbackQuerySchema,
  messageSchema,
  updateEnvelopeSchema,
  type TelegramCallbackQuery,
  type TelegramChat,
  type TelegramMessage,
  type TelegramUser,
} from './update-schema.ts';

/**
 * Telegram Update (webhook body or one element of getUpdates) → InboundMessage[]. Pure and total: invalid
 * input, and every kind we do not handle, gives [] and never throws.
 *
 * - `message`: text (NFC), or a photo's caption as text. A photo is not a URL: mediaUrl is the marker
 *   `tg-file:<file_id>` of the largest size (getFile turns it into a download when someone needs it).
 *   Stickers, voice, documents, contacts and other kinds come back with text null and mediaUrl null, so a
 *   private chat can be answered "please type"; in groups they only count when they reply to the bot.
 *   Service messages (members joining, pinned messages, title changes …) give [].
 * - `callback_query`: choiceId = callback data, text null, chatId from the message carrying the button,
 *   callbackQueryId set so the adapter can answer it. A query has no timestamp of its own: sentAt is
 *   `receivedAt` (the caller's clock, default now). Queries from inline-mode messages (no chat) give [].
 * - `edited_message` / `edited_channel_post`: [] on purpose. Dialog steps run once per message; re-running a
 *   step because someone fixed a typo in an old answer would repeat questions or change saved data silently.
 * - `channel_post`, `my_chat_member`, `chat_member`, `inline_query` and anything else: [].
 *
 * eventId is the update_id, which Telegram keeps unique per bot (a re-delivered update has the same id).
 */
export function parseTelegramUpdate(raw: unknown, botUsername?: string, receivedAt?: Date): InboundMessage[] {
  try {
    const envelope = updateEnvelopeSchema.safeParse(raw);
    if (!envelope.success) return [];
    const update = raw as Record<string, unknown>;
    const eventId = String(envelope.data.update_id);
    if ('message' in update) {
      const message = messageSchema.safeParse(update.message);
      if (!message.success || isServiceMessage(update.message as Record<string, unknown>)) return [];
      return fromMessage(eventId, message.data, botUsername);
    }
    if ('callback_query' in update) {
      const query = callbackQuerySchema.safeParse(update.callback_query);
      return query.success ? fromCallbackQuery(eventId, query.data, receivedAt ?? new Date()) : [];
    }
    return [];
  } catch {
    return [];
  }
}

/** Prefix of mediaUrl for a Telegram file id (not fetchable as such; resolve with getFile). */
export const TELEGRAM_FILE_PREFIX = 'tg-file:';

/** Message fields that mark a service message (not something a person wrote to us). */
const SERVICE_FIELDS = [
  'new_chat_members',
  'left_chat_member',
  'new_chat_title',
  'new_chat_photo',
  'delete_chat_photo',
  'group_chat_created',
  'supergroup_chat_created',
  'channel_chat_created',
  'message_auto_delete_timer_changed',
  'migrate_to_chat_id',
  'migrate_from_chat_id',
  'pinned_message',
  'write_access_allowed',
  'forum_topic_created',
  'forum_topic_edited',
  'forum_topic_closed',
  'forum_topic_reopened',
  'general_forum_topic_hidden',
  'general_forum_topic_unhidden',
  'video_chat_scheduled',
  'video_chat_started',
  'video_chat_ended',
  'video_chat_participants_invited',
  'boost_added',
  'chat_background_set',
  'proximity_alert_triggered',
];

function fromMessage(eventId: string, message: TelegramMessage, botUsername: string | undefined): InboundMessage[] {
  const chatType = chatTypeOf(message.chat);
  if (chatType === null) return [];

  const typed = message.text ?? message.caption ?? null;
  const largestPhoto = message.photo ? largest(message.photo) : null;
  const repliedAuthor = message.reply_to_message?.from;
  const repliesToBot =
    repliedAuthor?.is_bot === true &&
    (botUsername === undefined ||
      (repliedAuthor.username ?? '').toLowerCase() === botUsername.replace(/^@/, '').toLowerCase());
  const { text, addressedToBot } = readAddressing({
    text: typed === null ? null : typed.normalize('NFC'),
    chatType,
    repliesToBot,
    botUsername,
  });

  return [
    {
      channel: 'telegram',
      eventId,
      chatId: String(message.chat.id),
      userId: message.from ? String(message.from.id) : null,
      chatType,
      displayName: message.from ? displayNameOf(message.from) : null,
      text,
      choiceId: null,
      mediaUrl: largestPhoto ? `${TELEGRAM_FILE_PREFIX}${largestPhoto.file_id}` : null,
      sentAt: new Date(message.date * 1000),
      addressedToBot,
    },
  ];
}

function fromCallbackQuery(eventId: string, query: TelegramCallbackQuery, receivedAt: Date): InboundMessage[] {
  if (!query.message || query.data === undefined || query.data.length === 0) return [];
  const chatType = chatTypeOf(query.message.chat);
  if (chatType === null) return [];
  return [
    {
      channel: 'telegram',
      eventId,
      chatId: String(query.message.chat.id),
      userId: String(query.from.id),
      chatType,
      displayName: displayNameOf(query.from),
      text: null,
      choiceId: query.data,
      mediaUrl: null,
      sentAt: receivedAt,
      addressedToBot: true,
      callbackQueryId: query.id,
    },
  ];
}

function chatTypeOf(chat: TelegramChat): ChatType | null {
  if (chat.type === 'private') return 'private';
  if (chat.type === 'group' || chat.type === 'supergroup') return 'group';
  return null;
}

/** Looks at the raw message: the schema strips the fields that mark a service message. */
function isServiceMessage(raw: Record<string, unknown>): boolean {
  if ('text' in raw || 'caption' in raw) return false;
  return SERVICE_FIELDS.some((field) => field in raw);
}

function largest<T extends { width: number; height: number; file_size?: number | undefined }>(sizes: readonly T[]): T {
  return sizes.reduce((best, size) => (size.width * size.height > best.width * best.height ? size : best));
}

function displayNameOf(user: TelegramUser): string | null {
  const name = [user.first_name, user.last_name].filter(Boolean).join(' ').trim().normalize('NFC');
  if (name) return name;
  return user.username ?? null;
}
