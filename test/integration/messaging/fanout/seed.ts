import type { Kysely } from 'kysely';
import type { Database } from '../../../../src/db/schema.ts';

/**
 * A small world for the fan-out tests: named people with a profile, consents and chats, named group chats with a
 * subscription, and vacancies. Every exclusion the fan-out knows has a person here.
 */
export const PHO_YEN = '05860'; // Phường Phổ Yên, Thái Nguyên (19)
export const DAI_TU = '05830'; // Xã Đại Từ, Thái Nguyên
export const THAI_NGUYEN = '19';

type Reach = 'commune' | 'province' | 'country' | 'abroad';

export interface PersonSeed {
  status?: 'active' | 'stopped' | 'deleted';
  commune?: string;
  province?: string;
  occupations?: string[];
  reach?: Reach;
  frequency?: 'instant' | 'daily';
  paused?: boolean;
  alerts?: 'given' | 'withdrawn' | 'none';
  priority?: 'given' | 'withdrawn' | 'none';
  groups?: string[];
  /** Private chats; default one reachable Telegram chat. `minutesAgo`: when last seen. */
  chats?: { channel?: 'telegram' | 'zalo'; reachable?: boolean; tombstoned?: boolean; minutesAgo?: number }[];
}

export interface GroupSeed {
  region: string;
  stopped?: boolean;
  reachable?: boolean;
  channel?: 'telegram' | 'zalo';
}

export interface World {
  person: Record<string, number>;
  /** The chats of each person, in the order given. */
  chats: Record<string, number[]>;
  group: Record<string, number>;
  employerId: number;
  officialId: number;
}

let counter = 0;

export async function seedWorld(
  db: Kysely<Database>,
  people: Record<string, PersonSeed>,
  groups: Record<string, GroupSeed>,
  now: Date,
): Promise<World> {
  const world: World = { person: {}, chats: {}, group: {}, employerId: 0, officialId: 0 };
  for (const [name, seed] of Object.entries(people)) {
    const deleted = seed.status === 'deleted';
    const person = await db
      .insertInto('people')
      .values({
        full_name: deleted ? null : name,
        status: seed.status ?? 'active',
        ...(deleted ? { deleted_at: now } : {}),
        ...(seed.status === 'stopped' ? { stopped_at: now } : {}),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    world.person[name] = person.id;
    world.chats[name] = [];
    for (const chat of seed.chats ?? [{}]) {
      counter += 1;
      const row = await db
        .insertInto('channel_identities')
        .values({
          person_id: person.id,
          channel: chat.channel ?? 'telegram',
          chat_id: `fanout-${counter}`,
          chat_type: 'private',
          reachable: chat.reachable ?? true,
          ...(chat.tombstoned ? { tombstoned_at: now } : {}),
          last_seen_at: new Date(now.getTime() - (chat.minutesAgo ?? 60) * 60_000),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      world.chats[name]!.push(row.id);
    }
    const frequency = seed.frequency ?? 'instant';
    await db
      .insertInto('worker_profiles')
      .values({
        person_id: person.id,
        commune_code: seed.commune ?? PHO_YEN,
        province_code: seed.province ?? THAI_NGUYEN,
        occupations: seed.occupations ?? ['garment'],
        reach: seed.reach ?? 'province',
        frequency,
        digest_hour: frequency === 'daily' ? 18 : null,
        priority_groups: seed.groups ?? [],
        ...(seed.paused ? { paused_at: now } : {}),
      })
      .execute();
    for (const [purpose, how] of [
      ['alerts', seed.alerts ?? 'given'],
      ['priority_status', seed.priority ?? 'none'],
    ] as const) {
      if (how === 'none') continue;
      await db
        .insertInto('consents')
        .values({
          person_id: person.id,
          purpose,
          text_version: 'v1',
          channel: 'telegram',
          ...(how === 'withdrawn' ? { withdrawn_at: now } : {}),
        })
        .execute();
    }
  }
  for (const [name, seed] of Object.entries(groups)) {
    counter += 1;
    const chat = await db
      .insertInto('channel_identities')
      .values({
        person_id: null,
        channel: seed.channel ?? 'zalo',
        chat_id: `fanout-group-${counter}`,
        chat_type: 'group',
        reachable: seed.reachable ?? true,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('group_subscriptions')
      .values({ identity_id: chat.id, region_code: seed.region, ...(seed.stopped ? { stopped_at: now } : {}) })
      .execute();
    world.group[name] = chat.id;
  }
  world.officialId = (
    await db.insertInto('people').values({ full_name: 'Cán bộ' }).returning('id').executeTakeFirstOrThrow()
  ).id;
  world.employerId = (
    await db.insertInto('employers').values({ name: 'Xưởng may Phổ Yên' }).returning('id').executeTakeFirstOrThrow()
  ).id;
  return world;
}

export interface VacancySeed {
  title?: string;
  occupation?: string;
  commune?: string;
  province?: string;
  overseas?: boolean;
  status?: 'pending' | 'approved' | 'rejected' | 'closed';
  deadline?: string;
}

export async function addVacancy(db: Kysely<Database>, world: World, seed: VacancySeed = {}): Promise<number> {
  const row = await db
    .insertInto('vacancies')
    .values({
      employer_id: world.employerId,
      title: seed.title ?? 'Công nhân may',
      occupation: seed.occupation ?? 'garment',
      commune_code: seed.commune ?? PHO_YEN,
      province_code: seed.province ?? THAI_NGUYEN,
      headcount: 20,
      wage_raw: '8 triệu/tháng',
      deadline: seed.deadline ?? '2027-06-30',
      contact: '0208 3850 123',
      status: seed.status ?? 'approved',
      overseas: seed.overseas ?? false,
      scam_reasons: '[]',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}
