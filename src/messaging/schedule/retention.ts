import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { REPLY_WINDOW_HOURS } from '../../reporting/funnel-queries.ts';

/**
 * Retention (daily job): what the service keeps only to work, deleted after RETENTION_DAYS (default 30).
 *
 * - Sent outbox rows: the relay is done with them (it reads unsent rows only) and BullMQ's de-duplication by job id
 *   needs them for a day at most (finished jobs stay a day, src/messaging/queue/queues.ts).
 * - inbound_events, the record of each message received: its (channel, event_id) key drops an update a platform
 *   delivers twice, and Telegram and Zalo retry an update for at most a day, so a month-old record stops nothing.
 *   The funnel counts "broadcast replies" from these records (a chat that wrote within 48 h after a broadcast
 *   reached it): before a record goes, the first reply it was is written on the broadcast's notification
 *   (notifications.replied_at), in the same statement, and the funnel reads replied_at or the records left, so no
 *   report changes (test/integration/reports/funnel.test.ts).
 *
 * Deleted in batches, one short statement each, so a big table is never locked for long.
 */
export const PURGE_BATCH = 5_000;

export interface PurgeResult {
  outboxDeleted: number;
  eventsDeleted: number;
  repliesRecorded: number;
}

export async function purgeOldRecords(
  db: Kysely<Database>,
  options: { now: Date; retentionDays: number; batchSize?: number },
): Promise<PurgeResult> {
  const cutoff = new Date(options.now.getTime() - options.retentionDays * 24 * 3600_000);
  const batch = options.batchSize ?? PURGE_BATCH;
  const result: PurgeResult = { outboxDeleted: 0, eventsDeleted: 0, repliesRecorded: 0 };
  for (;;) {
    const { rows } = await sql<{ n: number }>`
      WITH old AS (SELECT id FROM outbox WHERE sent_at < ${cutoff} ORDER BY sent_at LIMIT ${batch}),
      gone AS (DELETE FROM outbox o USING old WHERE o.id = old.id RETURNING 1)
      SELECT count(*)::int AS n FROM gone`.execute(db);
    const n = rows[0]?.n ?? 0;
    result.outboxDeleted += n;
    if (n < batch) break;
  }
  for (;;) {
    const { rows } = await sql<{ deleted: number; replies: number }>`
      WITH old AS (SELECT channel, event_id FROM inbound_events WHERE received_at < ${cutoff} ORDER BY received_at LIMIT ${batch}),
      gone AS (
        DELETE FROM inbound_events e USING old WHERE e.channel = old.channel AND e.event_id = old.event_id
        RETURNING e.identity_id, e.received_at
      ),
      span AS (SELECT min(received_at) AS first, max(received_at) AS last FROM gone),
      replies AS (
        SELECT n.id, min(g.received_at) AS at
        FROM span, notifications n JOIN gone g ON g.identity_id = n.identity_id
        WHERE n.kind = 'broadcast' AND n.status = 'sent'
          AND n.sent_at >= span.first - make_interval(hours => ${REPLY_WINDOW_HOURS}::int) AND n.sent_at < span.last
          AND g.received_at > n.sent_at AND g.received_at <= n.sent_at + make_interval(hours => ${REPLY_WINDOW_HOURS}::int)
        GROUP BY n.id
      ),
      recorded AS (
        -- Records go oldest first, so one already written (by an earlier batch) is the first reply.
        UPDATE notifications n SET replied_at = r.at
        FROM replies r WHERE n.id = r.id AND n.replied_at IS NULL
        RETURNING 1
      )
      SELECT (SELECT count(*) FROM gone)::int AS deleted, (SELECT count(*) FROM recorded)::int AS replies`.execute(db);
    const deleted = rows[0]?.deleted ?? 0;
    result.eventsDeleted += deleted;
    result.repliesRecorded += rows[0]?.replies ?? 0;
    if (deleted < batch) break;
  }
  return result;
}
