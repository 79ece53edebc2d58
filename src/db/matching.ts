import { sql, type RawBuilder } from 'kysely';

/**
 * The one matching rule, used by job search and by the fan-out: an open vacancy (alias `v`) matches a worker
 * profile (alias `w`) when its occupation is among theirs, it lies within their reach — their commune, their
 * province, anywhere in Vietnam, or (reach 'abroad') anywhere including overseas work — and it does not pay less
 * than their wage floor. Overseas work goes only to people who chose 'abroad'. "Open" means approved and not past
 * its deadline (Vietnam date `today`).
 *
 * The wage floor compares monthly pay in đồng only when both sides are known: the worker's optional floor and the
 * vacancy's generated `wage_monthly_max_vnd` (NULL unless the post gives a VND monthly maximum, not negotiable;
 * see migrations/0011_wage_floor.ts). An unknown on either side never hides a vacancy.
 *
 * The reach is written as OR'd branches (not a CASE) and the occupation as `occupations @> ARRAY[...]`, so that
 * when the vacancy's terms are known values (the fan-out passes them, see `vacancyTermsOf`) the planner can use the
 * GIN index on occupations and the commune/province indexes; search passes the alias `v` and gets the same rule.
 * A known vacancy with no monthly maximum passes a NULL literal, which the planner folds the wage clause away with.
 */
export interface VacancyTerms {
  occupation: RawBuilder<string>;
  communeCode: RawBuilder<string>;
  provinceCode: RawBuilder<string>;
  overseas: RawBuilder<boolean>;
  monthlyMaxVnd: RawBuilder<number | null>;
}

/** The terms of the vacancy row aliased `v`. */
export const VACANCY_ROW: VacancyTerms = {
  occupation: sql<string>`v.occupation`,
  communeCode: sql<string>`v.commune_code`,
  provinceCode: sql<string>`v.province_code`,
  overseas: sql<boolean>`v.overseas`,
  monthlyMaxVnd: sql<number | null>`v.wage_monthly_max_vnd`,
};

export interface KnownVacancyTerms {
  occupation: string;
  commune_code: string;
  province_code: string;
  overseas: boolean;
  /** vacancies.wage_monthly_max_vnd. */
  wage_monthly_max_vnd: number | null;
}

/** The terms of one known vacancy, as query parameters. */
export function vacancyTermsOf(vacancy: KnownVacancyTerms): VacancyTerms {
  const max = vacancy.wage_monthly_max_vnd;
  return {
    occupation: sql<string>`${vacancy.occupation}::text`,
    communeCode: sql<string>`${vacancy.commune_code}::text`,
    provinceCode: sql<string>`${vacancy.province_code}::text`,
    overseas: sql<boolean>`${vacancy.overseas}::boolean`,
    monthlyMaxVnd: max === null ? sql<null>`NULL::bigint` : sql<number>`${max}::bigint`,
  };
}

export function vacancyIsOpen(today: string): RawBuilder<boolean> {
  return sql<boolean>`(v.status = 'approved' AND v.deadline >= ${today}::date)`;
}

/** The whole rule: within reach and not below the worker's wage floor. */
export function vacancyMatchesWorker(v: VacancyTerms = VACANCY_ROW): RawBuilder<boolean> {
  return sql<boolean>`(${vacancyWithinReach(v)} AND ${vacancyMeetsWageFloor(v)})`;
}

function vacancyWithinReach(v: VacancyTerms): RawBuilder<boolean> {
  return sql<boolean>`(
    w.occupations @> ARRAY[${v.occupation}]::text[]
    AND (w.reach = 'abroad'
      OR (NOT ${v.overseas} AND (
        w.reach = 'country'
        OR (w.reach = 'province' AND w.province_code = ${v.provinceCode})
        OR (w.reach = 'commune' AND w.commune_code = ${v.communeCode})))))`;
}

function vacancyMeetsWageFloor(v: VacancyTerms): RawBuilder<boolean> {
  return sql<boolean>`(w.wage_floor_vnd IS NULL OR ${v.monthlyMaxVnd} IS NULL OR ${v.monthlyMaxVnd} >= w.wage_floor_vnd)`;
}
