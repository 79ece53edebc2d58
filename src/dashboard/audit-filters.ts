import type { AuditQuery } from '../db/audit-log.ts';
import { startOfIsoDay } from '../kernel/time.ts';
import { readDay } from './filters.ts';

/**
 * The audit log's filters as typed on /dashboard/audit or after `npm run cli -- audit`: since a day (dd/mm/yyyy or
 * yyyy-mm-dd, from midnight in Vietnam), by one actor (a person's id, or a label such as cli or admin-token), at
 * most N rows (default 100, at most 1000). Pure.
 */
export const DEFAULT_AUDIT_ROWS = 100;
export const MAX_AUDIT_ROWS = 1000;

export interface AuditFiltersTyped {
  since: string | null;
  actor: string | null;
  limit: string | null;
}

export type AuditFiltersRead =
  | { ok: true; query: AuditQuery; shown: { since: string; actor: string; limit: number } }
  | { ok: false; field: 'since' | 'actor' | 'limit'; text: string };

export function readAuditFilters(typed: AuditFiltersTyped): AuditFiltersRead {
  const since = typed.since === null ? null : readDay(typed.since);
  if (typed.since !== null && since === null) return { ok: false, field: 'since', text: typed.since };
  const actor = typed.actor;
  if (actor !== null && !/^(\d{1,15}|[a-z][a-z0-9_-]{0,30})$/i.test(actor))
    return { ok: false, field: 'actor', text: actor };
  const limit =
    typed.limit === null ? DEFAULT_AUDIT_ROWS : /^\d{1,5}$/.test(typed.limit) ? Number(typed.limit) : Number.NaN;
  if (!(limit >= 1 && limit <= MAX_AUDIT_ROWS)) return { ok: false, field: 'limit', text: typed.limit ?? '' };
  return {
    ok: true,
    query: {
      since: since === null ? null : startOfIsoDay(since),
      actor: actor === null ? null : /^\d+$/.test(actor) ? { personId: Number(actor) } : { label: actor },
      limit,
    },
    shown: { since: since ?? '', actor: actor ?? '', limit },
  };
}
