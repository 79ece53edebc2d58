import { sql, type RawBuilder } from 'kysely';

/**
 * The one matching rule, used by job search and by the fan-out: an open vacancy (alias `v`) matches a worker
 * profile (alias `w`) when its occupation is among theirs and it lies within their reach — their commune, their
 * province, anywhere in Vietnam, or (reach 'abroad') anywhere including overseas work. Overseas work goes only to
 * people who chose 'abroad'. "Open" means approved and not past its deadline (Vietnam date `today`).
 *
 * The reach is written as OR'd branches (not a CASE) and the occupation as `occupations @> ARRAY[...]`, so that
 * when the vacancy's terms are known values (the fan-out passes them, see `vacancyTermsOf`) the planner can use the
 * GIN index on occupations and the commune/province indexes; search passes the alias `v` and gets the same rule.
 */
export interface VacancyTerms {
  occupation: RawBuilder<string>;
  communeCode: RawBuilder<string>;
  provinceCode: RawBuilder<string>;
  overseas: RawBuilder<boolean>;
}

/** The terms of the vacancy row aliased `v`. */
export const VACANCY_ROW: VacancyTerms = {
  occupation: sql<string>`v.occupation`,
  communeCode: sql<string>`v.commune_code`,
  provinceCode: sql<string>`v.province_code`,
  overseas: sql<boolean>`v.overseas`,
};

/** The terms of one known vacancy, as query parameters. */
export function vacancyTermsOf(vacancy: { occupation: string; commune_code: string; province_code: string; overseas: boolean }): VacancyTerms {
  return {
    occupation: sql<string>`${vacancy.occupation}::text`,
    communeCode: sql<string>`${vacancy.commune_code}::text`,
    provinceCode: sql<string>`${vacancy.province_code}::text`,
    overseas: sql<boolean>`${vacancy.overseas}::boolean`,
  };
}

export function vacancyIsOpen(today: string): RawBuilder<boolean> {
  return sql<boolean>`(v.status = 'approved' AND v.deadline >= ${today}::date)`;
}

export function vacancyWithinReach(v: VacancyTerms = VACANCY_ROW): RawBuilder<boolean> {
  return sql<boolean>`(
    w.occupations @> ARRAY[${v.occupation}]::text[]
    AND (w.reach = 'abroad'
      OR (NOT ${v.overseas} AND (
        w.reach = 'country'
        OR (w.reach = 'province' AND w.province_code = ${v.provinceCode})
        OR (w.reach = 'commune' AND w.commune_code = ${v.communeCode})))))`;
}
