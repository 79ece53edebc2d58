import net from 'node:net';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { verifyTelegramSecret } from '../channels/telegram/webhook.ts';
import type { ChannelName } from '../kernel/message.ts';
import { verifyZaloSecret } from '../channels/zalo/webhook.ts';
import type { InboundPipeline } from '../inbound/pipeline.ts';

/**
 * POST /webhooks/telegram and /webhooks/zalo. In order:
 * 1. a per-address rate limit (429), generous, and none at all for Telegram's published addresses;
 * 2. the secret header, in constant time, in an onRequest hook: a wrong or missing secret gets 401 before a byte
 *    of the body is read, however big or slow that body is;
 * 3. the body, at most 64 KiB (413); one that is not an update of that platform gets 400;
 * 4. the update is queued and answered 200 at once, before any heavy work; 503 when the inbound queue is full
 *    (both platforms send the update again later). Never 500 for what a sender posted.
 * The client address is the socket's, or X-Forwarded-For's as far as TRUST_PROXY allows (src/http/app.ts).
 */
export interface WebhookRouteOptions {
  pipeline: InboundPipeline;
  /** Only channels that are configured get a route; the secret is required (checked at start-up). */
  telegram?: { secret: string };
  zalo?: { secret: string };
  /** Requests a minute from one address before 429; default WEBHOOK_REQUESTS_PER_MINUTE. */
  perAddressPerMinute?: number;
}

/** A platform's update is a few KiB; the largest we have seen is far below this. */
export const WEBHOOK_BODY_LIMIT_BYTES = 64 * 1024;

/** Zalo publishes no addresses, so one address may send this many a minute (100 a second) before 429. */
export const WEBHOOK_REQUESTS_PER_MINUTE = 6000;

/** Where Telegram sends webhooks from (core.telegram.org/bots/webhooks): never rate-limited. */
export const TELEGRAM_WEBHOOK_SUBNETS: ReadonlyArray<readonly [string, number]> = [
  ['149.154.160.0', 20],
  ['91.108.4.0', 22],
];

const telegramAddresses = new net.BlockList();
for (const [address, prefix] of TELEGRAM_WEBHOOK_SUBNETS) telegramAddresses.addSubnet(address, prefix, 'ipv4');

/** Whether an address (IPv4, or IPv4-mapped IPv6 as Node reports it on a dual-stack socket) is Telegram's. */
export function isTelegramAddress(address: string): boolean {
  const family = net.isIP(address);
  return family !== 0 && telegramAddresses.check(address, family === 4 ? 'ipv4' : 'ipv6');
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

interface ChannelRoute {
  channel: ChannelName;
  header: string;
  secret: string;
  verify: (value: string | undefined, expected: string) => boolean;
  looksValid: (body: unknown) => boolean;
  allowListed?: (address: string) => boolean;
}

function route(app: FastifyInstance, options: ChannelRoute, pipeline: InboundPipeline, perMinute: number): void {
  const { channel, header, secret, verify, looksValid, allowListed } = options;
  const rateLimit = app.rateLimit({
    max: perMinute,
    timeWindow: 60_000,
    ...(allowListed ? { allowList: (request: FastifyRequest) => allowListed(request.ip) } : {}),
  });
  const checkSecret = async (request: FastifyRequest, reply: FastifyReply) => {
    const given = request.headers[header];
    if (!verify(typeof given === 'string' ? given : undefined, secret)) {
      return reply.code(401).header('connection', 'close').send({ ok: false, error: 'wrong or missing secret token' });
    }
  };
  app.post(`/webhooks/${channel}`, { bodyLimit: WEBHOOK_BODY_LIMIT_BYTES, onRequest: [rateLimit, checkSecret] }, async (request, reply) => {
    // Zalo has been seen probing with an empty body; answer it like a healthy endpoint.
    if (request.body === undefined || request.body === null || request.body === '') return reply.code(200).send({ ok: true });
    if (!looksValid(request.body)) return reply.code(400).send({ ok: false, error: `not a ${channel} update` });
    if (pipeline.accept(channel, request.body) === 'full') {
      return reply.code(503).header('retry-after', '5').send({ ok: false, error: 'busy: send this update again later' });
    }
    return reply.code(200).send({ ok: true });
  });
}

export function registerWebhookRoutes(app: FastifyInstance, options: WebhookRouteOptions): void {
  const perMinute = options.perAddressPerMinute ?? WEBHOOK_REQUESTS_PER_MINUTE;
  if (options.telegram) {
    const telegram = { channel: 'telegram', header: 'x-telegram-bot-api-secret-token', secret: options.telegram.secret, verify: verifyTelegramSecret, looksValid: looksLikeTelegramUpdate, allowListed: isTelegramAddress } as const;
    route(app, telegram, options.pipeline, perMinute);
  }
  if (options.zalo) {
    const zalo = { channel: 'zalo', header: 'x-bot-api-secret-token', secret: options.zalo.secret, verify: verifyZaloSecret, looksValid: looksLikeZaloUpdate } as const;
    route(app, zalo, options.pipeline, perMinute);
  }
}
