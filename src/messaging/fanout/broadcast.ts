import { sql, type Kysely, type RawBuilder } from 'kysely';
import { quietHoursEnd } from '../../kernel/quiet-hours.ts';
import { broadcastGroupChatCondition, broadcastPeopleCondition } from '../../db/broadcast-audience.ts';
import type { Database } from '../../db/schema.ts';
import {
  COUNT_WRITTEN,
  type FanoutCounts,
  inRange,
  isLatestPrivateChat,
  notYetWritten,
  type PersonRange,
  PRIORITY,
  privateChatJoin,
  runOverPeople,
  runStatement,
  type WrittenRow,
} from './recipients.ts';
import type { FanoutExecution, FanoutRules } from './rules.ts';

/**
 * A broadcast at its send time → one notification row per person and group chat it reaches, by the rule the
 * /phatsong preview counted with (src/db/broadcast-audience.ts: targets, priority groups only with the
 * 'priority_status' consent, group chats only without priority groups), by `INSERT … SELECT … ON CONFLICT DO
 * NOTHING`. People get it in their most recently seen reachable private chat (one row per person).
 *
 * Every row is 'pending', priority 3 (after vacancy alerts), not before the broadcast's send time — which the
 * wizard already put outside quiet hours; if the job itself runs inside quiet hours (the relay was late), not
 * before their end. A broadcast is not a vacancy alert: no daily cap, and daily-digest subscribers get it too.
 * Marks the broadcast 'sending' and fanned out. A cancelled (or already sent) broadcast writes nothing.
 */
export type BroadcastFanoutResult =
  | ({ broadcastId: number; outcome: 'written' } & FanoutCounts)
  | { broadcastId: number; outcome: 'cancelled' | 'sent' | 'missing' };

export interface BroadcastRow {
  id: number;
  status: string;
  target_region_codes: string[];
  priority_groups: string[];
  send_at: Date;
}

/** The send time; or, when it (or now, if later) falls in quiet hours, their end. */
export function broadcastNotBefore(sendAt: Date, rules: FanoutRules, now: Date): Date {
  const due = sendAt > now ? sendAt : now;
  return quietHoursEnd(due, rules.quietHours) ?? sendAt;
}

export function broadcastPeopleInsert(
  broadcast: BroadcastRow,
  notBefore: Date,
  range: PersonRange = null,
): RawBuilder<WrittenRow> {
  return sql<WrittenRow>`
    WITH written AS (
      INSERT INTO notifications (kind, ref_id, person_id, identity_id, channel, status, priority, not_before, score)
      SELECT 'broadcast', ${broadcast.id}::bigint, wp.person_id, ci.id, ci.channel, 'pending', ${PRIORITY.broadcast}::smallint, ${notBefore}::timestamptz, 0
      FROM worker_profiles wp
      JOIN ${privateChatJoin(sql`wp.person_id`)}
      WHERE ${inRange(sql`wp.person_id`, range)}
        AND ${broadcastPeopleCondition(broadcast.target_region_codes, broadcast.priority_groups)}
        AND ${isLatestPrivateChat}
        AND ${notYetWritten('broadcast', broadcast.id, sql`wp.person_id`)}
      ON CONFLICT (kind, ref_id, person_id) WHERE person_id IS NOT NULL DO NOTHING
      RETURNING person_id, status)
    ${COUNT_WRITTEN}`;
}

export function broadcastGroupInsert(broadcast: BroadcastRow, notBefore: Date): RawBuilder<WrittenRow> {
  return sql<WrittenRow>`
    WITH written AS (
      INSERT INTO notifications (kind, ref_id, person_id, identity_id, channel, status, priority, not_before, score)
      SELECT 'broadcast', ${broadcast.id}::bigint, NULL, gi.id, gi.channel, 'pending', ${PRIORITY.broadcast}::smallint, ${notBefore}::timestamptz, 0
      FROM group_subscriptions gs
      JOIN channel_identities gi ON gi.id = gs.identity_id
      WHERE ${broadcastGroupChatCondition(broadcast.target_region_codes, broadcast.priority_groups)}
      ON CONFLICT (kind, ref_id, identity_id) WHERE person_id IS NULL DO NOTHING
      RETURNING person_id, status)
    ${COUNT_WRITTEN}`;
}

export async function fanOutBroadcast(
  db: Kysely<Database>,
  broadcastId: number,
  rules: FanoutRules,
  now: Date,
  execution: FanoutExecution = {},
): Promise<BroadcastFanoutResult> {
  return db.transaction().execute(async (trx) => {
    // FOR UPDATE: a cancellation waits for the fan-out, and two runs of the same broadcast go one after the other.
    const broadcast = await trx
      .selectFrom('broadcasts')
      .select(['id', 'status', 'target_region_codes', 'priority_groups', 'send_at'])
      .where('id', '=', broadcastId)
      .forUpdate()
      .executeTakeFirst();
    if (!broadcast) return { broadcastId, outcome: 'missing' as const };
    if (broadcast.status === 'cancelled' || broadcast.status === 'sent')
      return { broadcastId, outcome: broadcast.status };
    const notBefore = broadcastNotBefore(broadcast.send_at, rules, now);
    const people = await runOverPeople(db, trx, execution.parallelism ?? 1, (range) =>
      broadcastPeopleInsert(broadcast, notBefore, range),
    );
    const groups = await runStatement(trx, broadcastGroupInsert(broadcast, notBefore));
    await trx
      .updateTable('broadcasts')
      .set({
        status: sql`CASE WHEN status = 'scheduled' THEN 'sending' ELSE status END`,
        fanned_out_at: sql`coalesce(fanned_out_at, now())`,
      })
      .where('id', '=', broadcastId)
      .execute();
    return {
      broadcastId,
      outcome: 'written' as const,
      pending: people.pending,
      held: people.held,
      groupChats: groups.groupChats,
    };
  });
}
