import { editDistanceWithin } from '../edit-distance.ts';

/**
 * One phrase of an intent, matched in a person's words: its words in order, with at most MAX_GAP other words
 * between two of them ("tìm giúp em việc" holds "tim viec"), each long word allowed one slip ("tuyn dung" holds
 * "tuyen dung"). Pure.
 */
export const MAX_GAP = 2;
/** Words this long or longer may carry one typing slip; shorter ones must be exact ("viec" is not "vie"). */
export const SLIP_FROM_LETTERS = 5;

export interface Phrase {
  readonly words: readonly string[];
}

export function compilePhrase(folded: string): Phrase {
  return { words: folded.split(' ').filter((word) => word.length > 0) };
}

function sameWord(typed: string, wanted: string): boolean {
  if (typed === wanted) return true;
  return wanted.length >= SLIP_FROM_LETTERS && editDistanceWithin(typed, wanted, 1) <= 1;
}

/**
 * How many other words the phrase's words are spread over in `words` (0: side by side), at its tightest
 * occurrence; -1 when it does not occur (its words in order, each within MAX_GAP words of the one before).
 */
export function phraseGap(phrase: Phrase, words: readonly string[]): number {
  const [first, ...rest] = phrase.words;
  if (first === undefined) return -1;
  let best = -1;
  for (let start = 0; start < words.length && best !== 0; start++) {
    if (!sameWord(words[start] ?? '', first)) continue;
    let at = start;
    let gap = 0;
    for (const wanted of rest) {
      let found = -1;
      for (let next = at + 1; next <= at + 1 + MAX_GAP && next < words.length; next++) {
        if (sameWord(words[next] ?? '', wanted)) {
          found = next;
          break;
        }
      }
      if (found < 0) {
        gap = -1;
        break;
      }
      gap += found - at - 1;
      at = found;
    }
    if (gap >= 0 && (best < 0 || gap < best)) best = gap;
  }
  return best;
}
