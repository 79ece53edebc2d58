import { z } from 'zod';

/**
 * The parts of a Telegram Update we read (https://core.telegram.org/bots/api#update), as zod schemas.
 * Unknown fields are stripped; a field we need with the wrong type makes the whole update invalid.
 */

export const userSchema = z.object({
  id: z.number().int(),
  is_bot: z.boolean(),
  first_name: z.string(),
  last_name: z.string().optional(),
  username: z.string().optional(),
});

export const chatSchema = z.object({
  id: z.number().int(),
  type: z.enum(['private', 'group', 'supergroup', 'channel']),
  title: z.string().optional(),
  username: z.string().optional(),
  first_name: z.string().optional(),
  last_name: z.string().optional(),
});

const photoSizeSchema = z.object({
  file_id: z.string().min(1),
  file_unique_id: z.string().optional(),
  width: z.number(),
  height: z.number(),
  file_size: z.number().optional(),
});

const entitySchema = z.object({
  type: z.string(),
  offset: z.number().int().min(0),
  length: z.number().int().min(0),
});

/** The message a reply points at: only who wrote it matters to us. */
const repliedMessageSchema = z.object({
  message_id: z.number().int(),
  from: userSchema.optional(),
});

export const messageSchema = z.object({
  message_id: z.number().int(),
  from: userSchema.optional(),
  chat: chatSchema,
  date: z.number().int().min(0),
  text: z.string().optional(),
  entities: z.array(entitySchema).optional(),
  caption: z.string().optional(),
  photo: z.array(photoSizeSchema).min(1).optional(),
  reply_to_message: repliedMessageSchema.optional(),
});

/** A callback query's message may be "inaccessible" (too old): then only chat, message_id and date 0. */
const callbackMessageSchema = z.object({
  message_id: z.number().int(),
  chat: chatSchema,
  date: z.number().int().min(0),
});

export const callbackQuerySchema = z.object({
  id: z.string().min(1),
  from: userSchema,
  message: callbackMessageSchema.optional(),
  inline_message_id: z.string().optional(),
  chat_instance: z.string(),
  data: z.string().optional(),
});

/** Only the envelope: which kind of update it is gets decided before its payload is validated. */
export const updateEnvelopeSchema = z.object({
  update_id: z.number().int().min(0),
});

export type TelegramUser = z.infer<typeof userSchema>;
export type TelegramChat = z.infer<typeof chatSchema>;
export type TelegramMessage = z.infer<typeof messageSchema>;
export type TelegramCallbackQuery = z.infer<typeof callbackQuerySchema>;
