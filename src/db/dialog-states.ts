import { type Kysely, type RawBuilder, sql, type Transaction } from 'kysely';
import type { Choice } from '../kernel/message.ts';
import { isPriorityGroup } from '../kernel/priority-groups.ts';
import { isRole, type RoleGrant } from '../kernel/roles.ts';
import type { WorkerProfile } from '../kernel/worker-profile.ts';
import type { Database } from './schema.ts';

/**
 * What the conversation engine keeps per chat (dialog_states: the flow, step, answers so far and misses, so a restart
 * resumes at the same step) and reads before each decision (that state, the worker profile, the employer record).
 */
type Db = Kysely<Database> | Transaction<Database>;

/** Where a person is in a flow, as stored. */
export interface StoredDialogState {
  flow: string;
  step: string;
  /** The answers so far; plain JSON. */
  data: Record<string, unknown>;
  /** Wrong answers in a row at this step; the third offers help and the menu. */
  misses: number;
}

/**
 * Saves the chat's state; with `choices`, also the choices just offered (so a typed "2" maps back to them), in
 * the same statement.
 */
export async function saveState(
  db: Db,
  identityId: number,
  state: StoredDialogState | null,
  choices?: Choice[] | null,
): Promise<void> {
  const remember =
    choices === undefined
      ? sql``
      : sql`, remembered AS (UPDATE channel_identities SET last_choices = ${choices && choices.length > 0 ? JSON.stringify(choices) : null}::jsonb WHERE id = ${identityId})`;
  if (!state) {
    await sql`WITH cleared AS (DELETE FROM dialog_states WHERE identity_id = ${identityId}) ${remember} SELECT 1`.execute(
      db,
    );
    return;
  }
  await sql`
    WITH saved AS (
      INSERT INTO dialog_states (identity_id, flow, step, data, misses)
      VALUES (${identityId}, ${state.flow}, ${state.step}, ${JSON.stringify(state.data)}::jsonb, ${state.misses})
      ON CONFLICT (identity_id) DO UPDATE
      SET flow = excluded.flow, step = excluded.step, data = excluded.data, misses = excluded.misses,
          version = dialog_states.version + 1, updated_at = now()
    ) ${remember}
    SELECT 1`.execute(db);
}

/** What the engine reads before deciding, for one chat and its person. */
export interface EngineRecord {
  state: StoredDialogState | null;
  /** The worker profile, only while the person's consent to alerts is given. */
  profile: WorkerProfile | null;
  /** The employer record the person posts as; null before their first post. */
  employer: { name: string; verified: boolean } | null;
  /** The roles the person holds now (for their menu); [] for most people. */
  roles: RoleGrant[];
  /** Whether the person owns a training provider's record (posts courses as it). */
  ownsProvider: boolean;
}

interface ProfileJson {
  full_name: string | null;
  birth_year: number | null;
  phone_e164: string | null;
  commune_code: string;
  occupations: string[];
  reach: WorkerProfile['reach'];
  frequency: WorkerProfile['frequency'];
  digest_hour: number | null;
  paused: boolean;
  priority_groups: string[];
  priority_consent: boolean;
}

/** State, profile, employer and roles in one round trip (this runs for every message a known chat did not preload). */
export async function loadEngineRecord(db: Db, identityId: number, personId: number | null): Promise<EngineRecord> {
  const { rows } =
    await sql<EngineRecordRow>`SELECT ${engineRecordColumns(sql`${identityId}::bigint`, sql`${personId}::bigint`)}`.execute(
      db,
    );
  return toEngineRecord(rows[0]);
}

/**
 * The engine record as four JSON columns, for a chat and person given as SQL expressions: used alone above,
 * and inside the inbound statement (src/db/identities.ts) so a known chat's message costs one round trip less.
 */
export function engineRecordColumns(
  identityId: RawBuilder<unknown>,
  personId: RawBuilder<unknown>,
): RawBuilder<unknown> {
  return sql`
      (SELECT row_to_json(d) FROM (SELECT flow, step, data, misses FROM dialog_states WHERE identity_id = ${identityId}) d) AS state,
      (SELECT row_to_json(w) FROM (
        SELECT p.full_name, p.birth_year, p.phone_e164, w.commune_code, w.occupations, w.reach, w.frequency, w.digest_hour,
               w.paused_at IS NOT NULL AS paused,
               pc.held AS priority_consent,
               CASE WHEN pc.held THEN w.priority_groups ELSE '{}'::text[] END AS priority_groups
        FROM worker_profiles w JOIN people p ON p.id = w.person_id
        CROSS JOIN LATERAL (SELECT EXISTS (SELECT 1 FROM consents c WHERE c.person_id = w.person_id AND c.purpose = 'priority_status' AND c.withdrawn_at IS NULL) AS held) pc
        WHERE w.person_id = ${personId}
          AND EXISTS (SELECT 1 FROM consents c WHERE c.person_id = w.person_id AND c.purpose = 'alerts' AND c.withdrawn_at IS NULL)
      ) w) AS profile,
      (SELECT row_to_json(e) FROM (SELECT name, verified_at IS NOT NULL AS verified FROM employers WHERE owner_person_id = ${personId}) e) AS employer,
      (SELECT json_agg(json_build_object('role', r.role, 'regionCode', r.region_code))
        FROM roles r WHERE r.person_id = ${personId} AND r.revoked_at IS NULL) AS roles,
      EXISTS (SELECT 1 FROM providers pr WHERE pr.owner_person_id = ${personId}) AS owns_provider`;
}

export interface EngineRecordRow {
  state: StoredDialogState | null;
  profile: ProfileJson | null;
  employer: { name: string; verified: boolean } | null;
  /** null when the person holds none. */
  roles?: RoleGrant[] | null;
  owns_provider?: boolean | null;
}

export function toEngineRecord(row: EngineRecordRow | undefined): EngineRecord {
  const profile = row?.profile ?? null;
  return {
    state: row?.state
      ? { flow: row.state.flow, step: row.state.step, data: row.state.data, misses: row.state.misses }
      : null,
    profile: profile
      ? {
          fullName: profile.full_name,
          birthYear: profile.birth_year,
          phoneE164: profile.phone_e164,
          communeCode: profile.commune_code,
          occupations: profile.occupations,
          reach: profile.reach,
          frequency: profile.frequency,
          digestHour: profile.digest_hour,
          paused: profile.paused,
          // Sensitive: read only while the person's own consent is held (the query returns none otherwise).
          priorityGroups: (profile.priority_groups ?? []).filter(isPriorityGroup),
          priorityConsent: profile.priority_consent === true,
        }
      : null,
    employer: row?.employer ?? null,
    roles: (row?.roles ?? []).filter((grant) => isRole(grant.role)),
    ownsProvider: row?.owns_provider === true,
  };
}
