import { z } from 'zod';
import { type EnvRule, envSettings, httpUrl, optional, sendRate, withDefault } from '../../kernel/env.ts';

const botToken: EnvRule<string> = {
  expected: 'a token without spaces',
  schema: z.string().regex(/^\S+$/),
};

/** What Zalo accepts as setWebhook's secret_token. */
export const webhookSecret: EnvRule<string> = {
  expected: '8-256 characters of A-Z, a-z, 0-9, _ or - (Zalo requires at least 8)',
  schema: z.string().regex(/^[A-Za-z0-9_-]{8,256}$/),
};

/** ZALO_* (PRODUCT.md): on when the token is set. */
export const ZALO_SETTINGS = envSettings({
  token: optional('ZALO_BOT_TOKEN', botToken, { secret: true }),
  apiRoot: withDefault('ZALO_API_ROOT', httpUrl, 'https://bot-api.zaloplatforms.com'),
  webhookSecret: optional('ZALO_WEBHOOK_SECRET', webhookSecret, { secret: true }),
  sendRate: withDefault('ZALO_SEND_RATE', sendRate, 10),
});

export type ZaloSettings = z.output<typeof ZALO_SETTINGS.schema>;
