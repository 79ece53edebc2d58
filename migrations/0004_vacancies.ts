import { type Kysely, sql } from 'kysely';

/**
 * Employers and their vacancies (with the wage as written and as parsed, and the scam shield's reasons),
 * workers' interest in a vacancy (the start of the funnel), scam reports, and officials' broadcasts.
 */
const statements = [
  sql`CREATE TABLE employers (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    owner_person_id bigint REFERENCES people (id),
    name text NOT NULL CHECK (length(name) BETWEEN 2 AND 120),
    verified_at timestamptz,
    verified_by bigint REFERENCES people (id),
    created_at timestamptz NOT NULL DEFAULT now()
  )`,
  sql`CREATE UNIQUE INDEX employers_owner_uniq ON employers (owner_person_id) WHERE owner_person_id IS NOT NULL`,

  sql`CREATE TABLE vacancies (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    employer_id bigint NOT NULL REFERENCES employers (id),
    title text NOT NULL,
    occupation text NOT NULL REFERENCES occupations (key),
    commune_code text NOT NULL REFERENCES regions (code),
    province_code text NOT NULL REFERENCES regions (code),
    headcount integer NOT NULL CHECK (headcount BETWEEN 1 AND 10000),
    wage_raw text NOT NULL,
    wage_min numeric,
    wage_max numeric,
    wage_currency text,
    wage_period text,
    wage_negotiable boolean NOT NULL DEFAULT false,
    requirements text,
    deadline date NOT NULL,
    contact text NOT NULL,
    overseas boolean NOT NULL DEFAULT false,
    status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'rejected', 'closed', 'hidden')),
    scam_reasons jsonb NOT NULL DEFAULT '[]',
    reject_reason text,
    source text NOT NULL DEFAULT 'chat' CHECK (source IN ('chat', 'import')),
    submitted_at timestamptz NOT NULL DEFAULT now(),
    decided_at timestamptz,
    decided_by bigint REFERENCES people (id),
    closed_at timestamptz
  )`,
  sql`CREATE INDEX vacancies_pending_idx ON vacancies (province_code, submitted_at) WHERE status = 'pending'`,
  sql`CREATE INDEX vacancies_open_idx ON vacancies (occupation, province_code, commune_code) WHERE status = 'approved'`,
  sql`CREATE INDEX vacancies_employer_idx ON vacancies (employer_id)`,

  sql`CREATE TABLE applications (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    vacancy_id bigint NOT NULL REFERENCES vacancies (id),
    person_id bigint NOT NULL REFERENCES people (id),
    status text NOT NULL DEFAULT 'interested' CHECK (status IN ('interested', 'introduced', 'hired', 'not_hired', 'withdrawn', 'not_suitable')),
    shared_contact boolean NOT NULL DEFAULT false,
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (vacancy_id, person_id)
  )`,

  sql`CREATE TABLE scam_reports (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    vacancy_id bigint NOT NULL REFERENCES vacancies (id),
    reporter_person_id bigint REFERENCES people (id),
    created_at timestamptz NOT NULL DEFAULT now(),
    resolved_at timestamptz,
    resolved_by bigint REFERENCES people (id),
    UNIQUE (vacancy_id, reporter_person_id)
  )`,

  sql`CREATE TABLE broadcasts (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    official_person_id bigint NOT NULL REFERENCES people (id),
    scope_region_code text REFERENCES regions (code),
    text text NOT NULL CHECK (length(text) BETWEEN 1 AND 2000),
    target_region_codes text[] NOT NULL,
    priority_groups text[] NOT NULL DEFAULT '{}',
    send_at timestamptz NOT NULL DEFAULT now(),
    status text NOT NULL DEFAULT 'scheduled' CHECK (status IN ('scheduled', 'sending', 'sent', 'cancelled')),
    recipients_estimated integer,
    created_at timestamptz NOT NULL DEFAULT now()
  )`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}
