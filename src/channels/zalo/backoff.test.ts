import { describe, expect, it } from 'vitest';
import { POLL_BACKOFF, nextDelayMs } from './backoff.ts';

describe('nextDelayMs', () => {
  it('goes 1 s, 2 s, 4 s, ... and stops at 30 s', () => {
    const delays: number[] = [];
    let delay = 0;
    for (let i = 0; i < 8; i++) delays.push((delay = nextDelayMs(delay, POLL_BACKOFF)));
    expect(delays).toEqual([1000, 2000, 4000, 8000, 16000, 30000, 30000, 30000]);
  });
});
