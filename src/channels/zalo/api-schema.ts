import { z } from 'zod';

/**
 * Shapes of the Zalo Bot API's answers (reference/zalo-bot-api.md §1, §2). Loose objects: unknown extra fields
 * are kept, never rejected. Ids are strings.
 */

export const envelopeSchema = z.looseObject({
  ok: z.boolean(),
  result: z.unknown().optional(),
  error_code: z.number().int().optional(),
  description: z.string().optional(),
});
export type ZaloEnvelope = z.infer<typeof envelopeSchema>;

export const botInfoSchema = z.looseObject({
  id: z.string(),
  account_name: z.string(),
  account_type: z.string().optional(),
  can_join_groups: z.boolean().optional(),
});
export type ZaloBotInfo = z.infer<typeof botInfoSchema>;

export const webhookInfoSchema = z.looseObject({
  url: z.string(),
  updated_at: z.number().optional(),
});
export type ZaloWebhookInfo = z.infer<typeof webhookInfoSchema>;

/** deleteWebhook: the docs' prose says `true`, their sample shows `{url: "", updated_at}`; accept both. */
export const deletedWebhookSchema = z.union([
  webhookInfoSchema,
  z.literal(true).transform((): ZaloWebhookInfo => ({ url: '' })),
]);

export const sentMessageSchema = z.looseObject({
  message_id: z.string().min(1),
  date: z.number().optional(),
});
export type ZaloSentMessage = z.infer<typeof sentMessageSchema>;

/** sendChatAction answers `ok:true`, with `result` absent or `true`. */
export const chatActionSchema = z.unknown().transform(() => true as const);

/** getUpdates hands out one raw update; parsing it is parse.ts's job, so it is passed on untouched. */
export const rawUpdateSchema = z.unknown();

/** Reads a retry hint from the envelope if one is ever sent (Zalo documents none; Telegram-style fields). */
export const retryHintSchema = z.looseObject({
  retry_after: z.number().positive().optional(),
  parameters: z.looseObject({ retry_after: z.number().positive().optional() }).optional(),
});
