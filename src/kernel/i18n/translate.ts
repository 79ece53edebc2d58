/**
 * `t(lang, key, params)`: the message for `key` in `lang` with `{name}` placeholders filled in.
 * Never throws: an unknown language falls back to Vietnamese, a key missing at run time falls back to the
 * Vietnamese text and then to the key itself, and a missing param leaves `{name}` visible.
 */
import { en } from './en.ts';
import { formatNumber } from './format.ts';
import { resolveLang } from './lang.ts';
import type { Lang } from './lang.ts';
import { vi } from './vi.ts';
import type { Catalogue, MessageKey } from './vi.ts';

export type { Catalogue, MessageKey } from './vi.ts';

const CATALOGUES: Readonly<Record<Lang, Catalogue>> = { vi, en };

/** The placeholder names in a message literal: "{a} và {b}" → "a" | "b". */
export type PlaceholderOf<S extends string> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name | PlaceholderOf<Rest>
  : never;

/** Numbers are formatted for the language (1.284 / 1,284); pass a string for a year or a code. */
export type ParamValue = string | number;

/** The params a key needs, from its Vietnamese text. */
export type MessageParams<K extends MessageKey> = { readonly [P in PlaceholderOf<(typeof vi)[K]>]: ParamValue };

/** Params are required exactly when the message has placeholders. */
export type ParamsArg<K extends MessageKey> = [PlaceholderOf<(typeof vi)[K]>] extends [never]
  ? [params?: Readonly<Record<string, never>>]
  : [params: MessageParams<K>];

const PLACEHOLDER = /\{(\w+)\}/g;

export function t<K extends MessageKey>(lang: Lang, key: K, ...[params]: ParamsArg<K>): string {
  const language = resolveLang(lang);
  const template = CATALOGUES[language][key] ?? vi[key] ?? String(key);
  const values = (params ?? {}) as Readonly<Record<string, ParamValue | undefined>>;
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = Object.hasOwn(values, name) ? values[name] : undefined;
    if (typeof value === 'number') return formatNumber(language, value);
    return typeof value === 'string' ? value : whole;
  });
}
