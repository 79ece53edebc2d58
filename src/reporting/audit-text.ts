import type { AuditEntry } from '../db/audit-log.ts';

/** How an audit entry reads on /dashboard/audit and in `npm run cli -- audit`. Pure. */
const DETAIL_ROOM = 200;

/** Details as "key=value" pairs in key order (jsonb keeps its own order), cut at 200 characters. */
export function detailsText(details: Record<string, unknown>): string {
  const text = Object.entries(details)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([key, value]) => `${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`)
    .join(', ');
  return text.length > DETAIL_ROOM ? `${text.slice(0, DETAIL_ROOM - 1)}…` : text;
}

/** "official #12", or the label alone when no person acted ("cli", "admin-token"). */
export function actorText(entry: Pick<AuditEntry, 'actorLabel' | 'actorPersonId'>): string {
  return entry.actorPersonId === null ? entry.actorLabel : `${entry.actorLabel} #${entry.actorPersonId}`;
}

export function subjectText(entry: Pick<AuditEntry, 'subjectType' | 'subjectId'>): string {
  return [entry.subjectType, entry.subjectId].filter((s) => s !== null).join(' ');
}
