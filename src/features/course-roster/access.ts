import { type RawBuilder, sql } from 'kysely';
import { withinOfficialScope } from '../../db/region-scope.ts';

/**
 * Who may manage a course's sign-ups (SQL over `c`, the courses row): the person who owns its provider, or an
 * official (or admin) whose area covers its commune; an online course only an official for the whole country.
 */
export function managesCourse(personId: number): RawBuilder<boolean> {
  return sql<boolean>`(EXISTS (
      SELECT 1 FROM providers pr WHERE pr.id = c.provider_id AND pr.owner_person_id = ${personId})
    OR ${withinOfficialScope(personId, sql`c.province_code`, sql`c.commune_code`)})`;
}
