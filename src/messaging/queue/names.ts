/**
 * Every BullMQ queue, by name. The hash-tagged prefix keeps each queue's keys in one Redis Cluster slot.
 * Later issues add their processors; the names are fixed here so outbox rows can be validated.
 */
export const QUEUE_PREFIX = '{knvl}';

export const QUEUE_NAMES = [
  'fanout',
  'deliver-telegram',
  'deliver-zalo',
  'deliver-simulator',
  'schedule',
  'notify',
] as const;

export type QueueName = (typeof QUEUE_NAMES)[number];

export function isQueueName(value: string): value is QueueName {
  return (QUEUE_NAMES as readonly string[]).includes(value);
}

/** BullMQ job ids come from database ids; ':' is reserved by BullMQ, so ids use '-'. */
export function outboxJobId(outboxId: number): string {
  return `outbox-${outboxId}`;
}
