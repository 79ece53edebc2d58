import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CATALOGUES } from '../../../src/app/catalogues.ts';
import { readPack } from '../../../src/app/language-packs.ts';
import { runCli } from '../../../src/cli/commands.ts';
import { i18nCommand } from '../../../src/cli/i18n.ts';
import { UsageError } from '../../../src/cli/usage-error.ts';

/** npm run cli -- i18n check | template: exit codes and output, on the test pack and on files made here. */
const FIXTURES = path.resolve(import.meta.dirname, '../../fixtures/locales');
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'knvl-i18n-cli-'));
afterAll(() => fs.rmSync(scratch, { recursive: true, force: true }));

const TOTAL = CATALOGUES.reduce((sum, c) => sum + Object.keys(c.vi).length, 0);
const size = (name: string) => Object.keys(CATALOGUES.find((c) => c.name === name)?.vi ?? {}).length;

async function run(localesDir: string, ...args: string[]): Promise<{ code: number; lines: string[] }> {
  const lines: string[] = [];
  const code = await i18nCommand(localesDir, args, (line) => lines.push(...line.split('\n')));
  return { code, lines };
}

function dirWith(files: Record<string, unknown>): string {
  const dir = fs.mkdtempSync(path.join(scratch, 'dir-'));
  for (const [name, json] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), JSON.stringify(json));
  return dir;
}

describe('i18n check', () => {
  it('a valid pack: exit 0, the missing keys counted and listed by catalogue as a warning', async () => {
    const { code, lines } = await run(FIXTURES, 'check', 'qaa');
    expect(code).toBe(0);
    expect(lines[0]).toMatch(/qaa\.json \(Lus Qàa\):$/);
    expect(lines).toContain(`Warning: ${TOTAL - 3} keys are missing and will be said in Vietnamese:`);
    expect(lines).toContain(`  search (${size('search')}):`);
    // The pack has two of the language feature's texts (and one of the kernel's); language.miss_any is left empty.
    const language = lines.indexOf(`  language (${size('language') - 2}):`);
    expect(language).toBeGreaterThan(0);
    expect(lines.slice(language + 1)).toContain('    language.miss_any');
    expect(lines.slice(language + 1)).not.toContain('    language.done_pack');
    expect(lines.at(-1)).toBe(`Valid: 3 of ${TOTAL} keys translated.`);
  });

  it('errors: exit 1, each naming the file, the key and the placeholder', async () => {
    const dir = dirWith({
      'qab.json': { name: 'B', messages: { language: { 'language.done_pack': 'ok {lang}', 'language.nope': 'x' } } },
    });
    const { code, lines } = await run(dir, 'check', 'qab');
    expect(code).toBe(1);
    expect(lines).toContain('3 errors (the service will not start with this file):');
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /qab\.json: language › language\.done_pack: placeholder \{lang\} is not in the Vietnamese/,
        ),
        expect.stringMatching(/qab\.json: language › language\.done_pack: placeholder \{language\} is missing/),
        expect.stringMatching(/qab\.json: language › language\.nope: unknown key$/),
      ]),
    );
  });

  it('no such file: exit 1, saying how to make one', async () => {
    const { code, lines } = await run(scratch, 'check', 'hmn');
    expect(code).toBe(1);
    expect(lines[0]).toMatch(
      /hmn\.json does not exist: npm run cli -- i18n template hmn --out .*hmn\.json writes one\./,
    );
  });

  it.each([
    [[]],
    [['check']],
    [['check', 'Hmong']],
    [['check', 'vie']],
    [['translate', 'hmn']],
    [['check', 'hmn', 'x']],
    [['check', 'hmn', '--out', 'f.json']],
    [['template', 'hmn', '--force']],
  ])('wrong arguments %j: a usage error (exit 2)', async (args) => {
    await expect(run(FIXTURES, ...args)).rejects.toBeInstanceOf(UsageError);
  });

  it('through the CLI: wrong arguments exit 2 with the usage hint; i18n never runs inside the service', async () => {
    const stderr: string[] = [];
    const code = await runCli(['i18n', 'check', 'Hmong'], { stdout: () => undefined, stderr: (t) => stderr.push(t) });
    expect(code).toBe(2);
    expect(stderr.join('')).toContain('i18n: "Hmong" is not a pack code');
  });
});

describe('i18n template', () => {
  it('writes every key with its Vietnamese text and placeholders; filled, it is a valid pack', async () => {
    const out = path.join(scratch, 'hmn.json');
    const { code, lines } = await run(scratch, 'template', 'hmn', '--out', out);
    expect(code).toBe(0);
    expect(lines[0]).toMatch(new RegExp(`Wrote .*hmn\\.json: ${TOTAL} keys; fill in each "text"\\.$`));
    const template = JSON.parse(fs.readFileSync(out, 'utf8'));
    expect(template.messages.language['language.done_pack']).toEqual({
      vi: 'Đã chọn {language}. Bạn cần gì?',
      placeholders: ['language'],
      text: '',
    });
    template.name = 'Test';
    template.messages.language['language.done_pack'].text = 'T {language}';
    fs.writeFileSync(out, JSON.stringify(template));
    const check = readPack(out, CATALOGUES);
    expect(check.errors).toEqual([]);
    expect(check.pack?.messages['language']?.['language.done_pack']).toBe('T {language}');
  });

  it("made again over a pack, keeps its name and translations (from LOCALES_DIR, or --out's file)", async () => {
    const dir = dirWith({
      'qaa.json': { name: 'Q', messages: { kernel: { 'wage.negotiable': 'q-neg' }, gone: { 'gone.key': 'q' } } },
    });
    const out = path.join(dir, 'qaa.new.json');
    const { lines } = await run(dir, 'template', 'qaa', '--out', out);
    expect(lines[0]).toMatch(/1 translated \(kept from .*qaa\.json\)/);
    expect(lines[1]).toBe('Left out 1 translations whose key no longer exists: gone › gone.key');
    const made = JSON.parse(fs.readFileSync(out, 'utf8'));
    expect(made.name).toBe('Q');
    expect(made.messages.kernel['wage.negotiable']).toMatchObject({ vi: 'Thỏa thuận', text: 'q-neg' });
    made.messages.kernel['wage.unknown'].text = 'q-unknown';
    fs.writeFileSync(out, JSON.stringify(made));
    await run(dir, 'template', 'qaa', '--out', out);
    const again = JSON.parse(fs.readFileSync(out, 'utf8'));
    expect(again.messages.kernel['wage.unknown'].text).toBe('q-unknown');
    expect(again.messages.kernel['wage.negotiable'].text).toBe('q-neg');
  });

  it('without --out, prints the template', async () => {
    const { code, lines } = await run(scratch, 'template', 'tay');
    expect(code).toBe(0);
    expect(JSON.parse(lines.join('\n'))).toMatchObject({ name: '', messages: { kernel: expect.any(Object) } });
  });

  it('refuses to write over a file it cannot read, so no translation is lost', async () => {
    const out = path.join(scratch, 'broken.json');
    fs.writeFileSync(out, '{"name": ');
    await expect(run(scratch, 'template', 'dao', '--out', out)).rejects.toThrow(/cannot read .*broken\.json/);
    expect(fs.readFileSync(out, 'utf8')).toBe('{"name": ');
  });
});
