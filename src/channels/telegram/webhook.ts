import { timingSafeEqual } from 'node:crypto';
import net from 'node:net';

/** The header Telegram sends the secret given to setWebhook in, as Node presents it (lower case). */
export const TELEGRAM_SECRET_HEADER = 'x-telegram-bot-api-secret-token';

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

/** A Telegram update always has an integer update_id; its kind may be one we ignore. */
export function looksLikeTelegramUpdate(body: unknown): boolean {
  return typeof body === 'object' && body !== null && Number.isSafeInteger((body as { update_id?: unknown }).update_id);
}

/** Where Telegram sends webhooks from (core.telegram.org/bots/webhooks). */
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
