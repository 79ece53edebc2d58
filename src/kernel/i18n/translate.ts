/**
 * `t(lang, key, params)`: the message for `key` in `lang` with `{name}` placeholders filled in.
 * Never throws: an unknown language falls back to Vietnamese, a key missing at run time (or in a language pack)
 * falls back to the Vietnamese text and then to the key itself, and a missing param leaves `{name}` visible.
 */
import { en } from './en.ts';
import { formatNumber } from './format.ts';
import { isBuiltinLang, resolveLang } from './lang.ts';
import type { Lang } from './lang.ts';
import { packText } from './packs.ts';
import { vi } from './vi.ts';
import type { Catalogue, MessageKey } from './vi.ts';

export type { Catalogue, MessageKey } from './vi.ts';

/** The placeholder names in a message literal: "{a} và {b}" → "a" | "b". */
export type PlaceholderOf<S extends string> = S extends `${string}{${infer Name}}${infer Rest}`
  ? Name | PlaceholderOf<Rest>
  : never;

/** Numbers are formatted for the language (1.284 / 1,284); pass a string for a year or a code. */
export type ParamValue = string | number;

/** The params a key needs, from its Vietnamese text. */
export type MessageParams<K extends MessageKey> = { readonly [P in PlaceholderOf<(typeof vi)[K]>]: ParamValue };

/** Params are required exactly when the message has placeholders. */
type ParamsOf<S extends string> = [PlaceholderOf<S>] extends [never]
  ? [params?: Readonly<Record<string, never>>]
  : [params: { readonly [P in PlaceholderOf<S>]: ParamValue }];

export type ParamsArg<K extends MessageKey> = ParamsOf<(typeof vi)[K]>;

/**
 * A module's own messages (a feature's, the dashboard's…): Vietnamese, the source of truth, and English with exactly
 * the same keys. Kept beside the code that says them; the kernel's messages (this folder) are shared by everyone.
 */
export interface Messages<V extends Readonly<Record<string, string>>> {
  readonly vi: V;
  readonly en: { readonly [K in keyof V]: string };
}

/** `t` over the kernel's messages and one module's own, checking keys and placeholders at compile time. */
export type Translate<V extends Readonly<Record<string, string>>> = <K extends keyof V & string>(
  lang: Lang,
  key: K,
  ...params: ParamsOf<V[K]>
) => string;

const PLACEHOLDER = /\{(\w+)\}/g;

function render(
  lang: Lang,
  template: string,
  params: Readonly<Record<string, ParamValue | undefined>> | undefined,
): string {
  const values = params ?? {};
  return template.replace(PLACEHOLDER, (whole, name: string) => {
    const value = Object.hasOwn(values, name) ? values[name] : undefined;
    if (typeof value === 'number') return formatNumber(lang, value);
    return typeof value === 'string' ? value : whole;
  });
}

type Texts = Readonly<Record<string, string>>;

const KERNEL: Messages<Catalogue> = { vi, en };

/** `key` of one catalogue in `lang`: compiled in, or from the language's pack; then in Vietnamese. */
export function catalogueText(catalogue: Messages<Texts>, lang: Lang, key: string): string | undefined {
  const texts: Texts = catalogue.vi;
  if (!Object.hasOwn(texts, key)) return undefined;
  const translated = isBuiltinLang(lang) ? (catalogue[lang] as Texts)[key] : packText(lang, texts, key);
  return translated ?? texts[key];
}

export function t<K extends MessageKey>(lang: Lang, key: K, ...[params]: ParamsArg<K>): string {
  const language = resolveLang(lang);
  const template = catalogueText(KERNEL, language, key) ?? String(key);
  return render(language, template, params as Readonly<Record<string, ParamValue>> | undefined);
}

/**
 * The `t` of a module with messages of its own: its keys first, then those of a module it also says (`also`: the
 * dashboard says the reporting's), then the kernel's. Like `t`, it never throws: a text missing in English or a
 * language pack falls back to Vietnamese, an unknown key to the key itself.
 */
export function translator<V extends Texts, W extends Texts = Record<never, string>>(
  own: Messages<V>,
  also?: Messages<W>,
): Translate<typeof vi & W & V> {
  const catalogues: readonly Messages<Texts>[] = also === undefined ? [own, KERNEL] : [own, also, KERNEL];
  return ((lang: Lang, key: string, params?: Readonly<Record<string, ParamValue>>) => {
    const language = resolveLang(lang);
    let template: string | undefined;
    for (const catalogue of catalogues) template ??= catalogueText(catalogue, language, key);
    return render(language, template ?? key, params);
  }) as Translate<typeof vi & W & V>;
}
