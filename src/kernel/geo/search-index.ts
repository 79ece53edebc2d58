/**
 * Lookup tables for search(), built once per Geo: every key a unit can be found by, per match tier.
 */
import { fold, tidy } from '../fold.ts';
import { PROVINCE_ALIASES } from './aliases.ts';
import { isNumericName, provinceBareName } from './type-prefixes.ts';
import type { Commune, FormerDistrict, Geo, Province } from './types.ts';

export type IndexedUnit =
  | { readonly kind: 'province'; readonly id: string; readonly sortKey: string; readonly province: Province }
  | { readonly kind: 'commune'; readonly id: string; readonly sortKey: string; readonly commune: Commune }
  | {
      readonly kind: 'former_district';
      readonly id: string;
      readonly sortKey: string;
      readonly district: FormerDistrict;
    };

/** Restricts matches to a new province and/or to units that came from an old province. */
export interface Scope {
  readonly provinceCode?: string;
  /** Folded old province without prefix: "ha giang". */
  readonly oldProvince?: string;
}

export interface FuzzyEntry {
  readonly key: string;
  /** letterMask(key), for a cheap lower bound before computing an edit distance. */
  readonly mask: number;
  readonly units: readonly IndexedUnit[];
}

export interface SearchIndex {
  readonly geo: Geo;
  /** NFC, lower-cased full or bare names (provinces, communes). */
  readonly exact: ReadonlyMap<string, readonly IndexedUnit[]>;
  /** Folded full names: "xa van lang", "thanh pho ha noi", "tinh thai nguyen". */
  readonly folded: ReadonlyMap<string, readonly IndexedUnit[]>;
  /** Folded names without type prefix: "van lang", "ha noi". */
  readonly bare: ReadonlyMap<string, readonly IndexedUnit[]>;
  /** Folded shorthands of provinces (src/kernel/geo/aliases.ts): "hcm", "sai gon", "hn". Not in the fuzzy keys. */
  readonly aliases: ReadonlyMap<string, readonly IndexedUnit[]>;
  /** Former districts by folded full name ("huyen meo vac", "quan 1") and non-numeric bare name ("meo vac"). */
  readonly former: ReadonlyMap<string, readonly IndexedUnit[]>;
  /** Former districts with a numeric bare name ("1" of "Quận 1"), only used when a prefix was typed. */
  readonly formerNumeric: ReadonlyMap<string, readonly IndexedUnit[]>;
  /** Distinct bare keys for fuzzy suggestions, bucketed by key length, each bucket sorted. */
  readonly fuzzyByLength: readonly (readonly FuzzyEntry[])[];
  /** Trailing province words ("thai nguyen", "tinh ha giang", "tp hcm") -> the scope they set. */
  readonly contexts: ReadonlyMap<string, readonly Scope[]>;
  /** The most words in a key of `contexts`: a longer tail of the text cannot be one. */
  readonly contextWords: number;
  /** Commune code -> folded old provinces its predecessors were in. */
  readonly oldProvincesOfCommune: ReadonlyMap<string, ReadonlySet<string>>;
}

export function exactKey(text: string): string {
  return tidy(text).toLowerCase().normalize('NFC');
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

const PROVINCE_CONTEXT_PREFIXES = ['', 'tinh ', 'tp ', 't p ', 'thanh pho '];

const cache = new WeakMap<Geo, SearchIndex>();

/** Memoised per Geo. */
export function searchIndexFor(geo: Geo): SearchIndex {
  let index = cache.get(geo);
  if (index === undefined) {
    index = buildSearchIndex(geo);
    cache.set(geo, index);
  }
  return index;
}

function buildSearchIndex(geo: Geo): SearchIndex {
  const exact = new Map<string, IndexedUnit[]>();
  const folded = new Map<string, IndexedUnit[]>();
  const bare = new Map<string, IndexedUnit[]>();
  const aliases = new Map<string, IndexedUnit[]>();
  const former = new Map<string, IndexedUnit[]>();
  const formerNumeric = new Map<string, IndexedUnit[]>();
  const fuzzy = new Map<string, IndexedUnit[]>();
  const contexts = new Map<string, Scope[]>();
  const oldProvincesOfCommune = new Map<string, Set<string>>();

  const provinceUnits = new Map<string, IndexedUnit>();
  for (const province of geo.provinces) {
    const unit: IndexedUnit = { kind: 'province', id: `p:${province.code}`, sortKey: province.code, province };
    provinceUnits.set(province.code, unit);
    push(exact, exactKey(province.name), unit);
    push(exact, exactKey(province.bareName), unit);
    if (province.placeType === 'Tỉnh') {
      push(exact, exactKey(`Tỉnh ${province.bareName}`), unit);
      push(folded, `tinh ${province.bareFolded}`, unit);
    }
    push(folded, province.nameFolded, unit);
    push(bare, province.bareFolded, unit);
    push(fuzzy, province.bareFolded, unit);
    const scope: Scope = { provinceCode: province.code };
    for (const prefix of PROVINCE_CONTEXT_PREFIXES) push(contexts, `${prefix}${province.bareFolded}`, scope);
    push(contexts, province.nameFolded, scope);
  }

  for (const commune of geo.communes) {
    const unit: IndexedUnit = { kind: 'commune', id: `c:${commune.code}`, sortKey: commune.code, commune };
    push(exact, exactKey(commune.name), unit);
    push(exact, exactKey(commune.bareName), unit);
    push(folded, commune.nameFolded, unit);
    push(bare, commune.bareFolded, unit);
    push(fuzzy, commune.bareFolded, unit);
  }

  const oldProvinceScopes = new Map<string, Scope>();
  for (const link of geo.links) {
    const oldProvince = fold(provinceBareName(link.oldProvince));
    let set = oldProvincesOfCommune.get(link.newCommuneCode);
    if (set === undefined) {
      set = new Set();
      oldProvincesOfCommune.set(link.newCommuneCode, set);
    }
    set.add(oldProvince);
    if (!oldProvinceScopes.has(oldProvince)) {
      const scope: Scope = { oldProvince };
      oldProvinceScopes.set(oldProvince, scope);
      for (const prefix of PROVINCE_CONTEXT_PREFIXES) push(contexts, `${prefix}${oldProvince}`, scope);
      push(contexts, fold(link.oldProvince), scope);
    }
  }

  // After the old provinces: an alias sets the same scopes as the province's own bare name ("hcm" = "ho chi minh").
  for (const alias of PROVINCE_ALIASES) {
    const province = geo.provinceByCode.get(alias.provinceCode);
    const unit = provinceUnits.get(alias.provinceCode);
    if (province === undefined || unit === undefined) {
      throw new Error(
        `geo: alias "${alias.key}" names unknown province ${alias.provinceCode} (src/kernel/geo/aliases.ts)`,
      );
    }
    push(aliases, alias.key, unit);
    for (const scope of [...(contexts.get(province.bareFolded) ?? [])]) {
      for (const prefix of PROVINCE_CONTEXT_PREFIXES) push(contexts, `${prefix}${alias.key}`, scope);
    }
  }

  for (const district of geo.formerDistricts) {
    const unit: IndexedUnit = {
      kind: 'former_district',
      id: `d:${district.oldProvince}|${district.name}`,
      sortKey: `${district.oldProvinceBareFolded}|${district.bareFolded}|${district.name}`,
      district,
    };
    push(former, district.nameFolded, unit);
    if (isNumericName(district.bareFolded)) {
      push(formerNumeric, district.bareFolded, unit);
    } else {
      push(former, district.bareFolded, unit);
      push(fuzzy, district.bareFolded, unit);
    }
  }

  return {
    geo,
    exact,
    folded,
    bare,
    aliases,
    former,
    formerNumeric,
    fuzzyByLength: bucketByLength(fuzzy),
    contexts,
    contextWords: Math.max(0, ...[...contexts.keys()].map((key) => key.split(' ').length)),
    oldProvincesOfCommune,
  };
}

function bucketByLength(entries: ReadonlyMap<string, readonly IndexedUnit[]>): FuzzyEntry[][] {
  const buckets: FuzzyEntry[][] = [];
  const sorted = [...entries.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  for (const [key, units] of sorted) {
    while (buckets.length <= key.length) buckets.push([]);
    buckets[key.length]?.push({ key, mask: letterMask(key), units });
  }
  return buckets;
}

/** One bit per letter a-z, one for any digit, one for space: which characters a folded string uses. */
export function letterMask(folded: string): number {
  let mask = 0;
  for (let i = 0; i < folded.length; i += 1) {
    const c = folded.charCodeAt(i);
    if (c >= 97 && c <= 122) mask |= 1 << (c - 97);
    else if (c >= 48 && c <= 57) mask |= 1 << 26;
    else mask |= 1 << 27;
  }
  return mask;
}

/**
 * Lower bound of the edit distance between two strings with these letter masks: every character kind that
 * only one side uses needs an edit, and one substitution can fix at most one such kind on each side.
 */
export function maskDistanceBound(a: number, b: number): number {
  return Math.max(popcount(a & ~b), popcount(b & ~a));
}

function popcount(x: number): number {
  let v = x - ((x >>> 1) & 0x55555555);
  v = (v & 0x33333333) + ((v >>> 2) & 0x33333333);
  return (((v + (v >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
