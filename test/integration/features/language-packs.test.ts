import path from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect } from 'vitest';
import { CATALOGUES } from '../../../src/app/catalogues.ts';
import { startLanguagePacks } from '../../../src/app/language-packs.ts';
import { installLanguagePacks } from '../../../src/kernel/i18n/index.ts';
import { test, type World } from '../../harness/world.ts';

/**
 * A province's language pack, end to end on PostgreSQL: the test pack (test/fixtures/locales/qaa.json, "Lus Qàa")
 * is offered in /ngonngu, kept on the person, and said where it has the text, in Vietnamese where it has not.
 */
const languageOf = async ({ db, personOf }: World, who: string) =>
  (
    await db
      .selectFrom('people')
      .select('language')
      .where('id', '=', await personOf(who))
      .executeTakeFirstOrThrow()
  ).language;

beforeAll(() => startLanguagePacks(path.resolve(import.meta.dirname, '../../fixtures/locales'), CATALOGUES));
afterAll(() => installLanguagePacks([], []));

describe('a language pack in /ngonngu', () => {
  test('offered third by its own name; chosen, it is kept and spoken', async ({ world, say }) => {
    expect(await say('Pao', '/ngonngu')).toContain('3. Lus Qàa');
    const done = await say('Pao', '3');
    expect(done).toContain('[qaa] Lus Qàa chosen.'); // in the pack
    expect(done).toContain('Đăng ký nhận tin việc làm'); // the menu: not in the pack, so Vietnamese
    expect(done).toContain('[qaa] reply with a number');
    expect(await languageOf(world, 'Pao')).toBe('qaa');
    const again = await say('Pao', '/ngonngu');
    expect(again).toContain('[qaa] choose a language');
    expect(again).toContain('Trả lời bằng một số');
  });

  test('typed by its name without accents', async ({ world, say }) => {
    await say('Vang', '/ngonngu');
    expect(await say('Vang', 'lus qaa')).toContain('[qaa] Lus Qàa chosen.');
    expect(await languageOf(world, 'Vang')).toBe('qaa');
  });

  test('once the pack is removed, the person is spoken to in Vietnamese', async ({ world, say }) => {
    installLanguagePacks([], []);
    try {
      const menu = await say('Pao', '/ngonngu');
      expect(menu).toContain('Chọn ngôn ngữ');
      expect(menu).not.toContain('[qaa]');
      expect(menu).not.toContain('Lus Qàa');
      expect(await languageOf(world, 'Pao')).toBe('qaa'); // kept for when the pack comes back
    } finally {
      startLanguagePacks(path.resolve(import.meta.dirname, '../../fixtures/locales'), CATALOGUES);
    }
  });

  test('the database takes a language code and nothing else', async ({ world }) => {
    const id = await world.personOf('Pao');
    await expect(sql`UPDATE people SET language = 'Lus Hmoob' WHERE id = ${id}`.execute(world.db)).rejects.toThrow(
      /people_language_check/,
    );
  });
});
