import { installedPack } from './packs.ts';

/** The languages compiled in: Vietnamese, the default and the fallback for anything unknown, and English. */
export const LANGS = ['vi', 'en'] as const;

export type BuiltinLang = (typeof LANGS)[number];

/**
 * A language pack's code (ISO 639-2/3, 'hmn'), loaded from locales/ at start. Branded, so that a misspelt literal is
 * still a type error: a code becomes a PackLang only through the pack check (`isPackCode`) or `resolveLang`.
 */
export type PackLang = string & { readonly __languagePack: true };

/** A language the bot may speak to someone: compiled in, or from a pack. */
export type Lang = BuiltinLang | PackLang;

export const DEFAULT_LANG: Lang = 'vi';

export function isBuiltinLang(value: unknown): value is BuiltinLang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** Compiled in, or the code of a pack that is loaded now. */
export function isLang(value: unknown): value is Lang {
  return isBuiltinLang(value) || (typeof value === 'string' && installedPack(value) !== undefined);
}

/**
 * `lang` if it is one we speak, else Vietnamese (a stored or typed value may be anything at run time; a person whose
 * pack was removed is spoken to in Vietnamese).
 */
export function resolveLang(lang: unknown): Lang {
  return isLang(lang) ? lang : DEFAULT_LANG;
}

/** The compiled language whose conventions (numbers, data labels) `lang` follows: a pack follows Vietnamese. */
export function builtinLangOf(lang: Lang): BuiltinLang {
  return lang === 'en' ? 'en' : 'vi';
}
