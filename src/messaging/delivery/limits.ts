/**
 * How fast and how much per channel, from the configured send rate (messages per second, shared by every worker
 * process). Pure.
 *
 * - limiter: BullMQ's limiter ({max} job starts per {duration} ms; its counter lives in Redis, so it is global
 *   across processes). The rate is cut into windows of about a quarter of a second instead of one window of a
 *   whole second: the same average, but bursts of rate/4 instead of rate, so a platform that measures with a
 *   token bucket (Telegram) or a sliding window never sees a second's worth of messages land at once.
 * - window: how many delivery jobs Redis holds for the channel at most (2 s of sending, at least 200, at most
 *   5,000); the rest of the pending notifications wait in PostgreSQL.
 * - concurrency: jobs in flight per process, enough to reach the rate when a send takes up to half a second.
 */
export interface Limiter {
  max: number;
  duration: number;
}

export interface DeliveryPace {
  rate: number;
  limiter: Limiter;
  window: number;
  concurrency: number;
}

const WINDOW_MS = 250;

export function limiterFor(rate: number, windowMs = WINDOW_MS): Limiter {
  if (!(rate > 0) || !Number.isFinite(rate)) throw new Error(`send rate must be a positive number, got ${rate}`);
  const max = Math.max(1, Math.round((rate * windowMs) / 1000));
  // Rounded up: never faster than the rate.
  const duration = Math.ceil((max * 1000) / rate);
  return { max, duration };
}

export function windowFor(rate: number): number {
  return Math.min(5000, Math.max(200, Math.ceil(rate * 2)));
}

export function concurrencyFor(rate: number): number {
  return Math.min(200, Math.max(4, Math.ceil(rate / 2)));
}

export function paceFor(rate: number, overrides: Partial<Omit<DeliveryPace, 'rate'>> = {}): DeliveryPace {
  return {
    rate,
    limiter: overrides.limiter ?? limiterFor(rate),
    window: overrides.window ?? windowFor(rate),
    concurrency: overrides.concurrency ?? concurrencyFor(rate),
  };
}

/**
 * Transient failures are retried after 1 s, 2 s, 4 s … at most a minute, each ±20 % so retries of a burst of
 * failures do not all come back at the same moment. `attemptsMade` counts the failed attempts so far (1 after the
 * first).
 */
export function retryDelayMs(
  attemptsMade: number,
  baseMs = 1000,
  capMs = 60_000,
  random: () => number = Math.random,
): number {
  const exponential = Math.min(capMs, baseMs * 2 ** Math.max(0, attemptsMade - 1));
  return Math.round(exponential * (0.8 + 0.4 * random()));
}
