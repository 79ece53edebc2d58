import { sql, type Kysely } from 'kysely';
import { vietnamIsoDate } from '../../kernel/time.ts';
import type { QuietHoursRule } from '../../kernel/quiet-hours.ts';
import type { Database } from '../../db/schema.ts';
import {
  digestHoursDueAt,
  digestRef,
  digestSlots,
  dueAt,
  HELD_DIGEST_HOUR,
  heldDigestHour,
  isQuietHour,
} from './timing.ts';
import { vietnamHour } from '../../kernel/time.ts';

/**
 * The daily digest (hourly job). For each hour slot it covers (src/messaging/schedule/timing.ts), the people due then —
 * daily-digest subscribers whose hour it is, and instant subscribers at the held-alert hour (18:00) — who have
 * 'held' vacancy alerts still open get one 'digest' notification (ref = the Vietnam date yyyymmdd), and those alerts
 * become 'digested' with digest_id = it; their held alerts of vacancies no longer open are 'skipped'. One
 * set-based statement per slot; the unique (kind, ref, person) makes a re-run write nothing twice. Only people
 * active, consenting to alerts, not paused, with a reachable private chat (the most recently used) are due.
 */
/**
 * Row priority (lower is sooner): after new vacancy alerts (1), ahead of broadcasts (3); see
 * src/messaging/fanout/recipients.ts.
 */
export const DIGEST_PRIORITY = 2;

export interface DigestRunOptions {
  now: Date;
  quietHours: QuietHoursRule;
  /** The slot the job was scheduled for (BullMQ's prevMillis); a late run also covers the hours since. */
  scheduledFor?: Date | null;
}

export interface DigestRunResult {
  /** Digest notifications written. */
  digests: number;
  /** Held alerts that went into them. */
  digested: number;
  /** Held alerts dropped because their vacancy is no longer open. */
  skipped: number;
}

interface SlotPlan {
  ref: number;
  /** Stored digest hours of daily subscribers due in this slot. */
  dailyHours: number[];
  /** Whether instant subscribers' held alerts are due in this slot. */
  held: boolean;
}

/** What each slot asks for (pure, for the tests): nothing in quiet hours. */
export function planDigestSlot(slot: Date, quietHours: QuietHoursRule): SlotPlan | null {
  const hour = vietnamHour(slot);
  if (isQuietHour(hour, quietHours)) return null;
  const dailyHours = digestHoursDueAt(hour, quietHours);
  const held = hour === heldDigestHour(quietHours);
  return dailyHours.length > 0 || held ? { ref: digestRef(slot), dailyHours, held } : null;
}

export async function runDigests(db: Kysely<Database>, options: DigestRunOptions): Promise<DigestRunResult> {
  const { now, quietHours } = options;
  const total: DigestRunResult = { digests: 0, digested: 0, skipped: 0 };
  const today = vietnamIsoDate(now);
  const notBefore = dueAt(now, quietHours).toISOString();
  for (const slot of digestSlots(now, options.scheduledFor)) {
    const plan = planDigestSlot(slot, quietHours);
    if (!plan) continue;
    const { rows } = await sql<DigestRunResult>`
      WITH due AS (
        SELECT w.person_id
        FROM worker_profiles w
        JOIN people p ON p.id = w.person_id AND p.status = 'active'
        WHERE w.paused_at IS NULL
          AND ((w.frequency = 'daily' AND coalesce(w.digest_hour, ${HELD_DIGEST_HOUR}) = ANY (${plan.dailyHours}::int[]))
            OR (w.frequency <> 'daily' AND ${plan.held}::boolean))
          AND EXISTS (SELECT 1 FROM consents c WHERE c.person_id = w.person_id AND c.purpose = 'alerts' AND c.withdrawn_at IS NULL)
          AND EXISTS (
            SELECT 1 FROM notifications n JOIN vacancies v ON v.id = n.ref_id
            WHERE n.person_id = w.person_id AND n.status = 'held' AND n.kind = 'vacancy'
              AND v.status = 'approved' AND v.deadline >= ${today}::date)
      ), target AS (
        SELECT due.person_id, ci.id AS identity_id, ci.channel
        FROM due
        JOIN LATERAL (
          SELECT id, channel FROM channel_identities
          WHERE person_id = due.person_id AND chat_type = 'private' AND reachable AND tombstoned_at IS NULL
          ORDER BY last_seen_at DESC, id DESC LIMIT 1
        ) ci ON true
      ), inserted AS (
        INSERT INTO notifications (kind, ref_id, person_id, identity_id, channel, priority, not_before)
        SELECT 'digest', ${plan.ref}, person_id, identity_id, channel, ${DIGEST_PRIORITY}::smallint, ${notBefore}::timestamptz FROM target
        ON CONFLICT (kind, ref_id, person_id) WHERE person_id IS NOT NULL DO NOTHING
        RETURNING id, person_id
      ), digested AS (
        UPDATE notifications n SET status = 'digested', digest_id = i.id, finished_at = ${now.toISOString()}::timestamptz
        FROM inserted i, vacancies v
        WHERE n.person_id = i.person_id AND n.kind = 'vacancy' AND n.status = 'held'
          AND v.id = n.ref_id AND v.status = 'approved' AND v.deadline >= ${today}::date
        RETURNING n.id
      ), skipped AS (
        UPDATE notifications n SET status = 'skipped', finished_at = ${now.toISOString()}::timestamptz, last_error = 'vacancy no longer open'
        FROM inserted i, vacancies v
        WHERE n.person_id = i.person_id AND n.kind = 'vacancy' AND n.status = 'held'
          AND v.id = n.ref_id AND NOT (v.status = 'approved' AND v.deadline >= ${today}::date)
        RETURNING n.id
      )
      SELECT (SELECT count(*) FROM inserted)::int AS digests, (SELECT count(*) FROM digested)::int AS digested,
        (SELECT count(*) FROM skipped)::int AS skipped`.execute(db);
    const row = rows[0];
    if (!row) continue;
    total.digests += row.digests;
    total.digested += row.digested;
    total.skipped += row.skipped;
  }
  return total;
}
