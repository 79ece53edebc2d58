/**
 * Whole-phrase matching inside one wish: every synonym and blocker occurrence on word boundaries, then the
 * longest first (ties: leftmost), skipping overlaps ("lai may xuc" → driver, not "may" → garment).
 */
import { fold } from '../fold.ts';
import { BLOCKERS, OCCUPATIONS, type OccupationKey } from './data.ts';

interface Phrase {
  readonly tokens: readonly string[];
  readonly text: string;
  readonly key: OccupationKey | null; // null: a blocker
}

/** A phrase that won its place in the text. */
export interface PhraseHit {
  readonly key: OccupationKey;
  /** The folded phrase, e.g. "phu ho". */
  readonly text: string;
  /** Token index of its first word within the wish. */
  readonly start: number;
}

/** Folded name parts of each label: "Cơ khí, hàn, sửa chữa máy" → co khi | han | sua chua may. */
const NAME_PARTS: ReadonlyMap<OccupationKey, ReadonlySet<string>> = new Map(
  OCCUPATIONS.map((o) => [
    o.key,
    new Set(
      o.vi
        .replace(/\([^)]*\)/g, '')
        .split(',')
        .map(fold)
        .filter((p) => p !== ''),
    ),
  ]),
);

const PHRASES_BY_FIRST_TOKEN: ReadonlyMap<string, readonly Phrase[]> = (() => {
  const map = new Map<string, Phrase[]>();
  const add = (text: string, key: OccupationKey | null): void => {
    const tokens = text.split(' ');
    const first = tokens[0] ?? '';
    const list = map.get(first) ?? [];
    list.push({ tokens, text, key });
    map.set(first, list);
  };
  for (const o of OCCUPATIONS) for (const s of o.synonyms) add(s, o.key);
  for (const b of BLOCKERS) add(b, null);
  return map;
})();

/** Whether a folded phrase is part of the category's own label (a name match rather than a synonym). */
export function isNamePart(key: OccupationKey, folded: string): boolean {
  return NAME_PARTS.get(key)?.has(folded) ?? false;
}

/**
 * The phrases that win in `tokens`, and which tokens they (and any blockers, which produce no hit) cover.
 * Hits come in the order they won: longest first, then leftmost.
 */
export function longestPhrases(tokens: readonly string[]): { hits: PhraseHit[]; covered: boolean[] } {
  const occurrences: { start: number; phrase: Phrase }[] = [];
  tokens.forEach((token, start) => {
    for (const phrase of PHRASES_BY_FIRST_TOKEN.get(token) ?? []) {
      if (phrase.tokens.every((t, k) => tokens[start + k] === t)) occurrences.push({ start, phrase });
    }
  });
  occurrences.sort((a, b) => b.phrase.tokens.length - a.phrase.tokens.length || a.start - b.start);

  const covered = new Array<boolean>(tokens.length).fill(false);
  const hits: PhraseHit[] = [];
  for (const { start, phrase } of occurrences) {
    const end = start + phrase.tokens.length;
    if (covered.slice(start, end).some(Boolean)) continue;
    covered.fill(true, start, end);
    if (phrase.key === null) continue;
    hits.push({ key: phrase.key, text: phrase.text, start });
  }
  return { hits, covered };
}
