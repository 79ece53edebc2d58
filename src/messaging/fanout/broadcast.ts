import { sql, type Kysely, type RawBuilder } from 'kysely';
import { quietHoursEnd } from '../../kernel/quiet-hours.ts';
import type { Database } from '../../db/schema.ts';
import { type AreaAnnouncement, areaGroupInsert, areaPeopleInsert } from './area-announcement.ts';
import { type FanoutCounts, type PersonRange, runOverPeople, runStatement, type WrittenRow } from './recipients.ts';
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

function announcementOf(broadcast: BroadcastRow): AreaAnnouncement {
  return {
    kind: 'broadcast',
    refId: broadcast.id,
    targetRegionCodes: broadcast.target_region_codes,
    priorityGroups: broadcast.priority_groups,
  };
}

export function broadcastPeopleInsert(
  broadcast: BroadcastRow,
  notBefore: Date,
  range: PersonRange = null,
): RawBuilder<WrittenRow> {
  return areaPeopleInsert(announcementOf(broadcast), notBefore, range);
}

export function broadcastGroupInsert(broadcast: BroadcastRow, notBefore: Date): RawBuilder<WrittenRow> {
  return areaGroupInsert(announcementOf(broadcast), notBefore);
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
