import { describe, expect, it } from 'vitest';
import { ZaloApiError, type ZaloErrorReason } from './errors.ts';
import { DEFAULT_THROTTLE_MS, toSendFailure } from './send-failure.ts';

const error = (code: number, description = '', reason: ZaloErrorReason = 'api', retryAfterMs?: number) =>
  new ZaloApiError({
    method: 'sendMessage',
    code,
    description,
    reason,
    ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
  });

describe('toSendFailure', () => {
  it.each([
    ['429 without a hint', error(429, 'Quota exceeded'), 'throttled'],
    ['410 unknown chat (HTTP 200 live)', error(410, 'The chat_id is invaild'), 'invalid_recipient'],
    ['400 about the chat', error(400, 'chat_id is required'), 'invalid_recipient'],
    ['400 about the chat, other wording', error(400, 'Invalid chat'), 'invalid_recipient'],
    ['400 about the text', error(400, 'text must be 1-2000 characters'), 'fatal'],
    ['401 bad token', error(401, 'Unauthorized'), 'fatal'],
    ['403 ("internal server error" in the docs)', error(403, 'Internal server error'), 'transient'],
    ['404 wrong method', error(404, 'Not found'), 'fatal'],
    ['408 timeout', error(408, 'Request timeout'), 'transient'],
    ['426 (a daily limit, not documented for sends)', error(426, 'Upgrade required'), 'transient'],
    ['418 (not documented)', error(418, "I'm a teapot"), 'transient'],
    ['an ok:false envelope without a 4xx/5xx code', error(200, 'something new'), 'transient'],
    ['500 page', error(500, 'HTTP 500 Internal Server Error', 'http'), 'transient'],
    ['502', error(502, 'Bad gateway', 'http'), 'transient'],
    ['network', error(0, 'fetch failed: ECONNREFUSED', 'network'), 'transient'],
    ['timeout', error(0, 'no answer within 10000 ms', 'timeout'), 'transient'],
    ['unreadable success', error(200, 'answer is not a Zalo envelope', 'invalid_response'), 'fatal'],
    ['not a ZaloApiError', new Error('bug'), 'transient'],
    ['a thrown string', 'boom', 'transient'],
  ])('%s → %s', (_label, err, kind) => {
    expect(toSendFailure(err).kind).toBe(kind);
  });

  it('throttles for 1 s unless the answer carried a hint', () => {
    expect(toSendFailure(error(429, 'Quota exceeded'))).toMatchObject({
      kind: 'throttled',
      retryAfterMs: DEFAULT_THROTTLE_MS,
    });
    expect(toSendFailure(error(429, 'Quota exceeded', 'api', 7000))).toMatchObject({
      kind: 'throttled',
      retryAfterMs: 7000,
    });
  });

  it('puts method, code and description in the detail', () => {
    expect(toSendFailure(error(410, 'The chat_id is invaild')).detail).toBe(
      'Zalo sendMessage 410: The chat_id is invaild',
    );
  });
});
