/** The Zalo channel: client, inbound parsing, adapter, polling and webhook helpers. */
export { createZaloAdapter, ZALO_TEXT_LIMIT, type ZaloAdapterOptions } from './adapter.ts';
export { createZaloClient, type CallOptions, type ZaloClient, type ZaloClientOptions } from './client.ts';
export type { ZaloBotInfo, ZaloSentMessage, ZaloWebhookInfo } from './api-schema.ts';
export { ZaloApiError, isZaloApiError, type ZaloErrorReason } from './errors.ts';
export { parseZaloUpdate, unwrapZaloEnvelope, type ParseZaloOptions } from './parse.ts';
export { startZaloPolling, TOKEN_REJECTED_LOG, type ZaloPolling, type ZaloPollingOptions } from './polling.ts';
export { toSendFailure } from './send-failure.ts';
export { verifyZaloSecret, ZALO_SECRET_HEADER } from './webhook.ts';
