import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pauseChannel } from '../../../../src/messaging/delivery/channel-pause.ts';
import { noteDirectSend, paceRule, pacerKey, takeSendSlot } from '../../../../src/messaging/delivery/pacer.ts';
import { type RedisServer, startRedis } from '../../../harness/redis.ts';

/**
 * The send-time check (src/messaging/delivery/pacer.ts) against a real redis-server: however many senders ask at once,
 * at most `rate` sends are let through in any window of 1 s + margin, measured on Redis' own clock; a paused channel
 * lets nothing through.
 */
describe('send pacer', () => {
  let server: RedisServer;
  let redis: Redis;
  beforeAll(async () => {
    server = await startRedis();
    redis = new Redis(server.url);
  });
  afterAll(async () => {
    redis.disconnect();
    await server.destroy();
  });

  it('leaves room for direct replies: they take no slot but bulk sends after them wait', async () => {
    const rule = paceRule(3, 0.02);
    await redis.del(pacerKey('simulator'));
    for (let i = 0; i < 3; i += 1) await noteDirectSend(redis, 'simulator');
    expect(await redis.zcard(pacerKey('simulator'))).toBe(3);
    expect(await redis.pttl(pacerKey('simulator'))).toBeGreaterThan(0);
    const slot = await takeSendSlot(redis, 'simulator', rule);
    expect(slot.kind).toBe('slot');
    // The window is full of replies: the bulk send gets a moment about a second later, not now.
    expect(slot.kind === 'slot' && slot.waitMs).toBeGreaterThan(500);
  });

  it('derives the window from the rate and the margin', () => {
    expect(paceRule(30, 0.02)).toEqual({ limit: 30, windowUs: 1_020_000 });
    expect(paceRule(2.5, 0)).toEqual({ limit: 2, windowUs: 800_000 });
    expect(paceRule(0.5, 0)).toEqual({ limit: 1, windowUs: 2_000_000 });
  });

  it('gives 40 competing senders moments with at most the rate in any sliding window, and no fewer', async () => {
    const rule = paceRule(50, 0.02);
    const moments: number[] = [];
    const until = Date.now() + 2600;
    let asks = 0;
    await Promise.all(
      Array.from({ length: 40 }, async () => {
        while (Date.now() < until) {
          asks += 1;
          const slot = await takeSendSlot(redis, 'zalo', rule);
          if (slot.kind !== 'slot') throw new Error('not paused');
          moments.push(slot.atUs);
          await new Promise((resolve) => setTimeout(resolve, slot.waitMs));
        }
      }),
    );
    moments.sort((a, b) => a - b);
    let peak = 0;
    for (let i = 0, j = 0; i < moments.length; i += 1) {
      while (moments[i]! - moments[j]! >= rule.windowUs) j += 1;
      peak = Math.max(peak, i - j + 1);
    }
    expect(peak).toBe(50);
    // Every ask got a moment of its own (nobody asks twice for one send), three windows' worth in 2.6 s.
    expect(asks).toBe(moments.length);
    expect(new Set(moments).size).toBeGreaterThan(moments.length * 0.5);
    expect(moments.filter((m) => m <= moments[0]! + 2_600_000)).toHaveLength(150);
  });

  it('lets nothing through while the channel is paused after a 429', async () => {
    await pauseChannel(redis, 'telegram', 300);
    const slot = await takeSendSlot(redis, 'telegram', paceRule(10, 0.02));
    expect(slot.kind).toBe('paused');
    expect(slot.kind === 'paused' && slot.ms > 200 && slot.ms <= 300).toBe(true);
    // A shorter pause does not cut a longer one short.
    await pauseChannel(redis, 'telegram', 50);
    expect(Number(await redis.pttl('{knvl}:delivery:telegram:paused'))).toBeGreaterThan(150);
    await new Promise((resolve) => setTimeout(resolve, 320));
    expect(await takeSendSlot(redis, 'telegram', paceRule(10, 0.02))).toMatchObject({ kind: 'slot', waitMs: 0 });
  });
});
