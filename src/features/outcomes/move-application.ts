import type { Transaction } from 'kysely';
import type { ApplicationStatus } from '../../kernel/application-lifecycle.ts';
import { moveApplication, type MoveResult } from '../../db/applications.ts';
import type { Database } from '../../db/schema.ts';
import { DONE, effectHandlers } from '../../engine/feature.ts';
import { t } from './messages.ts';

/**
 * An employer (on their own vacancy) or an official (a worker within their scope) records a step of an
 * application; the right to act and the step are checked again in SQL (src/db/applications.ts).
 */
export type OutcomesEffect = {
  kind: 'move_application';
  applicationId: number;
  status: ApplicationStatus;
  as: 'employer' | 'official';
};

export const outcomesEffects = effectHandlers<OutcomesEffect>({
  async move_application(trx, { personId }, effect) {
    const moved = await moveApplicationAs(trx, personId, effect);
    return moved.kind === 'moved' || moved.kind === 'no_op'
      ? DONE
      : { ok: false, tell: (lang) => t(lang, 'outcomes.move_refused') };
  },
});

/**
 * An employer's or an official's step on an application, asked for in chat (/tincuatoi, /ketqua). The capacity
 * is the flow's; whether this person may act on this application (their own vacancy; a worker within their
 * scope) is checked again in SQL by moveApplication. An official holding an admin role acts as 'admin'.
 */
export async function moveApplicationAs(
  trx: Transaction<Database>,
  personId: number,
  effect: { applicationId: number; status: ApplicationStatus; as: 'employer' | 'official' },
): Promise<MoveResult> {
  const role = effect.as === 'employer' ? 'employer' : await officialRole(trx, personId);
  return moveApplication(
    trx,
    { applicationId: effect.applicationId },
    { to: effect.status, actor: { role, personId } },
  );
}

async function officialRole(trx: Transaction<Database>, personId: number): Promise<'official' | 'admin'> {
  const admin = await trx
    .selectFrom('roles')
    .select('id')
    .where('person_id', '=', personId)
    .where('role', '=', 'admin')
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return admin ? 'admin' : 'official';
}
