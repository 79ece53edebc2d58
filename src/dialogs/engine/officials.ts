import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { PendingVacancy } from './types.ts';

/**
 * What officials may see and do, always limited to their region: a province code covers its communes, a commune
 * code that commune, no code the whole country. Every query here carries the scope in SQL.
 */
type Db = Kysely<Database> | Transaction<Database>;
export type Scoped = { role: 'official' | 'employer' | 'admin'; regionCode: string | null };

export async function loadRoles(db: Db, personId: number): Promise<Scoped[]> {
  const rows = await db.selectFrom('roles').select(['role', 'region_code']).where('person_id', '=', personId).where('revoked_at', 'is', null).execute();
  return rows.map((r) => ({ role: r.role, regionCode: r.region_code }));
}

/** The SQL condition "this vacancy lies within one of the person's official or admin scopes". */
function inScope(personId: number) {
  return sql<boolean>`EXISTS (
    SELECT 1 FROM roles r
    WHERE r.person_id = ${personId} AND r.revoked_at IS NULL AND r.role IN ('official', 'admin')
      AND (r.region_code IS NULL OR r.region_code = v.province_code OR r.region_code = v.commune_code))`;
}

export async function loadReviewQueue(db: Db, personId: number, limit = 20): Promise<PendingVacancy[]> {
  const rows = await db
    .selectFrom('vacancies as v')
    .innerJoin('employers as e', 'e.id', 'v.employer_id')
    .select([
      'v.id', 'e.name as employer_name', 'e.verified_at', 'v.title', 'v.occupation', 'v.commune_code', 'v.headcount', 'v.wage_raw',
      'v.requirements', 'v.deadline', 'v.contact', 'v.scam_reasons',
    ])
    .where('v.status', '=', 'pending')
    .where(inScope(personId))
    .orderBy('v.submitted_at')
    .orderBy('v.id')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    employerName: r.employer_name,
    employerVerified: r.verified_at !== null,
    title: r.title,
    occupation: r.occupation,
    communeCode: r.commune_code,
    headcount: r.headcount,
    wageRaw: r.wage_raw,
    requirements: r.requirements,
    deadline: r.deadline,
    contact: r.contact,
    scamReasons: r.scam_reasons as PendingVacancy['scamReasons'],
  }));
}

/** Approve or reject, only if still pending and within scope; true when it took effect. */
export async function decideVacancy(trx: Transaction<Database>, personId: number, vacancyId: number, decision: 'approve' | 'reject', reason: string | null): Promise<boolean> {
  const updated = await trx
    .updateTable('vacancies as v')
    .set({ status: decision === 'approve' ? 'approved' : 'rejected', decided_at: sql`now()`, decided_by: personId, reject_reason: decision === 'reject' ? reason : null })
    .where('v.id', '=', vacancyId)
    .where('v.status', '=', 'pending')
    .where(inScope(personId))
    .returning(['v.province_code'])
    .executeTakeFirst();
  if (!updated) return false;
  await trx
    .insertInto('audit_log')
    .values({
      actor_person_id: personId,
      actor_label: 'official',
      action: decision === 'approve' ? 'vacancy.approved' : 'vacancy.rejected',
      subject_type: 'vacancy',
      subject_id: String(vacancyId),
      region_code: updated.province_code,
      details: JSON.stringify(reason ? { reason } : {}),
    })
    .execute();
  return true;
}
