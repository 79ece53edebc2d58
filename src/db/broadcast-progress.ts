import { sql, type Kysely } from 'kysely';
import type { Database } from './schema.ts';

/**
 * An official's recent broadcasts with their delivery progress, for /phatsong: the broadcasts they sent themselves
 * (never a colleague's), created or due in the last 7 days, newest first, each with its notifications counted by
 * status (kind 'broadcast', ref = the broadcast; one index-only scan of notifications_ref_idx per broadcast).
 */
export const RECENT_DAYS = 7;
export const RECENT_MAX = 5;

export interface BroadcastCounts {
  /** Notifications written by the fan-out: everyone it goes to. */
  total: number;
  sent: number;
  failed: number;
  /** No longer wanted when their turn came (the person stopped, the chat became unreachable). */
  skipped: number;
  /** Still to go: pending, queued or held. */
  waiting: number;
}

export interface BroadcastProgress {
  id: number;
  text: string;
  targets: string[];
  priorityGroups: string[];
  sendAt: Date;
  status: 'scheduled' | 'sending' | 'sent' | 'cancelled';
  /** The fan-out has written every recipient's notification. */
  fannedOut: boolean;
  /** The preview's count when it was confirmed. */
  estimated: number | null;
  counts: BroadcastCounts;
}

interface Row {
  id: number;
  text: string;
  target_region_codes: string[];
  priority_groups: string[];
  send_at: Date;
  status: BroadcastProgress['status'];
  fanned_out: boolean;
  recipients_estimated: number | null;
  total: number;
  sent: number;
  failed: number;
  skipped: number;
  waiting: number;
}

export async function loadRecentBroadcasts(
  db: Kysely<Database>,
  personId: number,
  now: Date,
  limit = RECENT_MAX,
): Promise<BroadcastProgress[]> {
  const since = new Date(now.getTime() - RECENT_DAYS * 24 * 3600 * 1000);
  const { rows } = await sql<Row>`
    SELECT b.id, b.text, b.target_region_codes, b.priority_groups, b.send_at, b.status, b.fanned_out_at IS NOT NULL AS fanned_out,
      b.recipients_estimated, c.total, c.sent, c.failed, c.skipped, c.waiting
    FROM broadcasts b
    CROSS JOIN LATERAL (
      SELECT count(*)::int AS total,
        count(*) FILTER (WHERE n.status IN ('sent', 'digested'))::int AS sent,
        count(*) FILTER (WHERE n.status = 'failed')::int AS failed,
        count(*) FILTER (WHERE n.status = 'skipped')::int AS skipped,
        count(*) FILTER (WHERE n.status IN ('pending', 'queued', 'held'))::int AS waiting
      FROM notifications n
      WHERE n.kind = 'broadcast' AND n.ref_id = b.id
    ) c
    WHERE b.official_person_id = ${personId} AND (b.created_at >= ${since} OR b.send_at >= ${since})
    ORDER BY b.created_at DESC, b.id DESC
    LIMIT ${limit}`.execute(db);
  return rows.map((r) => ({
    id: Number(r.id),
    text: r.text,
    targets: r.target_region_codes,
    priorityGroups: r.priority_groups,
    sendAt: r.send_at,
    status: r.status,
    fannedOut: r.fanned_out,
    estimated: r.recipients_estimated === null ? null : Number(r.recipients_estimated),
    counts: {
      total: Number(r.total),
      sent: Number(r.sent),
      failed: Number(r.failed),
      skipped: Number(r.skipped),
      waiting: Number(r.waiting),
    },
  }));
}
