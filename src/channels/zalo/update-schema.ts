import { z } from 'zod';

/**
 * Shapes of an inbound Zalo update (reference/zalo-bot-api.md §3.2–3.4). Ids must be strings: a numeric id
 * means the payload is not what Zalo documents, and parsing it as a number could already have lost digits.
 */

const id = z.string().min(1);
const optionalText = z.string().optional();

export const zaloChatSchema = z.looseObject({
  id,
  chat_type: z.string().optional(),
});

export const zaloSenderSchema = z.looseObject({
  id,
  display_name: optionalText,
  /** One transcription of the docs shows `first_name` instead of `display_name`. */
  first_name: optionalText,
  is_bot: z.boolean().optional(),
});

/** A message with content (text, image, sticker, voice): its id, date and chat are required. */
export const zaloMessageSchema = z.looseObject({
  message_id: id,
  /** Epoch milliseconds (13 digits). */
  date: z.number().int().nonnegative(),
  from: zaloSenderSchema.optional(),
  chat: zaloChatSchema,
  text: optionalText,
  photo_url: optionalText,
  photo: optionalText,
  caption: optionalText,
  sticker: optionalText,
  url: optionalText,
  voice_url: optionalText,
  message_type: optionalText,
});
export type ZaloMessage = z.infer<typeof zaloMessageSchema>;

/** An "unsupported" event may carry no content, and its message may lack everything but the chat. */
export const zaloUnsupportedMessageSchema = z.looseObject({
  message_id: id.optional(),
  date: z.number().int().nonnegative().optional(),
  from: zaloSenderSchema.optional(),
  chat: zaloChatSchema,
});
export type ZaloUnsupportedMessage = z.infer<typeof zaloUnsupportedMessageSchema>;

export const zaloUpdateSchema = z.looseObject({
  event_name: z.string(),
  message: z.unknown().optional(),
});

export const ZALO_EVENTS = {
  text: 'message.text.received',
  image: 'message.image.received',
  sticker: 'message.sticker.received',
  voice: 'message.voice.received',
  unsupported: 'message.unsupported.received',
} as const;
