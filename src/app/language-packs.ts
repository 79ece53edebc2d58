import fs from 'node:fs';
import path from 'node:path';
import {
  checkPack,
  installLanguagePacks,
  type LanguagePack,
  type NamedCatalogue,
  type PackCheck,
} from '../kernel/i18n/index.ts';

/** Errors in the language packs: the process does not start (one line; `i18n check <code>` lists the same). */
export class LanguagePackError extends Error {
  constructor(readonly errors: readonly string[]) {
    const shown = errors.slice(0, 5).join('; ');
    const more = errors.length > 5 ? `; and ${errors.length - 5} more` : '';
    super(`Language pack errors (npm run cli -- i18n check <code> lists them): ${shown}${more}`);
    this.name = 'LanguagePackError';
  }
}

/** The pack file of `code` in `localesDir`. */
export function packPath(localesDir: string, code: string): string {
  return path.join(localesDir, `${code}.json`);
}

/** How a pack file is named in messages: from the working directory when it is below it. */
export function shownPath(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith('..') || path.isAbsolute(relative) ? file : relative;
}

/** Reads and checks one pack file (which must exist). */
export function readPack(file: string, catalogues: readonly NamedCatalogue[]): PackCheck {
  return checkPack(shownPath(file), path.basename(file, '.json'), fs.readFileSync(file, 'utf8'), catalogues);
}

/** Every pack in `localesDir` (none when it does not exist), checked; throws LanguagePackError on any error. */
export function loadLanguagePacks(
  localesDir: string,
  catalogues: readonly NamedCatalogue[],
): { pack: LanguagePack; missing: number }[] {
  if (!fs.existsSync(localesDir)) return [];
  const files = fs
    .readdirSync(localesDir)
    .filter((name) => name.endsWith('.json'))
    .sort();
  const checks = files.map((name) => readPack(path.join(localesDir, name), catalogues));
  const errors = checks.flatMap((check) => check.errors);
  if (errors.length > 0) throw new LanguagePackError(errors);
  return checks.flatMap(({ pack, missing }) =>
    pack === null ? [] : [{ pack, missing: missing.reduce((sum, m) => sum + m.keys.length, 0) }],
  );
}

/** Loads the packs of `localesDir` and makes them the ones spoken; what was loaded, for the start-up log. */
export function startLanguagePacks(
  localesDir: string,
  catalogues: readonly NamedCatalogue[],
): { code: string; name: string; missing: number }[] {
  const loaded = loadLanguagePacks(localesDir, catalogues);
  installLanguagePacks(
    loaded.map((l) => l.pack),
    catalogues,
  );
  return loaded.map(({ pack, missing }) => ({ code: pack.code, name: pack.name, missing }));
}
