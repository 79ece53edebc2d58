import type { Kysely, Transaction } from 'kysely';
import { z } from 'zod';
import type { MessageKey, ParamValue } from '../../kernel/i18n/index.ts';
import type { Database } from '../../db/schema.ts';
import { addToOutbox } from './outbox.ts';

/**
 * A notice: one short message to one person that something happened (their vacancy was approved, a worker is
 * interested, a vacancy was reported). Written to the outbox in the transaction of the change; the notify worker
 * renders it in the recipient's language at send time and sends it to their most recent reachable private chat.
 * Notices are direct messages: their own queue, never behind bulk alerts or broadcasts.
 *
 * The outbox row and the BullMQ job carry ids, never personal text: a notice that names someone (a worker's
 * interest, with their name and phone) carries what it is about (`applicationId`, `employerId`), and the worker
 * reads the names when it sends (src/messaging/workers/notify.ts), only while the person still shares them. Params hold
 * only what is not personal: a vacancy title, a count, an official's rejection reason.
 */
export type NoticeKey = Extract<MessageKey, `notice.${string}`>;

/** Notices whose text names the worker of an application: sent only while that worker shares their contact. */
type ApplicationNoticeKey = 'notice.interest_employer' | 'notice.interest_official';
/** Notices whose text names an employer. */
type EmployerNoticeKey = 'notice.employer_verified';

export type Notice =
  | { personId: number; key: ApplicationNoticeKey; applicationId: number }
  | { personId: number; key: EmployerNoticeKey; employerId: number }
  | {
      personId: number;
      key: Exclude<NoticeKey, ApplicationNoticeKey | EmployerNoticeKey>;
      params?: Readonly<Record<string, ParamValue>>;
    };

export const NOTICE_JOB = 'notice';

export const ABOUT_APPLICATION: ReadonlySet<string> = new Set<ApplicationNoticeKey>([
  'notice.interest_employer',
  'notice.interest_official',
]);
export const ABOUT_EMPLOYER: ReadonlySet<string> = new Set<EmployerNoticeKey>(['notice.employer_verified']);

const id = z.number().int().positive().max(Number.MAX_SAFE_INTEGER);

export const noticePayload = z.object({
  personId: id,
  key: z.string().startsWith('notice.'),
  params: z.record(z.string(), z.union([z.string(), z.number()])).default({}),
  applicationId: id.optional(),
  employerId: id.optional(),
});
export type NoticePayload = z.infer<typeof noticePayload>;

export async function addNotices(
  trx: Transaction<Database> | Kysely<Database>,
  notices: readonly Notice[],
): Promise<void> {
  if (notices.length === 0) return;
  await addToOutbox(
    trx,
    notices.map((notice) => ({
      queue: 'notify' as const,
      name: NOTICE_JOB,
      payload: {
        personId: notice.personId,
        key: notice.key,
        params: 'params' in notice ? (notice.params ?? {}) : {},
        ...('applicationId' in notice ? { applicationId: notice.applicationId } : {}),
        ...('employerId' in notice ? { employerId: notice.employerId } : {}),
      },
    })),
  );
}
