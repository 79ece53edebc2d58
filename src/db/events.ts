import { sql, type Kysely, type Transaction } from 'kysely';
import { toVacancyFacts, VACANCY_FACTS_COLUMNS, type VacancyFactsRow } from './vacancy-facts.ts';
import type { Database, EventKind, EventStatus } from './schema.ts';
import type { VacancyFacts } from '../kernel/vacancy/facts.ts';

/**
 * Reading an event as every event feature shows it (the announcement, the card, the ticket, the door, the report):
 * the event itself, and the open vacancies its employers recruit for there. One place, so the card is the same
 * everywhere. Writing is each feature's own.
 */
type Db = Kysely<Database> | Transaction<Database>;

export interface EventFacts {
  id: number;
  kind: EventKind;
  title: string;
  startsAt: Date;
  communeCode: string | null;
  address: string | null;
  onlineUrl: string | null;
  scopeRegionCode: string | null;
  targetRegionCodes: string[];
  priorityGroups: string[];
  capacity: number | null;
  status: EventStatus;
  /** Seats taken (registered or attended), not counting the waiting list. */
  seatsTaken: number;
  waiting: number;
}

export async function loadEvent(db: Db, id: number): Promise<EventFacts | null> {
  if (!Number.isSafeInteger(id) || id <= 0) return null;
  const row = await db
    .selectFrom('events as ev')
    .select([
      'ev.id',
      'ev.kind',
      'ev.title',
      'ev.starts_at',
      'ev.commune_code',
      'ev.address',
      'ev.online_url',
      'ev.scope_region_code',
      'ev.target_region_codes',
      'ev.priority_groups',
      'ev.capacity',
      'ev.status',
      sql<number>`(SELECT count(*) FROM event_registrations r WHERE r.event_id = ev.id AND r.status IN ('registered', 'attended'))::int`.as(
        'seats_taken',
      ),
      sql<number>`(SELECT count(*) FROM event_registrations r WHERE r.event_id = ev.id AND r.status = 'waiting')::int`.as(
        'waiting',
      ),
    ])
    .where('ev.id', '=', id)
    .executeTakeFirst();
  if (!row) return null;
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    startsAt: row.starts_at,
    communeCode: row.commune_code,
    address: row.address,
    onlineUrl: row.online_url,
    scopeRegionCode: row.scope_region_code,
    targetRegionCodes: row.target_region_codes,
    priorityGroups: row.priority_groups,
    capacity: row.capacity,
    status: row.status,
    seatsTaken: row.seats_taken,
    waiting: row.waiting,
  };
}

export interface EventVacancy extends VacancyFacts {
  id: number;
  /** Extra headcount the employer recruits for at the event. */
  extraHeadcount: number;
}

/** The open vacancies recruited for at the event, by employer then title (for the card and the worker's pick). */
export async function eventVacancies(db: Db, eventId: number, today: string): Promise<EventVacancy[]> {
  const { rows } = await sql<VacancyFactsRow & { id: number; extra_headcount: number }>`
    SELECT v.id, ${VACANCY_FACTS_COLUMNS}, ev.extra_headcount
    FROM event_vacancies ev
    JOIN vacancies v ON v.id = ev.vacancy_id
    JOIN employers e ON e.id = v.employer_id
    JOIN event_employers ee ON ee.event_id = ev.event_id AND ee.employer_id = e.id AND ee.status = 'joined'
    WHERE ev.event_id = ${eventId} AND v.status = 'approved' AND v.deadline >= ${today}::date
    ORDER BY e.name, v.title, v.id`.execute(db);
  return rows.map((row) => ({ id: row.id, ...toVacancyFacts(row), extraHeadcount: row.extra_headcount }));
}
