/**
 * The file a translator fills in (`npm run cli -- i18n template hmn`): every key of every catalogue with its
 * Vietnamese text and placeholders beside an empty `text`. A filled template is a pack file as it stands. Made again
 * over an existing pack, it keeps that pack's name and translations, so it can be re-run after new keys land.
 */
import { entryText, type PackFile, placeholdersOf } from './pack-file.ts';
import type { NamedCatalogue } from './packs.ts';

export interface PackTemplate {
  readonly file: PackFile;
  /** Keys in all. */
  readonly keys: number;
  /** Keys that came with a translation from the existing pack. */
  readonly translated: number;
  /** Translations of the existing pack whose key or catalogue no longer exists (left out). */
  readonly dropped: readonly string[];
}

export function packTemplate(catalogues: readonly NamedCatalogue[], existing: PackFile | null): PackTemplate {
  const messages: PackFile['messages'] = {};
  let keys = 0;
  let translated = 0;
  for (const catalogue of catalogues) {
    const old =
      existing !== null && Object.hasOwn(existing.messages, catalogue.name) ? existing.messages[catalogue.name] : {};
    const entries: PackFile['messages'][string] = {};
    for (const [key, vi] of Object.entries(catalogue.vi)) {
      const before = old !== undefined && Object.hasOwn(old, key) ? old[key] : undefined;
      const text = before === undefined ? '' : entryText(before);
      entries[key] = { vi, placeholders: placeholdersOf(vi), text };
      keys += 1;
      if (text !== '') translated += 1;
    }
    messages[catalogue.name] = entries;
  }
  return {
    file: { name: existing?.name ?? '', messages },
    keys,
    translated,
    dropped: droppedKeys(catalogues, existing),
  };
}

function droppedKeys(catalogues: readonly NamedCatalogue[], existing: PackFile | null): string[] {
  if (existing === null) return [];
  const known = new Map(catalogues.map((c) => [c.name, c.vi]));
  return Object.entries(existing.messages).flatMap(([name, entries]) =>
    Object.entries(entries)
      .filter(([key, value]) => entryText(value) !== '' && !Object.hasOwn(known.get(name) ?? {}, key))
      .map(([key]) => `${name} › ${key}`),
  );
}
