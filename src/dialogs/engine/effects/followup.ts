import { sql, type Transaction } from 'kysely';
import type { Database } from '../../../db/schema.ts';
import type { FollowupAnswer } from '../../followup.ts';

/**
 * The answer to "did you get the job?" (src/dialogs/followup.ts), written only on the person's own application:
 * followup_answer and followup_answered_at (a later answer replaces an earlier one), the application's status
 * 'hired' or 'not_hired' (the funnel's "successfully connected" counts 'hired' by updated_at), and an audit entry.
 * "Still waiting" changes no status. Nothing is written for an application that is not theirs.
 */
export async function recordFollowup(trx: Transaction<Database>, personId: number, effect: { applicationId: number; answer: FollowupAnswer }): Promise<boolean> {
  const { applicationId, answer } = effect;
  const status = answer === 'waiting' ? null : answer;
  const updated = await trx
    .updateTable('applications')
    .set({
      followup_answer: answer,
      followup_answered_at: sql`now()`,
      ...(status ? { status, updated_at: sql`now()` } : {}),
    })
    .where('id', '=', applicationId)
    .where('person_id', '=', personId)
    .returning(['id', 'vacancy_id'])
    .executeTakeFirst();
  if (!updated) return false;
  const vacancy = await trx.selectFrom('vacancies').select('province_code').where('id', '=', updated.vacancy_id).executeTakeFirst();
  await trx
    .insertInto('audit_log')
    .values({
      actor_person_id: personId,
      actor_label: 'worker',
      action: 'application.followup',
      subject_type: 'application',
      subject_id: String(applicationId),
      region_code: vacancy?.province_code ?? null,
      details: JSON.stringify({ answer, vacancyId: updated.vacancy_id }),
    })
    .execute();
  return true;
}
