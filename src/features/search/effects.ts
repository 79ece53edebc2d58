import { sql, type Transaction } from 'kysely';
import type { Channel, Database } from '../../db/schema.ts';
import { moveApplication } from '../../db/applications.ts';
import { addNotices } from '../../messaging/queue/notices.ts';
import { officialsFor } from '../../db/roles.ts';
import { writeAudit } from '../../db/audit-log.ts';
import { DONE, effectHandlers } from '../../engine/feature.ts';

/** What a job seeker's answers to a vacancy write. */
export type SearchEffect =
  /** "Quan tâm": an application; with `share`, the employer and the commune's officials get the name and phone. */
  | { kind: 'record_interest'; vacancyId: number; share: boolean; phoneE164: string | null; fullName: string | null }
  | { kind: 'mark_not_suitable'; vacancyId: number }
  /** "Báo lừa đảo": a report reaches the officials; 3 open reports hide the vacancy until reviewed. */
  | { kind: 'report_scam'; vacancyId: number };

export const searchEffects = effectHandlers<SearchEffect>({
  async record_interest(trx, { personId, channel }, effect) {
    await recordInterest(trx, personId, channel, effect);
    return DONE;
  },
  async mark_not_suitable(trx, { personId }, effect) {
    await markNotSuitable(trx, personId, effect.vacancyId);
    return DONE;
  },
  async report_scam(trx, { personId }, effect) {
    await reportScam(trx, personId, effect.vacancyId);
    return DONE;
  },
});

/**
 * What a job seeker's answers to a vacancy write: interest (an application, and with their consent their name
 * and phone to the employer and the commune's officials), "not suitable", and scam reports (officials told;
 * the third open report hides the vacancy until an official reviews it).
 */
export const SHARE_CONSENT_VERSION = 'share-v1';
export const REPORTS_TO_HIDE = 3;

type Trx = Transaction<Database>;

interface VacancyParties {
  title: string;
  commune_code: string;
  province_code: string;
  status: string;
  owner_person_id: number | null;
}

async function parties(trx: Trx, vacancyId: number): Promise<VacancyParties | undefined> {
  return trx
    .selectFrom('vacancies as v')
    .innerJoin('employers as e', 'e.id', 'v.employer_id')
    .select(['v.title', 'v.commune_code', 'v.province_code', 'v.status', 'e.owner_person_id'])
    .where('v.id', '=', vacancyId)
    .executeTakeFirst();
}

export async function recordInterest(
  trx: Trx,
  personId: number,
  channel: Channel,
  effect: { vacancyId: number; share: boolean; phoneE164: string | null; fullName: string | null },
): Promise<void> {
  const vacancy = await parties(trx, effect.vacancyId);
  if (vacancy?.status !== 'approved') return; // closed or hidden meanwhile: nothing to be interested in
  const moved = await moveApplication(
    trx,
    { vacancyId: effect.vacancyId, workerId: personId },
    { to: 'interested', actor: { role: 'worker', personId }, sharedContact: effect.share },
  );
  if (moved.kind === 'not_found') return;
  if (!effect.share) return;
  // An application made before without sharing shares from now on (a later press never takes it back).
  await trx
    .updateTable('applications')
    .set({ shared_contact: true })
    .where('id', '=', moved.applicationId)
    .where('shared_contact', '=', false)
    .execute();
  await trx
    .insertInto('consents')
    .values({ person_id: personId, purpose: 'share_with_employer', text_version: SHARE_CONSENT_VERSION, channel })
    .onConflict((oc) => oc.columns(['person_id', 'purpose']).where('withdrawn_at', 'is', null).doNothing())
    .execute();
  const updates = {
    ...(effect.phoneE164 ? { phone_e164: effect.phoneE164 } : {}),
    ...(effect.fullName ? { full_name: effect.fullName } : {}),
  };
  if (Object.keys(updates).length > 0)
    await trx
      .updateTable('people')
      .set({ ...updates, updated_at: sql`now()` })
      .where('id', '=', personId)
      .execute();
  // The notices carry the application, not the name and phone: the notify worker reads those when it sends, and
  // only while the worker still shares them (src/messaging/queue/notice-subjects.ts).
  const applicationId = moved.applicationId;
  const officials = await officialsFor(trx, vacancy.commune_code, vacancy.province_code);
  await addNotices(trx, [
    ...(vacancy.owner_person_id && vacancy.owner_person_id !== personId
      ? [{ personId: vacancy.owner_person_id, key: 'notice.interest_employer' as const, applicationId }]
      : []),
    ...officials
      .filter((id) => id !== personId && id !== vacancy.owner_person_id)
      .map((id) => ({ personId: id, key: 'notice.interest_official' as const, applicationId })),
  ]);
}

/** "Không phù hợp": only while the person has not pursued the vacancy (else their application stays as it is). */
export async function markNotSuitable(trx: Trx, personId: number, vacancyId: number): Promise<void> {
  await moveApplication(
    trx,
    { vacancyId, workerId: personId },
    { to: 'not_suitable', actor: { role: 'worker', personId } },
  );
}

export async function reportScam(trx: Trx, personId: number, vacancyId: number): Promise<void> {
  const vacancy = await parties(trx, vacancyId);
  if (!vacancy) return;
  const inserted = await trx
    .insertInto('scam_reports')
    .values({ vacancy_id: vacancyId, reporter_person_id: personId })
    .onConflict((oc) => oc.columns(['vacancy_id', 'reporter_person_id']).doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!inserted) return; // one report per person
  const { count } = await trx
    .selectFrom('scam_reports')
    .select((eb) => eb.fn.countAll<number>().as('count'))
    .where('vacancy_id', '=', vacancyId)
    .where('resolved_at', 'is', null)
    .executeTakeFirstOrThrow();
  const hide = count >= REPORTS_TO_HIDE && vacancy.status === 'approved';
  if (hide) {
    await trx
      .updateTable('vacancies')
      .set({ status: 'hidden' })
      .where('id', '=', vacancyId)
      .where('status', '=', 'approved')
      .execute();
  }
  await writeAudit(trx, {
    actorPersonId: personId,
    actorLabel: 'worker',
    action: hide ? 'vacancy.hidden_by_reports' : 'vacancy.reported',
    subjectType: 'vacancy',
    subjectId: String(vacancyId),
    regionCode: vacancy.province_code,
    details: { openReports: count },
  });
  const officials = await officialsFor(trx, vacancy.commune_code, vacancy.province_code);
  await addNotices(
    trx,
    officials.map((id) => ({
      personId: id,
      key: hide ? ('notice.scam_hidden' as const) : ('notice.scam_reported' as const),
      params: { title: vacancy.title, id: String(vacancyId), count },
    })),
  );
}
