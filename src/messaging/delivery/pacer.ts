import type { Redis } from 'ioredis';
import type { ChannelName } from '../../kernel/message.ts';
import { QUEUE_PREFIX } from '../queue/names.ts';
import { channelPauseKey } from './channel-pause.ts';

/**
 * The moment of each platform call, shared by every process through Redis: at most `limit` sends in any sliding
 * window of `windowUs` (the rate's second plus a margin).
 *
 * Why, besides BullMQ's limiter: the limiter counts job *starts* in fixed windows; the platform counts *arrivals*.
 * Between the two lie a database read and the rendering, whose time varies with load: on a busy 2-core machine a
 * 40/s limiter put 56 sends into one second at the platform. A token bucket (Telegram) absorbs that; a platform
 * that counts every sliding second refuses the excess. So the limiter stays in front (jobs do not start much
 * faster than they can go out, in bursts of a quarter second's worth) and this log decides each send's moment.
 *
 * The log is a sorted set of send moments (Redis' clock, µs), past and reserved. A caller gets now if the window
 * ending now has room, else the first moment at which it will: the moment the `limit`-th most recent entry leaves
 * the window. Every caller gets its own moment (no herd of waiters re-asking when one slot frees), in O(log n).
 * The margin (0.02: the second counted as 1,020 ms) absorbs up to 20 ms of jitter between the moment and the
 * arrival; the sustained rate is rate / (1 + margin).
 *
 * One script: a channel paused after a 429 → how long (the job goes back to the queue); else the moment, as a
 * wait in ms (0: now).
 */
export function pacerKey(channel: ChannelName): string {
  return `${QUEUE_PREFIX}:delivery:${channel}:sends`;
}

const SCRIPT = `
local paused = redis.call('PTTL', KEYS[2])
if paused > 0 then return {1, paused, '0'} end
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
local limit = tonumber(ARGV[1])
local window = tonumber(ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', string.format('%.0f', now - window))
local n = redis.call('ZCARD', KEYS[1])
local at = now
if n >= limit then
  local entry = redis.call('ZRANGE', KEYS[1], n - limit, n - limit, 'WITHSCORES')
  local free = tonumber(entry[2]) + window
  if free > at then at = free end
end
local stamp = string.format('%.0f', at)
redis.call('ZADD', KEYS[1], stamp, stamp .. ':' .. ARGV[3])
redis.call('PEXPIRE', KEYS[1], math.ceil((at - now + window) / 1000) + 1000)
return {0, math.ceil((at - now) / 1000), stamp}`;

export interface PaceRule {
  /** Sends allowed in one window. */
  limit: number;
  /** The window, in microseconds. */
  windowUs: number;
}

/** `rate` per second with `margin` (0.02: the second is counted as 1,020 ms). Fractional rates use a longer window. */
export function paceRule(rate: number, margin: number): PaceRule {
  const limit = Math.max(1, Math.floor(rate));
  return { limit, windowUs: Math.ceil(((limit * 1_000_000) / rate) * (1 + margin)) };
}

/** paused: after a 429, for `ms`; else send in `waitMs` (0: now), at `atUs` on Redis' clock. */
export type SendSlot = { kind: 'paused'; ms: number } | { kind: 'slot'; waitMs: number; atUs: number };

let sequence = 0;
const processTag = `${process.pid}-${Math.random().toString(36).slice(2, 8)}`;

export async function takeSendSlot(redis: Redis, channel: ChannelName, rule: PaceRule): Promise<SendSlot> {
  sequence += 1;
  const [paused, ms, at] = (await redis.eval(
    SCRIPT,
    2,
    pacerKey(channel),
    channelPauseKey(channel),
    String(rule.limit),
    String(rule.windowUs),
    `${processTag}-${sequence}`,
  )) as [number, number, string];
  if (paused === 1) return { kind: 'paused', ms: Number(ms) };
  return { kind: 'slot', waitMs: Number(ms), atUs: Number(at) };
}

const NOTE_SCRIPT = `
local t = redis.call('TIME')
local stamp = string.format('%.0f', tonumber(t[1]) * 1000000 + tonumber(t[2]))
redis.call('ZADD', KEYS[1], stamp, stamp .. ':' .. ARGV[1])
if redis.call('PTTL', KEYS[1]) < tonumber(ARGV[2]) then redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return 1`;

/**
 * A direct reply (or notice) that went out on `channel`, entered in the same log bulk delivery paces itself by:
 * replies never wait for a slot, but the alerts and broadcasts after them leave room for them, so the two together
 * stay within the platform's rate.
 */
export async function noteDirectSend(redis: Redis, channel: ChannelName): Promise<void> {
  sequence += 1;
  await redis.eval(NOTE_SCRIPT, 1, pacerKey(channel), `${processTag}-d${sequence}`, '3000');
}
