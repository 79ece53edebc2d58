import { type Kysely, sql } from 'kysely';

/**
 * Foundation tables: people and their channel identities, roles with a region scope, consents, dialog state,
 * inbound event ids, regions, occupations, the outbox and the audit log. Forward-only.
 */
const statements = [
  sql`CREATE TABLE app_meta (
    key text PRIMARY KEY,
    value text NOT NULL,
    updated_at timestamptz NOT NULL DEFAULT now()
  )`,

  sql`CREATE TABLE regions (
    code text PRIMARY KEY,
    level text NOT NULL CHECK (level IN ('province', 'commune')),
    name text NOT NULL,
    name_folded text NOT NULL,
    type_prefix text NOT NULL,
    bare_name text NOT NULL,
    province_code text NOT NULL REFERENCES regions (code) DEFERRABLE INITIALLY DEFERRED,
    CHECK ((level = 'province' AND province_code = code) OR (level = 'commune' AND province_code <> code))
  )`,
  sql`CREATE INDEX regions_province_idx ON regions (province_code) WHERE level = 'commune'`,

  sql`CREATE TABLE occupations (
    key text PRIMARY KEY,
    sort_order integer NOT NULL,
    name_vi text NOT NULL,
    name_en text NOT NULL,
    vsco_codes text[] NOT NULL DEFAULT '{}',
    vsic_sections text[] NOT NULL DEFAULT '{}'
  )`,

  sql`CREATE TABLE people (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    full_name text,
    birth_year integer CHECK (birth_year BETWEEN 1900 AND 2100),
    phone_e164 text CHECK (phone_e164 ~ '^\\+[1-9][0-9]{6,14}$'),
    language text NOT NULL DEFAULT 'vi' CHECK (language IN ('vi', 'en')),
    status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'stopped', 'deleted')),
    created_at timestamptz NOT NULL DEFAULT now(),
    updated_at timestamptz NOT NULL DEFAULT now(),
    stopped_at timestamptz,
    deleted_at timestamptz,
    CHECK (status <> 'deleted' OR (full_name IS NULL AND phone_e164 IS NULL AND deleted_at IS NOT NULL))
  )`,

  // A private chat belongs to a person; a group chat is an identity of its own (person_id NULL).
  sql`CREATE TABLE channel_identities (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    person_id bigint REFERENCES people (id),
    channel text NOT NULL CHECK (channel IN ('telegram', 'zalo', 'simulator')),
    chat_id text NOT NULL,
    user_id text,
    chat_type text NOT NULL CHECK (chat_type IN ('private', 'group')),
    display_name text,
    reachable boolean NOT NULL DEFAULT true,
    unreachable_reason text,
    unreachable_at timestamptz,
    tombstoned_at timestamptz,
    created_at timestamptz NOT NULL DEFAULT now(),
    last_seen_at timestamptz NOT NULL DEFAULT now(),
    UNIQUE (channel, chat_id),
    CHECK (chat_type = 'group' OR person_id IS NOT NULL)
  )`,
  sql`CREATE INDEX channel_identities_person_idx ON channel_identities (person_id)`,

  sql`CREATE TABLE roles (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    person_id bigint NOT NULL REFERENCES people (id),
    role text NOT NULL CHECK (role IN ('official', 'employer', 'admin')),
    region_code text REFERENCES regions (code),
    granted_by bigint REFERENCES people (id),
    granted_via text NOT NULL CHECK (granted_via IN ('cli', 'invite', 'chat')),
    granted_at timestamptz NOT NULL DEFAULT now(),
    revoked_at timestamptz
  )`,
  // NULL region means the whole country; NULLS NOT DISTINCT needs PG 15, which is our floor.
  sql`CREATE UNIQUE INDEX roles_active_uniq ON roles (person_id, role, region_code) NULLS NOT DISTINCT WHERE revoked_at IS NULL`,

  sql`CREATE TABLE consents (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    person_id bigint NOT NULL REFERENCES people (id),
    purpose text NOT NULL CHECK (purpose IN ('alerts', 'priority_status', 'ethnicity', 'share_with_employer', 'guardian')),
    text_version text NOT NULL,
    channel text NOT NULL,
    granted_at timestamptz NOT NULL DEFAULT now(),
    withdrawn_at timestamptz
  )`,
  sql`CREATE UNIQUE INDEX consents_active_uniq ON consents (person_id, purpose) WHERE withdrawn_at IS NULL`,

  sql`CREATE TABLE dialog_states (
    identity_id bigint PRIMARY KEY REFERENCES channel_identities (id),
    flow text NOT NULL,
    step text NOT NULL,
    data jsonb NOT NULL DEFAULT '{}',
    misses integer NOT NULL DEFAULT 0,
    version integer NOT NULL DEFAULT 0,
    updated_at timestamptz NOT NULL DEFAULT now()
  )`,

  sql`CREATE TABLE inbound_events (
    channel text NOT NULL,
    event_id text NOT NULL,
    identity_id bigint REFERENCES channel_identities (id),
    received_at timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (channel, event_id)
  )`,
  sql`CREATE INDEX inbound_events_received_idx ON inbound_events (received_at)`,

  sql`CREATE TABLE outbox (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    queue text NOT NULL,
    job_name text NOT NULL,
    payload jsonb NOT NULL,
    created_at timestamptz NOT NULL DEFAULT now(),
    available_at timestamptz NOT NULL DEFAULT now(),
    sent_at timestamptz,
    attempts integer NOT NULL DEFAULT 0,
    last_error text
  )`,
  sql`CREATE INDEX outbox_unsent_idx ON outbox (id) WHERE sent_at IS NULL`,

  sql`CREATE TABLE audit_log (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at timestamptz NOT NULL DEFAULT now(),
    actor_person_id bigint REFERENCES people (id),
    actor_label text NOT NULL,
    action text NOT NULL,
    subject_type text,
    subject_id text,
    region_code text,
    details jsonb NOT NULL DEFAULT '{}'
  )`,
  sql`CREATE INDEX audit_log_at_idx ON audit_log (at)`,
  sql`CREATE INDEX audit_log_region_idx ON audit_log (region_code, at)`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}
