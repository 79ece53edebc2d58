import type { Kysely, Transaction } from 'kysely';
import { z } from 'zod';
import type { MessageKey, ParamValue } from '../core/i18n/index.ts';
import type { Database } from '../db/schema.ts';
import { addToOutbox } from './outbox.ts';

/**
 * A notice: one short message to one person that something happened (their vacancy was approved, a worker is
 * interested, a vacancy was reported). Written to the outbox in the transaction of the change; the notify worker
 * renders it in the recipient's language at send time and sends it to their most recent reachable private chat.
 * Notices are direct messages: their own queue, never behind bulk alerts or broadcasts.
 */
export type NoticeKey = Extract<MessageKey, `notice.${string}`>;

export interface Notice {
  personId: number;
  key: NoticeKey;
  params?: Readonly<Record<string, ParamValue>>;
}

export const NOTICE_JOB = 'notice';

export const noticePayload = z.object({
  personId: z.number().int().positive(),
  key: z.string().startsWith('notice.'),
  params: z.record(z.string(), z.union([z.string(), z.number()])).default({}),
});

export async function addNotices(trx: Transaction<Database> | Kysely<Database>, notices: readonly Notice[]): Promise<void> {
  if (notices.length === 0) return;
  await addToOutbox(
    trx,
    notices.map((notice) => ({ queue: 'notify' as const, name: NOTICE_JOB, payload: { personId: notice.personId, key: notice.key, params: notice.params ?? {} } })),
  );
}
