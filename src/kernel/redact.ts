import { findPhoneNumbers } from './phone.ts';

/**
 * Scrubbing of personal data and secrets from text that may reach a log.
 * Pure: the caller passes the secrets it knows (bot tokens, webhook secrets, passwords).
 */

export const REDACTED = '[redacted]';
export const PHONE_REDACTED = '[phone]';

/** Telegram tokens look like 123456789:AA...; also catches them inside /bot<token>/ URLs. */
const BOT_TOKEN = /\d{5,}:[A-Za-z0-9_-]{20,}/g;

/** Keys whose values are identifiers we need for debugging and that never hold a phone number. */
const ID_KEYS = new Set([
  'chatId',
  'userId',
  'eventId',
  'jobId',
  'id',
  'personId',
  'identityId',
  'outboxId',
  'pid',
  'reqId',
  'time',
  'level',
  'port',
]);

const SECRET_KEYS =
  /^(token|password|secret|authorization|cookie|x-telegram-bot-api-secret-token|x-bot-api-secret-token|.*Token|.*Secret|.*Password)$/i;

export function scrubText(text: string, secrets: readonly string[] = []): string {
  let out = text;
  for (const secret of secrets) {
    if (secret && out.includes(secret)) out = out.split(secret).join(REDACTED);
  }
  out = out.replace(BOT_TOKEN, REDACTED);
  for (const phone of findPhoneNumbers(out)) {
    out = out.split(phone).join(PHONE_REDACTED);
  }
  return out;
}

/** Deep copy of a log object with secrets and phone numbers removed. Cycles are cut. */
export function scrubValue(
  value: unknown,
  secrets: readonly string[] = [],
  key = '',
  seen = new WeakSet<object>(),
): unknown {
  if (typeof value === 'string') {
    if (key && SECRET_KEYS.test(key)) return REDACTED;
    if (ID_KEYS.has(key)) return value;
    return scrubText(value, secrets);
  }
  if (typeof value === 'number' || typeof value === 'bigint') {
    if (ID_KEYS.has(key)) return value;
    const text = String(value);
    return findPhoneNumbers(text).length > 0 ? PHONE_REDACTED : value;
  }
  if (value === null || typeof value !== 'object') return value;
  if (seen.has(value)) return '[cycle]';
  seen.add(value);
  if (value instanceof Error) {
    const out: Record<string, unknown> = {
      type: value.name,
      message: scrubText(value.message, secrets),
      stack: value.stack ? scrubText(value.stack, secrets) : undefined,
    };
    for (const [k, v] of Object.entries(value)) out[k] = scrubValue(v, secrets, k, seen);
    if (value.cause !== undefined) out.cause = scrubValue(value.cause, secrets, 'cause', seen);
    return out;
  }
  if (value instanceof Date) return value;
  if (Array.isArray(value)) return value.map((item) => scrubValue(item, secrets, '', seen));
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    out[k] = scrubValue(v, secrets, k, seen);
  }
  return out;
}
