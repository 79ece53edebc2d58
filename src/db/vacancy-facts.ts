import { sql, type RawBuilder } from 'kysely';
import type { VacancyFacts } from '../kernel/vacancy/facts.ts';

/**
 * The one place that reads a vacancy as people see it (the card in alerts, job search, the moderation queue):
 * the columns, from `vacancies v JOIN employers e`, and the row → VacancyFacts mapping.
 *
 *   sql`SELECT v.id, ${VACANCY_FACTS_COLUMNS} FROM vacancies v JOIN employers e ON e.id = v.employer_id …`
 *   rows.map(toVacancyFacts)
 *   db.selectFrom('vacancies as v').innerJoin('employers as e', 'e.id',
 * 'v.employer_id').select([...VACANCY_FACTS_SELECTION, 'v.id'])
 */
export const VACANCY_FACTS_COLUMNS: RawBuilder<unknown> = sql`e.name AS employer_name, e.verified_at IS NOT NULL AS verified, v.title,
  v.occupation, v.commune_code, v.headcount, v.wage_raw, v.requirements, v.deadline, v.contact, v.overseas`;

/** The same columns for a Kysely query over `vacancies as v` joined with `employers as e`. */
export const VACANCY_FACTS_SELECTION = [
  'e.name as employer_name',
  sql<boolean>`e.verified_at IS NOT NULL`.as('verified'),
  'v.title',
  'v.occupation',
  'v.commune_code',
  'v.headcount',
  'v.wage_raw',
  'v.requirements',
  'v.deadline',
  'v.contact',
  'v.overseas',
] as const;

export interface VacancyFactsRow {
  employer_name: string;
  verified: boolean;
  title: string;
  occupation: string;
  commune_code: string;
  headcount: number;
  wage_raw: string;
  requirements: string | null;
  deadline: string;
  contact: string;
  overseas: boolean;
}

export function toVacancyFacts(r: VacancyFactsRow): VacancyFacts & { overseas: boolean } {
  return {
    employerName: r.employer_name,
    employerVerified: r.verified,
    title: r.title,
    occupation: r.occupation,
    communeCode: r.commune_code,
    headcount: r.headcount,
    wageRaw: r.wage_raw,
    requirements: r.requirements,
    deadline: r.deadline,
    contact: r.contact,
    overseas: r.overseas,
  };
}
