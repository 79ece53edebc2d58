import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { en, vi } from '../../src/kernel/i18n/index.ts';

/** One catalogue: the kernel's or a module's own (its messages.ts), named by where it lives. */
export interface LoadedCatalogue {
  /** 'src/kernel/i18n' or the module's folder, 'src/features/search'. */
  readonly name: string;
  readonly vi: Readonly<Record<string, string>>;
  readonly en: Readonly<Record<string, string>>;
}

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Every messages.ts under src/, as paths from the repository root, sorted. */
export function catalogueFiles(dir = path.join(ROOT, 'src')): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) return catalogueFiles(full);
      return entry.name === 'messages.ts' ? [path.relative(ROOT, full)] : [];
    })
    .sort();
}

type Catalogue = Omit<LoadedCatalogue, 'name'>;

/** The kernel's catalogue, then every module's, each module read from its `messages` export. */
export async function loadCatalogues(): Promise<LoadedCatalogue[]> {
  const modules = await Promise.all(
    catalogueFiles().map(async (file) => {
      const module = (await import(pathToFileURL(path.join(ROOT, file)).href)) as Partial<
        Record<'messages', Catalogue>
      >;
      if (!module.messages) throw new Error(`${file} exports no \`messages\``);
      return { name: path.dirname(file), vi: module.messages.vi, en: module.messages.en };
    }),
  );
  return [{ name: 'src/kernel/i18n', vi, en }, ...modules];
}
