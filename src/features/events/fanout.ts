import { sql, type Kysely, type RawBuilder } from 'kysely';
import { z } from 'zod';
import { broadcastGroupChatCondition, broadcastPeopleCondition } from '../../db/broadcast-audience.ts';
import type { Database } from '../../db/schema.ts';
import { broadcastNotBefore } from '../../messaging/fanout/broadcast.ts';
import type { FanoutJobKind } from '../../messaging/fanout/jobs.ts';
import {
  COUNT_WRITTEN,
  type FanoutCounts,
  isLatestPrivateChat,
  inRange,
  type PersonRange,
  PRIORITY,
  privateChatJoin,
  runOverPeople,
  runStatement,
  type WrittenRow,
} from '../../messaging/fanout/recipients.ts';
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

function peopleInsert(event: EventRow, notBefore: Date, range: PersonRange): RawBuilder<WrittenRow> {
  return sql<WrittenRow>`
    WITH written AS (
      INSERT INTO notifications (kind, ref_id, person_id, identity_id, channel, status, priority, not_before, score)
      SELECT ${NOTIFICATION_KIND}, ${event.id}::bigint, wp.person_id, ci.id, ci.channel, 'pending',
        ${PRIORITY.broadcast}::smallint, ${notBefore}::timestamptz, 0
      FROM worker_profiles wp
      JOIN ${privateChatJoin(sql`wp.person_id`)}
      WHERE ${inRange(sql`wp.person_id`, range)}
        AND ${broadcastPeopleCondition(event.target_region_codes, event.priority_groups)}
        AND ${isLatestPrivateChat}
      ON CONFLICT (kind, ref_id, person_id) WHERE person_id IS NOT NULL DO NOTHING
      RETURNING person_id, status)
    ${COUNT_WRITTEN}`;
}

function groupInsert(event: EventRow, notBefore: Date): RawBuilder<WrittenRow> {
  return sql<WrittenRow>`
    WITH written AS (
      INSERT INTO notifications (kind, ref_id, person_id, identity_id, channel, status, priority, not_before, score)
      SELECT ${NOTIFICATION_KIND}, ${event.id}::bigint, NULL, gi.id, gi.channel, 'pending',
        ${PRIORITY.broadcast}::smallint, ${notBefore}::timestamptz, 0
      FROM group_subscriptions gs
      JOIN channel_identities gi ON gi.id = gs.identity_id
      WHERE ${broadcastGroupChatCondition(event.target_region_codes, event.priority_groups)}
      ON CONFLICT (kind, ref_id, identity_id) WHERE person_id IS NULL DO NOTHING
      RETURNING person_id, status)
    ${COUNT_WRITTEN}`;
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
      peopleInsert(event, notBefore, range),
    );
    const groups = await runStatement(trx, groupInsert(event, notBefore));
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
