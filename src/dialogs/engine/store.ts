import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { FlowState, WorkerProfile } from './types.ts';

/** Reading and writing what the engine keeps: the dialog state per chat and the worker profile per person. */
type Db = Kysely<Database> | Transaction<Database>;

export async function loadState(db: Db, identityId: number): Promise<FlowState | null> {
  const row = await db.selectFrom('dialog_states').select(['flow', 'step', 'data', 'misses']).where('identity_id', '=', identityId).executeTakeFirst();
  return row ? { flow: row.flow, step: row.step, data: row.data, misses: row.misses } : null;
}

export async function saveState(db: Db, identityId: number, state: FlowState | null): Promise<void> {
  if (!state) {
    await db.deleteFrom('dialog_states').where('identity_id', '=', identityId).execute();
    return;
  }
  const values = { flow: state.flow, step: state.step, data: JSON.stringify(state.data), misses: state.misses };
  await db
    .insertInto('dialog_states')
    .values({ identity_id: identityId, ...values })
    .onConflict((oc) => oc.column('identity_id').doUpdateSet({ ...values, version: sql`dialog_states.version + 1`, updated_at: sql`now()` }))
    .execute();
}

/** The profile of a person who registered and whose consent to alerts is still given; else null. */
export async function loadWorkerProfile(db: Db, personId: number): Promise<WorkerProfile | null> {
  const row = await db
    .selectFrom('worker_profiles as w')
    .innerJoin('people as p', 'p.id', 'w.person_id')
    .innerJoin('consents as c', (join) => join.onRef('c.person_id', '=', 'w.person_id').on('c.purpose', '=', 'alerts').on('c.withdrawn_at', 'is', null))
    .select(['p.full_name', 'p.birth_year', 'p.phone_e164', 'w.commune_code', 'w.occupations', 'w.reach', 'w.frequency', 'w.digest_hour', 'w.paused_at'])
    .where('w.person_id', '=', personId)
    .executeTakeFirst();
  if (!row) return null;
  return {
    fullName: row.full_name,
    birthYear: row.birth_year,
    phoneE164: row.phone_e164,
    communeCode: row.commune_code,
    occupations: row.occupations,
    reach: row.reach,
    frequency: row.frequency,
    digestHour: row.digest_hour,
    paused: row.paused_at !== null,
  };
}

/** The employer record a person posts as (created with their first vacancy); null before that. */
export async function loadEmployer(db: Db, personId: number): Promise<{ name: string; verified: boolean } | null> {
  const row = await db.selectFrom('employers').select(['name', 'verified_at']).where('owner_person_id', '=', personId).executeTakeFirst();
  return row ? { name: row.name, verified: row.verified_at !== null } : null;
}
