/**
 * How the simulator's routes answer a refusal: JSON `{ error, code }`, the error a short sentence from the
 * catalogue in the language asked for (`?lang=en`), the code a stable word for scripts and the page.
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import { type Lang, resolveLang } from '../../kernel/i18n/index.ts';
import { t } from '../../channels/simulator/messages.ts';

export function langOf(request: FastifyRequest): Lang {
  return resolveLang((request.query as Record<string, unknown> | undefined)?.['lang']);
}

/** A refusal thrown from a hook (the rate limit's), answered by the simulator's error handler as `{ error, code }`. */
export class SimulatorRefusal extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export function refuse(reply: FastifyReply, status: number, code: string, error: string): FastifyReply {
  return reply.code(status).header('cache-control', 'no-store').send({ error, code });
}

/** A route's `config` for a per-address limit of `max` requests a minute, refused politely (429, `rate_limited`). */
export function perMinute(max: number) {
  return {
    rateLimit: {
      max,
      timeWindow: 60_000,
      errorResponseBuilder: (request: FastifyRequest, context: { ttl: number }) =>
        new SimulatorRefusal(
          429,
          'rate_limited',
          t(langOf(request), 'simulator.error.rate_limited', {
            seconds: String(Math.max(1, Math.ceil(context.ttl / 1000))),
          }),
        ),
    },
  };
}
