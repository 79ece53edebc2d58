import { timingSafeEqual } from 'node:crypto';

/**
 * Checks the `X-Telegram-Bot-Api-Secret-Token` header Telegram sends with every webhook call against the
 * secret we passed to setWebhook. Constant time for equal lengths; a missing header, an empty expected
 * secret or a different length is false (the length of the secret is not worth hiding: it is 1-256 chars
 * of a fixed alphabet and chosen by us).
 */
export function verifyTelegramSecret(headerValue: string | undefined, expected: string): boolean {
  if (typeof headerValue !== 'string' || expected.length === 0) return false;
  const given = Buffer.from(headerValue, 'utf8');
  const wanted = Buffer.from(expected, 'utf8');
  if (given.length !== wanted.length) return false;
  return timingSafeEqual(given, wanted);
}
