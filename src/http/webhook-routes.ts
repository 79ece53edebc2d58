import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { verifyTelegramSecret } from '../channels/telegram/webhook.ts';
import type { ChannelName } from '../channels/types.ts';
import { verifyZaloSecret } from '../channels/zalo/webhook.ts';
import type { InboundPipeline } from '../inbound/pipeline.ts';

/**
 * POST /webhooks/telegram and /webhooks/zalo. The secret header is checked first, in constant time (401 on a
 * mismatch, before the body is looked at); a body that is not an update of that platform gets 400; anything
 * else is queued and answered 200 at once, before any heavy work. Never 500 for what a sender posted.
 */
export interface WebhookRouteOptions {
  pipeline: InboundPipeline;
  /** Only channels that are configured get a route; the secret is required (checked at start-up). */
  telegram?: { secret: string };
  zalo?: { secret: string };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A Telegram update always has an integer update_id; its kind may be one we ignore. */
function looksLikeTelegramUpdate(body: unknown): boolean {
  return isObject(body) && Number.isSafeInteger(body.update_id);
}

/** A Zalo update is { event_name, message } or the same wrapped as { ok: true, result: {…} }. */
function looksLikeZaloUpdate(body: unknown): boolean {
  if (!isObject(body)) return false;
  const inner = body.ok === true && isObject(body.result) ? body.result : body;
  return typeof inner.event_name === 'string';
}

function route(
  app: FastifyInstance,
  channel: ChannelName,
  header: string,
  secret: string,
  verify: (value: string | undefined, expected: string) => boolean,
  looksValid: (body: unknown) => boolean,
  pipeline: InboundPipeline,
): void {
  app.post(`/webhooks/${channel}`, async (request: FastifyRequest, reply: FastifyReply) => {
    const given = request.headers[header];
    if (!verify(typeof given === 'string' ? given : undefined, secret)) {
      return reply.code(401).send({ ok: false, error: 'wrong or missing secret token' });
    }
    // Zalo has been seen probing with an empty body; answer it like a healthy endpoint.
    if (request.body === undefined || request.body === null || request.body === '') return reply.code(200).send({ ok: true });
    if (!looksValid(request.body)) return reply.code(400).send({ ok: false, error: `not a ${channel} update` });
    pipeline.accept(channel, request.body);
    return reply.code(200).send({ ok: true });
  });
}

export function registerWebhookRoutes(app: FastifyInstance, options: WebhookRouteOptions): void {
  if (options.telegram) {
    route(app, 'telegram', 'x-telegram-bot-api-secret-token', options.telegram.secret, verifyTelegramSecret, looksLikeTelegramUpdate, options.pipeline);
  }
  if (options.zalo) {
    route(app, 'zalo', 'x-bot-api-secret-token', options.zalo.secret, verifyZaloSecret, looksLikeZaloUpdate, options.pipeline);
  }
}
