/**
 * Ambiguous words (hàn / hạn, kho / khó, cơ khí / có khi, bếp, mộc, điện) that name a category only when they
 * are all that is said, give or take filler words: "làm hàn" → welding, "thời hạn" → nothing.
 */
import { OCCUPATIONS, type OccupationKey } from './data.ts';

/** Words around a lone word that do not change its meaning: "làm hàn", "nghề hàn", "em làm kho ạ". */
export const FILLERS: ReadonlySet<string> = new Set([
  'lam',
  'nghe',
  'viec',
  'cong',
  'nganh',
  'tho',
  'nhan',
  'vien',
  'chuyen',
  'dang',
  'toi',
  'em',
  'anh',
  'chi',
  'minh',
  'muon',
  'can',
  'tim',
  'xin',
  'duoc',
  'thich',
  'biet',
  'co',
  'la',
  'thi',
  'a',
  'nha',
  'nhe',
]);

const LONE_WORDS: readonly { phrase: string; tokens: readonly string[]; key: OccupationKey }[] = OCCUPATIONS.flatMap(
  (o) => o.loneWords.map((phrase) => ({ phrase, tokens: phrase.split(' '), key: o.key })),
);

function occursAt(tokens: readonly string[], wanted: readonly string[], at: number): boolean {
  for (let k = 0; k < wanted.length; k++) if (tokens[at + k] !== wanted[k]) return false;
  return true;
}

/**
 * A lone word/phrase that, with only filler words around it, makes up all of `tokens`: the first lone word (in
 * the table's order) at its leftmost such place. Linear in the number of tokens: the place must cover the first
 * and the last word that is not a filler, so only a few places are tried (any place when all are fillers).
 */
export function findLoneWord(
  tokens: readonly string[],
): { key: OccupationKey; phrase: string; at: number } | undefined {
  let firstOther = -1;
  let lastOther = -1;
  for (let i = 0; i < tokens.length; i++) {
    if (FILLERS.has(tokens[i] ?? '')) continue;
    if (firstOther === -1) firstOther = i;
    lastOther = i;
  }
  for (const { phrase, tokens: wanted, key } of LONE_WORDS) {
    const lastStart = tokens.length - wanted.length;
    const from = firstOther === -1 ? 0 : Math.max(0, lastOther - wanted.length + 1);
    const to = firstOther === -1 ? lastStart : Math.min(firstOther, lastStart);
    for (let at = from; at <= to; at++) {
      if (occursAt(tokens, wanted, at)) return { key, phrase, at };
    }
  }
  return undefined;
}
