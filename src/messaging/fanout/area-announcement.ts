import { sql, type RawBuilder } from 'kysely';
import { broadcastGroupChatCondition, broadcastPeopleCondition } from '../../db/broadcast-audience.ts';
import {
  COUNT_WRITTEN,
  inRange,
  isLatestPrivateChat,
  notYetWritten,
  type PersonRange,
  PRIORITY,
  privateChatJoin,
  type WrittenRow,
} from './recipients.ts';

/**
 * An announcement to an area (a broadcast, an event's announcement): one 'pending' row per person the broadcast rule
 * reaches (src/db/broadcast-audience.ts: the area, the priority groups only with the 'priority_status' consent), in
 * their most recently seen reachable private chat, and one per group chat subscribed for the area (only without
 * priority groups); a broadcast's priority, not before `notBefore`. `INSERT … SELECT … ON CONFLICT DO NOTHING`, so a
 * re-run writes nothing twice.
 */
export interface AreaAnnouncement {
  /** The notification kind ('broadcast', 'event'), with the id of what it announces. */
  kind: string;
  refId: number;
  targetRegionCodes: readonly string[];
  priorityGroups: readonly string[];
}

export function areaPeopleInsert(
  announcement: AreaAnnouncement,
  notBefore: Date,
  range: PersonRange = null,
): RawBuilder<WrittenRow> {
  const { kind, refId } = announcement;
  return sql<WrittenRow>`
    WITH written AS (
      INSERT INTO notifications (kind, ref_id, person_id, identity_id, channel, status, priority, not_before, score)
      SELECT ${kind}, ${refId}::bigint, wp.person_id, ci.id, ci.channel, 'pending', ${PRIORITY.broadcast}::smallint, ${notBefore}::timestamptz, 0
      FROM worker_profiles wp
      JOIN ${privateChatJoin(sql`wp.person_id`)}
      WHERE ${inRange(sql`wp.person_id`, range)}
        AND ${broadcastPeopleCondition([...announcement.targetRegionCodes], [...announcement.priorityGroups])}
        AND ${isLatestPrivateChat}
        AND ${notYetWritten(kind, refId, sql`wp.person_id`)}
      ON CONFLICT (kind, ref_id, person_id) WHERE person_id IS NOT NULL DO NOTHING
      RETURNING person_id, status)
    ${COUNT_WRITTEN}`;
}

export function areaGroupInsert(announcement: AreaAnnouncement, notBefore: Date): RawBuilder<WrittenRow> {
  const { kind, refId } = announcement;
  return sql<WrittenRow>`
    WITH written AS (
      INSERT INTO notifications (kind, ref_id, person_id, identity_id, channel, status, priority, not_before, score)
      SELECT ${kind}, ${refId}::bigint, NULL, gi.id, gi.channel, 'pending', ${PRIORITY.broadcast}::smallint, ${notBefore}::timestamptz, 0
      FROM group_subscriptions gs
      JOIN channel_identities gi ON gi.id = gs.identity_id
      WHERE ${broadcastGroupChatCondition([...announcement.targetRegionCodes], [...announcement.priorityGroups])}
      ON CONFLICT (kind, ref_id, identity_id) WHERE person_id IS NULL DO NOTHING
      RETURNING person_id, status)
    ${COUNT_WRITTEN}`;
}
