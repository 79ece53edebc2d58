import type { Redis } from 'ioredis';
import type { ChannelName } from '../../kernel/message.ts';
import { QUEUE_PREFIX } from '../queue/names.ts';

/**
 * At most `perMinute` messages a minute to one group chat (Telegram allows about 20 a minute in a group), counted
 * in Redis per group per clock minute so every worker process shares the count. Over it, the message gets a later
 * minute: the k-th message over the limit goes ⌈k/perMinute⌉ minutes later, spread across that minute, so a group
 * with a backlog drains at the limit instead of every message retrying at the next minute.
 */
export type GroupSlot = { ok: true } | { ok: false; retryAt: number };

const MINUTE_MS = 60_000;

export function groupCounterKey(channel: ChannelName, chatId: string, minute: number): string {
  return `${QUEUE_PREFIX}:delivery:group:${channel}:${chatId}:${minute}`;
}

export async function takeGroupSlot(
  redis: Redis,
  channel: ChannelName,
  chatId: string,
  perMinute: number,
  nowMs: number,
): Promise<GroupSlot> {
  const minute = Math.floor(nowMs / MINUTE_MS);
  const key = groupCounterKey(channel, chatId, minute);
  const replies = await redis
    .multi()
    .incr(key)
    .pexpire(key, 2 * MINUTE_MS)
    .exec();
  const count = Number(replies?.[0]?.[1] ?? 0);
  if (count === 0) throw new Error('group counter: no answer from Redis');
  return slotFor(count, perMinute, minute);
}

/** Pure: the count this message got in its minute → go now, or when. */
export function slotFor(count: number, perMinute: number, minute: number): GroupSlot {
  if (count <= perMinute) return { ok: true };
  const over = count - perMinute; // 1 for the first message over the limit
  const minutesLater = Math.ceil(over / perMinute);
  const place = (over - 1) % perMinute;
  return { ok: false, retryAt: (minute + minutesLater) * MINUTE_MS + Math.floor((place * MINUTE_MS) / perMinute) };
}
