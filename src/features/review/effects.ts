import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { decideCourse } from '../../db/course-review.ts';
import { COURSE_APPROVED_JOB } from '../courses/fanout.ts';
import { decideVacancy, verifyEmployer } from '../../db/vacancy-review.ts';
import { DONE, effectHandlers, type EffectOutcome } from '../../engine/feature.ts';
import { t } from './messages.ts';
import { addNotices, type Notice } from '../../messaging/queue/notices.ts';
import { addToOutbox } from '../../messaging/queue/outbox.ts';

/** An official's decisions in /duyet, each re-checked in SQL (still pending, within the official's scope). */
export type ReviewEffect =
  | { kind: 'decide_vacancy'; vacancyId: number; decision: 'approve' | 'reject'; reason: string | null }
  | { kind: 'verify_employer'; vacancyId: number }
  | { kind: 'decide_course'; courseId: number; decision: 'approve' | 'reject'; reason: string | null };

const alreadyDecided: EffectOutcome = { ok: false, tell: (lang) => t(lang, 'review.decision_refused') };

export const reviewEffects = effectHandlers<ReviewEffect>({
  async decide_vacancy(trx, { personId }, effect) {
    const applied = await decideVacancy(trx, personId, effect.vacancyId, effect.decision, effect.reason);
    if (!applied) return alreadyDecided;
    // An approved vacancy is handed to the fan-out through the outbox, in this same transaction.
    if (effect.decision === 'approve')
      await addToOutbox(trx, { queue: 'fanout', name: 'vacancy.approved', payload: { vacancyId: effect.vacancyId } });
    await tellEmployer(trx, effect.vacancyId, effect.decision, effect.reason);
    return DONE;
  },
  async decide_course(trx, { personId }, effect) {
    const course = await decideCourse(trx, personId, effect.courseId, effect.decision, effect.reason);
    if (!course) return { ok: false, tell: (lang) => t(lang, 'review.course.decision_refused') };
    // An approved course is handed to its announcement through the outbox, in this same transaction.
    if (effect.decision === 'approve')
      await addToOutbox(trx, { queue: 'fanout', name: COURSE_APPROVED_JOB, payload: { courseId: effect.courseId } });
    const told = new Set([course.submittedBy, course.providerOwner].filter((id): id is number => id !== null));
    told.delete(personId); // the official who decides knows
    const notice = (who: number): Notice =>
      effect.decision === 'approve'
        ? { personId: who, key: 'notice.course_approved', params: { title: course.title } }
        : {
            personId: who,
            key: 'notice.course_rejected',
            params: { title: course.title, reason: effect.reason ?? '' },
          };
    await addNotices(trx, [...told].map(notice));
    return DONE;
  },
  async verify_employer(trx, { personId }, effect) {
    const verified = await verifyEmployer(trx, personId, effect.vacancyId);
    if (!verified) return { ok: false, tell: (lang) => t(lang, 'review.verify_refused') };
    if (verified.ownerPersonId)
      await addNotices(trx, [
        { personId: verified.ownerPersonId, key: 'notice.employer_verified', employerId: verified.employerId },
      ]);
    return DONE;
  },
});

/** The poster hears the moderation result (with the reason when rejected). */
async function tellEmployer(
  trx: Transaction<Database>,
  vacancyId: number,
  decision: 'approve' | 'reject',
  reason: string | null,
): Promise<void> {
  const row = await trx
    .selectFrom('vacancies as v')
    .innerJoin('employers as e', 'e.id', 'v.employer_id')
    .select(['v.title', 'e.owner_person_id'])
    .where('v.id', '=', vacancyId)
    .executeTakeFirst();
  if (!row?.owner_person_id) return; // imported vacancies have no one to tell in chat
  await addNotices(trx, [
    decision === 'approve'
      ? { personId: row.owner_person_id, key: 'notice.vacancy_approved', params: { title: row.title } }
      : {
          personId: row.owner_person_id,
          key: 'notice.vacancy_rejected',
          params: { title: row.title, reason: reason ?? '' },
        },
  ]);
}
