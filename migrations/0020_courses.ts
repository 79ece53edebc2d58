import { type Kysely, sql } from 'kysely';

/**
 * Vocational training (issue 15): training providers and their courses, the people who want to learn a trade,
 * sign-ups with a waiting list, questions to the provider, and what came of a course.
 *
 * - roles: a new role, 'provider' (a vocational school or training centre), granted like an employer's.
 * - providers: the organisation, owned by the person who posts for it (officials may post for one with no owner).
 * - courses: one course, reviewed by an official as a vacancy is ('pending' → 'approved' | 'rejected'), in a commune
 *   or online; level as the province reports it (college, intermediate, elementary "sơ cấp", under 3 months,
 *   regular); duration in days; the fee (0: free) and the support a learner can get (free text, plus whether it is
 *   for priority groups and its amount).
 * - worker_profiles.training_occupations: the trades a worker wants to learn (asked once after registration,
 *   skippable; training_asked_at says it was asked); course_offered_at: the last course sent to a worker who has
 *   found no matching vacancy for 30 days (at most one a month).
 * - course_enrolments: a person's place, 'signed_up' → 'enrolled' (the provider confirms) → 'completed' | 'dropped',
 *   'waiting' beyond the seats (moved up in order of waiting_since), 'cancelled' by the person; the trade added to
 *   their occupations on completion, and the 60-day question and its answer.
 * - course_questions: "Hỏi thêm": the person's question and the answer relayed back (personal text: /xoa erases it).
 * - notifications.kind: the features declare their kinds in code (src/features/<name>/notifications.ts); the table
 *   checks only their shape from now on, so a new feature's kind needs no migration of its own.
 */
const statements = [
  sql`ALTER TABLE roles DROP CONSTRAINT IF EXISTS roles_role_check`,
  sql`ALTER TABLE roles ADD CONSTRAINT roles_role_check CHECK (role IN ('official', 'employer', 'admin', 'provider'))`,
  sql`ALTER TABLE notifications DROP CONSTRAINT IF EXISTS notifications_kind_check`,
  sql`ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check CHECK (kind ~ '^[a-z][a-z_]{1,40}$')`,

  sql`CREATE TABLE providers (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    owner_person_id bigint REFERENCES people (id),
    name text NOT NULL CHECK (length(name) BETWEEN 2 AND 160),
    verified_at timestamptz,
    verified_by bigint REFERENCES people (id),
    created_at timestamptz NOT NULL DEFAULT now()
  )`,
  sql`CREATE UNIQUE INDEX providers_owner_uniq ON providers (owner_person_id) WHERE owner_person_id IS NOT NULL`,
  sql`CREATE UNIQUE INDEX providers_name_uniq ON providers (lower(name))`,

  sql`CREATE TABLE courses (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    provider_id bigint NOT NULL REFERENCES providers (id),
    title text NOT NULL CHECK (length(title) BETWEEN 2 AND 200),
    occupation text NOT NULL REFERENCES occupations (key),
    level text NOT NULL CHECK (level IN ('college', 'intermediate', 'elementary', 'short', 'regular')),
    online boolean NOT NULL DEFAULT false,
    commune_code text REFERENCES regions (code),
    province_code text REFERENCES regions (code),
    address text CHECK (length(address) <= 300),
    starts_on date NOT NULL,
    duration_days integer NOT NULL CHECK (duration_days BETWEEN 1 AND 1500),
    schedule text NOT NULL DEFAULT 'day' CHECK (schedule IN ('day', 'evening', 'weekend', 'flexible')),
    seats integer CHECK (seats BETWEEN 1 AND 10000),
    fee_vnd bigint NOT NULL DEFAULT 0 CHECK (fee_vnd BETWEEN 0 AND 1000000000),
    support_text text CHECK (length(support_text) <= 500),
    priority_support boolean NOT NULL DEFAULT false,
    support_amount_vnd bigint CHECK (support_amount_vnd BETWEEN 0 AND 1000000000),
    contact text CHECK (length(contact) <= 200),
    status text NOT NULL DEFAULT 'pending'
      CHECK (status IN ('pending', 'approved', 'rejected', 'closed', 'cancelled')),
    reject_reason text,
    source text NOT NULL DEFAULT 'chat' CHECK (source IN ('chat', 'import')),
    submitted_by bigint REFERENCES people (id),
    submitted_at timestamptz NOT NULL DEFAULT now(),
    decided_at timestamptz,
    decided_by bigint REFERENCES people (id),
    fanned_out_at timestamptz,
    CHECK (online OR commune_code IS NOT NULL),
    CHECK ((commune_code IS NULL) = (province_code IS NULL))
  )`,
  sql`CREATE INDEX courses_pending_idx ON courses (province_code, submitted_at) WHERE status = 'pending'`,
  sql`CREATE INDEX courses_open_idx ON courses (occupation, province_code, starts_on) WHERE status = 'approved'`,
  sql`CREATE INDEX courses_provider_idx ON courses (provider_id)`,

  sql`ALTER TABLE worker_profiles ADD COLUMN training_occupations text[] NOT NULL DEFAULT '{}'`,
  sql`ALTER TABLE worker_profiles ADD COLUMN training_asked_at timestamptz`,
  sql`ALTER TABLE worker_profiles ADD COLUMN course_offered_at timestamptz`,
  sql`CREATE INDEX worker_profiles_training_idx ON worker_profiles USING gin (training_occupations)
    WHERE training_occupations <> '{}'`,

  sql`CREATE TABLE course_enrolments (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    course_id bigint NOT NULL REFERENCES courses (id),
    person_id bigint NOT NULL REFERENCES people (id),
    status text NOT NULL DEFAULT 'signed_up'
      CHECK (status IN ('signed_up', 'waiting', 'enrolled', 'completed', 'dropped', 'cancelled')),
    via text NOT NULL DEFAULT 'card' CHECK (via IN ('card', 'search', 'link', 'provider', 'import')),
    shares_contact boolean NOT NULL DEFAULT false,
    signed_up_at timestamptz NOT NULL DEFAULT now(),
    waiting_since timestamptz,
    enrolled_at timestamptz,
    finished_at timestamptz,
    status_by bigint REFERENCES people (id),
    updated_at timestamptz NOT NULL DEFAULT now(),
    trade_added_at timestamptz,
    followup_asked_at timestamptz,
    works_in_trade boolean,
    followup_answered_at timestamptz,
    UNIQUE (course_id, person_id)
  )`,
  sql`CREATE INDEX course_enrolments_waiting_idx ON course_enrolments (course_id, waiting_since) WHERE status = 'waiting'`,
  sql`CREATE INDEX course_enrolments_person_idx ON course_enrolments (person_id)`,
  sql`CREATE INDEX course_enrolments_finished_idx ON course_enrolments (finished_at) WHERE status = 'completed'`,

  sql`CREATE TABLE course_questions (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    course_id bigint NOT NULL REFERENCES courses (id),
    person_id bigint REFERENCES people (id),
    text text CHECK (length(text) BETWEEN 1 AND 500),
    asked_at timestamptz NOT NULL DEFAULT now(),
    answer_text text CHECK (length(answer_text) BETWEEN 1 AND 1000),
    answered_by bigint REFERENCES people (id),
    answered_at timestamptz
  )`,
  sql`CREATE INDEX course_questions_open_idx ON course_questions (course_id, asked_at) WHERE answered_at IS NULL`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}
