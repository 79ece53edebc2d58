import { sql, type RawBuilder } from 'kysely';
import { withinOfficialScope } from '../../db/region-scope.ts';

/**
 * Who may act at an event, as SQL over the alias `ev` (events): one definition for the list, the loader and every
 * write. The event's place is its commune, or for an online event the region its announcement is scoped to.
 */
const EVENT_PLACE = sql<string | null>`COALESCE(ev.commune_code, ev.scope_region_code)`;
const EVENT_PROVINCE = sql<string | null>`(SELECT rg.province_code FROM regions rg WHERE rg.code = ${EVENT_PLACE})`;

/** An official or admin whose scope covers the event. */
export function officialAtEvent(personId: number): RawBuilder<boolean> {
  return withinOfficialScope(personId, EVENT_PROVINCE, EVENT_PLACE);
}

/** An employer the person owns, joined to the event. */
export function joinedEmployerAtEvent(personId: number): RawBuilder<boolean> {
  return sql<boolean>`EXISTS (
    SELECT 1 FROM event_employers ee JOIN employers e ON e.id = ee.employer_id
    WHERE ee.event_id = ev.id AND ee.status = 'joined' AND e.owner_person_id = ${personId})`;
}

/** May check tickets in at the door: an official in scope, or a joined employer. */
export function mayRunDoor(personId: number): RawBuilder<boolean> {
  return sql<boolean>`(${officialAtEvent(personId)} OR ${joinedEmployerAtEvent(personId)})`;
}

/** The employer has an open approved vacancy in the event's province (anywhere, for an event with no place). */
export function employerNearEvent(employerId: RawBuilder<unknown>, today: string): RawBuilder<boolean> {
  return sql<boolean>`EXISTS (
    SELECT 1 FROM vacancies v
    WHERE v.employer_id = ${employerId} AND v.status = 'approved' AND v.deadline >= ${today}::date
      AND (${EVENT_PROVINCE} IS NULL OR v.province_code = ${EVENT_PROVINCE}))`;
}

/** Events that still lie ahead today or later and are not cancelled or over: fairs and online sessions. */
export const UPCOMING_STATUSES = ['scheduled', 'announced'] as const;
