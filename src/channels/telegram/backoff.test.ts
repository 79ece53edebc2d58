import { describe, expect, it } from 'vitest';
import { backoffDelay, sleep } from './backoff.ts';

describe('backoffDelay', () => {
  it('doubles from the first delay up to the cap', () => {
    const options = { initialMs: 1000, maxMs: 30_000 };
    expect([1, 2, 3, 4, 5, 6, 7, 100].map((attempt) => backoffDelay(attempt, options))).toEqual([
      1000, 2000, 4000, 8000, 16_000, 30_000, 30_000, 30_000,
    ]);
    expect(backoffDelay(0, options)).toBe(1000);
  });
});

describe('sleep', () => {
  it('waits, or returns at once when aborted before or during the wait', async () => {
    const controller = new AbortController();
    let started = Date.now();
    await sleep(30, controller.signal);
    expect(Date.now() - started).toBeGreaterThanOrEqual(25);
    started = Date.now();
    setTimeout(() => controller.abort(), 10);
    await sleep(10_000, controller.signal);
    expect(Date.now() - started).toBeLessThan(1000);
    started = Date.now();
    await sleep(10_000, controller.signal);
    expect(Date.now() - started).toBeLessThan(50);
  });
});
