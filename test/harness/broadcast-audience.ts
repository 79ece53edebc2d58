import { sql, type Kysely } from 'kysely';
import type { Database } from '../../src/db/schema.ts';

export const PHO_YEN = '05860'; // Phường Phổ Yên, Thái Nguyên
export const DAI_TU = '05830'; // Xã Đại Từ, Thái Nguyên

/**
 * People in Thái Nguyên, each with one reason to be counted or not, and group chats subscribed to its regions.
 * Counted for the province: ok, daitu, twochats, poor_consent, poor_no_consent, poor_withdrawn (6).
 */
export async function seedAudience(db: Kysely<Database>, haNoiCommune: string): Promise<void> {
  let chats = 0;
  interface Seed {
    name: string;
    status?: 'active' | 'stopped' | 'deleted';
    commune?: string;
    province?: string;
    paused?: boolean;
    alerts?: 'given' | 'withdrawn' | 'none';
    priority?: 'given' | 'withdrawn' | 'none';
    groups?: string[];
    identities?: { reachable: boolean; tombstoned: boolean }[];
  }
  const seeds: Seed[] = [
    { name: 'ok' },
    { name: 'daitu', commune: DAI_TU },
    {
      name: 'twochats',
      identities: [
        { reachable: false, tombstoned: false },
        { reachable: true, tombstoned: false },
      ],
    },
    { name: 'poor_consent', groups: ['poor'], priority: 'given' },
    { name: 'poor_no_consent', groups: ['poor'] },
    { name: 'poor_withdrawn', groups: ['poor'], priority: 'withdrawn' },
    { name: 'stopped', status: 'stopped' },
    { name: 'paused', paused: true },
    { name: 'deleted', status: 'deleted', identities: [{ reachable: false, tombstoned: true }] },
    { name: 'unreachable', identities: [{ reachable: false, tombstoned: false }] },
    { name: 'tombstoned', identities: [{ reachable: true, tombstoned: true }] },
    { name: 'no_identity', identities: [] },
    { name: 'no_consent', alerts: 'none', groups: ['poor'], priority: 'given' },
    { name: 'alerts_withdrawn', alerts: 'withdrawn' },
    { name: 'hanoi', commune: haNoiCommune, province: '01' },
  ];
  for (const seed of seeds) {
    const deleted = seed.status === 'deleted';
    const person = await db
      .insertInto('people')
      .values({
        full_name: deleted ? null : seed.name,
        status: seed.status ?? 'active',
        ...(deleted ? { deleted_at: new Date() } : {}),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    for (const identity of seed.identities ?? [{ reachable: true, tombstoned: false }]) {
      chats += 1;
      await db
        .insertInto('channel_identities')
        .values({
          person_id: person.id,
          channel: 'telegram',
          chat_id: `seed-${chats}`,
          chat_type: 'private',
          reachable: identity.reachable,
          ...(identity.tombstoned ? { tombstoned_at: new Date() } : {}),
        })
        .execute();
    }
    await db
      .insertInto('worker_profiles')
      .values({
        person_id: person.id,
        commune_code: seed.commune ?? PHO_YEN,
        province_code: seed.province ?? '19',
        occupations: ['garment'],
        reach: 'province',
        frequency: 'instant',
        priority_groups: seed.groups ?? [],
        ...(seed.paused ? { paused_at: new Date() } : {}),
      })
      .execute();
    const consent = async (purpose: 'alerts' | 'priority_status', how: 'given' | 'withdrawn' | 'none') => {
      if (how === 'none') return;
      await db
        .insertInto('consents')
        .values({
          person_id: person.id,
          purpose,
          text_version: 'v1',
          channel: 'telegram',
          ...(how === 'withdrawn' ? { withdrawn_at: new Date() } : {}),
        })
        .execute();
    };
    await consent('alerts', seed.alerts ?? 'given');
    await consent('priority_status', seed.priority ?? 'none');
  }

  // Group chats: Phổ Yên (counted), the province (counted for a province target only), a stopped one, an
  // unreachable one, and one in Hà Nội.
  const groups: { region: string; stopped?: boolean; reachable?: boolean }[] = [
    { region: PHO_YEN },
    { region: '19' },
    { region: PHO_YEN, stopped: true },
    { region: '19', reachable: false },
    { region: haNoiCommune },
  ];
  for (const group of groups) {
    chats += 1;
    const identity = await db
      .insertInto('channel_identities')
      .values({
        person_id: null,
        channel: 'zalo',
        chat_id: `group-${chats}`,
        chat_type: 'group',
        reachable: group.reachable ?? true,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('group_subscriptions')
      .values({
        identity_id: identity.id,
        region_code: group.region,
        ...(group.stopped ? { stopped_at: sql<Date>`now()` } : {}),
      })
      .execute();
  }
}
