import { describe, expect } from 'vitest';
import { test, type World } from '../../harness/world.ts';

/**
 * An answer longer than its question takes, through the real inbound path and engine: refused with the limit and
 * the question again, and nothing of it is written (src/engine/answer-limit.ts).
 */
const TOO_LONG = 'Câu trả lời dài quá';

const stateOf = async ({ db, chatIdOf }: World, user: string) =>
  db
    .selectFrom('dialog_states as s')
    .innerJoin('channel_identities as i', 'i.id', 's.identity_id')
    .select(['s.flow', 's.step', 's.data', 's.misses'])
    .where('i.chat_id', '=', chatIdOf(user))
    .executeTakeFirst();
const personOf = async ({ db, chatIdOf }: World, user: string) =>
  db
    .selectFrom('channel_identities as i')
    .innerJoin('people as p', 'p.id', 'i.person_id')
    .select(['p.id', 'p.full_name', 'p.birth_year'])
    .where('i.chat_id', '=', chatIdOf(user))
    .executeTakeFirstOrThrow();

describe('answers too long', () => {
  test('at the consent question, "1" hidden in 4,000 accents is not an agreement: no consent, the same question', async ({
    world,
    say,
  }) => {
    await say('Mai', '/dangky');
    const before = await stateOf(world, 'Mai');
    const reply = await say('Mai', `1${'\u0301'.repeat(4000)}`);
    expect(reply).toContain(`${TOO_LONG} (4.001 ký tự, tối đa 200 ký tự)`);
    expect(reply).toContain('Bạn có đồng ý không?');
    expect(await stateOf(world, 'Mai')).toEqual(before);
    const person = await personOf(world, 'Mai');
    expect(await world.db.selectFrom('consents').where('person_id', '=', person.id).selectAll().execute()).toEqual([]);
  });

  test('a name of 4,096 characters after the profile is saved: not kept, the same step, no miss counted; a real one is', async ({
    world,
    say,
  }) => {
    for (const text of ['1', '1995', 'Phổ Yên', '1', '2', '2', '1']) await say('Mai', text);
    const before = await stateOf(world, 'Mai');
    expect(before).toMatchObject({ flow: 'registration', step: 'name' });
    const reply = await say('Mai', 'Lò Thị Mai '.repeat(373).slice(0, 4096));
    expect(reply).toContain(`${TOO_LONG} (4.096 ký tự, tối đa 200 ký tự)`);
    expect(await stateOf(world, 'Mai')).toEqual(before);
    expect((await personOf(world, 'Mai')).full_name).toBeNull();
    expect(await say('Mai', 'Lò Thị Mai')).toContain('Lò Thị Mai');
    expect((await personOf(world, 'Mai')).full_name).toBe('Lò Thị Mai');
  });
});
