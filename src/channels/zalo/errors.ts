/**
 * The one error type the Zalo client throws. Its message and fields never contain the bot token.
 *
 * - `api`: Zalo answered with an envelope whose `ok` is not true (HTTP 200 included);
 * - `http`: a non-2xx answer whose body is not a Zalo envelope (a proxy page, an empty body);
 * - `invalid_response`: a 2xx answer that is not JSON, or an `ok:true` result of an unexpected shape;
 * - `network`, `timeout`, `aborted`: no answer at all (code 0).
 */
export type ZaloErrorReason = 'api' | 'http' | 'invalid_response' | 'network' | 'timeout' | 'aborted';

export interface ZaloApiErrorInit {
  method: string;
  /** Zalo's `error_code`, else the HTTP status, else 0 when there was no answer. */
  code: number;
  description: string;
  reason: ZaloErrorReason;
  /** A retry hint, only when the answer carried one (Zalo documents none). */
  retryAfterMs?: number;
}

export class ZaloApiError extends Error {
  readonly method: string;
  readonly code: number;
  readonly description: string;
  readonly reason: ZaloErrorReason;
  readonly retryAfterMs: number | undefined;

  constructor(init: ZaloApiErrorInit) {
    super(`Zalo ${init.method} failed: ${init.code === 0 ? init.reason : init.code} ${init.description}`.trim());
    this.name = 'ZaloApiError';
    this.method = init.method;
    this.code = init.code;
    this.description = init.description;
    this.reason = init.reason;
    this.retryAfterMs = init.retryAfterMs;
  }
}

export function isZaloApiError(error: unknown): error is ZaloApiError {
  return error instanceof ZaloApiError;
}
