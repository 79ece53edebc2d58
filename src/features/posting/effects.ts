import type { Transaction } from 'kysely';
import { writeAudit } from '../../db/audit-log.ts';
import { officialsFor } from '../../db/roles.ts';
import type { Database } from '../../db/schema.ts';
import { DONE, effectHandlers } from '../../engine/feature.ts';
import type { VacancyDraft } from '../../kernel/vacancy/draft.ts';
import { addNotices } from '../../messaging/queue/notices.ts';

/** Posting's write: the vacancy, pending an official's review (held with reasons if the scam shield found any). */
export type PostingEffect = { kind: 'submit_vacancy'; vacancy: VacancyDraft };

export const postingEffects = effectHandlers<PostingEffect>({
  async submit_vacancy(trx, { personId }, effect) {
    await submitVacancy(trx, personId, effect.vacancy);
    return DONE;
  },
});

/** The employer record of the person (created on their first post), then the vacancy as pending. */
async function submitVacancy(trx: Transaction<Database>, personId: number, draft: VacancyDraft): Promise<void> {
  const existing = await trx
    .selectFrom('employers')
    .select('id')
    .where('owner_person_id', '=', personId)
    .executeTakeFirst();
  const employerId =
    existing?.id ??
    (
      await trx
        .insertInto('employers')
        .values({ owner_person_id: personId, name: draft.employerName })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  const region = await trx
    .selectFrom('regions')
    .select('province_code')
    .where('code', '=', draft.communeCode)
    .where('level', '=', 'commune')
    .executeTakeFirstOrThrow();
  const vacancy = await trx
    .insertInto('vacancies')
    .values({
      employer_id: employerId,
      title: draft.title,
      occupation: draft.occupation,
      commune_code: draft.communeCode,
      province_code: region.province_code,
      headcount: draft.headcount,
      wage_raw: draft.wageRaw,
      wage_min: draft.wage.min === null ? null : String(draft.wage.min),
      wage_max: draft.wage.max === null ? null : String(draft.wage.max),
      wage_currency: draft.wage.currency,
      wage_period: draft.wage.period,
      wage_negotiable: draft.wage.negotiable,
      requirements: draft.requirements,
      deadline: draft.deadline,
      contact: draft.contact,
      overseas: draft.overseas,
      scam_reasons: JSON.stringify(draft.scamReasons),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const officials = (await officialsFor(trx, draft.communeCode, region.province_code)).filter((id) => id !== personId);
  const key = draft.scamReasons.length > 0 ? 'notice.vacancy_pending_held' : 'notice.vacancy_pending';
  await addNotices(
    trx,
    officials.map((id) => ({ personId: id, key, params: { title: draft.title } })),
  );
  await writeAudit(trx, {
    actorPersonId: personId,
    actorLabel: 'employer',
    action: 'vacancy.submitted',
    subjectType: 'vacancy',
    subjectId: String(vacancy.id),
    regionCode: region.province_code,
    details: { held: draft.scamReasons.length > 0, reasons: draft.scamReasons.map((r) => r.code) },
  });
}
