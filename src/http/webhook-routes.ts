import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { type WebhookChannel, WEBHOOK_CHANNELS } from '../channels/registry.ts';
import type { ChannelName } from '../kernel/message.ts';
import type { InboundPipeline } from '../inbound/pipeline.ts';

/**
 * POST <path> for each channel with a webhook in the registry (src/channels/registry.ts): /webhooks/telegram,
 * /webhooks/zalo. In order:
 * 1. a per-address rate limit (429), generous, and none at all for a platform's published addresses;
 * 2. the secret header, in constant time, in an onRequest hook: a wrong or missing secret gets 401 before a byte
 *    of the body is read, however big or slow that body is;
 * 3. the body, at most 64 KiB (413); one that is not an update of that platform gets 400;
 * 4. the update is queued and answered 200 at once, before any heavy work; 503 when the inbound queue is full
 *    (both platforms send the update again later). Never 500 for what a sender posted.
 * The client address is the socket's, or X-Forwarded-For's as far as TRUST_PROXY allows (src/http/app.ts).
 */
export type WebhookRouteOptions = {
  pipeline: InboundPipeline;
  /** Requests a minute from one address before 429; default WEBHOOK_REQUESTS_PER_MINUTE. */
  perAddressPerMinute?: number;
} & {
  /** Only channels that are configured get a route; the secret is required (checked at start-up). */
  [C in ChannelName]?: { secret: string };
};

/** A platform's update is a few KiB; the largest we have seen is far below this. */
export const WEBHOOK_BODY_LIMIT_BYTES = 64 * 1024;

/** Zalo publishes no addresses, so one address may send this many a minute (100 a second) before 429. */
export const WEBHOOK_REQUESTS_PER_MINUTE = 6000;

interface Route {
  channel: WebhookChannel;
  secret: string;
  pipeline: InboundPipeline;
  perMinute: number;
}

function route(app: FastifyInstance, { channel, secret, pipeline, perMinute }: Route): void {
  const { name, webhook } = channel;
  const trusted = webhook.trustedSender?.bind(webhook);
  const rateLimit = app.rateLimit({
    max: perMinute,
    timeWindow: 60_000,
    ...(trusted ? { allowList: (request: FastifyRequest) => trusted(request.ip) } : {}),
  });
  const checkSecret = async (request: FastifyRequest, reply: FastifyReply) => {
    const given = request.headers[webhook.secretHeader];
    if (!webhook.verifySecret(typeof given === 'string' ? given : undefined, secret)) {
      return reply.code(401).header('connection', 'close').send({ ok: false, error: 'wrong or missing secret token' });
    }
  };
  const options = { bodyLimit: WEBHOOK_BODY_LIMIT_BYTES, onRequest: [rateLimit, checkSecret] };
  app.post(webhook.path, options, async (request, reply) => {
    const { body } = request;
    // Zalo has been seen probing with an empty body; answer it like a healthy endpoint.
    if (body === undefined || body === null || body === '') return reply.code(200).send({ ok: true });
    if (!webhook.looksLikeUpdate(body)) return reply.code(400).send({ ok: false, error: `not a ${name} update` });
    if (pipeline.accept(name, body) === 'full') {
      const busy = { ok: false, error: 'busy: send this update again later' };
      return reply.code(503).header('retry-after', '5').send(busy);
    }
    return reply.code(200).send({ ok: true });
  });
}

export function registerWebhookRoutes(app: FastifyInstance, options: WebhookRouteOptions): void {
  const perMinute = options.perAddressPerMinute ?? WEBHOOK_REQUESTS_PER_MINUTE;
  for (const channel of WEBHOOK_CHANNELS) {
    const secret = options[channel.name]?.secret;
    if (secret !== undefined) route(app, { channel, secret, pipeline: options.pipeline, perMinute });
  }
}
