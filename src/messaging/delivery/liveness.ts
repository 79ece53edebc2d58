import { sql, type RawBuilder } from 'kysely';
import type { NotificationKind } from './notification-kind.ts';

/**
 * Whether a notification (alias `n`) is still wanted, in SQL, shared by the feeder (which skips dead rows in bulk
 * instead of queueing them) and the delivery worker (which checks again just before sending). Between the fan-out
 * and the send a vacancy may close, a person may STOP, pause alerts or withdraw consent, a chat may block the bot.
 *
 * The reason is NULL when the row should go out, else a short reason stored in notifications.last_error:
 * - the chat: the identity is erased (tombstoned) or unreachable (blocked the bot, chat gone);
 * - a person: not 'active' (stopped, deleted);
 * - then each kind's own reasons (a vacancy no longer approved or past its deadline, a broadcast cancelled…);
 * - for kinds that follow alert settings, alerts paused or the 'alerts' consent withdrawn;
 * - a group chat (person_id NULL): no active group subscription left (/nhom dung).
 */
export interface Liveness {
  joins: RawBuilder<unknown>;
  skipReason: RawBuilder<string | null>;
}

export function liveness(kinds: readonly NotificationKind[], today: string): Liveness {
  const own = kinds.flatMap((kind) => (kind.liveness ? [kind.liveness] : []));
  const alerts = kinds.filter((kind) => kind.followsAlertSettings).map((kind) => kind.kind);
  const followsAlerts =
    alerts.length === 0 ? sql`false` : sql`n.kind IN (${sql.join(alerts.map((kind) => sql`${kind}`))})`;
  return {
    joins: sql`
      LEFT JOIN channel_identities ci ON ci.id = n.identity_id
      LEFT JOIN people p ON p.id = n.person_id
      ${sql.join(
        own.map((l) => l.joins),
        sql` `,
      )}`,
    skipReason: sql<string | null>`CASE
      WHEN ci.id IS NULL OR ci.tombstoned_at IS NOT NULL THEN 'chat erased'
      WHEN NOT ci.reachable THEN 'chat unreachable'
      WHEN n.person_id IS NOT NULL AND p.status IS DISTINCT FROM 'active' THEN 'person ' || coalesce(p.status, 'missing')
      ${sql.join(
        own.map((l) => l.skipWhen(today)),
        sql` `,
      )}
      WHEN n.person_id IS NOT NULL AND ${followsAlerts}
        AND EXISTS (SELECT 1 FROM worker_profiles lw WHERE lw.person_id = n.person_id AND lw.paused_at IS NOT NULL) THEN 'alerts paused'
      WHEN n.person_id IS NOT NULL AND ${followsAlerts}
        AND NOT EXISTS (SELECT 1 FROM consents lc WHERE lc.person_id = n.person_id AND lc.purpose = 'alerts' AND lc.withdrawn_at IS NULL) THEN 'alerts consent withdrawn'
      WHEN n.person_id IS NULL
        AND NOT EXISTS (SELECT 1 FROM group_subscriptions lg WHERE lg.identity_id = n.identity_id AND lg.stopped_at IS NULL) THEN 'group unsubscribed'
    END`,
  };
}
