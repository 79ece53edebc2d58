import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { isQuietTime, type QuietHoursRule } from '../../kernel/quiet-hours.ts';
import { DAY_MS, fromVietnamWallClock, HOUR_MS, vietnamWallClock } from '../../kernel/time.ts';

/**
 * Reminders to the people registered for an event (issue 14): the evening before at 19:00 (Vietnam) and two hours
 * before it starts, each once (event_registrations.reminded_evening_at / reminded_soon_at), for 'registered' people
 * only. A time inside the quiet hours moves earlier, to the last hour before they began (a 07:30 fair's "two hours
 * before" goes out at 20:00 the evening before); a "soon" reminder that lands at or before the evening one is not
 * sent twice. The job runs every quarter hour and writes notification rows (ref = the registration), rendered by
 * src/features/event-registration/notifications.ts; a registration made after a reminder's time does not get it.
 */
export const EVENING_REMINDER_KIND = 'event_reminder_evening';
export const SOON_REMINDER_KIND = 'event_reminder_soon';
export const EVENING_REMINDER_HOUR = 19;
export const SOON_REMINDER_HOURS = 2;
/** Sooner than vacancy alerts: a reminder is time-bound. */
const REMINDER_PRIORITY = 1;

/** `at`, or when it is quiet, the hour before the quiet time it falls in began. */
export function earlierIfQuiet(at: Date, quiet: QuietHoursRule): Date {
  if (!isQuietTime(at, quiet)) return at;
  const clock = vietnamWallClock(at);
  const startedToday = quiet.startHour < quiet.endHour || clock.h >= quiet.startHour;
  const began = fromVietnamWallClock(clock.y, clock.m, clock.d - (startedToday ? 0 : 1), quiet.startHour);
  return new Date(began.getTime() - HOUR_MS);
}

export interface ReminderTimes {
  evening: Date;
  /** null: the evening reminder already falls at or after it. */
  soon: Date | null;
}

export function reminderTimes(startsAt: Date, quiet: QuietHoursRule): ReminderTimes {
  const day = vietnamWallClock(startsAt);
  const evening = earlierIfQuiet(fromVietnamWallClock(day.y, day.m, day.d - 1, EVENING_REMINDER_HOUR), quiet);
  const soon = earlierIfQuiet(new Date(startsAt.getTime() - SOON_REMINDER_HOURS * HOUR_MS), quiet);
  return { evening, soon: soon.getTime() > evening.getTime() ? soon : null };
}

/** Which reminder is due now, if any: the latest whose time has come (a late run skips the evening one). */
export function dueReminder(startsAt: Date, now: Date, quiet: QuietHoursRule): { kind: string; at: Date } | null {
  if (now.getTime() >= startsAt.getTime()) return null;
  const { evening, soon } = reminderTimes(startsAt, quiet);
  if (soon && now.getTime() >= soon.getTime()) return { kind: SOON_REMINDER_KIND, at: soon };
  if (now.getTime() >= evening.getTime()) return { kind: EVENING_REMINDER_KIND, at: evening };
  return null;
}

export interface EventReminderRunOptions {
  now: Date;
  quietHours: QuietHoursRule;
}

export async function runEventReminders(
  db: Kysely<Database>,
  { now, quietHours }: EventReminderRunOptions,
): Promise<{ reminded: number }> {
  const events = await db
    .selectFrom('events')
    .select(['id', 'starts_at'])
    .where('status', 'in', ['scheduled', 'announced'])
    .where('starts_at', '>', now)
    .where('starts_at', '<=', new Date(now.getTime() + 2 * DAY_MS))
    .execute();
  let reminded = 0;
  for (const event of events) {
    const due = dueReminder(event.starts_at, now, quietHours);
    if (due) reminded += await remind(db, event.id, due.kind, due.at, now);
  }
  return { reminded };
}

/** One statement: the rows and the marks, so a re-run writes nothing twice (and both marks after "soon"). */
async function remind(db: Kysely<Database>, eventId: number, kind: string, dueAt: Date, now: Date): Promise<number> {
  const soon = kind === SOON_REMINDER_KIND;
  const notYet = soon ? sql`r.reminded_soon_at IS NULL` : sql`r.reminded_evening_at IS NULL`;
  const { rows } = await sql<{ reminded: number }>`
    WITH target AS (
      SELECT r.id, r.person_id, ci.id AS identity_id, ci.channel
      FROM event_registrations r
      JOIN people p ON p.id = r.person_id AND p.status = 'active'
      JOIN LATERAL (
        SELECT id, channel FROM channel_identities
        WHERE person_id = r.person_id AND chat_type = 'private' AND reachable AND tombstoned_at IS NULL
        ORDER BY last_seen_at DESC, id DESC LIMIT 1
      ) ci ON true
      WHERE r.event_id = ${eventId} AND r.status = 'registered' AND ${notYet}
        AND r.registered_at < ${dueAt.toISOString()}::timestamptz
    ), inserted AS (
      INSERT INTO notifications (kind, ref_id, person_id, identity_id, channel, priority, not_before)
      SELECT ${kind}, id, person_id, identity_id, channel, ${REMINDER_PRIORITY}::smallint,
        ${now.toISOString()}::timestamptz FROM target
      ON CONFLICT (kind, ref_id, person_id) WHERE person_id IS NOT NULL DO NOTHING
      RETURNING id
    ), marked AS (
      UPDATE event_registrations SET
        reminded_evening_at = coalesce(reminded_evening_at, ${now.toISOString()}::timestamptz)
        ${soon ? sql`, reminded_soon_at = ${now.toISOString()}::timestamptz` : sql``}
      WHERE id IN (SELECT id FROM target)
      RETURNING id
    )
    SELECT (SELECT count(*) FROM inserted)::int AS reminded, (SELECT count(*) FROM marked)::int AS marked`.execute(db);
  return rows[0]?.reminded ?? 0;
}
