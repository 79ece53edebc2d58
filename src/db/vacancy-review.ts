import { sql, type Kysely, type Transaction } from 'kysely';
import { withinOfficialScope } from './region-scope.ts';
import type { Database } from './schema.ts';
import { toVacancyFacts, VACANCY_FACTS_SELECTION } from './vacancy-facts.ts';
import type { ScamReason } from '../kernel/scam/index.ts';
import type { VacancyFacts } from '../kernel/vacancy/facts.ts';
import { writeAudit } from './audit-log.ts';

/** A vacancy waiting for an official, with the scam shield's reasons. */
export interface PendingVacancy extends VacancyFacts {
  id: number;
  scamReasons: ScamReason[];
  /** Workers' scam reports not yet answered; a vacancy with 3 is hidden until an official decides. */
  openReports?: number;
}

/**
 * What officials may see and do, always limited to their region: a province code covers its communes, a commune
 * code that commune, no code the whole country. Every query here carries the scope in SQL.
 */
type Db = Kysely<Database> | Transaction<Database>;
/** The SQL condition "this vacancy lies within one of the person's official or admin scopes". */
function inScope(personId: number) {
  return withinOfficialScope(personId, sql`v.province_code`, sql`v.commune_code`);
}

/** How many vacancies wait for the person's review within their scope: the queue above, counted (the menu's). */
export async function countReviewQueue(db: Db, personId: number): Promise<number> {
  const row = await db
    .selectFrom('vacancies as v')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('v.status', 'in', ['pending', 'hidden'])
    .where(inScope(personId))
    .executeTakeFirst();
  return row?.n ?? 0;
}

export async function loadReviewQueue(db: Db, personId: number, limit = 20): Promise<PendingVacancy[]> {
  const rows = await db
    .selectFrom('vacancies as v')
    .innerJoin('employers as e', 'e.id', 'v.employer_id')
    .select([
      ...VACANCY_FACTS_SELECTION,
      'v.id',
      'v.scam_reasons',
      sql<number>`(SELECT count(*) FROM scam_reports s WHERE s.vacancy_id = v.id AND s.resolved_at IS NULL)::int`.as(
        'open_reports',
      ),
    ])
    // Hidden ones were taken down by workers' scam reports and wait for an official's decision too.
    .where('v.status', 'in', ['pending', 'hidden'])
    .where(inScope(personId))
    .orderBy('v.submitted_at')
    .orderBy('v.id')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    ...toVacancyFacts(r),
    scamReasons: r.scam_reasons as PendingVacancy['scamReasons'],
    openReports: r.open_reports,
  }));
}

/** Approve or reject, only if still pending and within scope; true when it took effect. */
export async function decideVacancy(
  trx: Transaction<Database>,
  personId: number,
  vacancyId: number,
  decision: 'approve' | 'reject',
  reason: string | null,
): Promise<boolean> {
  const updated = await trx
    .updateTable('vacancies as v')
    .set({
      status: decision === 'approve' ? 'approved' : 'rejected',
      decided_at: sql`now()`,
      decided_by: personId,
      reject_reason: decision === 'reject' ? reason : null,
    })
    .where('v.id', '=', vacancyId)
    .where('v.status', 'in', ['pending', 'hidden'])
    .where(inScope(personId))
    .returning(['v.province_code'])
    .executeTakeFirst();
  if (!updated) return false;
  // The decision answers the workers' reports too.
  await trx
    .updateTable('scam_reports')
    .set({ resolved_at: sql`now()`, resolved_by: personId })
    .where('vacancy_id', '=', vacancyId)
    .where('resolved_at', 'is', null)
    .execute();
  await writeAudit(trx, {
    actorPersonId: personId,
    actorLabel: 'official',
    action: decision === 'approve' ? 'vacancy.approved' : 'vacancy.rejected',
    subjectType: 'vacancy',
    subjectId: String(vacancyId),
    regionCode: updated.province_code,
    details: reason ? { reason } : {},
  });
  return true;
}

/**
 * Verifies the employer of a vacancy, only if that vacancy is within the official's scope and the employer is not
 * verified yet; the employer (to tell its owner) when it took effect, with an audit entry.
 */
export async function verifyEmployer(
  trx: Transaction<Database>,
  personId: number,
  vacancyId: number,
): Promise<{ employerId: number; ownerPersonId: number | null; name: string } | null> {
  const verified = await trx
    .updateTable('employers as e')
    .from('vacancies as v')
    .set({ verified_at: sql`now()`, verified_by: personId })
    .whereRef('v.employer_id', '=', 'e.id')
    .where('v.id', '=', vacancyId)
    .where('e.verified_at', 'is', null)
    .where(inScope(personId))
    .returning(['e.id', 'e.owner_person_id', 'e.name', 'v.province_code'])
    .executeTakeFirst();
  if (!verified) return null;
  await writeAudit(trx, {
    actorPersonId: personId,
    actorLabel: 'official',
    action: 'employer.verified',
    subjectType: 'employer',
    subjectId: String(verified.id),
    regionCode: verified.province_code,
    details: { vacancyId },
  });
  return { employerId: verified.id, ownerPersonId: verified.owner_person_id, name: verified.name };
}
