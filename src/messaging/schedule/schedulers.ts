import type { Queue } from 'bullmq';
import { TIME_ZONE } from '../../kernel/i18n/index.ts';
import { FOLLOWUP_HOUR } from './timing.ts';

/**
 * The BullMQ job schedulers of the 'schedule' queue: cron patterns in Vietnam time. Upserted on every worker start
 * (idempotent: same id, same pattern → the same single scheduler); schedulers of ours no longer listed are removed.
 * BullMQ adds each next job when the previous one starts, so several worker processes run each slot once.
 */
export const SCHEDULE_JOBS = {
  /** Every hour at :00: the daily digests due that hour (src/messaging/schedule/digests.ts). */
  digest: { pattern: '0 * * * *' },
  /** Every day at 09:00: "did you get the job?" 7 days after "Quan tâm" (src/messaging/schedule/followups.ts). */
  followup: { pattern: `0 ${FOLLOWUP_HOUR} * * *` },
  /** Every hour at :00: vacancies past their deadline close (src/messaging/schedule/deadlines.ts). */
  deadlines: { pattern: '0 * * * *' },
  /** Every quarter hour: event reminders due (src/messaging/schedule/event-reminders.ts). */
  eventReminders: { pattern: '*/15 * * * *' },
  /** Every day at 09:00: the day after an event, "did you get a job?" (src/messaging/schedule/event-followups.ts). */
  eventFollowups: { pattern: `0 ${FOLLOWUP_HOUR} * * *` },
  /**
   * Every day at 09:00: 60 days after a course, "do you work in the trade?"
   * (src/messaging/schedule/course-followups.ts).
   */
  courseFollowups: { pattern: `0 ${FOLLOWUP_HOUR} * * *` },
  /**
   * Every day at 03:00: sent outbox rows and message records past RETENTION_DAYS go
   * (src/messaging/schedule/retention.ts).
   */
  retention: { pattern: '0 3 * * *' },
} as const satisfies Record<string, { pattern: string }>;

export type ScheduleJobName = keyof typeof SCHEDULE_JOBS;

export function isScheduleJobName(name: string): name is ScheduleJobName {
  return Object.hasOwn(SCHEDULE_JOBS, name);
}

/** Scheduler ids (no ':' — BullMQ reserves it); the job name is the key. */
export function schedulerId(name: ScheduleJobName): string {
  return `schedule-${name}`;
}

export async function registerSchedules(queue: Queue): Promise<void> {
  for (const [name, { pattern }] of Object.entries(SCHEDULE_JOBS) as [ScheduleJobName, { pattern: string }][]) {
    await queue.upsertJobScheduler(schedulerId(name), { pattern, tz: TIME_ZONE }, { name, data: {} });
  }
  const wanted = new Set(Object.keys(SCHEDULE_JOBS).map((name) => schedulerId(name as ScheduleJobName)));
  for (const scheduler of await queue.getJobSchedulers(0, -1)) {
    const id = scheduler.id ?? scheduler.key;
    if (id.startsWith('schedule-') && !wanted.has(id)) await queue.removeJobScheduler(id);
  }
}
