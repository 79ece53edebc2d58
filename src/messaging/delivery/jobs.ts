import { z } from 'zod';
import type { ChannelName } from '../../kernel/message.ts';
import type { QueueName } from '../queue/names.ts';

/**
 * Delivery jobs: one BullMQ job per notification row in the window, on the queue `deliver-<channel>`.
 * The job carries only the row id; everything else is read from PostgreSQL when the job runs.
 */
export const DELIVER_JOB = 'deliver';

export const deliverPayload = z.object({ notificationId: z.number().int().positive().max(Number.MAX_SAFE_INTEGER) });
export type DeliverPayload = z.infer<typeof deliverPayload>;

/** One job per notification: a row fed twice (two feeders, a crash before commit) is one job while it exists. */
export function deliveryJobId(notificationId: number): string {
  return `n-${notificationId}`;
}

export function deliveryQueueName(channel: ChannelName): QueueName {
  return `deliver-${channel}`;
}

/** BullMQ's largest priority. */
const MAX_BULL_PRIORITY = 2_097_152;

/**
 * The row's priority as a BullMQ priority. Both are "lower is sooner", but BullMQ's 0 means "no priority" and puts
 * a job AHEAD of every prioritised one, so the row's value is shifted by one (row 0 → 1, vacancy 1 → 2, broadcast 3 →
 * 4).
 */
export function bullPriority(rowPriority: number): number {
  return Math.min(MAX_BULL_PRIORITY, Math.max(1, Math.trunc(rowPriority) + 1));
}
