/** Exponential back-off: initial, doubled after each failure, capped; back to initial after a success. Pure. */
export interface Backoff {
  initialMs: number;
  maxMs: number;
}

export const POLL_BACKOFF: Backoff = { initialMs: 1000, maxMs: 30_000 };

export function nextDelayMs(currentMs: number, backoff: Backoff): number {
  return Math.min(Math.max(currentMs * 2, backoff.initialMs), backoff.maxMs);
}
