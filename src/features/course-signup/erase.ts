import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { CANCELLABLE_STATUSES, giveUpSeat } from './seats.ts';

/**
 * /xoa for courses: each open sign-up cancelled (a freed seat goes to the next waiting person), no sign-up shares
 * the contact any more, the questions' texts and their answers deleted, the "not interested" marks deleted. The
 * sign-ups stay as anonymous counts, as applications do.
 */
export async function eraseCourseData(trx: Transaction<Database>, personId: number): Promise<void> {
  const open = await trx
    .selectFrom('course_enrolments')
    .select('course_id')
    .where('person_id', '=', personId)
    .where('status', 'in', [...CANCELLABLE_STATUSES])
    .orderBy('course_id')
    .execute();
  for (const { course_id } of open) await giveUpSeat(trx, course_id, personId, new Date());
  await trx
    .updateTable('course_enrolments')
    .set({ shares_contact: false })
    .where('person_id', '=', personId)
    .where('shares_contact', '=', true)
    .execute();
  await trx
    .updateTable('course_questions')
    .set({ text: null, answer_text: null })
    .where('person_id', '=', personId)
    .execute();
  await trx.deleteFrom('course_dismissals').where('person_id', '=', personId).execute();
}
