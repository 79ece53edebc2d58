import { sql, type RawBuilder } from 'kysely';

/**
 * Whether a notification (alias `n`) is still wanted, in SQL, shared by the feeder (which skips dead rows in bulk
 * instead of queueing them) and the delivery worker (which checks again just before sending). Between the fan-out
 * and the send a vacancy may close, a person may STOP, pause alerts or withdraw consent, a chat may block the bot.
 *
 * `skipReason` is NULL when the row should go out, else a short reason stored in notifications.last_error:
 * - the chat: the identity is erased (tombstoned) or unreachable (blocked the bot, chat gone);
 * - a person: not 'active' (stopped, deleted); for vacancy alerts and broadcasts also alerts paused or the
 *   'alerts' consent withdrawn (the rules the fan-out matched with);
 * - a group chat (person_id NULL): no active group subscription left (/nhom dung);
 * - a vacancy alert: the vacancy is no longer approved, or its deadline (a Vietnam date) is before `today`;
 * - a broadcast: cancelled (or gone).
 * Other kinds (digest, followup) need only a live chat and an active person here; their own rules are theirs.
 */
export const LIVENESS_JOINS = sql`
  LEFT JOIN channel_identities ci ON ci.id = n.identity_id
  LEFT JOIN people p ON p.id = n.person_id
  LEFT JOIN vacancies v ON n.kind = 'vacancy' AND v.id = n.ref_id
  LEFT JOIN broadcasts b ON n.kind = 'broadcast' AND b.id = n.ref_id`;

export function skipReason(today: string): RawBuilder<string | null> {
  return sql<string | null>`CASE
    WHEN ci.id IS NULL OR ci.tombstoned_at IS NOT NULL THEN 'chat erased'
    WHEN NOT ci.reachable THEN 'chat unreachable'
    WHEN n.person_id IS NOT NULL AND p.status IS DISTINCT FROM 'active' THEN 'person ' || coalesce(p.status, 'missing')
    WHEN n.kind = 'vacancy' AND v.status IS DISTINCT FROM 'approved' THEN 'vacancy ' || coalesce(v.status, 'missing')
    WHEN n.kind = 'vacancy' AND v.deadline < ${today}::date THEN 'vacancy past its deadline'
    WHEN n.kind = 'broadcast' AND (b.id IS NULL OR b.status = 'cancelled') THEN 'broadcast cancelled'
    WHEN n.person_id IS NOT NULL AND n.kind IN ('vacancy', 'broadcast')
      AND EXISTS (SELECT 1 FROM worker_profiles lw WHERE lw.person_id = n.person_id AND lw.paused_at IS NOT NULL) THEN 'alerts paused'
    WHEN n.person_id IS NOT NULL AND n.kind IN ('vacancy', 'broadcast')
      AND NOT EXISTS (SELECT 1 FROM consents lc WHERE lc.person_id = n.person_id AND lc.purpose = 'alerts' AND lc.withdrawn_at IS NULL) THEN 'alerts consent withdrawn'
    WHEN n.person_id IS NULL
      AND NOT EXISTS (SELECT 1 FROM group_subscriptions lg WHERE lg.identity_id = n.identity_id AND lg.stopped_at IS NULL) THEN 'group unsubscribed'
  END`;
}
