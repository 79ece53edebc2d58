import type { SendFailure } from '../types.ts';
import { unrecognisedFailure } from '../unrecognised-failure.ts';
import { isZaloApiError, type ZaloApiError } from './errors.ts';

/**
 * Maps a Zalo client error to the closed set of send failures (ARCHITECTURE.md principle 3). Pure.
 * Codes from the docs' table and live reports (reference/zalo-bot-api.md §5):
 *
 * | Zalo answer                                              | failure            |
 * |----------------------------------------------------------|--------------------|
 * | 429 quota exceeded (a retry hint if the answer had one)  | throttled          |
 * | 410 "The chat_id is invaild"; a 400 about the chat       | invalid_recipient  |
 * | any other 400 (bad request), 401 (token), 404 (not found)| fatal              |
 * | ok or 2xx we cannot read (the message may have gone out) | fatal              |
 * | 403 ("Internal server error" in the docs), 408, 5xx      | transient          |
 * | network errors, timeouts                                 | transient          |
 * | any other code, or an error we do not recognise          | transient (unrecognisedFailure) |
 */

/** Zalo documents no retry hint with 429; wait this long unless the answer carried one. */
export const DEFAULT_THROTTLE_MS = 1000;

/**
 * Zalo documents no "user blocked the bot" event or error (§5). If a live description ever proves to mean
 * that, add a pattern here and it maps to recipient_gone. Do not guess one.
 */
export const BLOCKED_DESCRIPTIONS: readonly RegExp[] = [];

/** A 400 whose description is about the chat (an invalid or unknown chat_id) is the recipient's fault. */
const CHAT_DESCRIPTION = /chat[\s_]?id|\bchat\b|recipient|\buser\b/i;

export function toSendFailure(error: unknown): SendFailure {
  if (!isZaloApiError(error)) {
    return unrecognisedFailure(`Zalo send failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  const detail = describe(error);
  switch (error.reason) {
    case 'network':
    case 'timeout':
    case 'aborted':
      return { kind: 'transient', detail };
    case 'invalid_response':
      // Zalo said ok (or 2xx) but we cannot read it: the message may have gone out, so do not retry it.
      return { kind: 'fatal', detail };
    default:
      break;
  }
  if (BLOCKED_DESCRIPTIONS.some((pattern) => pattern.test(error.description)))
    return { kind: 'recipient_gone', detail };
  const { code } = error;
  if (code === 429) return { kind: 'throttled', retryAfterMs: error.retryAfterMs ?? DEFAULT_THROTTLE_MS, detail };
  if (code === 410) return { kind: 'invalid_recipient', detail };
  if (code === 400)
    return CHAT_DESCRIPTION.test(error.description) ? { kind: 'invalid_recipient', detail } : { kind: 'fatal', detail };
  if (code === 401) return { kind: 'fatal', detail };
  // The docs list 403 as "Internal server error" (sic).
  if (code === 403) return { kind: 'transient', detail };
  // 404 is documented as "not found" (a wrong path or method): a request we built that Zalo will keep refusing.
  if (code === 404) return { kind: 'fatal', detail };
  if (code === 408 || code >= 500) return { kind: 'transient', detail };
  // 426 (seen when a daily limit ran out) and any other code: not documented for sends.
  return unrecognisedFailure(detail);
}

function describe(error: ZaloApiError): string {
  return `Zalo ${error.method} ${error.code === 0 ? error.reason : error.code}: ${error.description}`;
}
