import type { ChannelModule } from '../channel-module.ts';
import { createZaloAdapter } from './adapter.ts';
import { zaloBotName } from './bot-name.ts';
import { createZaloClient } from './client.ts';
import { startZaloPolling } from './polling.ts';
import { toSendFailure } from './send-failure.ts';
import { webhookSecret, ZALO_SETTINGS, type ZaloSettings } from './settings.ts';
import { looksLikeZaloUpdate, verifyZaloSecret, ZALO_SECRET_HEADER } from './webhook.ts';
import { zaloWebhookCommands } from './webhook-commands.ts';

/** The Zalo channel: the Zalo Bot Platform API (reference/zalo-bot-api.md) through our own client. */
export const zalo: ChannelModule<'zalo', ZaloSettings> = {
  name: 'zalo',
  title: 'Zalo',
  settings: ZALO_SETTINGS,
  switchVariable: 'ZALO_BOT_TOKEN',
  turnedOn: (settings) => settings.token !== null,
  botName: zaloBotName,
  createAdapter: (settings, { logger, botName }) =>
    createZaloAdapter({ client: client(settings), logger, ...(botName ? { botName } : {}) }),
  sendRate: (settings) => settings.sendRate,
  toSendFailure,
  webhook: {
    path: '/webhooks/zalo',
    secretHeader: ZALO_SECRET_HEADER,
    verifySecret: verifyZaloSecret,
    looksLikeUpdate: looksLikeZaloUpdate,
    secret: {
      variable: 'ZALO_WEBHOOK_SECRET',
      expected: webhookSecret.expected,
      of: (settings) => settings.webhookSecret,
    },
  },
  startPolling: (settings, { logger, onUpdate }) => startZaloPolling({ client: client(settings), logger, onUpdate }),
  webhookCommands: zaloWebhookCommands,
};

function client(settings: ZaloSettings) {
  if (settings.token === null) throw new Error('ZALO_BOT_TOKEN is not set');
  return createZaloClient({ token: settings.token, apiRoot: settings.apiRoot });
}

/** What other parts may use of the Zalo channel directly: the client, the adapter, parsing and polling. */
export { createZaloAdapter, ZALO_TEXT_LIMIT, type ZaloAdapterOptions } from './adapter.ts';
export { createZaloClient, type CallOptions, type ZaloClient, type ZaloClientOptions } from './client.ts';
export type { ZaloBotInfo, ZaloSentMessage, ZaloWebhookInfo } from './api-schema.ts';
export { ZaloApiError, isZaloApiError, type ZaloErrorReason } from './errors.ts';
export { parseZaloUpdate, unwrapZaloEnvelope, type ParseZaloOptions } from './parse.ts';
export { startZaloPolling, TOKEN_REJECTED_LOG, type ZaloPolling, type ZaloPollingOptions } from './polling.ts';
export { toSendFailure } from './send-failure.ts';
export { verifyZaloSecret, ZALO_SECRET_HEADER } from './webhook.ts';
