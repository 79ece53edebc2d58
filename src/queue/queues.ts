import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { QUEUE_NAMES, QUEUE_PREFIX, type QueueName } from './names.ts';

/** Finished jobs are kept a day (so a repeated outbox relay is still deduplicated by job id), then removed. */
export const DEFAULT_JOB_OPTIONS = {
  removeOnComplete: { age: 24 * 3600, count: 50_000 },
  removeOnFail: { age: 7 * 24 * 3600 },
} as const;

export type QueueRegistry = Record<QueueName, Queue>;

export function createQueues(connection: Redis): QueueRegistry {
  const entries = QUEUE_NAMES.map((name) => [
    name,
    new Queue(name, { connection, prefix: QUEUE_PREFIX, defaultJobOptions: DEFAULT_JOB_OPTIONS }),
  ]);
  return Object.fromEntries(entries) as QueueRegistry;
}

export async function closeQueues(queues: QueueRegistry): Promise<void> {
  await Promise.all(Object.values(queues).map((queue) => queue.close()));
}
