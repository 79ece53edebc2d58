/**
 * The language packs loaded at start (locales/<code>.json, read and checked by src/app/language-packs.ts) and the
 * texts they give each catalogue. A pack's catalogue is found by its Vietnamese texts' object, the one its module
 * passes to `translator`, so the modules' messages.ts need no name of their own.
 */
import type { PackLang } from './lang.ts';

type Texts = Readonly<Record<string, string>>;

/** A catalogue a pack may translate: the name pack files give it, and its compiled Vietnamese texts. */
export interface NamedCatalogue {
  /** 'kernel', a feature's name ('search'), 'dashboard'… */
  readonly name: string;
  readonly vi: Texts;
}

/** A checked pack: its language's own name ("Lus Hmoob") and its texts by catalogue, then key (no empty texts). */
export interface LanguagePack {
  readonly code: PackLang;
  readonly name: string;
  readonly messages: Readonly<Record<string, Texts>>;
}

interface InstalledPack {
  readonly code: PackLang;
  readonly name: string;
  /** By the catalogue's Vietnamese texts object. */
  readonly texts: ReadonlyMap<Texts, Texts>;
}

let installed: ReadonlyMap<string, InstalledPack> = new Map();

/** Makes `packs` the ones spoken (replacing any before; `[]` removes them all). */
export function installLanguagePacks(packs: readonly LanguagePack[], catalogues: readonly NamedCatalogue[]): void {
  installed = new Map(
    packs.map((pack) => {
      const texts = new Map<Texts, Texts>();
      for (const catalogue of catalogues) {
        const own = Object.hasOwn(pack.messages, catalogue.name) ? pack.messages[catalogue.name] : undefined;
        if (own !== undefined) texts.set(catalogue.vi, own);
      }
      return [pack.code, { code: pack.code, name: pack.name, texts }];
    }),
  );
}

/** A pack spoken now: its code and its language's own name. */
export interface SpokenPack {
  readonly code: PackLang;
  readonly name: string;
}

export function installedPack(code: string): SpokenPack | undefined {
  const pack = installed.get(code);
  return pack === undefined ? undefined : { code: pack.code, name: pack.name };
}

/** The packs spoken now, in the order they were installed. */
export function installedPacks(): readonly SpokenPack[] {
  return [...installed.values()].map(({ code, name }) => ({ code, name }));
}

/** The pack's text for `key` of the catalogue whose Vietnamese texts are `vi`, if the pack has one. */
export function packText(code: string, vi: Texts, key: string): string | undefined {
  const texts = installed.get(code)?.texts.get(vi);
  return texts !== undefined && Object.hasOwn(texts, key) ? texts[key] : undefined;
}
