/**
 * Every user-facing string lives in a catalogue: the kernel's, vi.ts (default, source of truth) and en.ts, holds
 * the messages several modules say; a module's own are in its messages.ts, said through `translator`.
 * Import from here, not from the files inside.
 */
export { builtinLangOf, DEFAULT_LANG, LANGS, isBuiltinLang, isLang, resolveLang } from './lang.ts';
export type { BuiltinLang, Lang, PackLang } from './lang.ts';
export { installedPack, installedPacks, installLanguagePacks } from './packs.ts';
export type { LanguagePack, NamedCatalogue, SpokenPack } from './packs.ts';
export { catalogueText, t, translator } from './translate.ts';
export {
  checkPack,
  draftPackSchema,
  isPackCode,
  PACK_CODE_EXPECTED,
  packFileSchema,
  placeholdersOf,
} from './pack-file.ts';
export type { MissingKeys, PackCheck, PackFile } from './pack-file.ts';
export { packTemplate } from './pack-template.ts';
export type { PackTemplate } from './pack-template.ts';
export type {
  Catalogue,
  MessageKey,
  MessageParams,
  Messages,
  ParamValue,
  PlaceholderOf,
  Translate,
} from './translate.ts';
export { formatDate, formatNumber, TIME_ZONE } from './format.ts';
export { vi } from './vi.ts';
export { en } from './en.ts';
