/**
 * Ambiguous words (hàn / hạn, kho / khó, cơ khí / có khi, bếp, mộc, điện) that name a category only when they
 * are all that is said, give or take filler words: "làm hàn" → welding, "thời hạn" → nothing.
 */
import { OCCUPATIONS, type OccupationKey } from './data.ts';

/** Words around a lone word that do not change its meaning: "làm hàn", "nghề hàn", "em làm kho ạ". */
export const FILLERS: ReadonlySet<string> = new Set([
  'lam', 'nghe', 'viec', 'cong', 'nganh', 'tho', 'nhan', 'vien', 'chuyen', 'dang', 'toi', 'em', 'anh',
  'chi', 'minh', 'muon', 'can', 'tim', 'xin', 'duoc', 'thich', 'biet', 'co', 'la', 'thi', 'a', 'nha', 'nhe',
]);

const LONE_WORDS: readonly { phrase: string; tokens: readonly string[]; key: OccupationKey }[] =
  OCCUPATIONS.flatMap((o) => o.loneWords.map((phrase) => ({ phrase, tokens: phrase.split(' '), key: o.key })));

/** A lone word/phrase that, with only filler words around it, makes up all of `tokens`. */
export function findLoneWord(
  tokens: readonly string[],
): { key: OccupationKey; phrase: string; at: number } | undefined {
  for (const { phrase, tokens: wanted, key } of LONE_WORDS) {
    for (let at = 0; at + wanted.length <= tokens.length; at++) {
      const inside = wanted.every((t, k) => tokens[at + k] === t);
      const outsideAreFillers = tokens.every(
        (t, i) => (i >= at && i < at + wanted.length) || FILLERS.has(t),
      );
      if (inside && outsideAreFillers) return { key, phrase, at };
    }
  }
  return undefined;
}
