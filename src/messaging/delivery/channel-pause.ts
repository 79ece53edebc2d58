import type { Redis } from 'ioredis';
import type { ChannelName } from '../../kernel/message.ts';
import { QUEUE_PREFIX } from '../queue/names.ts';

/**
 * "This channel is rate limited for N ms", shared by every worker process through one Redis key. Set when the
 * platform answers 429; checked right before every send, so jobs that had already started when the 429 came back
 * (in this process or another) do not send into the pause. BullMQ's own limiter is paused at the same time
 * (Queue.rateLimit) so no new job starts until it ends.
 */
export function channelPauseKey(channel: ChannelName): string {
  return `${QUEUE_PREFIX}:delivery:${channel}:paused`;
}

/** Extends, never shortens, a pause already running. */
const PAUSE_SCRIPT = `
local ttl = redis.call('PTTL', KEYS[1])
if ttl < tonumber(ARGV[1]) then redis.call('SET', KEYS[1], '1', 'PX', ARGV[1]) return tonumber(ARGV[1]) end
return ttl`;

export async function pauseChannel(redis: Redis, channel: ChannelName, ms: number): Promise<number> {
  const result = await redis.eval(PAUSE_SCRIPT, 1, channelPauseKey(channel), String(Math.max(1, Math.ceil(ms))));
  return Number(result);
}

/** How long the channel stays paused; 0 when it is not. */
export async function channelPausedForMs(redis: Redis, channel: ChannelName): Promise<number> {
  const ttl = await redis.pttl(channelPauseKey(channel));
  return Math.max(ttl, 0);
}
