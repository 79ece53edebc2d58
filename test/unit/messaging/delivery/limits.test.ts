import { describe, expect, it } from 'vitest';
import { slotFor } from '../../../../src/messaging/delivery/group-limit.ts';
import { bullPriority, deliveryJobId } from '../../../../src/messaging/delivery/jobs.ts';
import {
  concurrencyFor,
  limiterFor,
  paceFor,
  retryDelayMs,
  windowFor,
} from '../../../../src/messaging/delivery/limits.ts';

describe('delivery pace', () => {
  it.each([
    [30, { max: 8, duration: 267 }],
    [25, { max: 6, duration: 240 }],
    [10, { max: 3, duration: 300 }],
    [1000, { max: 250, duration: 250 }],
    [2.5, { max: 1, duration: 400 }],
    [0.5, { max: 1, duration: 2000 }],
  ])('cuts %s msgs/s into quarter-second windows, never faster than the rate', (rate, limiter) => {
    expect(limiterFor(rate)).toEqual(limiter);
    expect((limiter.max * 1000) / limiter.duration).toBeLessThanOrEqual(rate);
    expect((limiter.max * 1000) / limiter.duration).toBeGreaterThan(rate * 0.99);
  });

  it('refuses a rate that is not positive', () => {
    expect(() => limiterFor(0)).toThrow(/positive/);
    expect(() => limiterFor(Number.NaN)).toThrow(/positive/);
  });

  it('keeps 2 s of sending in Redis, between 200 and 5,000 jobs', () => {
    expect(windowFor(25)).toBe(200);
    expect(windowFor(300)).toBe(600);
    expect(windowFor(1000)).toBe(2000);
    expect(windowFor(10_000)).toBe(5000);
  });

  it('runs enough jobs at once to reach the rate with half-second sends', () => {
    expect(concurrencyFor(2)).toBe(4);
    expect(concurrencyFor(30)).toBe(15);
    expect(concurrencyFor(1000)).toBe(200);
    expect(paceFor(30, { window: 50 })).toEqual({
      rate: 30,
      limiter: { max: 8, duration: 267 },
      window: 50,
      concurrency: 15,
    });
  });

  it('backs off 1 s, 2 s, 4 s … at most a minute, ±20 %', () => {
    const exact = (n: number) => retryDelayMs(n, 1000, 60_000, () => 0.5);
    expect([1, 2, 3, 4, 7, 8, 12].map(exact)).toEqual([1000, 2000, 4000, 8000, 60_000, 60_000, 60_000]);
    expect(retryDelayMs(1, 1000, 60_000, () => 0)).toBe(800);
    expect(retryDelayMs(1, 1000, 60_000, () => 0.999_999)).toBe(1200);
  });
});

describe('delivery jobs', () => {
  it('derives the job id from the row id, without ":"', () => {
    expect(deliveryJobId(42)).toBe('n-42');
  });

  it('keeps the row order of priorities and never gives BullMQ 0 (which would jump the queue)', () => {
    expect(bullPriority(0)).toBe(1);
    expect(bullPriority(1)).toBeLessThan(bullPriority(3));
    expect(bullPriority(-4)).toBe(1);
    expect(bullPriority(1e9)).toBe(2_097_152);
  });
});

describe('group chat minute slots', () => {
  const minute = 29_000_000;
  it('lets the first 20 of a minute through', () => {
    expect(slotFor(1, 20, minute)).toEqual({ ok: true });
    expect(slotFor(20, 20, minute)).toEqual({ ok: true });
  });

  it('spreads the rest over the next minutes, 20 a minute, 3 s apart', () => {
    expect(slotFor(21, 20, minute)).toEqual({ ok: false, retryAt: (minute + 1) * 60_000 });
    expect(slotFor(22, 20, minute)).toEqual({ ok: false, retryAt: (minute + 1) * 60_000 + 3000 });
    expect(slotFor(40, 20, minute)).toEqual({ ok: false, retryAt: (minute + 1) * 60_000 + 57_000 });
    expect(slotFor(41, 20, minute)).toEqual({ ok: false, retryAt: (minute + 2) * 60_000 });
  });
});
