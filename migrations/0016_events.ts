import { type Kysely, sql } from 'kysely';

/**
 * Events (issue 14): job fairs on site ("phiên giao dịch việc làm": employers at tables, workers interviewed),
 * online sessions, and village meetings where officials read out recruitment news.
 *
 * - events: one session, its place (a commune and an address line) or its online link, the area and priority
 *   groups its announcement goes to (as broadcasts), an optional capacity; a village meeting is recorded after it
 *   took place, with the village, the attendees counted and the topics.
 * - event_employers / event_vacancies: who recruits there, for which of their open vacancies (and extra headcount).
 * - event_registrations: a worker's seat, with the ticket code shown at the door; 'waiting' beyond capacity, moved
 *   up in order of `waiting_since` when a seat frees; the reminders and the follow-up sent, once each.
 * - event_registration_vacancies: up to three vacancies the worker wants an interview for.
 * - applications.event_id: an interview result recorded at an event is the same application step the funnel counts.
 * Personal data stays on people; these rows hold ids, codes and times only, so /xoa needs no text scrubbed here.
 */
const statements = [
  sql`CREATE TABLE events (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    kind text NOT NULL CHECK (kind IN ('fair', 'online', 'meeting')),
    title text NOT NULL CHECK (length(title) BETWEEN 2 AND 200),
    starts_at timestamptz NOT NULL,
    commune_code text REFERENCES regions (code),
    address text CHECK (length(address) <= 300),
    online_url text CHECK (online_url ~ '^https://' AND length(online_url) <= 500),
    official_person_id bigint REFERENCES people (id),
    scope_region_code text REFERENCES regions (code),
    target_region_codes text[] NOT NULL DEFAULT '{}',
    priority_groups text[] NOT NULL DEFAULT '{}',
    capacity integer CHECK (capacity > 0),
    announce_at timestamptz,
    status text NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled', 'announced', 'cancelled', 'held')),
    village text CHECK (length(village) <= 120),
    attendees_reported integer CHECK (attendees_reported >= 0),
    topics text[] NOT NULL DEFAULT '{}',
    created_at timestamptz NOT NULL DEFAULT now(),
    fanned_out_at timestamptz,
    CHECK (kind <> 'online' OR online_url IS NOT NULL),
    CHECK (kind = 'online' OR commune_code IS NOT NULL)
  )`,
  sql`CREATE INDEX events_starts_at ON events (starts_at) WHERE status IN ('scheduled', 'announced')`,
  sql`CREATE INDEX events_commune ON events (commune_code, starts_at)`,
  sql`CREATE TABLE event_employers (
    event_id bigint NOT NULL REFERENCES events (id),
    employer_id bigint NOT NULL REFERENCES employers (id),
    status text NOT NULL DEFAULT 'joined' CHECK (status IN ('invited', 'joined', 'declined')),
    invited_by_person_id bigint REFERENCES people (id),
    updated_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (event_id, employer_id)
  )`,
  sql`CREATE TABLE event_vacancies (
    event_id bigint NOT NULL REFERENCES events (id),
    vacancy_id bigint NOT NULL REFERENCES vacancies (id),
    extra_headcount integer NOT NULL DEFAULT 0 CHECK (extra_headcount BETWEEN 0 AND 10000),
    PRIMARY KEY (event_id, vacancy_id)
  )`,
  sql`CREATE TABLE event_registrations (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    event_id bigint NOT NULL REFERENCES events (id),
    person_id bigint NOT NULL REFERENCES people (id),
    ticket_code text NOT NULL CHECK (ticket_code ~ '^[A-Z0-9]{4,8}$'),
    status text NOT NULL CHECK (status IN ('registered', 'waiting', 'cancelled', 'attended')),
    via text NOT NULL CHECK (via IN ('announcement', 'link', 'walk_in')),
    shares_contact boolean NOT NULL DEFAULT false,
    registered_at timestamptz NOT NULL DEFAULT now(),
    waiting_since timestamptz,
    checked_in_at timestamptz,
    checked_in_by_person_id bigint REFERENCES people (id),
    reminded_evening_at timestamptz,
    reminded_soon_at timestamptz,
    followed_up_at timestamptz,
    UNIQUE (event_id, person_id),
    UNIQUE (event_id, ticket_code)
  )`,
  sql`CREATE INDEX event_registrations_waiting ON event_registrations (event_id, waiting_since) WHERE status = 'waiting'`,
  sql`CREATE INDEX event_registrations_person ON event_registrations (person_id)`,
  sql`CREATE TABLE event_registration_vacancies (
    registration_id bigint NOT NULL REFERENCES event_registrations (id) ON DELETE CASCADE,
    vacancy_id bigint NOT NULL REFERENCES vacancies (id),
    PRIMARY KEY (registration_id, vacancy_id)
  )`,
  sql`ALTER TABLE applications ADD COLUMN event_id bigint REFERENCES events (id)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}
