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

const READY_WAIT_MS = 2000;

/**
 * Closes a queue after BullMQ's connection check (an INFO sent when the queue opens) has answered: quitting the
 * shared connection before that answer rejects the check with no one listening (an unhandled "Connection is
 * closed"). Redis being away must not hold a shutdown, so the wait is bounded.
 */
export async function closeQueue(queue: Queue): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const bounded = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, READY_WAIT_MS);
  });
  await Promise.race([
    queue.waitUntilReady().then(
      () => undefined,
      () => undefined,
    ),
    bounded,
  ]);
  clearTimeout(timer);
  await queue.close();
}

export async function closeQueues(queues: QueueRegistry): Promise<void> {
  await Promise.all(Object.values(queues).map(closeQueue));
}
