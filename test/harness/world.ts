import type { Insertable, Kysely } from 'kysely';
import { inject, test as base } from 'vitest';
import { simulatorChatId } from '../../src/channels/simulator/identity.ts';
import type { Database, VacanciesTable, WorkerProfilesTable } from '../../src/db/schema.ts';
import type { EffectOutcome } from '../../src/engine/feature.ts';
import { createDialogEngine } from '../../src/engine/run.ts';
import type { EffectRequest } from '../../src/engine/types.ts';
import { REGISTRY } from '../../src/features/index.ts';
import type { GroupAdminLookup } from '../../src/features/group/command.ts';
import { applyEffects } from './apply-effects.ts';
import { type ChatPipeline, startChatPipeline } from './chat-pipeline.ts';
import { postgresBackend } from './databases.ts';

/**
 * The world of a dialog scenario: a database of its own (PostgreSQL, already migrated and seeded), the real inbound
 * path on the simulator channel (startChatPipeline) with every feature, and the people and rows scenarios keep
 * making. One per test file (a file-scoped fixture): the tests of a file are the steps of one story.
 *
 *   import { test } from '../../harness/world.ts';
 *   test.beforeAll(async ({ world }) => { await world.official('Cán bộ Hùng', { region: '19' }); });
 *   test('…', async ({ world, say }) => { expect(await say('Cán bộ Hùng', '/duyet')).toContain('…'); });
 */
export interface World {
  db: Kysely<Database>;
  chat: ChatPipeline;
  /**
   * What the simulator "platform" answers when the bot asks whether someone runs a group; null: it cannot tell (as
   * Zalo).
   */
  groupAdmins: ReturnType<GroupAdminLookup>;
  /** One message from `who`; the bot's replies, one string each. */
  replies(who: string, text: string): Promise<string[]>;
  /** The messages in turn; the replies to the last one, joined as `say` joins them. */
  sayAll(who: string, texts: readonly string[]): Promise<string>;
  /** The simulator chat of `who` ("Cán bộ Hùng" → "sim-can-bo-hung"). */
  chatIdOf(who: string): string;
  /** The person behind the chat of `who` (who has written to the bot). */
  personOf(who: string): Promise<number>;
  /** Someone who has written /start (written for them if they had not yet): their person id. */
  person(who: string): Promise<number>;
  /** A person with a worker profile (garment work, instant alerts unless told) and the alerts consent. */
  worker(who: string, profile: WorkerOptions): Promise<number>;
  /** A person holding the official role for a province or commune code. */
  official(who: string, options: { region: string }): Promise<number>;
  /** An employer (a company row), owned by a person or not: its id. */
  employer(name: string, options?: { owner?: number }): Promise<number>;
  /** A vacancy in `place`; approved, garment work, 10 people, open until 2099 unless told: its id. */
  vacancy(values: VacancyOptions): Promise<number>;
  /**
   * Effects applied as the engine applies them (by their features, in one transaction), for `personId` on the
   * simulator.
   */
  apply(personId: number, effects: readonly Effect[]): Promise<EffectOutcome[]>;
  /** A region by its exact name ('Phường Phổ Yên'). */
  place(name: string): Promise<Place>;
  /** The first commune (by code) of a province, other than `except`. */
  communeIn(provinceCode: string, except?: string): Promise<Place>;
}

export interface Place {
  code: string;
  province_code: string;
}

export interface WorkerOptions {
  commune: Place;
  reach?: WorkerProfilesTable['reach'];
  frequency?: WorkerProfilesTable['frequency'];
  digestHour?: number;
  occupations?: string[];
}

export type VacancyOptions = { employer: number; title: string; place: Place } & Partial<
  Omit<Insertable<VacanciesTable>, 'employer_id' | 'title' | 'commune_code' | 'province_code'>
>;

/** An effect as a flow asks for it: its kind and its fields. */
export type Effect = EffectRequest & Record<string, unknown>;

/** `say(who, text)`: one message from `who`; the bot's replies joined by a line "---". */
export type Say = (who: string, text: string) => Promise<string>;

async function openWorld(redisUrl: string): Promise<World & { close(): Promise<void> }> {
  const { handle, cleanup } = await postgresBackend.open();
  const db = handle.db;
  const engine = createDialogEngine(db, REGISTRY, { groupAdmins: () => world.groupAdmins });
  // A test types faster than a person: the flood guard's limit is raised (it has its own tests).
  const chat = startChatPipeline(db, { floodLimit: 10_000, redisUrl, handler: engine });
  const identityOf = (who: string) =>
    db
      .selectFrom('channel_identities')
      .select('person_id')
      .where('chat_id', '=', simulatorChatId(who))
      .executeTakeFirst();

  const world: World & { close(): Promise<void> } = {
    db,
    chat,
    groupAdmins: null,
    replies: (who, text) => chat.say(who, text),
    async sayAll(who, texts) {
      let last: string[] = [];
      for (const text of texts) last = await chat.say(who, text);
      return last.join(SAY_SEPARATOR);
    },
    chatIdOf: simulatorChatId,
    async personOf(who) {
      const identity = await identityOf(who);
      if (!identity?.person_id) throw new Error(`${who} has not written to the bot`);
      return identity.person_id;
    },
    async person(who) {
      if (!(await identityOf(who))) await chat.say(who, '/start');
      return world.personOf(who);
    },
    async worker(who, profile) {
      const personId = await world.person(who);
      await db
        .insertInto('worker_profiles')
        .values({
          person_id: personId,
          commune_code: profile.commune.code,
          province_code: profile.commune.province_code,
          occupations: profile.occupations ?? ['garment'],
          reach: profile.reach ?? 'province',
          frequency: profile.frequency ?? 'instant',
          digest_hour: profile.digestHour ?? null,
        })
        .execute();
      await db
        .insertInto('consents')
        .values({ person_id: personId, purpose: 'alerts', text_version: 'test', channel: 'simulator' })
        .execute();
      return personId;
    },
    async official(who, { region }) {
      const personId = await world.person(who);
      await db
        .insertInto('roles')
        .values({ person_id: personId, role: 'official', region_code: region, granted_via: 'cli' })
        .execute();
      return personId;
    },
    async employer(name, options = {}) {
      return (
        await db
          .insertInto('employers')
          .values({ name, owner_person_id: options.owner ?? null })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    },
    async vacancy({ employer, title, place, ...values }) {
      const row = await db
        .insertInto('vacancies')
        .values({
          employer_id: employer,
          title,
          commune_code: place.code,
          province_code: place.province_code,
          occupation: 'garment',
          headcount: 10,
          wage_raw: '7-9 triệu/tháng',
          deadline: '2099-12-31',
          contact: '0208 3850 123',
          status: 'approved',
          scam_reasons: '[]',
          ...values,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },
    apply: (personId, effects) => db.transaction().execute((trx) => applyEffects(trx, personId, 'simulator', effects)),
    place: (name) =>
      db.selectFrom('regions').select(['code', 'province_code']).where('name', '=', name).executeTakeFirstOrThrow(),
    communeIn: (provinceCode, except = '') =>
      db
        .selectFrom('regions')
        .select(['code', 'province_code'])
        .where('province_code', '=', provinceCode)
        .where('level', '=', 'commune')
        .where('code', '<>', except)
        .orderBy('code')
        .limit(1)
        .executeTakeFirstOrThrow(),
    async close() {
      chat.close();
      await cleanup();
    },
  };
  return world;
}

const SAY_SEPARATOR = '\n---\n';

/**
 * `test` with the world's fixtures, all scoped to the file: `world`, `say`, and `chatRedisUrl` (the Redis of the
 * chat pipeline's flood guard: the run's, unless a file overrides it with one of its own).
 */
export const test = base
  .extend('chatRedisUrl', { scope: 'file' }, () => inject('redisUrl'))
  .extend('world', { scope: 'file' }, async ({ chatRedisUrl }, { onCleanup }): Promise<World> => {
    const world = await openWorld(chatRedisUrl);
    onCleanup(() => world.close());
    return world;
  })
  .extend(
    'say',
    { scope: 'file' },
    ({ world }): Say =>
      async (who, text) =>
        (await world.replies(who, text)).join(SAY_SEPARATOR),
  );
