import { sql, type Transaction } from 'kysely';
import { writeAudit } from '../../db/audit-log.ts';
import type { Database } from '../../db/schema.ts';
import { addToOutbox } from '../../messaging/queue/outbox.ts';
import { effectHandlers, DONE } from '../../engine/feature.ts';
import type { EventDraft, EventsEffect } from './context.ts';
import { EVENT_CREATED_JOB } from './fanout.ts';
import { t } from './messages.ts';

/**
 * Creating an event (from /taophien, or a season's CSV): the event stored as 'scheduled', its announcement handed to
 * the fan-out through the outbox (not before `announceAt`), and audited, all in the caller's transaction.
 *
 * The scope is checked again here, in SQL, as for broadcasts: the author must hold an active official or admin
 * role whose region is the event's scope (NULL = the whole country), and the place and every target must lie within
 * it. An import by the CLI without an author (--official) is checked against the scope only.
 */
export type CreateEventResult = { ok: true; eventId: number } | { ok: false; reason: 'not official' | 'outside scope' };

export async function createEvent(
  trx: Transaction<Database>,
  authorPersonId: number | null,
  draft: EventDraft,
  actorLabel: 'official' | 'cli' = 'official',
): Promise<CreateEventResult> {
  const scope = draft.scopeRegionCode;
  const codes = [...new Set([...draft.targets, ...(draft.communeCode === null ? [] : [draft.communeCode])])];
  if (draft.targets.length === 0) return { ok: false, reason: 'outside scope' };
  const { rows } = await sql<{ has_role: boolean; within: number }>`
    SELECT
      (${authorPersonId}::bigint IS NULL OR EXISTS (
        SELECT 1 FROM roles r
        WHERE r.person_id = ${authorPersonId}::bigint AND r.revoked_at IS NULL AND r.role IN ('official', 'admin')
          AND r.region_code IS NOT DISTINCT FROM ${scope}::text)) AS has_role,
      (SELECT count(*)::int FROM regions g
        WHERE g.code IN (${sql.join(codes.map((code) => sql`${code}`))})
          AND (${scope}::text IS NULL OR g.code = ${scope}::text OR g.province_code = ${scope}::text)
      ) AS within`.execute(trx);
  const check = rows[0];
  if (!check?.has_role) return { ok: false, reason: 'not official' };
  if (Number(check.within) !== codes.length) return { ok: false, reason: 'outside scope' };

  const row = await trx
    .insertInto('events')
    .values({
      kind: draft.kind,
      title: draft.title,
      starts_at: draft.startsAt,
      commune_code: draft.communeCode,
      address: draft.address,
      online_url: draft.onlineUrl,
      official_person_id: authorPersonId,
      scope_region_code: scope,
      target_region_codes: [...draft.targets].sort(),
      priority_groups: [...draft.priorityGroups],
      capacity: draft.capacity,
      announce_at: draft.announceAt,
      status: 'scheduled',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await addToOutbox(trx, {
    queue: 'fanout',
    name: EVENT_CREATED_JOB,
    payload: { eventId: row.id },
    availableAt: draft.announceAt,
  });
  await writeAudit(trx, {
    actorPersonId: authorPersonId,
    actorLabel,
    action: 'event.created',
    subjectType: 'event',
    subjectId: String(row.id),
    regionCode: scope,
    details: {
      kind: draft.kind,
      startsAt: draft.startsAt.toISOString(),
      targets: draft.targets,
      priorityGroups: draft.priorityGroups,
      announceAt: draft.announceAt.toISOString(),
    },
  });
  return { ok: true, eventId: row.id };
}

export const eventsEffects = effectHandlers<EventsEffect>({
  async create_event(trx, { personId }, { event }) {
    const result = await createEvent(trx, personId, event);
    return result.ok ? DONE : { ok: false, tell: (lang) => t(lang, 'events.refused') };
  },
});
