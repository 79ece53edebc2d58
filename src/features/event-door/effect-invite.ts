import { sql } from 'kysely';
import { DONE, type EffectOutcome } from '../../engine/feature.ts';
import { officialAtEvent, UPCOMING_STATUSES } from './access.ts';
import type { EventDoorEffect } from './effects.ts';
import { refusal, type Trx } from './effect-shared.ts';
import { INVITATION_KIND, INVITATION_PRIORITY } from './notifications.ts';

/**
 * An official invites employers: 'invited' rows (again for one who declined), and one invitation notification per
 * newly invited employer's owner.
 */
export async function invite(
  trx: Trx,
  personId: number,
  effect: Extract<EventDoorEffect, { kind: 'invite_employers' }>,
): Promise<EffectOutcome> {
  const { eventId, employerIds, notBefore } = effect;
  const event = await trx
    .selectFrom('events as ev')
    .select('ev.id')
    .where('ev.id', '=', eventId)
    .where('ev.status', 'in', UPCOMING_STATUSES)
    .where('ev.kind', '<>', 'meeting')
    .where(officialAtEvent(personId))
    .executeTakeFirst();
  if (!event || employerIds.length === 0) return refusal('event_door.invite_refused');
  const invited = await trx
    .insertInto('event_employers')
    .columns(['event_id', 'employer_id', 'status', 'invited_by_person_id'])
    .expression(
      trx
        .selectFrom('employers as e')
        .select([
          sql<number>`${eventId}::bigint`.as('event_id'),
          'e.id',
          sql<string>`'invited'`.as('status'),
          sql<number>`${personId}::bigint`.as('invited_by_person_id'),
        ])
        .where('e.id', 'in', employerIds)
        .where('e.verified_at', 'is not', null),
    )
    .onConflict((oc) =>
      oc
        .columns(['event_id', 'employer_id'])
        .doUpdateSet({ status: 'invited', invited_by_person_id: personId, updated_at: sql`now()` })
        .where('event_employers.status', '=', 'declined'),
    )
    .returning('employer_id')
    .execute();
  const ids = invited.map((row) => row.employer_id);
  if (ids.length === 0) return DONE;
  // One invitation per employer's owner, to their latest reachable private chat (ref = the event).
  await sql`
    INSERT INTO notifications (kind, ref_id, person_id, identity_id, channel, priority, not_before)
    SELECT ${INVITATION_KIND}, ${eventId}::bigint, e.owner_person_id, ci.id, ci.channel,
      ${INVITATION_PRIORITY}::smallint, ${notBefore}::timestamptz
    FROM employers e
    JOIN people p ON p.id = e.owner_person_id AND p.status = 'active'
    JOIN LATERAL (
      SELECT id, channel FROM channel_identities
      WHERE person_id = e.owner_person_id AND chat_type = 'private' AND reachable AND tombstoned_at IS NULL
      ORDER BY last_seen_at DESC, id DESC LIMIT 1
    ) ci ON true
    WHERE e.id = ANY(${ids}::bigint[])
    ON CONFLICT (kind, ref_id, person_id) WHERE person_id IS NOT NULL DO NOTHING`.execute(trx);
  return DONE;
}
