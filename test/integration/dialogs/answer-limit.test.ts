import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../../src/db/connect.ts';
import { migrateToLatest } from '../../../src/db/migrate.ts';
import { seedReferenceData } from '../../../src/db/reference-data.ts';
import { startChatPipeline, type ChatPipeline } from '../../harness/chat-pipeline.ts';
import { backends } from '../../harness/databases.ts';

/**
 * An answer longer than its question takes, through the real inbound path and engine, on PostgreSQL and PGlite:
 * refused with the limit and the question again, and nothing of it is written (src/dialogs/engine/answer-limit.ts).
 */
const TOO_LONG = 'Câu trả lời dài quá';

describe.each(backends)('answers too long, on $name', (backend) => {
  let cleanup: () => Promise<void>;
  let handle: DatabaseHandle;
  let chat: ChatPipeline;

  beforeAll(async () => {
    ({ handle, cleanup } = await backend.open());
    await migrateToLatest(handle.db);
    await seedReferenceData(handle.db);
    chat = startChatPipeline(handle.db, { floodLimit: 10_000 });
  });
  afterAll(async () => {
    chat.close();
    await cleanup();
  });

  const say = async (user: string, text: string) => (await chat.say(user, text)).join('\n---\n');
  const chatIdOf = (user: string) => chat.simulator.receive({ user, text: 'x' })[0]!.chatId;
  const stateOf = async (user: string) =>
    handle.db
      .selectFrom('dialog_states as s')
      .innerJoin('channel_identities as i', 'i.id', 's.identity_id')
      .select(['s.flow', 's.step', 's.data', 's.misses'])
      .where('i.chat_id', '=', chatIdOf(user))
      .executeTakeFirst();
  const personOf = async (user: string) =>
    handle.db
      .selectFrom('channel_identities as i')
      .innerJoin('people as p', 'p.id', 'i.person_id')
      .select(['p.id', 'p.full_name', 'p.birth_year'])
      .where('i.chat_id', '=', chatIdOf(user))
      .executeTakeFirstOrThrow();

  it('at the consent question, "1" hidden in 4,000 accents is not an agreement: no consent, the same question', async () => {
    await say('Mai', '/dangky');
    const before = await stateOf('Mai');
    const reply = await say('Mai', `1${'\u0301'.repeat(4000)}`);
    expect(reply).toContain(`${TOO_LONG} (4.001 ký tự, tối đa 200 ký tự)`);
    expect(reply).toContain('Bạn có đồng ý không?');
    expect(await stateOf('Mai')).toEqual(before);
    const person = await personOf('Mai');
    expect(await handle.db.selectFrom('consents').where('person_id', '=', person.id).selectAll().execute()).toEqual([]);
  });

  it('a name of 4,096 characters after the profile is saved: not kept, the same step, no miss counted; a real one is', async () => {
    for (const text of ['1', '1995', 'Phổ Yên', '1', '2', '2', '1']) await say('Mai', text);
    const before = await stateOf('Mai');
    expect(before).toMatchObject({ flow: 'registration', step: 'name' });
    const reply = await say('Mai', 'Lò Thị Mai '.repeat(373).slice(0, 4096));
    expect(reply).toContain(`${TOO_LONG} (4.096 ký tự, tối đa 200 ký tự)`);
    expect(await stateOf('Mai')).toEqual(before);
    expect((await personOf('Mai')).full_name).toBeNull();
    expect(await say('Mai', 'Lò Thị Mai')).toContain('Lò Thị Mai');
    expect((await personOf('Mai')).full_name).toBe('Lò Thị Mai');
  });
});
