import type { Kysely, Transaction } from 'kysely';
import type { Database } from './schema.ts';

/**
 * The audit log: who did what, when, in which area. Officials' actions (decisions, broadcasts, exports, logins to
 * the dashboard) and admins' (role grants, imports) are written here; admins read it with `npm run cli -- audit`
 * and on /dashboard/audit. Entries hold codes and ids, never names or phone numbers.
 */
type Db = Kysely<Database> | Transaction<Database>;

export interface AuditEntryInput {
  actorPersonId: number | null;
  /** 'official', 'admin', 'admin-token', 'cli', 'system', … */
  actorLabel: string;
  action: string;
  subjectType?: string | null;
  subjectId?: string | null;
  regionCode?: string | null;
  details?: Record<string, unknown>;
}

export interface AuditEntry {
  id: number;
  at: Date;
  actorPersonId: number | null;
  actorLabel: string;
  action: string;
  subjectType: string | null;
  subjectId: string | null;
  regionCode: string | null;
  details: Record<string, unknown>;
}

/** The one writer of the audit log: one entry, or several in one statement. */
export async function writeAudit(db: Db, entries: AuditEntryInput | readonly AuditEntryInput[]): Promise<void> {
  const list = Array.isArray(entries) ? entries : [entries as AuditEntryInput];
  if (list.length === 0) return;
  await db
    .insertInto('audit_log')
    .values(
      list.map((entry) => ({
        actor_person_id: entry.actorPersonId,
        actor_label: entry.actorLabel,
        action: entry.action,
        subject_type: entry.subjectType ?? null,
        subject_id: entry.subjectId ?? null,
        region_code: entry.regionCode ?? null,
        details: JSON.stringify(entry.details ?? {}),
      })),
    )
    .execute();
}

export interface AuditQuery {
  /** Entries at or after this instant; null: from the beginning. */
  since: Date | null;
  /** A person's id, or an actor label ('cli', 'admin-token', 'system'); null: everyone. */
  actor: { personId: number } | { label: string } | null;
  limit: number;
}

/** The most recent entries first. */
export async function readAudit(db: Db, query: AuditQuery): Promise<AuditEntry[]> {
  let select = db
    .selectFrom('audit_log')
    .select([
      'id',
      'at',
      'actor_person_id',
      'actor_label',
      'action',
      'subject_type',
      'subject_id',
      'region_code',
      'details',
    ])
    .orderBy('at', 'desc')
    .orderBy('id', 'desc')
    .limit(query.limit);
  if (query.since !== null) select = select.where('at', '>=', query.since);
  const actor = query.actor;
  if (actor !== null)
    select =
      'personId' in actor
        ? select.where('actor_person_id', '=', actor.personId)
        : select.where('actor_label', '=', actor.label);
  const rows = await select.execute();
  return rows.map((r) => ({
    id: Number(r.id),
    at: r.at,
    actorPersonId: r.actor_person_id === null ? null : Number(r.actor_person_id),
    actorLabel: r.actor_label,
    action: r.action,
    subjectType: r.subject_type,
    subjectId: r.subject_id,
    regionCode: r.region_code,
    details: typeof r.details === 'string' ? (JSON.parse(r.details) as Record<string, unknown>) : (r.details ?? {}),
  }));
}
