import { sql, type Transaction } from 'kysely';
import { countBroadcastAudience } from '../../db/broadcast-audience.ts';
import type { Database } from '../../db/schema.ts';
import { addNotices } from '../../messaging/queue/notices.ts';
import { addToOutbox } from '../../messaging/queue/outbox.ts';
import { writeAudit } from '../../db/audit-log.ts';
import { DONE, effectHandlers } from '../../engine/feature.ts';
import type { BroadcastDraft } from './context.ts';

/**
 * An official's broadcast, stored as scheduled and handed to the fan-out; every target is re-checked against the scope
 * in SQL.
 */
export type BroadcastEffect = { kind: 'create_broadcast'; broadcast: BroadcastDraft };

export const broadcastEffects = effectHandlers<BroadcastEffect>({
  async create_broadcast(trx, { personId }, effect) {
    // A refusal is told by a notice (with the reason), since the official may have left the chat meanwhile.
    await createBroadcast(trx, personId, effect.broadcast);
    return DONE;
  },
});

/**
 * /phatsong confirmed: the broadcast is stored as scheduled with its estimated recipients, handed to the fan-out
 * through the outbox (not before its start time), and audited — all in the transaction of the dialog state.
 *
 * The scope is checked again here, in SQL: the person must hold an active official or admin role whose region is
 * the broadcast's scope (NULL = the whole country), and every target must be a region within that scope (the scope
 * itself, or a commune of a province scope). The flow checked it already; this catches a role revoked meanwhile or
 * a tampered state. If any target fails, nothing is stored (a broadcast is never sent to part of what the official
 * confirmed) and the official is told by a notice. Returns the new broadcast's id, or null when refused.
 */
export async function createBroadcast(
  trx: Transaction<Database>,
  personId: number,
  draft: BroadcastDraft,
): Promise<number | null> {
  const targets = [...new Set(draft.targets)].sort();
  const scope = draft.scopeRegionCode;
  if (targets.length === 0) return refuse(trx, personId, draft, 'no targets');

  const { rows } = await sql<{ has_role: boolean; within: number }>`
    SELECT
      EXISTS (
        SELECT 1 FROM roles r
        WHERE r.person_id = ${personId} AND r.revoked_at IS NULL AND r.role IN ('official', 'admin')
          AND r.region_code IS NOT DISTINCT FROM ${scope}::text) AS has_role,
      (SELECT count(*)::int FROM regions g
        WHERE g.code IN (${sql.join(targets.map((code) => sql`${code}`))})
          AND (${scope}::text IS NULL OR g.code = ${scope}::text OR g.province_code = ${scope}::text)) AS within`.execute(
    trx,
  );
  const check = rows[0];
  if (!check?.has_role || Number(check.within) !== targets.length) return refuse(trx, personId, draft, 'outside scope');

  const audience = await countBroadcastAudience(trx, targets, draft.priorityGroups);
  const row = await trx
    .insertInto('broadcasts')
    .values({
      official_person_id: personId,
      scope_region_code: scope,
      text: draft.text,
      target_region_codes: targets,
      priority_groups: [...draft.priorityGroups],
      send_at: draft.sendAt,
      status: 'scheduled',
      recipients_estimated: audience.people + audience.groupChats,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await addToOutbox(trx, {
    queue: 'fanout',
    name: 'broadcast.created',
    payload: { broadcastId: row.id },
    availableAt: draft.sendAt,
  });
  await writeAudit(trx, {
    actorPersonId: personId,
    actorLabel: 'official',
    action: 'broadcast.created',
    subjectType: 'broadcast',
    subjectId: String(row.id),
    regionCode: scope,
    details: {
      targets,
      priorityGroups: draft.priorityGroups,
      sendAt: draft.sendAt.toISOString(),
      people: audience.people,
      groupChats: audience.groupChats,
    },
  });
  return row.id;
}

async function refuse(
  trx: Transaction<Database>,
  personId: number,
  draft: BroadcastDraft,
  reason: string,
): Promise<null> {
  await writeAudit(trx, {
    actorPersonId: personId,
    actorLabel: 'official',
    action: 'broadcast.refused',
    subjectType: 'broadcast',
    subjectId: null,
    regionCode: draft.scopeRegionCode,
    details: { reason, targets: draft.targets },
  });
  await addNotices(trx, [{ personId, key: 'notice.broadcast_refused' }]);
  return null;
}
