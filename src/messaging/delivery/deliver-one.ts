import { DelayedError, type Job, type Queue, UnrecoverableError, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { sql, type Kysely } from 'kysely';
import type { ChannelAdapter, SendFailure } from '../../channels/types.ts';
import type { ChannelName, ChatType } from '../../kernel/message.ts';
import { vietnamIsoDate } from '../../kernel/time.ts';
import { resolveLang } from '../../kernel/i18n/index.ts';
import { isQuietTime, quietHoursEnd, type QuietHoursRule } from '../../kernel/quiet-hours.ts';
import { markUnreachable } from '../../db/identities.ts';
import type { Database, NotificationStatus, StoredNotificationKind } from '../../db/schema.ts';
import type { Logger } from '../../logger.ts';
import { channelPausedForMs, pauseChannel } from './channel-pause.ts';
import { takeGroupSlot } from './group-limit.ts';
import { type PaceRule, takeSendSlot } from './pacer.ts';
import { deliverPayload } from './jobs.ts';
import { liveness } from './liveness.ts';
import type { NotificationKind } from './notification-kind.ts';
import { recordDeferred, recordFailed, recordRetry, recordSent, recordSkipped } from './record.ts';
import type { RenderCache } from './render.ts';

/**
 * One delivery job: one notification, sent at most once.
 *
 * 1. Read the row. Not in flight any more ('sent', 'failed', 'skipped': a repeated job) → nothing. Still 'pending'
 *    with a future not_before (a stale job) → nothing: the feeder queues it when due.
 * 2. Still wanted? (src/messaging/delivery/liveness.ts) Else 'skipped' with the reason. Inside quiet hours → back to
 *    'pending' until they end (a backlog that ran into the evening waits for the morning).
 * 3. Render (src/messaging/delivery/render.ts) in the recipient's language.
 * 4. A group chat over its messages-per-minute → the job is delayed to a later minute (BullMQ DelayedError).
 *    Then it waits for its moment in the channel's sliding second (src/messaging/delivery/pacer.ts). The channel paused
 *    after a 429 → the job goes back to the queue (RateLimitError: no attempt lost).
 * 5. Send, and record what happened:
 *    - ok → 'sent' with the platform message ids (and the alert's choices as the chat's last choices);
 *    - throttled → the whole channel pauses for retry_after (shared by every process), the job is retried;
 *    - recipient_gone / invalid_recipient → the chat is marked unreachable, the row 'skipped'; the liveness
 *      check then skips everything else queued for that chat;
 *    - transient → thrown, BullMQ retries with back-off; at the last attempt 'failed' with the reason;
 *    - fatal → 'failed' at once (UnrecoverableError: no retry).
 *
 * If the process dies after the platform accepted the message and before 'sent' is written, BullMQ's stalled-job
 * check runs the job again and the message is sent a second time: at most one repeat, never a loss.
 */
export interface DeliveryDeps {
  db: Kysely<Database>;
  channel: ChannelName;
  adapter: ChannelAdapter;
  /** For the channel pause and the group counters (fails fast when Redis is away). */
  redis: Redis;
  /** The channel's queue, to pause its limiter after a 429. */
  queue: Queue;
  logger: Logger;
  /** The kinds this process delivers, each with its renderer and liveness rules. */
  kinds: readonly NotificationKind[];
  cache: RenderCache;
  /** Attempts per job (the job's own setting wins). */
  attempts: number;
  groupPerMinute: number;
  /** Sends per sliding window on this channel, across processes (src/messaging/delivery/pacer.ts). */
  pace: PaceRule;
  /** Nothing goes out inside quiet hours; null: no quiet hours. */
  quietHours: QuietHoursRule | null;
  now: () => Date;
  observer?: DeliveryObserver;
  /** Waits between tries to record a send the database refused (default 0.2, 0.5, 1, 2, 4 s). */
  recordRetryDelaysMs?: readonly number[];
}

export type DeliveryMetricOutcome = 'sent' | 'failed' | 'skipped' | 'throttled' | 'retried' | 'deferred';

export interface DeliveryObserver {
  outcome(channel: ChannelName, outcome: DeliveryMetricOutcome): void;
  sendSeconds(channel: ChannelName, seconds: number): void;
}

export type DeliveryOutcome = 'sent' | 'skipped' | 'failed' | 'duplicate' | 'not_due' | 'deferred' | 'dropped';

interface Row {
  id: number;
  kind: StoredNotificationKind;
  ref_id: number;
  person_id: number | null;
  identity_id: number;
  channel: ChannelName;
  status: NotificationStatus;
  not_before: Date;
  chat_id: string | null;
  chat_type: ChatType | null;
  language: string | null;
  skip_reason: string | null;
}

async function loadRow(
  db: Kysely<Database>,
  kinds: readonly NotificationKind[],
  id: number,
  today: string,
): Promise<Row | null> {
  const alive = liveness(kinds, today);
  const { rows } = await sql<Row>`/* prepared:delivery_row */
    SELECT n.id, n.kind, n.ref_id, n.person_id, n.identity_id, n.channel, n.status, n.not_before,
      ci.chat_id, ci.chat_type, p.language, ${alive.skipReason} AS skip_reason
    FROM notifications n
    ${alive.joins}
    WHERE n.id = ${id}`.execute(db);
  return rows[0] ?? null;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export async function deliverNotification(deps: DeliveryDeps, job: Job, token?: string): Promise<DeliveryOutcome> {
  const { db, channel, logger } = deps;
  const parsed = deliverPayload.safeParse(job.data);
  if (!parsed.success) {
    logger.error({ jobId: job.id }, 'delivery job with a malformed payload dropped');
    return 'dropped';
  }
  const id = parsed.data.notificationId;
  const now = deps.now();
  const row = await loadRow(db, deps.kinds, id, vietnamIsoDate(now));
  if (!row) {
    logger.warn({ notificationId: id }, 'delivery job for a notification that does not exist; dropped');
    return 'dropped';
  }
  if (row.status !== 'queued' && row.status !== 'pending') return 'duplicate';
  if (row.status === 'pending' && row.not_before.getTime() > now.getTime()) return 'not_due';
  if (row.channel !== channel) {
    logger.error(
      { notificationId: id, rowChannel: row.channel, channel },
      'delivery job on the wrong channel queue; dropped',
    );
    return 'dropped';
  }
  if (row.skip_reason !== null || row.chat_id === null || row.chat_type === null) {
    await recordSkipped(db, id, row.skip_reason ?? 'chat erased');
    deps.observer?.outcome(channel, 'skipped');
    return 'skipped';
  }
  if (deps.quietHours && isQuietTime(now, deps.quietHours)) {
    const until = quietHoursEnd(now, deps.quietHours)!;
    await recordDeferred(db, id, until);
    deps.observer?.outcome(channel, 'deferred');
    return 'deferred';
  }

  const rendered = await deps.cache.render(db, deps.kinds, {
    notificationId: id,
    kind: row.kind,
    refId: row.ref_id,
    personId: row.person_id,
    identityId: row.identity_id,
    channel,
    chatType: row.chat_type,
    lang: row.person_id === null ? 'vi' : resolveLang(row.language),
  });
  if (!rendered.ok) {
    await recordSkipped(db, id, rendered.skip);
    deps.observer?.outcome(channel, 'skipped');
    return 'skipped';
  }

  if (row.chat_type === 'group') {
    const slot = await takeGroupSlot(deps.redis, channel, row.chat_id, deps.groupPerMinute, now.getTime());
    if (!slot.ok) {
      await job.moveToDelayed(slot.retryAt, token);
      throw new DelayedError();
    }
  }
  await waitForSendSlot(deps);

  const started = performance.now();
  const result = await deps.adapter.send(row.chat_id, rendered.message);
  deps.observer?.sendSeconds(channel, (performance.now() - started) / 1000);

  if (result.ok) {
    const choices = row.chat_type === 'private' ? (rendered.message.choices ?? null) : null;
    await recordWithRetries(deps, () => recordSent(db, id, result.messageIds, choices));
    deps.observer?.outcome(channel, 'sent');
    return 'sent';
  }
  return handleFailure(deps, job, row as Row & { chat_id: string }, result.failure);
}

/** Waits for this send's moment (src/messaging/delivery/pacer.ts); a channel paused after a 429 sends the job back. */
async function waitForSendSlot(deps: DeliveryDeps): Promise<void> {
  const slot = await takeSendSlot(deps.redis, deps.channel, deps.pace);
  if (slot.kind === 'paused') return backOff(deps, slot.ms);
  if (slot.waitMs > 0) {
    await sleep(slot.waitMs);
    // A 429 may have come back while this job waited for its moment.
    const pausedMs = await channelPausedForMs(deps.redis, deps.channel);
    if (pausedMs > 0) return backOff(deps, pausedMs);
  }
}

/** The channel is paused after a 429: the job goes back to the queue without losing an attempt. */
async function backOff(deps: DeliveryDeps, ms: number): Promise<never> {
  await deps.queue.rateLimit(ms);
  throw Worker.RateLimitError();
}

async function handleFailure(
  deps: DeliveryDeps,
  job: Job,
  row: Row & { chat_id: string },
  failure: SendFailure,
): Promise<DeliveryOutcome> {
  const { db, channel, logger } = deps;
  const why = `${failure.kind}: ${failure.detail}`;
  switch (failure.kind) {
    case 'throttled': {
      const ms = Math.max(100, failure.retryAfterMs);
      await pauseChannel(deps.redis, channel, ms);
      await deps.queue.rateLimit(ms);
      await recordRetry(db, row.id, why);
      deps.observer?.outcome(channel, 'throttled');
      logger.warn({ channel, retryAfterMs: ms }, 'platform rate limit: channel paused');
      throw Worker.RateLimitError();
    }
    case 'recipient_gone':
    case 'invalid_recipient':
      await markUnreachable(db, channel, row.chat_id, why);
      await recordSkipped(db, row.id, why, true);
      deps.observer?.outcome(channel, 'skipped');
      logger.info(
        { channel, notificationId: row.id, kind: failure.kind },
        'chat unreachable; marked so nothing more is sent',
      );
      return 'skipped';
    case 'transient': {
      const attempts = job.opts.attempts ?? deps.attempts;
      if (job.attemptsMade + 1 >= attempts) {
        await recordFailed(db, row.id, why);
        deps.observer?.outcome(channel, 'failed');
        logger.warn(
          { channel, notificationId: row.id, attempts, detail: failure.detail },
          'delivery failed after the last attempt',
        );
        throw new UnrecoverableError(why);
      }
      await recordRetry(db, row.id, why);
      deps.observer?.outcome(channel, 'retried');
      throw new Error(why);
    }
    case 'fatal':
      await recordFailed(db, row.id, why);
      deps.observer?.outcome(channel, 'failed');
      logger.error({ channel, notificationId: row.id, detail: failure.detail }, 'delivery failed (fatal)');
      throw new UnrecoverableError(why);
  }
}

/**
 * The platform has the message: recording it must not be given up lightly (a retried job would send it again).
 * A database hiccup is waited out for a few seconds before the error goes to BullMQ.
 */
async function recordWithRetries(deps: DeliveryDeps, record: () => Promise<boolean>): Promise<void> {
  const delays = deps.recordRetryDelaysMs ?? [200, 500, 1000, 2000, 4000];
  for (let attempt = 0; ; attempt += 1) {
    try {
      await record();
      return;
    } catch (error) {
      const wait = delays[attempt];
      if (wait === undefined) throw error;
      deps.logger.warn(
        { channel: deps.channel, err: { message: (error as Error).message } },
        'recording a sent message failed; retrying',
      );
      await sleep(wait);
    }
  }
}
