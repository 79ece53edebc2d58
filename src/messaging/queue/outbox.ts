import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { isQueueName, type QueueName } from './names.ts';

/**
 * Writing work for the queue: call inside the same transaction as the change that causes it,
 * so either both happen or neither does. The relay moves the row to BullMQ afterwards.
 */
export interface OutboxMessage {
  queue: QueueName;
  name: string;
  payload: unknown;
  /** Not before this time (e.g. a broadcast scheduled for tomorrow morning). */
  availableAt?: Date;
}

export async function addToOutbox(
  trx: Transaction<Database> | Kysely<Database>,
  messages: OutboxMessage | OutboxMessage[],
): Promise<number[]> {
  const list = Array.isArray(messages) ? messages : [messages];
  if (list.length === 0) return [];
  for (const message of list) {
    if (!isQueueName(message.queue)) throw new Error(`Unknown queue ${JSON.stringify(message.queue)}`);
    if (!message.name) throw new Error('An outbox message needs a job name');
  }
  const rows = await trx
    .insertInto('outbox')
    .values(
      list.map((m) => ({
        queue: m.queue,
        job_name: m.name,
        payload: JSON.stringify(m.payload ?? null),
        ...(m.availableAt ? { available_at: m.availableAt } : {}),
      })),
    )
    .returning('id')
    .execute();
  return rows.map((r) => r.id);
}
