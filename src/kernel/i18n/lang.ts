/** The languages the bot speaks. Vietnamese is the default and the fallback for anything unknown. */
export const LANGS = ['vi', 'en'] as const;

export type Lang = (typeof LANGS)[number];

export const DEFAULT_LANG: Lang = 'vi';

export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as readonly string[]).includes(value);
}

/** `lang` if it is one we speak, else Vietnamese (a stored or typed value may be anything at run time). */
export function resolveLang(lang: unknown): Lang {
  return isLang(lang) ? lang : DEFAULT_LANG;
}
