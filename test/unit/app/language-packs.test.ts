import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../../src/app/catalogues.ts';
import { LanguagePackError, loadLanguagePacks, startLanguagePacks } from '../../../src/app/language-packs.ts';
import { startupErrorLine } from '../../../src/app/startup-errors.ts';
import { installedPacks, installLanguagePacks } from '../../../src/kernel/i18n/index.ts';
import { loadCatalogues } from '../../harness/catalogues.ts';

/** The packs of LOCALES_DIR at start: every catalogue can be translated, and a bad file stops the start. */
const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/locales');
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'knvl-locales-'));

afterEach(() => installLanguagePacks([], []));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

function localesWith(files: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(scratch, 'dir-'));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

describe('CATALOGUES', () => {
  it('names every messages.ts under src/ and the kernel, each name once', async () => {
    const listed = new Set(CATALOGUES.map((c) => c.vi));
    const unlisted = (await loadCatalogues()).filter((c) => !listed.has(c.vi)).map((c) => c.name);
    expect(unlisted).toEqual([]);
    const names = CATALOGUES.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    expect(names).toEqual(
      expect.arrayContaining(['kernel', 'language', 'search', 'dashboard', 'dashboard-pages', 'simulator']),
    );
  });
});

describe('loadLanguagePacks', () => {
  it('loads the test pack, counting the keys it lacks', () => {
    const [loaded, ...rest] = loadLanguagePacks(FIXTURES, CATALOGUES);
    expect(rest).toEqual([]);
    expect(loaded?.pack).toMatchObject({ code: 'qaa', name: 'Lus Qàa' });
    const total = CATALOGUES.reduce((sum, c) => sum + Object.keys(c.vi).length, 0);
    expect(loaded?.missing).toBe(total - 3); // three texts; language.miss_any is left empty
  });

  it('has no packs when the directory does not exist (the default ./locales need not)', () => {
    expect(loadLanguagePacks(path.join(scratch, 'none'), CATALOGUES)).toEqual([]);
  });

  it('installs what it loads', () => {
    expect(startLanguagePacks(FIXTURES, CATALOGUES)).toEqual([
      { code: 'qaa', name: 'Lus Qàa', missing: expect.any(Number) },
    ]);
    expect(installedPacks()).toEqual([{ code: 'qaa', name: 'Lus Qàa' }]);
  });

  it('refuses to start with one line naming the file, the key and the placeholder', () => {
    const dir = localesWith({
      'qab.json': JSON.stringify({ name: 'B', messages: { language: { 'language.done_pack': 'xong {lang}' } } }),
      'qac.json': JSON.stringify({ name: 'C', messages: { language: { 'language.nope': 'x' } } }),
      'notes.txt': 'not a pack',
    });
    let error: unknown;
    try {
      startLanguagePacks(dir, CATALOGUES);
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(LanguagePackError);
    const line = startupErrorLine(error);
    expect(line.split('\n')).toHaveLength(1);
    expect(line).toContain('qab.json: language › language.done_pack: placeholder {lang} is not in the Vietnamese text');
    expect(line).toContain('qab.json: language › language.done_pack: placeholder {language} is missing');
    expect(line).toContain('qac.json: language › language.nope: unknown key');
    expect(installedPacks()).toEqual([]);
  });

  it('refuses a file whose name is not a language code', () => {
    const dir = localesWith({ 'Hmong.json': JSON.stringify({ name: 'Hmoob', messages: {} }) });
    expect(() => loadLanguagePacks(dir, CATALOGUES)).toThrow(/Hmong\.json: "Hmong" is not a pack code/);
  });
});
