import { type Job, Worker } from 'bullmq';
import type { Kysely } from 'kysely';
import type { QuietHoursRule } from '../../kernel/quiet-hours.ts';
import type { Database } from '../../db/schema.ts';
import type { Logger } from '../../logger.ts';
import { connectRedis } from '../queue/connection.ts';
import { QUEUE_PREFIX } from '../queue/names.ts';
import { runCourseFollowups } from '../schedule/course-followups.ts';
import { closeExpiredVacancies } from '../schedule/deadlines.ts';
import { runDigests } from '../schedule/digests.ts';
import { runEventFollowups } from '../schedule/event-followups.ts';
import { runEventReminders } from '../schedule/event-reminders.ts';
import { runFollowups } from '../schedule/followups.ts';
import { purgeOldRecords } from '../schedule/retention.ts';
import { isScheduleJobName, type ScheduleJobName } from '../schedule/schedulers.ts';

/**
 * The 'schedule' queue's processor: the timing rules (daily digests, 7-day follow-ups, vacancy expiry) and the
 * retention purge, fired by the job schedulers of src/messaging/schedule/schedulers.ts. Each job only writes rows
 * (notifications with not_before outside the quiet hours, statuses) or deletes old ones; the delivery workers send.
 * Every run is idempotent, so a retried or repeated job changes nothing twice.
 */
export interface ScheduleWorkerOptions {
  db: Kysely<Database>;
  redisUrl: string;
  quietHours: QuietHoursRule;
  /** RETENTION_DAYS: how long sent outbox rows and message records are kept. */
  retentionDays: number;
  logger: Logger;
}

export async function runScheduleJob(
  options: Pick<ScheduleWorkerOptions, 'db' | 'quietHours' | 'retentionDays'>,
  name: ScheduleJobName,
  now: Date,
  scheduledFor: Date | null = null,
): Promise<Record<string, number>> {
  const { db, quietHours } = options;
  switch (name) {
    case 'digest':
      return { ...(await runDigests(db, { now, quietHours, scheduledFor })) };
    case 'followup':
      return runFollowups(db, { now, quietHours });
    case 'deadlines':
      return closeExpiredVacancies(db, { now });
    case 'eventReminders':
      return runEventReminders(db, { now, quietHours });
    case 'eventFollowups':
      return runEventFollowups(db, { now, quietHours });
    case 'courseFollowups':
      return runCourseFollowups(db, { now, quietHours });
    case 'retention':
      return { ...(await purgeOldRecords(db, { now, retentionDays: options.retentionDays })) };
  }
}

/** The slot a scheduler's job was made for (BullMQ keeps it as prevMillis). */
function scheduledFor(job: Job): Date | null {
  const millis = (job.opts as { prevMillis?: number }).prevMillis;
  return typeof millis === 'number' && millis > 0 ? new Date(millis) : null;
}

export function startScheduleWorker(options: ScheduleWorkerOptions): { close(): Promise<void> } {
  const connection = connectRedis(options.redisUrl, 'worker', options.logger);
  const worker = new Worker(
    'schedule',
    async (job) => {
      if (!isScheduleJobName(job.name)) return 'ignored';
      const started = Date.now();
      const result = await runScheduleJob(options, job.name, new Date(), scheduledFor(job));
      options.logger.info({ job: job.name, ...result, ms: Date.now() - started }, 'scheduled job done');
      return result;
    },
    { connection, prefix: QUEUE_PREFIX, concurrency: 1 },
  );
  worker.on('failed', (job, error) =>
    options.logger.warn({ job: job?.name, err: { message: error.message } }, 'scheduled job failed'),
  );
  return {
    async close() {
      await worker.close();
      await connection.quit().catch(() => connection.disconnect());
    },
  };
}
