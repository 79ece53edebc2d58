/**
 * A language pack file, locales/<code>.json, and its check against the compiled catalogues. Pure: the caller reads
 * the file and passes its text.
 *
 *   { "name": "Lus Hmoob",
 *     "messages": { "kernel": { "wage.negotiable": "…" },
 *                   "search": { "search.none": { "vi": "…", "placeholders": [], "text": "…" } } } }
 *
 * Messages are grouped by catalogue ('kernel', a feature's name, 'dashboard'…), so equal keys of two modules never
 * collide. A text is a string, or the template's entry (`npm run cli -- i18n template`) whose `text` the translator
 * fills in; `vi` and `placeholders` there are reminders and are not checked. An empty text counts as missing.
 */
import { z } from 'zod';
import type { PackLang } from './lang.ts';
import type { LanguagePack, NamedCatalogue } from './packs.ts';

/** ISO 639-2/3: three lower-case letters ('hmn', 'tay', 'nun', 'dao', 'tha'; 'qaa'–'qtz' are for local use). */
const PACK_CODE = /^[a-z]{3}$/;
/** Vietnamese and English are compiled in; a pack cannot stand in for them. */
const COMPILED_CODES = new Set(['vie', 'eng']);

const entry = z.union([
  z.string(),
  z.strictObject({ vi: z.string().optional(), placeholders: z.array(z.string()).optional(), text: z.string() }),
]);

const messages = z.record(z.string(), z.record(z.string(), entry));

export const packFileSchema = z.strictObject({
  name: z.string().trim().min(1, "the language's own name, as its speakers write it, is empty"),
  messages,
});

/** A pack being translated: its name may still be empty (what `i18n template` reads to keep the translations). */
export const draftPackSchema = z.strictObject({ name: z.string(), messages });

export type PackFile = z.infer<typeof draftPackSchema>;

/** The text of an entry, trimmed; empty when not translated yet. */
export function entryText(value: z.infer<typeof entry>): string {
  return (typeof value === 'string' ? value : value.text).trim();
}

/** The `{name}` placeholders of a text, sorted and unique. */
export function placeholdersOf(text: string): string[] {
  return [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? ''))].sort();
}

export function isPackCode(code: string): code is PackLang {
  return PACK_CODE.test(code) && !COMPILED_CODES.has(code);
}

export const PACK_CODE_EXPECTED = "the language's ISO 639-2/3 code, three lower-case letters (hmn, tay, nun, dao, tha)";

/** The keys of one catalogue the pack does not translate (they are said in Vietnamese). */
export interface MissingKeys {
  readonly catalogue: string;
  readonly keys: readonly string[];
}

export interface PackCheck {
  /** The pack, when there are no errors. */
  readonly pack: LanguagePack | null;
  /** Each names the file, and the key and placeholder where there is one. */
  readonly errors: readonly string[];
  readonly missing: readonly MissingKeys[];
}

/** Reads a pack file's text, as `file` (shown in every error) for the language `code` (its file name). */
export function checkPack(file: string, code: string, text: string, catalogues: readonly NamedCatalogue[]): PackCheck {
  if (!isPackCode(code))
    return failed(`${file}: "${code}" is not a pack code: name the file with ${PACK_CODE_EXPECTED}`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return failed(`${file}: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const parsed = packFileSchema.safeParse(json);
  if (!parsed.success)
    return failed(
      ...parsed.error.issues.map((issue) => `${file}: ${issue.path.join('.') || '(file)'}: ${issue.message}`),
    );
  const errors = unknownCatalogues(file, parsed.data, catalogues);
  const messages: Record<string, Record<string, string>> = {};
  const missing: MissingKeys[] = [];
  for (const catalogue of catalogues) {
    const given = Object.hasOwn(parsed.data.messages, catalogue.name) ? parsed.data.messages[catalogue.name] : {};
    const result = checkCatalogue(file, catalogue, given ?? {});
    errors.push(...result.errors);
    messages[catalogue.name] = result.texts;
    if (result.missing.length > 0) missing.push({ catalogue: catalogue.name, keys: result.missing });
  }
  const pack = errors.length === 0 ? { code: code as PackLang, name: parsed.data.name, messages } : null;
  return { pack, errors, missing };
}

function failed(...errors: string[]): PackCheck {
  return { pack: null, errors, missing: [] };
}

function unknownCatalogues(file: string, data: PackFile, catalogues: readonly NamedCatalogue[]): string[] {
  const known = new Set(catalogues.map((c) => c.name));
  return Object.keys(data.messages)
    .filter((name) => !known.has(name))
    .map((name) => `${file}: messages.${name}: unknown catalogue (known: ${[...known].join(', ')})`);
}

function checkCatalogue(
  file: string,
  catalogue: NamedCatalogue,
  given: PackFile['messages'][string],
): { errors: string[]; texts: Record<string, string>; missing: string[] } {
  const errors: string[] = [];
  const texts: Record<string, string> = {};
  for (const [key, value] of Object.entries(given)) {
    const where = `${file}: ${catalogue.name} › ${key}`;
    if (!Object.hasOwn(catalogue.vi, key)) {
      errors.push(`${where}: unknown key`);
      continue;
    }
    const text = entryText(value);
    if (text === '') continue;
    const expected = placeholdersOf(catalogue.vi[key] ?? '');
    const found = placeholdersOf(text);
    for (const name of found.filter((p) => !expected.includes(p)))
      errors.push(`${where}: placeholder {${name}} is not in the Vietnamese text`);
    for (const name of expected.filter((p) => !found.includes(p)))
      errors.push(`${where}: placeholder {${name}} is missing (the Vietnamese text has it)`);
    texts[key] = text;
  }
  const missing = Object.keys(catalogue.vi).filter((key) => !Object.hasOwn(texts, key));
  return { errors, texts, missing };
}
