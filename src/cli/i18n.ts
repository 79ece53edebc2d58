import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { CATALOGUES } from '../app/catalogues.ts';
import { packPath, readPack, shownPath } from '../app/language-packs.ts';
import {
  draftPackSchema,
  isPackCode,
  type NamedCatalogue,
  PACK_CODE_EXPECTED,
  type PackFile,
  packTemplate,
} from '../kernel/i18n/index.ts';
import { UsageError } from './usage-error.ts';

/**
 * npm run cli -- i18n check CODE | template CODE [--out FILE]: a province's language pack (LOCALES_DIR/CODE.json).
 * `check` says what start-up would: the errors (exit code 1) and the keys still said in Vietnamese (a warning).
 * `template` writes the file a translator fills in, keeping the translations of the pack already there.
 */
export async function i18nCommand(
  localesDir: string,
  args: string[],
  print: (line: string) => void,
  catalogues: readonly NamedCatalogue[] = CATALOGUES,
): Promise<number> {
  const { action, code, out } = parse(args);
  if (action === 'check') return check(localesDir, code, catalogues, print);
  const from = [out, packPath(localesDir, code)].find((file) => file !== undefined && fs.existsSync(file));
  const template = packTemplate(catalogues, from === undefined ? null : readDraft(from));
  const text = `${JSON.stringify(template.file, null, 2)}\n`;
  if (out === undefined) {
    print(text.trimEnd());
    return 0;
  }
  fs.writeFileSync(out, text);
  const kept = from === undefined ? '' : `, ${template.translated} translated (kept from ${shownPath(from)})`;
  print(`Wrote ${shownPath(out)}: ${template.keys} keys${kept}; fill in each "text".`);
  if (template.dropped.length > 0)
    print(
      `Left out ${template.dropped.length} translations whose key no longer exists: ${template.dropped.join(', ')}`,
    );
  return 0;
}

function parse(args: string[]): { action: 'check' | 'template'; code: string; out: string | undefined } {
  let parsed;
  try {
    parsed = parseArgs({ args, options: { out: { type: 'string' } }, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const [action, code, ...rest] = parsed.positionals;
  if (action !== 'check' && action !== 'template')
    throw new UsageError('say what to do: i18n check CODE, or i18n template CODE [--out FILE]');
  if (code === undefined || rest.length > 0) throw new UsageError(`i18n ${action} takes one language code`);
  if (!isPackCode(code)) throw new UsageError(`${JSON.stringify(code)} is not a pack code: ${PACK_CODE_EXPECTED}`);
  if (action === 'check' && parsed.values.out !== undefined) throw new UsageError('--out goes with i18n template');
  return { action, code, out: parsed.values.out };
}

function check(
  localesDir: string,
  code: string,
  catalogues: readonly NamedCatalogue[],
  print: (line: string) => void,
): number {
  const file = packPath(localesDir, code);
  if (!fs.existsSync(file)) {
    print(
      `${shownPath(file)} does not exist: npm run cli -- i18n template ${code} --out ${shownPath(file)} writes one.`,
    );
    return 1;
  }
  const { pack, errors, missing } = readPack(file, catalogues);
  const count = missing.reduce((sum, m) => sum + m.keys.length, 0);
  print(`${shownPath(file)}${pack === null ? '' : ` (${pack.name})`}:`);
  if (count > 0) {
    print(`Warning: ${count} keys are missing and will be said in Vietnamese:`);
    for (const { catalogue, keys } of missing) {
      print(`  ${catalogue} (${keys.length}):`);
      for (const key of keys) print(`    ${key}`);
    }
  }
  if (errors.length === 0) {
    const total = catalogues.reduce((sum, c) => sum + Object.keys(c.vi).length, 0);
    print(`Valid: ${total - count} of ${total} keys translated.`);
    return 0;
  }
  print(`${errors.length} errors (the service will not start with this file):`);
  for (const error of errors) print(`  ${error}`);
  return 1;
}

function readDraft(file: string): PackFile {
  const problem = (why: string) =>
    new Error(`cannot read ${shownPath(file)} to keep its translations (${why}); fix it or move it away`);
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    throw problem(error instanceof Error ? error.message : String(error));
  }
  const parsed = draftPackSchema.safeParse(json);
  if (!parsed.success) throw problem(parsed.error.issues[0]?.message ?? 'not a pack file');
  return parsed.data;
}
