import { sql, type Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { DONE, effectHandlers } from '../../engine/feature.ts';
import { isOccupationKey } from '../../kernel/occupations/index.ts';
import { isPriorityGroup } from '../../kernel/priority-groups.ts';
import type { WorkerProfile } from '../../kernel/worker-profile.ts';

/**
 * Registration's writes: the worker profile, with name, birth year and phone on the person; and the trades the
 * worker wants to learn (none when the question was passed), with when it was asked.
 */
export type RegistrationEffect =
  | { kind: 'save_worker_profile'; profile: WorkerProfile }
  | { kind: 'save_training_interest'; occupations: string[] };

export const registrationEffects = effectHandlers<RegistrationEffect>({
  async save_worker_profile(trx, { personId }, effect) {
    const { profile } = effect;
    if (!profile.communeCode) throw new Error('a worker profile needs a commune');
    const region = await trx
      .selectFrom('regions')
      .select('province_code')
      .where('code', '=', profile.communeCode)
      .where('level', '=', 'commune')
      .executeTakeFirstOrThrow();
    await trx
      .updateTable('people')
      .set({
        birth_year: profile.birthYear,
        ...(profile.fullName ? { full_name: profile.fullName } : {}),
        ...(profile.phoneE164 ? { phone_e164: profile.phoneE164 } : {}),
        updated_at: sql`now()`,
      })
      .where('id', '=', personId)
      .execute();
    const values = {
      commune_code: profile.communeCode,
      province_code: region.province_code,
      occupations: profile.occupations,
      reach: profile.reach,
      frequency: profile.frequency,
      digest_hour: profile.frequency === 'daily' ? profile.digestHour : null,
      // Sensitive: written only while the person's own consent is held (else cleared); absent: left as it is.
      ...(profile.priorityGroups === undefined
        ? {}
        : { priority_groups: await priorityGroupsToWrite(trx, personId, profile.priorityGroups) }),
    };
    await trx
      .insertInto('worker_profiles')
      .values({ person_id: personId, ...values })
      .onConflict((oc) => oc.column('person_id').doUpdateSet({ ...values, updated_at: sql`now()` }))
      .execute();
    return DONE;
  },
  async save_training_interest(trx, { personId }, { occupations }) {
    await trx
      .updateTable('worker_profiles')
      .set({
        training_occupations: [...new Set(occupations.filter(isOccupationKey))],
        training_asked_at: sql`now()`,
        updated_at: sql`now()`,
      })
      .where('person_id', '=', personId)
      .execute();
    return DONE;
  },
});

/** The groups a save may write: only with the 'priority_status' consent held, and only known groups. */
async function priorityGroupsToWrite(
  trx: Transaction<Database>,
  personId: number,
  groups: readonly string[],
): Promise<string[]> {
  const consent = await trx
    .selectFrom('consents')
    .select('id')
    .where('person_id', '=', personId)
    .where('purpose', '=', 'priority_status')
    .where('withdrawn_at', 'is', null)
    .executeTakeFirst();
  return consent === undefined ? [] : [...new Set(groups.filter(isPriorityGroup))];
}
