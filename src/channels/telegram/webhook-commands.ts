import { Api } from 'grammy';
import type { WebhookCommands } from '../channel-module.ts';
import type { TelegramSettings } from './settings.ts';

/** setWebhook / deleteWebhook / getWebhookInfo for `npm run cli -- webhooks`. */
function api(settings: TelegramSettings): Api {
  if (!settings.token) throw new Error('TELEGRAM_BOT_TOKEN is not set');
  return new Api(settings.token, { apiRoot: settings.apiRoot });
}

/** What Telegram pushes to the webhook: what the parser reads, and the bot's own membership changes. */
const ALLOWED_UPDATES = ['message', 'callback_query', 'my_chat_member'] as const;

export const telegramWebhookCommands: WebhookCommands<TelegramSettings> = {
  async set(settings, url, secret) {
    await api(settings).setWebhook(url, { secret_token: secret, allowed_updates: ALLOWED_UPDATES });
    return `webhook set to ${url}`;
  },
  async delete(settings) {
    await api(settings).deleteWebhook();
    return 'webhook deleted (the bot can poll again)';
  },
  async info(settings) {
    const info = await api(settings).getWebhookInfo();
    const error = info.last_error_message ? `, last error: ${info.last_error_message}` : '';
    return info.url ? `webhook ${info.url}, ${info.pending_update_count} pending${error}` : 'no webhook (polling)';
  },
};
