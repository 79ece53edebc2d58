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
