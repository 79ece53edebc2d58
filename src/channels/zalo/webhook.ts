import { timingSafeEqual } from 'node:crypto';

/**
 * Webhook helpers (reference/zalo-bot-api.md §3.1). Zalo sends the secret given to setWebhook, as is, in the
 * `X-Bot-Api-Secret-Token` header: a shared secret, not an HMAC. Check it before parsing the body.
 */

/** The header name as Node and Fastify present it (lower case). */
export const ZALO_SECRET_HEADER = 'x-bot-api-secret-token';

/** Constant-time comparison of the header with the expected secret; a missing, repeated or empty value is false. */
export function verifyZaloSecret(headerValue: string | readonly string[] | undefined, expected: string): boolean {
  if (typeof headerValue !== 'string' || headerValue.length === 0 || expected.length === 0) return false;
  const given = Buffer.from(headerValue, 'utf8');
  const wanted = Buffer.from(expected, 'utf8');
  if (given.length !== wanted.length) return false;
  return timingSafeEqual(given, wanted);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A Zalo update is { event_name, message } or the same wrapped as { ok: true, result: {…} }. */
export function looksLikeZaloUpdate(body: unknown): boolean {
  if (!isObject(body)) return false;
  const inner = body.ok === true && isObject(body.result) ? body.result : body;
  return typeof inner.event_name === 'string';
}
