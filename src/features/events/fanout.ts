import { sql, type Kysely } from 'kysely';
import { z } from 'zod';
import type { Database } from '../../db/schema.ts';
import { type AreaAnnouncement, areaGroupInsert, areaPeopleInsert } from '../../messaging/fanout/area-announcement.ts';
import { broadcastNotBefore } from '../../messaging/fanout/broadcast.ts';
import type { FanoutJobKind } from '../../messaging/fanout/jobs.ts';
import { type FanoutCounts, runOverPeople, runStatement } from '../../messaging/fanout/recipients.ts';
import type { FanoutExecution, FanoutRules } from '../../messaging/fanout/rules.ts';

/**
 * An event's announcement at its announce time → one 'event' notification per person and group chat it reaches,
 * by the broadcast rule (src/db/broadcast-audience.ts: the area, the priority groups with the 'priority_status'
 * consent, group chats only without priority groups), which /taophien's count used. Rows are 'pending', with a
 * broadcast's priority, not before the announce time (nor inside quiet hours). Marks the event 'announced'.
 * A cancelled, held or already started event writes nothing; a re-run writes nothing twice.
 */
export const EVENT_CREATED_JOB = 'event.created';
export const NOTIFICATION_KIND = 'event';

export type EventFanoutResult =
  | ({ eventId: number; outcome: 'written' } & FanoutCounts)
  | { eventId: number; outcome: 'missing' | 'cancelled' | 'held' | 'started' };

interface EventRow {
  id: number;
  target_region_codes: string[];
  priority_groups: string[];
}

function announcementOf(event: EventRow): AreaAnnouncement {
  return {
    kind: NOTIFICATION_KIND,
    refId: event.id,
    targetRegionCodes: event.target_region_codes,
    priorityGroups: event.priority_groups,
  };
}

export async function fanOutEvent(
  db: Kysely<Database>,
  eventId: number,
  rules: FanoutRules,
  now: Date,
  execution: FanoutExecution = {},
): Promise<EventFanoutResult> {
  return db.transaction().execute(async (trx) => {
    // FOR UPDATE: a cancellation waits for the fan-out, and two runs for the same event go one after the other.
    const event = await trx
      .selectFrom('events')
      .select(['id', 'status', 'starts_at', 'announce_at', 'target_region_codes', 'priority_groups'])
      .where('id', '=', eventId)
      .forUpdate()
      .executeTakeFirst();
    if (!event) return { eventId, outcome: 'missing' as const };
    if (event.status === 'cancelled' || event.status === 'held') return { eventId, outcome: event.status };
    if (event.starts_at.getTime() <= now.getTime()) return { eventId, outcome: 'started' as const };
    const notBefore = broadcastNotBefore(event.announce_at ?? now, rules, now);
    const people = await runOverPeople(db, trx, execution.parallelism ?? 1, (range) =>
      areaPeopleInsert(announcementOf(event), notBefore, range),
    );
    const groups = await runStatement(trx, areaGroupInsert(announcementOf(event), notBefore));
    await trx
      .updateTable('events')
      .set({ status: 'announced', fanned_out_at: sql`coalesce(fanned_out_at, now())` })
      .where('id', '=', eventId)
      .execute();
    return { eventId, outcome: 'written' as const, ...people, groupChats: groups.groupChats };
  });
}

const eventCreatedPayload = z.object({ eventId: z.number().int().positive().max(Number.MAX_SAFE_INTEGER) });

/** A created event, relayed at its announce time: the announcement to each person and group chat it targets. */
export const eventCreatedJob: FanoutJobKind<z.infer<typeof eventCreatedPayload>> = {
  name: EVENT_CREATED_JOB,
  payload: eventCreatedPayload,
  run: (db, { eventId }, rules, now, execution) => fanOutEvent(db, eventId, rules, now, execution),
};
