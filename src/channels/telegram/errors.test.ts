import { GrammyError, HttpError } from 'grammy';
import { describe, expect, it } from 'vitest';
import { classifyTelegramError, describeTelegramError } from './errors.ts';

const TOKEN = '4242:tok_en-secret-xyz';

function telegramError(
  error_code: number,
  description: string,
  parameters?: { retry_after?: number; migrate_to_chat_id?: number },
): GrammyError {
  return new GrammyError(
    "Call to 'sendMessage' failed!",
    { ok: false, error_code, description, ...(parameters ? { parameters } : {}) },
    'sendMessage',
    {},
  );
}

describe('classifyTelegramError', () => {
  it.each([
    [
      telegramError(429, 'Too Many Requests: retry after 7', { retry_after: 7 }),
      { kind: 'throttled', retryAfterMs: 7000 },
    ],
    [telegramError(429, 'Too Many Requests: retry after 12'), { kind: 'throttled', retryAfterMs: 12000 }],
    [telegramError(403, 'Forbidden: bot was blocked by the user'), { kind: 'recipient_gone' }],
    [telegramError(403, 'Forbidden: user is deactivated'), { kind: 'recipient_gone' }],
    [telegramError(403, 'Forbidden: bot was kicked from the supergroup chat'), { kind: 'recipient_gone' }],
    [telegramError(403, "Forbidden: bot can't initiate conversation with a user"), { kind: 'recipient_gone' }],
    [telegramError(400, 'Bad Request: chat not found'), { kind: 'invalid_recipient' }],
    [telegramError(400, 'Bad Request: PEER_ID_INVALID'), { kind: 'invalid_recipient' }],
    [telegramError(400, 'Bad Request: user not found'), { kind: 'invalid_recipient' }],
    [
      telegramError(400, 'Bad Request: group chat was upgraded to a supergroup chat', { migrate_to_chat_id: -1001234 }),
      { kind: 'invalid_recipient', detail: expect.stringContaining('-1001234') },
    ],
    [telegramError(400, 'Bad Request: message is too long'), { kind: 'fatal' }],
    [telegramError(400, 'Bad Request: BUTTON_DATA_INVALID'), { kind: 'fatal' }],
    [telegramError(401, 'Unauthorized'), { kind: 'fatal' }],
    [telegramError(404, 'Not Found'), { kind: 'fatal' }],
    [telegramError(500, 'Internal Server Error'), { kind: 'transient' }],
    [telegramError(502, 'Bad Gateway'), { kind: 'transient' }],
    [new HttpError("Network request for 'sendMessage' failed!", new Error('socket hang up')), { kind: 'transient' }],
    [
      new HttpError(
        "Network request for 'sendMessage' failed!",
        new Error("Request to 'sendMessage' timed out after 30 seconds"),
      ),
      { kind: 'transient' },
    ],
    // Not documented for sends, not recognised: retried, never dropped on a guess (unrecognisedFailure).
    [telegramError(409, 'Conflict: terminated by other getUpdates request'), { kind: 'transient' }],
    [telegramError(418, "I'm a teapot"), { kind: 'transient' }],
    [new TypeError('x is not a function'), { kind: 'transient' }],
    ['a thrown string', { kind: 'transient', detail: 'a thrown string' }],
  ] as const)('%s', (error, expected) => {
    expect(classifyTelegramError(error, TOKEN)).toMatchObject(expected);
  });

  it('never puts the token in a detail, even when the network error quotes the URL', () => {
    const inner = new Error(
      `request to http://127.0.0.1:1/bot${TOKEN}/sendMessage failed, reason: connect ECONNREFUSED 127.0.0.1:1`,
    );
    const detail = describeTelegramError(new HttpError("Network request for 'sendMessage' failed!", inner), TOKEN);
    expect(detail).not.toContain(TOKEN);
    expect(detail).not.toContain('tok_en');
    expect(detail).toContain('ECONNREFUSED');
    expect(describeTelegramError(new Error(`boom /bot${encodeURIComponent(TOKEN)}/getMe`), TOKEN)).not.toContain(
      'tok_en',
    );
  });
});
