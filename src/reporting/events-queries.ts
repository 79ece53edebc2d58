import { sql, type Kysely } from 'kysely';
import { isPriorityGroup } from '../kernel/priority-groups.ts';
import { withinOfficialScope } from '../db/region-scope.ts';
import type { Database } from '../db/schema.ts';
import type {
  ApplicationFact,
  EmployerFact,
  EventFactsForReport,
  EventHeader,
  RegistrationFact,
} from './events-report.ts';

/**
 * What the event reports read (events-report.ts shapes it): the events of a period and area, and for each its
 * joined employers, registrations and the applications recorded there. Ids, counts and priority groups only (the
 * groups only with the 'priority_status' consent standing, as in the funnel); no names or phones of workers.
 */
export interface EventFilter {
  /** Vietnam calendar days, both included: 'YYYY-MM-DD'. */
  from: string;
  to: string;
  /** A province or commune code: events taking place there (an online session: the area it was set up for). */
  regionCode: string | null;
}

const PLACE = sql`COALESCE(e.commune_code, e.scope_region_code)`;

const startOfDay = (day: string) => new Date(`${day}T00:00:00+07:00`);
const nextDay = (day: string) => new Date(startOfDay(day).getTime() + 86_400_000);

export async function eventHeaders(db: Kysely<Database>, filter: EventFilter): Promise<EventHeader[]> {
  const region =
    filter.regionCode === null
      ? sql`TRUE`
      : sql`(r.code = ${filter.regionCode} OR r.province_code = ${filter.regionCode})`;
  const { rows } = await sql<HeaderRow>`
    SELECT e.id, e.kind, e.title, e.starts_at, e.status, r.name AS place_name, e.village, e.attendees_reported
    FROM events e LEFT JOIN regions r ON r.code = ${PLACE}
    WHERE e.starts_at >= ${startOfDay(filter.from)} AND e.starts_at < ${nextDay(filter.to)} AND ${region}
    ORDER BY e.starts_at, e.id`.execute(db);
  return rows.map(toHeader);
}

/** The events an official may see (within their scope, as broadcasts), starting between from and to, latest first. */
export async function eventHeadersForOfficial(
  db: Kysely<Database>,
  personId: number,
  range: { from: Date; to: Date; limit: number },
): Promise<EventHeader[]> {
  const { rows } = await sql<HeaderRow>`
    SELECT e.id, e.kind, e.title, e.starts_at, e.status, rg.name AS place_name, e.village, e.attendees_reported
    FROM events e JOIN regions rg ON rg.code = ${PLACE}
    WHERE e.starts_at >= ${range.from} AND e.starts_at < ${range.to} AND e.status <> 'cancelled'
      AND ${withinOfficialScope(personId, sql`rg.province_code`, sql`rg.code`)}
    ORDER BY e.starts_at DESC, e.id DESC
    LIMIT ${range.limit}`.execute(db);
  return rows.map(toHeader);
}

export async function eventHeader(db: Kysely<Database>, id: number): Promise<EventHeader | null> {
  if (!Number.isSafeInteger(id) || id <= 0) return null;
  const { rows } = await sql<HeaderRow>`
    SELECT e.id, e.kind, e.title, e.starts_at, e.status, r.name AS place_name, e.village, e.attendees_reported
    FROM events e LEFT JOIN regions r ON r.code = ${PLACE}
    WHERE e.id = ${id}`.execute(db);
  return rows[0] ? toHeader(rows[0]) : null;
}

interface HeaderRow {
  id: number;
  kind: EventHeader['kind'];
  title: string;
  starts_at: Date;
  status: EventHeader['status'];
  place_name: string | null;
  village: string | null;
  attendees_reported: number | null;
}

function toHeader(row: HeaderRow): EventHeader {
  return {
    id: Number(row.id),
    kind: row.kind,
    title: row.title,
    startsAt: row.starts_at,
    status: row.status,
    placeName: row.place_name,
    village: row.village,
    attendeesReported: row.attendees_reported,
  };
}

/** The steps that say the worker was interviewed: an outcome after an interview counts as one too. */
const INTERVIEWED = sql`'introduced', 'offered', 'hired', 'not_hired'`;

const CONSENTED_GROUPS = sql`CASE WHEN EXISTS (SELECT 1 FROM consents c WHERE c.person_id = w.person_id
  AND c.purpose = 'priority_status' AND c.withdrawn_at IS NULL) THEN w.priority_groups ELSE '{}' END`;

/** Every event's facts, in the order of `headers`. */
export async function eventFacts(
  db: Kysely<Database>,
  headers: readonly EventHeader[],
): Promise<EventFactsForReport[]> {
  const ids = headers.map((h) => h.id);
  if (ids.length === 0) return [];
  const [employers, registrations, applications] = await Promise.all([
    sql<{ event_id: number; employer_id: number; name: string; vacancies: number; headcount: number }>`
      SELECT ee.event_id, ee.employer_id, em.name, count(v.id)::int AS vacancies,
        coalesce(sum(v.headcount + x.extra_headcount), 0)::int AS headcount
      FROM event_employers ee
      JOIN employers em ON em.id = ee.employer_id
      LEFT JOIN event_vacancies x ON x.event_id = ee.event_id
      LEFT JOIN vacancies v ON v.id = x.vacancy_id AND v.employer_id = ee.employer_id
      WHERE ee.event_id = ANY(${ids}::bigint[]) AND ee.status = 'joined'
      GROUP BY ee.event_id, ee.employer_id, em.name
      ORDER BY em.name, ee.employer_id`.execute(db),
    sql<{ event_id: number; person_id: number; attended: boolean; employer_ids: number[]; groups: string[] | null }>`
      SELECT r.event_id, r.person_id, r.status = 'attended' AS attended,
        ARRAY(SELECT DISTINCT v.employer_id FROM event_registration_vacancies rv JOIN vacancies v ON v.id = rv.vacancy_id
          WHERE rv.registration_id = r.id) AS employer_ids,
        ${CONSENTED_GROUPS} AS groups
      FROM event_registrations r LEFT JOIN worker_profiles w ON w.person_id = r.person_id
      WHERE r.event_id = ANY(${ids}::bigint[]) AND r.status <> 'cancelled'`.execute(db),
    sql<{
      event_id: number;
      person_id: number;
      employer_id: number;
      interviewed: boolean;
      offered: boolean;
      hired: boolean;
      groups: string[] | null;
    }>`
      SELECT a.event_id, a.person_id, v.employer_id,
        bool_or(a.status IN (${INTERVIEWED}) OR s.status IN (${INTERVIEWED})) AS interviewed,
        bool_or(a.status IN ('offered', 'hired') OR s.status IN ('offered', 'hired')) AS offered,
        bool_or(a.status = 'hired' OR s.status = 'hired') AS hired,
        ${CONSENTED_GROUPS} AS groups
      FROM applications a
      JOIN vacancies v ON v.id = a.vacancy_id
      LEFT JOIN application_events s ON s.application_id = a.id
      LEFT JOIN worker_profiles w ON w.person_id = a.person_id
      WHERE a.event_id = ANY(${ids}::bigint[])
      GROUP BY a.event_id, a.person_id, v.employer_id, w.person_id, w.priority_groups`.execute(db),
  ]);
  const groups = (list: string[] | null) => (list ?? []).filter(isPriorityGroup);
  return headers.map((header) => ({
    header,
    employers: employers.rows
      .filter((e) => Number(e.event_id) === header.id)
      .map(
        (e): EmployerFact => ({
          employerId: Number(e.employer_id),
          name: e.name,
          vacancies: e.vacancies,
          headcount: e.headcount,
        }),
      ),
    registrations: registrations.rows
      .filter((r) => Number(r.event_id) === header.id)
      .map(
        (r): RegistrationFact => ({
          personId: Number(r.person_id),
          attended: r.attended,
          employerIds: r.employer_ids.map(Number),
          priorityGroups: groups(r.groups),
        }),
      ),
    applications: applications.rows
      .filter((a) => Number(a.event_id) === header.id)
      .map(
        (a): ApplicationFact => ({
          personId: Number(a.person_id),
          employerId: Number(a.employer_id),
          interviewed: a.interviewed,
          offered: a.offered,
          hired: a.hired,
          priorityGroups: groups(a.groups),
        }),
      ),
  }));
}
