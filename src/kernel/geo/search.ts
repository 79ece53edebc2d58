/**
 * Find provinces, communes and former districts by what a person typed.
 *
 * Tiers, best first (reference/vietnam-domain.md §3.1):
 *   exact   NFC name, with or without its type prefix, case-insensitive ("Xã Văn Lăng", "Văn Lăng")
 *   folded  accent-free full name ("xa van lang", "thanh pho ha noi", "tinh thai nguyen")
 *   bare    accent-free name with the type word missing, different or abbreviated ("van lang", "p duc xuan"),
 *           or a city's common shorthand from src/kernel/geo/aliases.ts ("tphcm", "tp hcm", "sai gon", "hn")
 *   former  a pre-2025 district ("meo vac", "huyen meo vac", "q1"), returned with every commune it became
 *   fuzzy   close misspellings, only when no name above matched, a few names at most
 * Every match of the first four tiers is returned (ties are never settled silently); within a tier provinces
 * come first, then communes, then former districts, each by code. A trailing province ("van lang thai nguyen",
 * "meo vac ha giang", "quan 1 tphcm") narrows the search like `withinProvince` does.
 * A shorthand is not a name: it never hides a unit that really has that name (both come back), and when only
 * a shorthand matched, names one edit away are still offered as fuzzy ("saigon" also suggests Phường Sài Gòn).
 */
import { distance } from 'fastest-levenshtein';
import { fold } from '../fold.ts';
import { loadGeo } from './load.ts';
import {
  exactKey,
  letterMask,
  maskDistanceBound,
  searchIndexFor,
  type IndexedUnit,
  type Scope,
  type SearchIndex,
} from './search-index.ts';
import {
  isNumericName,
  splitNumberedAbbreviation,
  stripDistrictPrefix,
  stripProvincePrefix,
  stripUnitPrefix,
} from './type-prefixes.ts';
import type { Candidate, MatchTier } from './types.ts';

/** No unit name with a province after it comes close; longer text is not a place name. */
const MAX_TEXT_CHARS = 200;
const FUZZY_MIN_CHARS = 4;
const FUZZY_MAX_NAMES = 5;
const FUZZY_MAX_CANDIDATES = 20;

const TIER_RANK: Record<MatchTier, number> = { exact: 0, folded: 1, bare: 2, former: 3, fuzzy: 4 };
const TIER_SCORE: Record<MatchTier, number> = { exact: 1, folded: 0.9, bare: 0.8, former: 0.7, fuzzy: 0.5 };
const KIND_RANK: Record<IndexedUnit['kind'], number> = { province: 0, commune: 1, former_district: 2 };

interface Hit {
  unit: IndexedUnit;
  tier: MatchTier;
  score: number;
}

export function search(text: string, withinProvince?: string): Candidate[] {
  if (typeof text !== 'string' || text.length > MAX_TEXT_CHARS) return [];
  const folded = splitNumberedAbbreviation(fold(text));
  if (folded === '') return [];
  const index = searchIndexFor(loadGeo());
  if (withinProvince !== undefined && !index.geo.provinceByCode.has(withinProvince)) return [];

  const base: Scope = withinProvince === undefined ? {} : { provinceCode: withinProvince };
  const queries: { folded: string; exact: string | null; scope: Scope }[] = [
    { folded, exact: exactKey(text), scope: base },
    ...contextQueries(index, folded, base),
  ];

  const hits = new Map<string, Hit>();
  for (const query of queries) collectIndexed(index, query.folded, query.exact, query.scope, hits);
  const namesMatched = hits.size > 0;
  for (const query of queries) collectAliases(index, query.folded, query.scope, hits);
  if (!namesMatched) {
    // Only a shorthand matched ("saigon"): still offer a name one edit away (Phường Sài Gòn), nothing looser.
    const maxEdits = hits.size > 0 ? 1 : Infinity;
    for (const query of queries) collectFuzzy(index, query.folded, query.scope, hits, maxEdits);
  }
  return [...hits.values()].sort(compareHits).map((hit) => toCandidate(index, hit));
}

/**
 * "van lang thai nguyen" -> search "van lang" within province 19 (and among units from old Thái Nguyên). Only tails
 * as short as a province's name are looked up, so that the work grows with the text, not with its square.
 */
function contextQueries(
  index: SearchIndex,
  folded: string,
  base: Scope,
): { folded: string; exact: null; scope: Scope }[] {
  const tokens = folded.split(' ');
  const queries: { folded: string; exact: null; scope: Scope }[] = [];
  for (let i = Math.max(1, tokens.length - index.contextWords); i < tokens.length; i += 1) {
    const scopes = index.contexts.get(tokens.slice(i).join(' '));
    if (scopes === undefined) continue;
    const remainder = tokens.slice(0, i).join(' ');
    for (const scope of scopes) {
      if (
        base.provinceCode !== undefined &&
        scope.provinceCode !== undefined &&
        scope.provinceCode !== base.provinceCode
      ) {
        continue;
      }
      queries.push({ folded: remainder, exact: null, scope: { ...base, ...scope } });
    }
  }
  return queries;
}

function inScope(index: SearchIndex, unit: IndexedUnit, scope: Scope): boolean {
  switch (unit.kind) {
    case 'province':
      return (
        scope.oldProvince === undefined &&
        (scope.provinceCode === undefined || unit.province.code === scope.provinceCode)
      );
    case 'commune':
      return (
        (scope.provinceCode === undefined || unit.commune.provinceCode === scope.provinceCode) &&
        (scope.oldProvince === undefined ||
          (index.oldProvincesOfCommune.get(unit.commune.code)?.has(scope.oldProvince) ?? false))
      );
    case 'former_district':
      return (
        (scope.provinceCode === undefined || unit.district.provinceCodes.includes(scope.provinceCode)) &&
        (scope.oldProvince === undefined || unit.district.oldProvinceBareFolded === scope.oldProvince)
      );
  }
}

function record(
  index: SearchIndex,
  hits: Map<string, Hit>,
  units: readonly IndexedUnit[] | undefined,
  tier: MatchTier,
  scope: Scope,
  score = TIER_SCORE[tier],
): void {
  if (units === undefined) return;
  for (const unit of units) {
    if (!inScope(index, unit, scope)) continue;
    const previous = hits.get(unit.id);
    if (
      previous === undefined ||
      TIER_RANK[tier] < TIER_RANK[previous.tier] ||
      (tier === previous.tier && score > previous.score)
    ) {
      hits.set(unit.id, { unit, tier, score });
    }
  }
}

function collectIndexed(
  index: SearchIndex,
  folded: string,
  exact: string | null,
  scope: Scope,
  hits: Map<string, Hit>,
): void {
  if (exact !== null) record(index, hits, index.exact.get(exact), 'exact', scope);
  record(index, hits, index.folded.get(folded), 'folded', scope);
  record(index, hits, index.bare.get(folded), 'bare', scope);
  const withoutUnitPrefix = stripUnitPrefix(folded);
  if (withoutUnitPrefix !== null) record(index, hits, index.bare.get(withoutUnitPrefix), 'bare', scope);

  record(index, hits, index.former.get(folded), 'former', scope);
  const withoutDistrictPrefix = stripDistrictPrefix(folded);
  if (withoutDistrictPrefix !== null) {
    const table = isNumericName(withoutDistrictPrefix) ? index.formerNumeric : index.former;
    record(index, hits, table.get(withoutDistrictPrefix), 'former', scope);
  }
}

/**
 * Province shorthands ("hcm", "tp hcm"), at the bare tier: ranked like a bare name of a province. Only a
 * province type word may precede one ("phuong sai gon" is the ward, not the city).
 */
function collectAliases(index: SearchIndex, folded: string, scope: Scope, hits: Map<string, Hit>): void {
  record(index, hits, index.aliases.get(folded), 'bare', scope);
  const withoutProvincePrefix = stripProvincePrefix(folded);
  if (withoutProvincePrefix !== null) record(index, hits, index.aliases.get(withoutProvincePrefix), 'bare', scope);
}

/** Largest edit distance accepted for a folded query of this length: 1 per 4 characters, at most 3. */
function maxDistance(length: number): number {
  return length < FUZZY_MIN_CHARS ? 0 : Math.min(3, Math.floor(length / 4));
}

function collectFuzzy(
  index: SearchIndex,
  folded: string,
  scope: Scope,
  hits: Map<string, Hit>,
  maxEdits: number,
): void {
  const queries = new Set([folded, stripUnitPrefix(folded), stripDistrictPrefix(folded)]);
  const near: { key: string; distance: number; units: readonly IndexedUnit[] }[] = [];
  for (const query of queries) {
    if (query === null || isNumericName(query)) continue;
    const limit = Math.min(maxDistance(query.length), maxEdits);
    if (limit === 0) continue;
    const mask = letterMask(query);
    const longest = Math.min(query.length + limit, index.fuzzyByLength.length - 1);
    for (let length = Math.max(1, query.length - limit); length <= longest; length += 1) {
      for (const entry of index.fuzzyByLength[length] ?? []) {
        if (maskDistanceBound(mask, entry.mask) > limit) continue;
        const d = distance(query, entry.key);
        if (d <= limit && entry.units.some((unit) => inScope(index, unit, scope))) {
          near.push({ key: entry.key, distance: d / Math.max(query.length, entry.key.length), units: entry.units });
        }
      }
    }
  }
  near.sort((a, b) => a.distance - b.distance || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));

  const keys = new Set<string>();
  let added = 0;
  for (const entry of near) {
    if (keys.has(entry.key)) continue;
    if (keys.size === FUZZY_MAX_NAMES || added >= FUZZY_MAX_CANDIDATES) break;
    keys.add(entry.key);
    const before = hits.size;
    record(index, hits, entry.units, 'fuzzy', scope, TIER_SCORE.fuzzy * (1 - entry.distance));
    added += hits.size - before;
  }
}

function compareHits(a: Hit, b: Hit): number {
  return (
    TIER_RANK[a.tier] - TIER_RANK[b.tier] ||
    b.score - a.score ||
    KIND_RANK[a.unit.kind] - KIND_RANK[b.unit.kind] ||
    (a.unit.sortKey < b.unit.sortKey ? -1 : a.unit.sortKey > b.unit.sortKey ? 1 : 0)
  );
}

function toCandidate(index: SearchIndex, hit: Hit): Candidate {
  const { geo } = index;
  const { unit, tier, score } = hit;
  switch (unit.kind) {
    case 'province':
      return { kind: 'province', tier, score, province: unit.province };
    case 'commune': {
      const province = geo.provinceByCode.get(unit.commune.provinceCode);
      if (province === undefined) throw new Error(`geo: commune ${unit.commune.code} has no province`);
      return { kind: 'commune', tier, score, commune: unit.commune, province };
    }
    case 'former_district':
      return {
        kind: 'former_district',
        tier,
        score,
        district: unit.district,
        communes: unit.district.communeCodes.flatMap((code) => geo.communeByCode.get(code) ?? []),
      };
  }
}
