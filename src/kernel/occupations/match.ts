/**
 * `matchOccupations` reads free text ("thợ may", "lai may xuc", "may và phụ hồ"). It does NOT read menu
 * numbers ("1 3", "2"): mapping a number to the n-th menu item is the dialog engine's job, because only
 * the engine knows which menu was shown. Digit tokens are ignored here.
 *
 * Pure: no I/O, no clock.
 */
import { OCCUPATION_KEYS, type OccupationKey } from './data.ts';
import { fuzzyMatch } from './fuzzy.ts';
import { FILLERS, findLoneWord } from './lone-words.ts';
import { occupationByKey } from './lookup.ts';
import { isNamePart, longestPhrases } from './phrases.ts';
import { SCORE } from './scores.ts';
import { segments } from './segments.ts';

export interface OccupationMatch {
  readonly key: OccupationKey;
  /** 0–1, higher is surer: name or synonym 1, lone word 0.9, run-together phrase 0.85, typo 0.7/0.6. */
  readonly score: number;
  /**
   * How it matched. `number` (a menu number) is produced by the dialog engine, never by
   * `matchOccupations`; it is in this type so the engine can return one match type.
   */
  readonly via: 'number' | 'name' | 'synonym' | 'fuzzy';
}

interface Hit {
  readonly key: OccupationKey;
  readonly score: number;
  readonly via: OccupationMatch['via'];
  readonly position: number; // token index in the whole text, for ordering
}

/**
 * Ranked occupation matches for free text. Whole folded phrases on word boundaries, longest phrase first;
 * several occupations in one text come back as several matches ("may và phụ hồ" → garment, construction).
 * Sorted by score, then by where they appear in the text. Empty for text that names no occupation.
 * Menu numbers are not handled here (see the file comment).
 */
export function matchOccupations(text: string): OccupationMatch[] {
  const hits: Hit[] = [];
  let offset = 0;
  for (const segment of segments(text)) {
    hits.push(...matchSegment(segment, offset));
    offset += segment.length;
  }

  // One match per category: its best hit, placed where the category is first mentioned.
  const best = new Map<OccupationKey, Hit>();
  const firstPosition = new Map<OccupationKey, number>();
  for (const hit of hits) {
    const previous = best.get(hit.key);
    if (previous === undefined || hit.score > previous.score) best.set(hit.key, hit);
    firstPosition.set(hit.key, Math.min(hit.position, firstPosition.get(hit.key) ?? Infinity));
  }
  for (const [key, hit] of best) best.set(key, { ...hit, position: firstPosition.get(key) ?? hit.position });

  return [...best.values()]
    .sort(
      (a, b) =>
        b.score - a.score || a.position - b.position || OCCUPATION_KEYS.indexOf(a.key) - OCCUPATION_KEYS.indexOf(b.key),
    )
    .map(({ key, score, via }) => ({ key, score, via }));
}

function matchSegment(tokens: readonly string[], offset: number): Hit[] {
  // 1. Whole phrases, longest first, skipping overlaps (blockers cover their words and produce nothing).
  const { hits: phrases, covered } = longestPhrases(tokens);
  const hits: Hit[] = phrases.map(({ key, text, start }) => {
    const isName = isNamePart(key, text);
    return {
      key,
      score: isName ? SCORE.name : SCORE.synonym,
      via: isName ? 'name' : 'synonym',
      position: offset + start,
    };
  });

  // 2. What is left, without numbers (menu numbers are the engine's business).
  const uncovered = tokens
    .map((token, index) => ({ token, index }))
    .filter(({ token, index }) => !covered[index] && !/^\d+$/.test(token));

  // 3. A lone ambiguous word counts only when it is all that is said in this part of the text.
  const lone = hits.length === 0 ? findLoneWord(uncovered.map((u) => u.token)) : undefined;
  if (lone !== undefined) {
    hits.push({
      key: lone.key,
      score: SCORE.lone,
      via: isNamePart(lone.key, lone.phrase) ? 'name' : 'synonym',
      position: offset + (uncovered[lone.at]?.index ?? 0),
    });
  } else {
    // 4. Typos and run-together phrases, one content word at a time.
    for (const { token, index } of uncovered) {
      if (FILLERS.has(token)) continue;
      const fuzzy = fuzzyMatch(token);
      if (fuzzy !== undefined) hits.push({ ...fuzzy, via: 'fuzzy', position: offset + index });
    }
  }

  // 5. A catch-all category gives way to a specific one named in the same part of the text.
  const specific = hits.some((h) => !occupationByKey(h.key)?.broad);
  return specific ? hits.filter((h) => !occupationByKey(h.key)?.broad) : hits;
}
