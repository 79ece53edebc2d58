import { Worker } from 'bullmq';
import { sql, type Kysely } from 'kysely';
import type { ChannelName } from '../../kernel/message.ts';
import { type Lang, type MessageKey, t } from '../../kernel/i18n/index.ts';
import type { Database } from '../../db/schema.ts';
import type { ReplySender } from '../../inbound/reply-sender.ts';
import type { Logger } from '../../logger.ts';
import { connectRedis } from '../queue/connection.ts';
import { QUEUE_PREFIX } from '../queue/names.ts';
import { subjectParams } from '../queue/notice-subjects.ts';
import { NOTICE_JOB, noticePayload } from '../queue/notices.ts';
import { CHAT_COMMANDS_JOB } from '../queue/chat-commands.ts';

/**
 * Sends notices (src/messaging/queue/notices.ts): renders each in the recipient's language and sends it to their most
 * recently used reachable private chat, through the direct reply path (rate limits waited out, transient errors
 * retried, blocked chats marked unreachable). A person who stopped messages or was erased gets nothing. The job
 * carries ids only: the names a notice shows are read now (src/messaging/queue/notice-subjects.ts), so a worker who
 * erased their data or withdrew their consent meanwhile is not named (that notice is skipped).
 */
export interface NoticeWorkerOptions {
  db: Kysely<Database>;
  redisUrl: string;
  replies: ReplySender;
  /** Channels this process can send on; a notice for another channel waits for a process that can. */
  channels: readonly ChannelName[];
  logger: Logger;
  concurrency?: number;
  /** Sets a person's Telegram "/" menu after their roles changed (jobs of src/messaging/queue/chat-commands.ts). */
  chatCommands?: (data: unknown) => Promise<string>;
}

export type NoticeOutcome = 'sent' | 'skipped' | 'failed';

interface Target {
  language: Lang;
  status: 'active' | 'stopped' | 'deleted';
  channel: ChannelName | null;
  chat_id: string | null;
}

export async function deliverNotice(
  options: Pick<NoticeWorkerOptions, 'db' | 'replies' | 'channels' | 'logger'>,
  data: unknown,
): Promise<NoticeOutcome> {
  const { db, replies, logger } = options;
  const parsed = noticePayload.safeParse(data);
  if (!parsed.success) {
    logger.error({ issues: parsed.error.issues.map((i) => i.message) }, 'notice with a malformed payload dropped');
    return 'failed';
  }
  const { personId, key } = parsed.data;
  const { rows } = await sql<Target>`
    SELECT p.language, p.status, ci.channel, ci.chat_id
    FROM people p
    LEFT JOIN LATERAL (
      SELECT channel, chat_id FROM channel_identities
      WHERE person_id = p.id AND chat_type = 'private' AND reachable AND tombstoned_at IS NULL
        AND channel = ANY(${[...options.channels]}::text[])
      ORDER BY last_seen_at DESC LIMIT 1
    ) ci ON true
    WHERE p.id = ${personId}`.execute(db);
  const target = rows[0];
  if (target?.status !== 'active' || !target.channel || !target.chat_id) {
    logger.info(
      {
        personId,
        key,
        reason: !target ? 'no such person' : target.status !== 'active' ? target.status : 'no reachable chat',
      },
      'notice skipped',
    );
    return 'skipped';
  }
  const subject = await subjectParams(db, parsed.data);
  if (!subject.ok) {
    logger.info({ personId, key, reason: subject.reason }, 'notice skipped');
    return 'skipped';
  }
  const text = t(target.language, key as MessageKey, { ...parsed.data.params, ...subject.params } as never);
  const sent = await replies.send(target.channel, target.chat_id, [{ text }]);
  return sent === 1 ? 'sent' : 'failed';
}

export function startNoticeWorker(options: NoticeWorkerOptions): { close(): Promise<void> } {
  const connection = connectRedis(options.redisUrl, 'worker', options.logger);
  const worker = new Worker(
    'notify',
    async (job) => {
      if (job.name === CHAT_COMMANDS_JOB) return options.chatCommands?.(job.data) ?? 'ignored';
      if (job.name !== NOTICE_JOB) return 'ignored';
      return deliverNotice(options, job.data);
    },
    { connection, prefix: QUEUE_PREFIX, concurrency: options.concurrency ?? 4 },
  );
  worker.on('failed', (job, error) =>
    options.logger.warn({ jobId: job?.id, err: { message: error.message } }, 'notice job failed'),
  );
  return {
    async close() {
      await worker.close();
      await connection.quit().catch(() => connection.disconnect());
    },
  };
}
