import { sql, type Transaction } from 'kysely';
import { moveApplication } from '../../db/applications.ts';
import type { Database } from '../../db/schema.ts';
import type { FollowupAnswer } from './answer.ts';
import { writeAudit } from '../../db/audit-log.ts';
import { DONE, effectHandlers } from '../../engine/feature.ts';

/** The answer to the 7-day "did you get the job?"; written only on the person's own application. */
export type FollowupEffect = { kind: 'record_followup'; applicationId: number; answer: FollowupAnswer };

export const followupEffects = effectHandlers<FollowupEffect>({
  async record_followup(trx, { personId }, effect) {
    await recordFollowup(trx, personId, effect);
    return DONE;
  },
});

/**
 * The answer to "did you get the job?" (answer.ts), written only on the person's own application:
 * followup_answer and followup_answered_at (a later answer replaces an earlier one), the step 'hired' or
 * 'not_hired' by the worker (through src/db/applications.ts: status and event; "hired" is the funnel's
 * "successfully connected"), and an audit entry. "Still waiting" changes no status. Nothing is written for an
 * application that is not theirs.
 */
export async function recordFollowup(
  trx: Transaction<Database>,
  personId: number,
  effect: { applicationId: number; answer: FollowupAnswer },
): Promise<boolean> {
  const { applicationId, answer } = effect;
  const updated = await trx
    .updateTable('applications')
    .set({ followup_answer: answer, followup_answered_at: sql`now()` })
    .where('id', '=', applicationId)
    .where('person_id', '=', personId)
    .returning(['id', 'vacancy_id'])
    .executeTakeFirst();
  if (!updated) return false;
  if (answer !== 'waiting') {
    await moveApplication(
      trx,
      { applicationId },
      { to: answer, actor: { role: 'worker', personId }, viaFollowup: true, note: 'followup' },
    );
  }
  const vacancy = await trx
    .selectFrom('vacancies')
    .select('province_code')
    .where('id', '=', updated.vacancy_id)
    .executeTakeFirst();
  await writeAudit(trx, {
    actorPersonId: personId,
    actorLabel: 'worker',
    action: 'application.followup',
    subjectType: 'application',
    subjectId: String(applicationId),
    regionCode: vacancy?.province_code ?? null,
    details: { answer, vacancyId: updated.vacancy_id },
  });
  return true;
}
