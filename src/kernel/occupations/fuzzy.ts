/**
 * One content word at a time, when no phrase matched it: a phrase typed without spaces ("phuho", "baove"), or
 * a typo of a single-word synonym ("shiper", "samsumg").
 */
import { distance } from 'fastest-levenshtein';
import { BLOCKERS, OCCUPATIONS, type OccupationKey } from './data.ts';
import { SCORE } from './scores.ts';

const FUZZY_MIN_LENGTH = 5;

/**
 * One folded Vietnamese syllable: optional initial consonant, 1–3 vowels, optional final consonant
 * ("thuong", "nguoi", "truong"). Such a token is a real word, so it is never taken for a typo of
 * something else ("thuong" is one edit from "thucong").
 */
const VIETNAMESE_SYLLABLE =
  /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ch|nh|ng|[cmnpt])?$/;

/**
 * Phrases written without spaces ("phuho", "baove", "giupviec"), at least FUZZY_MIN_LENGTH long, matched
 * exactly. Blockers are in it too (null), so "phuhop" stays nothing.
 */
const RUN_TOGETHER: ReadonlyMap<string, OccupationKey | null> = (() => {
  const map = new Map<string, OccupationKey | null>();
  const add = (phrase: string, key: OccupationKey | null): void => {
    const joined = phrase.replace(/ /g, '');
    if (phrase.includes(' ') && joined.length >= FUZZY_MIN_LENGTH && !map.has(joined)) map.set(joined, key);
  };
  for (const b of BLOCKERS) add(b, null);
  for (const o of OCCUPATIONS) for (const s of o.synonyms) add(s, o.key);
  return map;
})();

/**
 * Typo vocabulary: single-word synonyms of at least FUZZY_MIN_LENGTH letters ("shipper", "samsung",
 * "logistics"). Run-together phrases are left out on purpose: near-misses of them are too common
 * ("hanoi" is one edit from "hanxi", "nhanvien" two from several).
 */
const TYPO_VOCABULARY: ReadonlyMap<string, OccupationKey> = new Map(
  OCCUPATIONS.flatMap((o) =>
    o.synonyms
      .filter((s) => !s.includes(' ') && s.length >= FUZZY_MIN_LENGTH && !/\d/.test(s))
      .map((s) => [s, o.key] as const),
  ),
);

/**
 * A single word of at least 5 letters: a phrase typed without spaces (exact), or a typo of a single-word
 * synonym at edit distance 1 (distance 2 from 8 letters), only when the closest entries agree on one
 * category. Digits, short words and real Vietnamese syllables are never taken for typos.
 */
export function fuzzyMatch(token: string): { key: OccupationKey; score: number } | undefined {
  if (token.length < FUZZY_MIN_LENGTH || /\d/.test(token)) return undefined;
  if (RUN_TOGETHER.has(token)) {
    const key = RUN_TOGETHER.get(token);
    return key == null ? undefined : { key, score: SCORE.runTogether };
  }
  if (VIETNAMESE_SYLLABLE.test(token)) return undefined;
  const maxDistance = token.length >= 8 ? 2 : 1;
  let bestDistance = Infinity;
  let bestKeys = new Set<OccupationKey>();
  for (const [entry, key] of TYPO_VOCABULARY) {
    if (Math.abs(entry.length - token.length) > maxDistance) continue;
    const d = distance(token, entry);
    if (d > maxDistance || d > bestDistance) continue;
    if (d < bestDistance) {
      bestDistance = d;
      bestKeys = new Set();
    }
    bestKeys.add(key);
  }
  if (bestKeys.size !== 1) return undefined;
  const [key] = bestKeys;
  if (key === undefined) return undefined;
  return { key, score: bestDistance === 1 ? SCORE.typo1 : SCORE.typo2 };
}
