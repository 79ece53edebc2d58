import type { Redis } from 'ioredis';
import { QUEUE_PREFIX } from '../messaging/queue/names.ts';

/**
 * More than 20 messages in 10 seconds from one person: one polite notice, then nothing for a minute.
 * Counted in Redis (a sliding window per sender) so every gateway process shares the count; one Lua call per
 * message, so a flooder costs one round trip and slows nobody else.
 */
export const FLOOD_LIMIT = 20;
export const FLOOD_WINDOW_MS = 10_000;
export const FLOOD_MUTE_MS = 60_000;

export type FloodVerdict = 'ok' | 'notify' | 'muted';

// KEYS[1] window zset, KEYS[2] mute flag; ARGV now, window, limit, mute, member
const SCRIPT = `
if redis.call('EXISTS', KEYS[2]) == 1 then return 2 end
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', tonumber(ARGV[1]) - tonumber(ARGV[2]))
redis.call('ZADD', KEYS[1], ARGV[1], ARGV[5])
redis.call('PEXPIRE', KEYS[1], ARGV[2])
if redis.call('ZCARD', KEYS[1]) > tonumber(ARGV[3]) then
  redis.call('SET', KEYS[2], '1', 'PX', ARGV[4])
  redis.call('DEL', KEYS[1])
  return 1
end
return 0`;

export interface FloodGuard {
  check(senderKey: string, now?: number): Promise<FloodVerdict>;
}

export function createFloodGuard(
  redis: Redis,
  limits = { limit: FLOOD_LIMIT, windowMs: FLOOD_WINDOW_MS, muteMs: FLOOD_MUTE_MS },
): FloodGuard {
  let sequence = 0;
  return {
    async check(senderKey, now = Date.now()) {
      sequence = (sequence + 1) % 1_000_000;
      const member = `${now}-${process.pid}-${sequence}`;
      const result = await redis.eval(
        SCRIPT,
        2,
        `${QUEUE_PREFIX}:flood:${senderKey}`,
        `${QUEUE_PREFIX}:mute:${senderKey}`,
        String(now),
        String(limits.windowMs),
        String(limits.limit),
        String(limits.muteMs),
        member,
      );
      return result === 2 ? 'muted' : result === 1 ? 'notify' : 'ok';
    },
  };
}
