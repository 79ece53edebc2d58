import type { WebhookCommands } from '../channel-module.ts';
import { createZaloClient, type ZaloClient } from './client.ts';
import type { ZaloSettings } from './settings.ts';

/** setWebhook / deleteWebhook / getWebhookInfo for `npm run cli -- webhooks`. */
function client(settings: ZaloSettings): ZaloClient {
  if (!settings.token) throw new Error('ZALO_BOT_TOKEN is not set');
  return createZaloClient({ token: settings.token, apiRoot: settings.apiRoot });
}

export const zaloWebhookCommands: WebhookCommands<ZaloSettings> = {
  async set(settings, url, secret) {
    await client(settings).setWebhook({ url, secret_token: secret });
    return `webhook set to ${url}`;
  },
  async delete(settings) {
    await client(settings).deleteWebhook();
    return 'webhook deleted (the bot can poll again)';
  },
  async info(settings) {
    const info = await client(settings).getWebhookInfo();
    return info.url ? `webhook ${info.url}` : 'no webhook (polling)';
  },
};
