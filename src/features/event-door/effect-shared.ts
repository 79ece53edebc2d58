import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { EffectOutcome } from '../../engine/feature.ts';
import { mayRunDoor, UPCOMING_STATUSES } from './access.ts';
import { t } from './messages.ts';

/** What the door's writes share: the transaction, a refusal told to the person, the right to run the door. */
export type Trx = Transaction<Database>;

export const refusal = (key: Parameters<typeof t>[1] & `event_door.${string}_refused`): EffectOutcome => ({
  ok: false,
  tell: (lang) => t(lang, key),
});

/** The event, when still ahead and the person may run its door. */
export async function doorOpen(trx: Trx, personId: number, eventId: number): Promise<boolean> {
  const row = await trx
    .selectFrom('events as ev')
    .select('ev.id')
    .where('ev.id', '=', eventId)
    .where('ev.status', 'in', UPCOMING_STATUSES)
    .where(mayRunDoor(personId))
    .executeTakeFirst();
  return row !== undefined;
}
