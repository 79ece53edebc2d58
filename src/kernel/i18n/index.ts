/**
 * Every user-facing string lives in a catalogue: the kernel's, vi.ts (default, source of truth) and en.ts, holds
 * the messages several modules say; a module's own are in its messages.ts, said through `translator`.
 * Import from here, not from the files inside.
 */
export { DEFAULT_LANG, LANGS, isLang, resolveLang } from './lang.ts';
export type { Lang } from './lang.ts';
export { t, translator } from './translate.ts';
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
