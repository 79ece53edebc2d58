import { sql, type Transaction } from 'kysely';
import type { Channel, Database } from '../../db/schema.ts';
import { isPriorityGroup } from '../../kernel/priority-groups.ts';
import { addToOutbox } from '../../messaging/queue/outbox.ts';
import { addNotices } from '../../messaging/queue/notices.ts';
import { createBroadcast } from './effects/broadcast.ts';
import { markNotSuitable, recordInterest, reportScam } from './effects/search.ts';
import { recordFollowup } from './effects/followup.ts';
import { erasePerson } from './effects/erase.ts';
import { moveApplicationAs } from './effects/applications.ts';
import { decideVacancy, verifyEmployer } from './officials.ts';
import { officialsFor } from '../../db/roles.ts';
import { closeOwnVacancy } from './own-vacancies.ts';
import type { Effect } from './types.ts';
import type { VacancyDraft } from '../../kernel/vacancy/draft.ts';
import { writeAudit } from '../../db/audit-log.ts';

/** Applies a flow's effects for one person, inside the transaction that also saves the dialog state. */
export async function applyEffects(trx: Transaction<Database>, personId: number, channel: Channel, effects: readonly Effect[]): Promise<void> {
  for (const effect of effects) {
    switch (effect.kind) {
      case 'grant_consent':
        await trx
          .insertInto('consents')
          .values({ person_id: personId, purpose: effect.purpose, text_version: effect.textVersion, channel })
          .onConflict((oc) => oc.columns(['person_id', 'purpose']).where('withdrawn_at', 'is', null).doNothing())
          .execute();
        break;
      case 'withdraw_consent':
        await trx
          .updateTable('consents')
          .set({ withdrawn_at: sql`now()` })
          .where('person_id', '=', personId)
          .where('purpose', '=', effect.purpose)
          .where('withdrawn_at', 'is', null)
          .execute();
        // Withdrawing the priority-status consent deletes what it covered.
        if (effect.purpose === 'priority_status') {
          await trx.updateTable('worker_profiles').set({ priority_groups: [], updated_at: sql`now()` }).where('person_id', '=', personId).execute();
        }
        break;
      case 'forget_phone':
        await trx.updateTable('people').set({ phone_e164: null, updated_at: sql`now()` }).where('id', '=', personId).execute();
        break;
      case 'save_worker_profile': {
        const { profile } = effect;
        if (!profile.communeCode) throw new Error('a worker profile needs a commune');
        const region = await trx.selectFrom('regions').select('province_code').where('code', '=', profile.communeCode).where('level', '=', 'commune').executeTakeFirstOrThrow();
        await trx
          .updateTable('people')
          .set({
            birth_year: profile.birthYear,
            ...(profile.fullName ? { full_name: profile.fullName } : {}),
            ...(profile.phoneE164 ? { phone_e164: profile.phoneE164 } : {}),
            updated_at: sql`now()`,
          })
          .where('id', '=', personId)
          .execute();
        const values = {
          commune_code: profile.communeCode,
          province_code: region.province_code,
          occupations: profile.occupations,
          reach: profile.reach,
          frequency: profile.frequency,
          digest_hour: profile.frequency === 'daily' ? profile.digestHour : null,
          // Sensitive: written only while the person's own consent is held (else cleared); absent: left as it is.
          ...(profile.priorityGroups === undefined ? {} : { priority_groups: await priorityGroupsToWrite(trx, personId, profile.priorityGroups) }),
        };
        await trx
          .insertInto('worker_profiles')
          .values({ person_id: personId, ...values })
          .onConflict((oc) => oc.column('person_id').doUpdateSet({ ...values, updated_at: sql`now()` }))
          .execute();
        break;
      }
      case 'set_language':
        await trx.updateTable('people').set({ language: effect.lang }).where('id', '=', personId).execute();
        break;
      case 'stop_messages':
        await trx.updateTable('people').set({ status: 'stopped', stopped_at: sql`now()` }).where('id', '=', personId).where('status', '=', 'active').execute();
        break;
      case 'pause_alerts':
        await trx.updateTable('worker_profiles').set({ paused_at: sql`now()` }).where('person_id', '=', personId).where('paused_at', 'is', null).execute();
        break;
      case 'resume_alerts':
        await trx.updateTable('worker_profiles').set({ paused_at: null }).where('person_id', '=', personId).execute();
        break;
      case 'erase_person':
        await erasePerson(trx, personId);
        break;
      case 'create_broadcast':
        await createBroadcast(trx, personId, effect.broadcast);
        break;
      case 'submit_vacancy':
        await submitVacancy(trx, personId, effect.vacancy);
        break;
      case 'decide_vacancy': {
        const applied = await decideVacancy(trx, personId, effect.vacancyId, effect.decision, effect.reason);
        if (!applied) break;
        // An approved vacancy is handed to the fan-out through the outbox, in this same transaction.
        if (effect.decision === 'approve') await addToOutbox(trx, { queue: 'fanout', name: 'vacancy.approved', payload: { vacancyId: effect.vacancyId } });
        await tellEmployer(trx, effect.vacancyId, effect.decision, effect.reason);
        break;
      }
      case 'close_vacancy':
        await closeOwnVacancy(trx, personId, effect.vacancyId);
        break;
      case 'verify_employer': {
        const verified = await verifyEmployer(trx, personId, effect.vacancyId);
        if (verified?.ownerPersonId) await addNotices(trx, [{ personId: verified.ownerPersonId, key: 'notice.employer_verified', employerId: verified.employerId }]);
        break;
      }
      case 'record_interest':
        await recordInterest(trx, personId, channel, effect);
        break;
      case 'mark_not_suitable':
        await markNotSuitable(trx, personId, effect.vacancyId);
        break;
      case 'report_scam':
        await reportScam(trx, personId, effect.vacancyId);
        break;
      case 'record_followup':
        await recordFollowup(trx, personId, effect);
        break;
      case 'move_application':
        await moveApplicationAs(trx, personId, effect);
        break;
      case 'set_sex':
        await trx.updateTable('worker_profiles').set({ sex: effect.sex, updated_at: sql`now()` }).where('person_id', '=', personId).execute();
        break;
      case 'set_wage_floor':
        await trx.updateTable('worker_profiles').set({ wage_floor_vnd: effect.vnd, updated_at: sql`now()` }).where('person_id', '=', personId).execute();
        break;
      case 'resume_messages':
        await trx.updateTable('people').set({ status: 'active', stopped_at: null }).where('id', '=', personId).where('status', '=', 'stopped').execute();
        break;
    }
  }
}

/** The groups a save may write: only with the 'priority_status' consent held, and only known groups. */
async function priorityGroupsToWrite(trx: Transaction<Database>, personId: number, groups: readonly string[]): Promise<string[]> {
  const consent = await trx
    .selectFrom('consents')
    .select('id')
    .where('person_id', '=', personId)
    .where('purpose', '=', 'priority_status')
    .where('withdrawn_at', 'is', null)
    .executeTakeFirst();
  return consent === undefined ? [] : [...new Set(groups.filter(isPriorityGroup))];
}

/** The employer record of the person (created on their first post), then the vacancy as pending. */
async function submitVacancy(trx: Transaction<Database>, personId: number, draft: VacancyDraft): Promise<void> {
  const existing = await trx.selectFrom('employers').select('id').where('owner_person_id', '=', personId).executeTakeFirst();
  const employerId =
    existing?.id ?? (await trx.insertInto('employers').values({ owner_person_id: personId, name: draft.employerName }).returning('id').executeTakeFirstOrThrow()).id;
  const region = await trx.selectFrom('regions').select('province_code').where('code', '=', draft.communeCode).where('level', '=', 'commune').executeTakeFirstOrThrow();
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
  await addNotices(trx, officials.map((id) => ({ personId: id, key, params: { title: draft.title } })));
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

/** The poster hears the moderation result (with the reason when rejected). */
async function tellEmployer(trx: Transaction<Database>, vacancyId: number, decision: 'approve' | 'reject', reason: string | null): Promise<void> {
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
      : { personId: row.owner_person_id, key: 'notice.vacancy_rejected', params: { title: row.title, reason: reason ?? '' } },
  ]);
}
