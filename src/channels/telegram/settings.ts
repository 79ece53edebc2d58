import { z } from 'zod';
import { type EnvRule, envSettings, httpUrl, optional, sendRate, withDefault } from '../../kernel/env.ts';

const botToken: EnvRule<string> = {
  expected: 'a Telegram bot token like 123456:ABC-DEF (from @BotFather)',
  schema: z.string().regex(/^\d+:[A-Za-z0-9_-]+$/),
};

/** What Telegram accepts as setWebhook's secret_token. */
export const webhookSecret: EnvRule<string> = {
  expected: '1-256 characters of A-Z, a-z, 0-9, _ or -',
  schema: z.string().regex(/^[A-Za-z0-9_-]{1,256}$/),
};

/** TELEGRAM_* (PRODUCT.md): on when the token is set. */
export const TELEGRAM_SETTINGS = envSettings({
  token: optional('TELEGRAM_BOT_TOKEN', botToken, { secret: true }),
  apiRoot: withDefault('TELEGRAM_API_ROOT', httpUrl, 'https://api.telegram.org'),
  webhookSecret: optional('TELEGRAM_WEBHOOK_SECRET', webhookSecret, { secret: true }),
  sendRate: withDefault('TELEGRAM_SEND_RATE', sendRate, 25),
});

export type TelegramSettings = z.output<typeof TELEGRAM_SETTINGS.schema>;
