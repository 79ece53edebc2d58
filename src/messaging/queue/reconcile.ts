import { type Kysely, sql } from 'kysely';
import { vietnamIsoDate } from '../../kernel/time.ts';
import type { Database } from '../../db/schema.ts';
import { deliveryJobId, deliveryQueueName } from '../delivery/jobs.ts';
import { BROADCAST_CREATED_JOB, VACANCY_APPROVED_JOB } from '../fanout/jobs.ts';
import type { Logger } from '../../logger.ts';
import { isQueueName } from './names.ts';
import type { QueueRegistry } from './queues.ts';

/**
 * Reconcile: make Redis hold again the work PostgreSQL says is in flight, after Redis lost it (wiped, failed over,
 * restored from an old snapshot). Run at the start of every process that runs workers, and by
 * `npm run cli -- reconcile`. Safe while workers run, and safe to run twice at once: it only ever
 *
 * (a) puts a 'queued' notification whose delivery job (`n-<id>` in `deliver-<channel>`) no longer exists back to
 *     'pending', so the delivery feeder queues it again. A job that exists in any state (waiting, active, completed,
 *     failed) leaves its row alone; a row queued again after the check (a newer queued_at) is not touched either.
 *     If Redis lost a job while a worker was sending it, that one message may go out twice (the worker finishes
 *     the send it had started; the re-queued copy is sent again): the at-most-one-repeat the README allows;
 * (b) adds a fan-out job again, with a deterministic id (`fanout-vacancy-<id>`, `fanout-broadcast-<id>`, so BullMQ
 *     ignores a second copy while one exists), for an approved, unexpired vacancy or a due, not cancelled broadcast
 *     whose fan-out never finished (fanned_out_at NULL) — unless its outbox row is still waiting for the relay or a
 *     fan-out job for it is still waiting, delayed or running. A fan-out that ran twice writes nothing twice (its
 *     INSERT … ON CONFLICT DO NOTHING), so the remaining races cost a little work, never a message;
 * (c) nothing for the outbox: rows stay until the relay has moved them.
 */

export type FanoutKind = 'vacancy' | 'broadcast';

/** The fan-out job reconcile adds: the same name and payload as the outbox row that started it the first time. */
export const FANOUT_JOBS = {
  vacancy: { name: VACANCY_APPROVED_JOB, payload: (id: number) => ({ vacancyId: id }) },
  broadcast: { name: BROADCAST_CREATED_JOB, payload: (id: number) => ({ broadcastId: id }) },
} as const satisfies Record<FanoutKind, { name: string; payload: (id: number) => Record<string, number> }>;

export function fanoutJobId(kind: FanoutKind, id: number): string {
  return `fanout-${kind}-${id}`;
}

export interface ReconcileOptions {
  db: Kysely<Database>;
  queues: QueueRegistry;
  logger?: Logger;
  /** Notifications checked per Redis round trip (default 500). */
  batchSize?: number;
  /** Stops between batches (process shutdown); what was done so far stays done. */
  signal?: AbortSignal;
}

export interface ReconcileResult {
  /** 'queued' notifications whose job was looked for. */
  notificationsChecked: number;
  /** Of those, put back to 'pending' (their job was gone). */
  notificationsRequeued: number;
  /** Fan-outs added to the queue again, by kind, with their row ids. */
  fanoutsRestarted: { vacancy: number[]; broadcast: number[] };
  /** Unfinished fan-outs left alone because their outbox row or a fan-out job is still on the way. */
  fanoutsUnderWay: number;
}

/** "re-queued 3 notifications (of 10 queued), re-started 2 fan-outs (1 vacancy, 1 broadcast)". */
export function describeReconcile(result: ReconcileResult): string {
  const restarted = result.fanoutsRestarted.vacancy.length + result.fanoutsRestarted.broadcast.length;
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  const parts = [
    `re-queued ${plural(result.notificationsRequeued, 'notification', 'notifications')} (of ${result.notificationsChecked} queued)`,
    `re-started ${plural(restarted, 'fan-out', 'fan-outs')} (${plural(result.fanoutsRestarted.vacancy.length, 'vacancy', 'vacancies')}, ${plural(result.fanoutsRestarted.broadcast.length, 'broadcast', 'broadcasts')})`,
  ];
  if (result.fanoutsUnderWay > 0)
    parts.push(`${plural(result.fanoutsUnderWay, 'fan-out', 'fan-outs')} still under way left alone`);
  return parts.join(', ');
}

export async function reconcile(options: ReconcileOptions): Promise<ReconcileResult> {
  const notifications = await requeueLostNotifications(options);
  const fanouts = await restartUnfinishedFanouts(options);
  const result: ReconcileResult = { ...notifications, ...fanouts };
  options.logger?.info(
    {
      notificationsChecked: result.notificationsChecked,
      notificationsRequeued: result.notificationsRequeued,
      vacanciesRestarted: result.fanoutsRestarted.vacancy.length,
      broadcastsRestarted: result.fanoutsRestarted.broadcast.length,
      fanoutsUnderWay: result.fanoutsUnderWay,
    },
    `reconcile: ${describeReconcile(result)}`,
  );
  return result;
}

// --- (a) notifications ---------------------------------------------------------------------------

interface QueuedRow {
  id: number;
  queued_at: Date | null;
}

async function requeueLostNotifications(
  options: ReconcileOptions,
): Promise<Pick<ReconcileResult, 'notificationsChecked' | 'notificationsRequeued'>> {
  const { db, queues, logger } = options;
  const batchSize = options.batchSize ?? 500;
  let checked = 0;
  let requeued = 0;

  const channels = await db
    .selectFrom('notifications')
    .select('channel')
    .distinct()
    .where('status', '=', 'queued')
    .execute();
  for (const { channel } of channels) {
    const queueName = deliveryQueueName(channel);
    if (!isQueueName(queueName)) {
      logger?.warn({ channel }, 'reconcile: queued notifications for a channel without a delivery queue; left alone');
      continue;
    }
    const queue = queues[queueName];
    let after = 0;
    for (;;) {
      if (options.signal?.aborted) return { notificationsChecked: checked, notificationsRequeued: requeued };
      // The database's clock, read with the batch: a row queued again after this moment is not touched.
      const { rows } = await sql<QueuedRow & { read_at: Date }>`
        SELECT id, queued_at, now() AS read_at FROM notifications
        WHERE status = 'queued' AND channel = ${channel} AND id > ${after}
        ORDER BY id LIMIT ${batchSize}`.execute(db);
      const last = rows.at(-1);
      if (!last) break;
      after = Number(last.id);
      checked += rows.length;

      const jobs = await Promise.all(rows.map((row) => queue.getJob(deliveryJobId(Number(row.id)))));
      const lost = rows.filter((_, i) => jobs[i] === undefined).map((row) => Number(row.id));
      if (lost.length > 0) {
        const readAt = last.read_at;
        const updated = await db
          .updateTable('notifications')
          .set({ status: 'pending', queued_at: null })
          .where('id', 'in', lost)
          .where('status', '=', 'queued')
          .where((eb) => eb.or([eb('queued_at', 'is', null), eb('queued_at', '<=', readAt)]))
          .executeTakeFirst();
        requeued += Number(updated.numUpdatedRows);
      }
      if (rows.length < batchSize) break;
    }
  }
  return { notificationsChecked: checked, notificationsRequeued: requeued };
}

// --- (b) fan-outs --------------------------------------------------------------------------------

interface Unfinished {
  kind: FanoutKind;
  id: number;
}

const key = (kind: FanoutKind, id: number) => `${kind}-${id}`;

/** The vacancy or broadcast a fan-out job or outbox row is about, from its name and payload. */
function fanoutSubject(name: string, payload: unknown): string | null {
  if (typeof payload !== 'object' || payload === null) return null;
  const data = payload as Record<string, unknown>;
  if (name === FANOUT_JOBS.vacancy.name && Number.isSafeInteger(Number(data['vacancyId'])))
    return key('vacancy', Number(data['vacancyId']));
  if (name === FANOUT_JOBS.broadcast.name && Number.isSafeInteger(Number(data['broadcastId'])))
    return key('broadcast', Number(data['broadcastId']));
  return null;
}

async function unfinishedFanouts(db: Kysely<Database>): Promise<Unfinished[]> {
  // A vacancy past its deadline (Vietnam's calendar) is not sent any more: nothing to finish.
  const { rows } = await sql<Unfinished>`
    SELECT 'vacancy' AS kind, id FROM vacancies
    WHERE status = 'approved' AND fanned_out_at IS NULL AND deadline >= ${vietnamIsoDate(new Date())}::date
    UNION ALL
    SELECT 'broadcast' AS kind, id FROM broadcasts
    WHERE fanned_out_at IS NULL AND status <> 'cancelled' AND send_at <= now()
    ORDER BY kind, id`.execute(db);
  return rows.map((row) => ({ kind: row.kind, id: Number(row.id) }));
}

async function restartUnfinishedFanouts(
  options: ReconcileOptions,
): Promise<Pick<ReconcileResult, 'fanoutsRestarted' | 'fanoutsUnderWay'>> {
  const { db, queues } = options;
  const fanoutsRestarted: ReconcileResult['fanoutsRestarted'] = { vacancy: [], broadcast: [] };
  const candidates = await unfinishedFanouts(db);
  if (candidates.length === 0 || options.signal?.aborted) return { fanoutsRestarted, fanoutsUnderWay: 0 };

  // Still on the way: an outbox row the relay has not moved yet, or a fan-out job not finished (whatever its id).
  // Read in this order (outbox, then Redis), a row the relay moves in between is seen in one or the other.
  const underWay = new Set<string>();
  const outbox = await db
    .selectFrom('outbox')
    .select(['job_name', 'payload'])
    .where('queue', '=', 'fanout')
    .where('sent_at', 'is', null)
    .execute();
  for (const row of outbox) {
    const subject = fanoutSubject(row.job_name, row.payload);
    if (subject) underWay.add(subject);
  }
  const live = await queues.fanout.getJobs(['waiting', 'prioritized', 'delayed', 'active', 'waiting-children'], 0, -1);
  for (const job of live) {
    const subject = fanoutSubject(job.name, job.data);
    if (subject) underWay.add(subject);
  }

  // Finished meanwhile (the fan-out set fanned_out_at after the first read): nothing to do.
  const stillUnfinished = new Set((await unfinishedFanouts(db)).map((c) => key(c.kind, c.id)));
  const toRestart = candidates.filter(
    (c) => stillUnfinished.has(key(c.kind, c.id)) && !underWay.has(key(c.kind, c.id)),
  );
  const fanoutsUnderWay = candidates.filter(
    (c) => stillUnfinished.has(key(c.kind, c.id)) && underWay.has(key(c.kind, c.id)),
  ).length;

  for (const { kind, id } of toRestart) {
    if (options.signal?.aborted) break;
    const jobId = fanoutJobId(kind, id);
    // A job of ours that already finished (failed for good, or completed without finishing the row) would make
    // BullMQ ignore the new one: it goes first.
    const previous = await queues.fanout.getJob(jobId);
    if (previous) {
      const state = await previous.getState();
      if (state === 'failed' || state === 'completed') await previous.remove();
      else continue;
    }
    await queues.fanout.add(FANOUT_JOBS[kind].name, FANOUT_JOBS[kind].payload(id), { jobId });
    fanoutsRestarted[kind].push(id);
  }
  return { fanoutsRestarted, fanoutsUnderWay };
}
