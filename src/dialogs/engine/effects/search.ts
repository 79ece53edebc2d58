import { sql, type Transaction } from 'kysely';
import type { Channel, Database } from '../../../db/schema.ts';
import { addNotices } from '../../../queue/notices.ts';
import { officialsFor } from '../officials.ts';

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
  if (!vacancy || vacancy.status !== 'approved') return; // closed or hidden meanwhile: nothing to be interested in
  await trx
    .insertInto('applications')
    .values({ vacancy_id: effect.vacancyId, person_id: personId, status: 'interested', shared_contact: effect.share })
    .onConflict((oc) =>
      oc.columns(['vacancy_id', 'person_id']).doUpdateSet({
        status: sql`CASE WHEN applications.status IN ('not_suitable', 'withdrawn') THEN 'interested' ELSE applications.status END`,
        shared_contact: sql`applications.shared_contact OR excluded.shared_contact`,
        updated_at: sql`now()`,
      }),
    )
    .execute();
  if (!effect.share) return;
  await trx
    .insertInto('consents')
    .values({ person_id: personId, purpose: 'share_with_employer', text_version: SHARE_CONSENT_VERSION, channel })
    .onConflict((oc) => oc.columns(['person_id', 'purpose']).where('withdrawn_at', 'is', null).doNothing())
    .execute();
  const updates = { ...(effect.phoneE164 ? { phone_e164: effect.phoneE164 } : {}), ...(effect.fullName ? { full_name: effect.fullName } : {}) };
  if (Object.keys(updates).length > 0) await trx.updateTable('people').set({ ...updates, updated_at: sql`now()` }).where('id', '=', personId).execute();
  const person = await trx.selectFrom('people').select(['full_name', 'phone_e164']).where('id', '=', personId).executeTakeFirstOrThrow();
  const params = { title: vacancy.title, name: person.full_name ?? '—', phone: person.phone_e164 ? localPhone(person.phone_e164) : '—' };
  const officials = await officialsFor(trx, vacancy.commune_code, vacancy.province_code);
  await addNotices(trx, [
    ...(vacancy.owner_person_id && vacancy.owner_person_id !== personId ? [{ personId: vacancy.owner_person_id, key: 'notice.interest_employer' as const, params }] : []),
    ...officials.filter((id) => id !== personId && id !== vacancy.owner_person_id).map((id) => ({ personId: id, key: 'notice.interest_official' as const, params })),
  ]);
}

/** +84912345678 → 0912345678: how people write and dial a number in Vietnam. */
function localPhone(e164: string): string {
  return e164.startsWith('+84') ? `0${e164.slice(3)}` : e164;
}

export async function markNotSuitable(trx: Trx, personId: number, vacancyId: number): Promise<void> {
  await trx
    .insertInto('applications')
    .values({ vacancy_id: vacancyId, person_id: personId, status: 'not_suitable' })
    .onConflict((oc) => oc.columns(['vacancy_id', 'person_id']).doUpdateSet({ status: 'not_suitable', updated_at: sql`now()` }).where('applications.status', '=', 'interested'))
    .execute();
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
    await trx.updateTable('vacancies').set({ status: 'hidden' }).where('id', '=', vacancyId).where('status', '=', 'approved').execute();
  }
  await trx
    .insertInto('audit_log')
    .values({
      actor_person_id: personId,
      actor_label: 'worker',
      action: hide ? 'vacancy.hidden_by_reports' : 'vacancy.reported',
      subject_type: 'vacancy',
      subject_id: String(vacancyId),
      region_code: vacancy.province_code,
      details: JSON.stringify({ openReports: count }),
    })
    .execute();
  const officials = await officialsFor(trx, vacancy.commune_code, vacancy.province_code);
  await addNotices(
    trx,
    officials.map((id) => ({ personId: id, key: hide ? ('notice.scam_hidden' as const) : ('notice.scam_reported' as const), params: { title: vacancy.title, id: String(vacancyId), count } })),
  );
}
