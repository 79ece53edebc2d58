import { sql, type Kysely, type Transaction } from 'kysely';
import { PURSUED_STATUSES, type ApplicationStatus } from '../kernel/application-lifecycle.ts';
import { SHARES_CONTACT } from './applications.ts';
import type { Database } from './schema.ts';
import { toVacancyFacts, VACANCY_FACTS_SELECTION } from './vacancy-facts.ts';
import { CLOSABLE_STATUSES, type VacancyStatus } from '../kernel/vacancy/status.ts';
import type { VacancyFacts } from '../kernel/vacancy/facts.ts';
import { writeAudit } from './audit-log.ts';

/** One of the person's own vacancies, as /tincuatoi lists it: its status and how many workers pressed "Quan tâm". */
export interface OwnVacancy extends VacancyFacts {
  id: number;
  status: VacancyStatus;
  rejectReason: string | null;
  /** Workers whose application is 'interested' or later (introduced, offered, hired, not hired). */
  interested: number;
}

/** One worker interested in an employer's vacancy; name and phone only when they agreed to share them. */
export interface Applicant {
  applicationId: number;
  /** 1 for the first to press "Quan tâm" on this vacancy, 2 for the next…: "Người lao động 3" when anonymous. */
  number: number;
  name: string | null;
  phoneE164: string | null;
  status: import('../kernel/application-lifecycle.ts').ApplicationStatus;
  /** When they pressed "Quan tâm". */
  appliedAt: Date;
}

/**
 * An employer's own vacancies (/tincuatoi): the list, closing one, and one's applicants. Ownership is always in
 * the query: the vacancy's employer record must belong to the person.
 */
type Db = Kysely<Database> | Transaction<Database>;

/** Applications that count as "pressed Quan tâm": interested, and the later steps of the funnel. */
export const INTERESTED_STATUSES = PURSUED_STATUSES;

/** How many of the newest vacancies /tincuatoi reads (5 a page); an employer posting by chat has far fewer. */
export const OWN_VACANCIES_LIMIT = 100;

export async function loadOwnVacancies(db: Db, personId: number, limit = OWN_VACANCIES_LIMIT): Promise<OwnVacancy[]> {
  const rows = await db
    .selectFrom('vacancies as v')
    .innerJoin('employers as e', 'e.id', 'v.employer_id')
    .where('e.owner_person_id', '=', personId)
    .select((eb) => [
      ...VACANCY_FACTS_SELECTION,
      'v.id',
      'v.status',
      'v.reject_reason',
      eb
        .selectFrom('applications as a')
        .whereRef('a.vacancy_id', '=', 'v.id')
        .where('a.status', 'in', [...INTERESTED_STATUSES])
        .select(sql<number>`count(*)::int`.as('n'))
        .as('interested'),
    ])
    .orderBy('v.submitted_at', 'desc')
    .orderBy('v.id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    status: r.status,
    rejectReason: r.reject_reason,
    interested: r.interested ?? 0,
    ...toVacancyFacts(r),
  }));
}

/**
 * Workers who pressed "Quan tâm" on the person's open vacancies and whom the employer has not answered yet (still
 * 'interested': not introduced, hired or turned down), for the menu's count.
 */
export async function countNewInterest(db: Db, personId: number): Promise<number> {
  const row = await db
    .selectFrom('applications as a')
    .innerJoin('vacancies as v', 'v.id', 'a.vacancy_id')
    .innerJoin('employers as e', 'e.id', 'v.employer_id')
    .select(sql<number>`count(*)::int`.as('n'))
    .where('e.owner_person_id', '=', personId)
    .where('v.status', '=', 'approved')
    .where('a.status', '=', 'interested')
    .executeTakeFirst();
  return row?.n ?? 0;
}

/** Closes the person's own vacancy if it may still be closed; true when it took effect (with an audit entry). */
export async function closeOwnVacancy(
  trx: Transaction<Database>,
  personId: number,
  vacancyId: number,
): Promise<boolean> {
  const closed = await trx
    .updateTable('vacancies as v')
    .set({ status: 'closed', closed_at: sql`now()` })
    .where('v.id', '=', vacancyId)
    .where('v.status', 'in', [...CLOSABLE_STATUSES])
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('employers as e')
          .select(sql`1`.as('one'))
          .whereRef('e.id', '=', 'v.employer_id')
          .where('e.owner_person_id', '=', personId),
      ),
    )
    .returning(['v.province_code'])
    .executeTakeFirst();
  if (!closed) return false;
  await writeAudit(trx, {
    actorPersonId: personId,
    actorLabel: 'employer',
    action: 'vacancy.closed',
    subjectType: 'vacancy',
    subjectId: String(vacancyId),
    regionCode: closed.province_code,
    details: {},
  });
  return true;
}

/** How many of a vacancy's newest applicants /tincuatoi reads (5 a page). */
export const APPLICANTS_LIMIT = 100;

/**
 * The workers who pressed "Quan tâm" on one of the person's own vacancies (nothing when it is not theirs), newest
 * first. Each has a number by arrival, over every application the vacancy ever had, so "Người lao động 3" stays
 * the same person; the name and phone only of those who shared them.
 */
export async function loadApplicants(
  db: Db,
  ownerPersonId: number,
  vacancyId: number,
  limit = APPLICANTS_LIMIT,
): Promise<Applicant[]> {
  const { rows } = await sql<{
    id: number;
    number: number;
    status: ApplicationStatus;
    created_at: Date;
    name: string | null;
    phone: string | null;
  }>`
    SELECT id, number, status, created_at, name, phone FROM (
      SELECT a.id, a.status, a.created_at, row_number() OVER (ORDER BY a.created_at, a.id)::int AS number,
             CASE WHEN ${SHARES_CONTACT} THEN p.full_name END AS name,
             CASE WHEN ${SHARES_CONTACT} THEN p.phone_e164 END AS phone
      FROM applications a
      JOIN vacancies v ON v.id = a.vacancy_id
      JOIN employers e ON e.id = v.employer_id
      JOIN people p ON p.id = a.person_id
      WHERE a.vacancy_id = ${vacancyId} AND e.owner_person_id = ${ownerPersonId}
    ) numbered
    WHERE status IN (${sql.join([...INTERESTED_STATUSES])})
    ORDER BY created_at DESC, id DESC
    LIMIT ${limit}`.execute(db);
  return rows.map((r) => ({
    applicationId: r.id,
    number: r.number,
    name: r.name,
    phoneE164: r.phone,
    status: r.status,
    appliedAt: r.created_at,
  }));
}
