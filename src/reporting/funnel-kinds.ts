import { type RawBuilder, sql } from 'kysely';

/**
 * The kinds of notification (notifications.kind) the funnel counts: alerts, as "alerts delivered" (a vacancy alert,
 * or a daily digest, which is one message), and broadcasts, as "broadcast reach" and replies. Declared by the
 * features that send them (their `notifications`); a test holds these names to that list, so a renamed kind cannot
 * silently drop out of the report.
 */
export const FUNNEL_KINDS = { alerts: ['vacancy', 'digest'], broadcast: 'broadcast' } as const;

/** The kinds as SQL literals, `'a', 'b'` (literals, not parameters: the funnel's partial indexes name them). */
export function kindList(kinds: readonly string[]): RawBuilder<unknown> {
  return sql.join(kinds.map((kind) => sql.lit(kind)));
}
