import { sql, type RawBuilder } from 'kysely';

/**
 * The one matching rule, used by job search and by the fan-out: an open vacancy (alias `v`) matches a worker
 * profile (alias `w`) when its occupation is among theirs and it lies within their reach — their commune, their
 * province, anywhere in Vietnam, or (reach 'abroad') anywhere including overseas work. Overseas work goes only to
 * people who chose 'abroad'. "Open" means approved and not past its deadline (Vietnam date `today`).
 */
export function vacancyIsOpen(today: string): RawBuilder<boolean> {
  return sql<boolean>`(v.status = 'approved' AND v.deadline >= ${today}::date)`;
}

export function vacancyWithinReach(): RawBuilder<boolean> {
  return sql<boolean>`(
    v.occupation = ANY (w.occupations)
    AND CASE w.reach
      WHEN 'commune' THEN v.commune_code = w.commune_code AND NOT v.overseas
      WHEN 'province' THEN v.province_code = w.province_code AND NOT v.overseas
      WHEN 'country' THEN NOT v.overseas
      ELSE true
    END)`;
}
