import { GrammyError, HttpError } from 'grammy';
import type { SendFailure } from '../types.ts';
import { hideToken } from '../hide-token.ts';
import { unrecognisedFailure } from '../unrecognised-failure.ts';

/**
 * grammY errors → the closed SendFailure set (ARCHITECTURE.md principle 3). Details never contain the token.
 *
 * | Telegram answer                                                    | failure            |
 * |--------------------------------------------------------------------|--------------------|
 * | 429 Too Many Requests (parameters.retry_after seconds)             | throttled          |
 * | 403 bot was blocked / user is deactivated / bot was kicked / any 403 | recipient_gone   |
 * | 400 chat not found, PEER_ID_INVALID, user not found, group upgraded to a supergroup | invalid_recipient |
 * | any other 400 (we built a bad request)                             | fatal              |
 * | 401 Unauthorized, 404 Not Found (bad or revoked token)             | fatal              |
 * | 5xx, network errors, timeouts, a non-JSON answer (proxy error page)| transient          |
 * | any other code, or an error we do not recognise                    | transient (unrecognisedFailure) |
 *
 * Every 403 counts as gone: besides blocked/deactivated/kicked, Telegram answers 403 for "bot can't initiate
 * conversation with a user" and "not enough rights to send text messages" — either way, retrying will not
 * reach the person until they act.
 */
export function classifyTelegramError(error: unknown, token?: string): SendFailure {
  const detail = describeTelegramError(error, token);
  if (error instanceof GrammyError) {
    const code = error.error_code;
    const description = error.description ?? '';
    if (code === 429) return { kind: 'throttled', retryAfterMs: retryAfterSeconds(error) * 1000, detail };
    if (code === 403) return { kind: 'recipient_gone', detail };
    if (code === 400) {
      if (INVALID_RECIPIENT.test(description) || error.parameters?.migrate_to_chat_id !== undefined)
        return { kind: 'invalid_recipient', detail };
      return { kind: 'fatal', detail };
    }
    if (code === 401 || code === 404) return { kind: 'fatal', detail };
    if (code >= 500) return { kind: 'transient', detail };
    return unrecognisedFailure(detail);
  }
  if (error instanceof HttpError) return { kind: 'transient', detail };
  return unrecognisedFailure(detail);
}

const INVALID_RECIPIENT = /chat not found|PEER_ID_INVALID|user not found|chat_id is empty|group chat was upgraded/i;

/** retry_after from the parameters, else from "retry after N" in the description, else 1 s. */
function retryAfterSeconds(error: GrammyError): number {
  const fromParameters = error.parameters?.retry_after;
  if (typeof fromParameters === 'number' && fromParameters > 0) return fromParameters;
  const fromText = /retry after (\d+)/i.exec(error.description ?? '');
  return fromText ? Number(fromText[1]) : 1;
}

/**
 * One line about the error, safe to log or store: Telegram's code and description, or for network errors
 * grammY's message and the underlying error's. node-fetch puts the full URL, token included, in
 * its messages: every text passes through hideToken, which removes the token and any `/bot<…>` segment.
 */
export function describeTelegramError(error: unknown, token?: string): string {
  let text: string;
  if (error instanceof GrammyError) {
    text = `${error.method}: ${error.error_code} ${error.description}`;
    if (error.parameters?.migrate_to_chat_id !== undefined)
      text += ` (migrate_to_chat_id ${error.parameters.migrate_to_chat_id})`;
  } else if (error instanceof HttpError) {
    // the inner error is node-fetch's (its message quotes the URL, token included: hidden below), a timeout
    // or an abort; grammY's own message names only the method
    const inner = error.error instanceof Error ? error.error.message : '';
    text = inner ? `${error.message} ${inner}` : error.message;
  } else if (error instanceof Error) {
    text = `${error.name}: ${error.message}`;
  } else {
    text = String(error);
  }
  return hideToken(text, token);
}
