import { sql, type RawBuilder } from 'kysely';

/**
 * The SQL condition "this place lies within one of the person's official or admin scopes": a role with no region
 * covers the whole country, a province code its communes, a commune code that commune. The place is given as SQL
 * expressions (a column, or a COALESCE of columns); a place that is unknown (NULL) is covered by a whole-country
 * role only.
 */
export function withinOfficialScope(
  personId: number,
  provinceCode: RawBuilder<unknown>,
  communeCode: RawBuilder<unknown>,
): RawBuilder<boolean> {
  return sql<boolean>`EXISTS (
    SELECT 1 FROM roles r
    WHERE r.person_id = ${personId} AND r.revoked_at IS NULL AND r.role IN ('official', 'admin')
      AND (r.region_code IS NULL OR r.region_code = ${provinceCode} OR r.region_code = ${communeCode}))`;
}

/** Where an application's worker lives: their profile's commune, or after erasure the commune they had then. */
export const WORKER_PROVINCE = sql<string | null>`COALESCE(w.province_code, p.erased_province_code)`;
export const WORKER_COMMUNE = sql<string | null>`COALESCE(w.commune_code, p.erased_commune_code)`;
