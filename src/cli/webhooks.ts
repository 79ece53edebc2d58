import { parseArgs } from 'node:util';
import { Api } from 'grammy';
import type { Config } from '../app/config.ts';
import { createZaloClient } from '../channels/zalo/index.ts';
import { UsageError } from './usage-error.ts';

/**
 * npm run cli -- webhooks set|delete|info [--channel telegram|zalo]
 * Registers PUBLIC_URL/webhooks/<channel> with each configured platform, with its secret. Nothing calls these
 * at start-up: switching between polling and webhooks is a deliberate act.
 */
export { UsageError };

type Action = 'set' | 'delete' | 'info';
type WebhookChannel = 'telegram' | 'zalo';

function channelsToUse(config: Config, only: string | undefined): WebhookChannel[] {
  if (only !== undefined && only !== 'telegram' && only !== 'zalo') throw new UsageError(`--channel must be telegram or zalo, not ${JSON.stringify(only)}`);
  const configured: WebhookChannel[] = [];
  if (config.telegram.token) configured.push('telegram');
  if (config.zalo.token) configured.push('zalo');
  const chosen = only ? configured.filter((c) => c === only) : configured;
  if (chosen.length === 0) {
    throw new UsageError(only ? `${only.toUpperCase()}_BOT_TOKEN is not set` : 'no channel is configured: set TELEGRAM_BOT_TOKEN and/or ZALO_BOT_TOKEN');
  }
  return chosen;
}

function webhookUrl(config: Config, channel: WebhookChannel): string {
  if (!config.publicUrl) throw new UsageError('PUBLIC_URL is not set: it is the public https address the platforms will call');
  return `${config.publicUrl}/webhooks/${channel}`;
}

async function telegram(config: Config, action: Action): Promise<string> {
  const api = new Api(config.telegram.token!, { apiRoot: config.telegram.apiRoot });
  if (action === 'set') {
    const url = webhookUrl(config, 'telegram');
    await api.setWebhook(url, { secret_token: config.telegram.webhookSecret!, allowed_updates: ['message', 'callback_query', 'my_chat_member'] });
    return `telegram: webhook set to ${url}`;
  }
  if (action === 'delete') {
    await api.deleteWebhook();
    return 'telegram: webhook deleted (the bot can poll again)';
  }
  const info = await api.getWebhookInfo();
  const error = info.last_error_message ? `, last error: ${info.last_error_message}` : '';
  return `telegram: ${info.url ? `webhook ${info.url}, ${info.pending_update_count} pending${error}` : 'no webhook (polling)'}`;
}

async function zalo(config: Config, action: Action): Promise<string> {
  const client = createZaloClient({ token: config.zalo.token!, apiRoot: config.zalo.apiRoot });
  if (action === 'set') {
    const url = webhookUrl(config, 'zalo');
    await client.setWebhook({ url, secret_token: config.zalo.webhookSecret! });
    return `zalo: webhook set to ${url}`;
  }
  if (action === 'delete') {
    await client.deleteWebhook();
    return 'zalo: webhook deleted (the bot can poll again)';
  }
  const info = await client.getWebhookInfo();
  return `zalo: ${info.url ? `webhook ${info.url}` : 'no webhook (polling)'}`;
}

export async function webhooksCommand(config: Config, args: string[], print: (line: string) => void): Promise<void> {
  let parsed;
  try {
    parsed = parseArgs({ args, options: { channel: { type: 'string' } }, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const [action, ...extra] = parsed.positionals;
  if (action !== 'set' && action !== 'delete' && action !== 'info') throw new UsageError('usage: webhooks set|delete|info [--channel telegram|zalo]');
  if (extra.length > 0) throw new UsageError(`unexpected ${JSON.stringify(extra.join(' '))}`);
  const channels = channelsToUse(config, parsed.values.channel);
  if (action === 'set') {
    for (const channel of channels) {
      webhookUrl(config, channel); // PUBLIC_URL first: without it nothing else matters
      const secret = channel === 'telegram' ? config.telegram.webhookSecret : config.zalo.webhookSecret;
      if (!secret) throw new UsageError(`${channel.toUpperCase()}_WEBHOOK_SECRET is not set: the webhook needs a secret`);
    }
  }
  for (const channel of channels) print(channel === 'telegram' ? await telegram(config, action) : await zalo(config, action));
}
