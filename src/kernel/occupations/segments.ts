/**
 * Splitting free text into wishes ("may và phụ hồ", "bảo vệ, tạp vụ"): each wish is matched on its own, so
 * one category's phrase never runs into the next one's.
 */
import { fold } from '../fold.ts';

/** Words that separate one wish from the next: "may và phụ hồ", "bảo vệ hoặc tạp vụ". */
const CONJUNCTIONS: ReadonlySet<string> = new Set(['va', 'hoac', 'hay', 'and', 'or']);
/** Punctuation that separates wishes in the raw text (fold() would erase it). */
const SEGMENT_BREAK = /[,.;:!?/\\|+&\n()[\]{}]+/;

/** Folded token lists, one per wish: split on punctuation first, then on "và"/"hoặc"/"hay". */
export function segments(text: string): string[][] {
  const result: string[][] = [];
  for (const piece of text.split(SEGMENT_BREAK)) {
    const folded = fold(piece);
    if (folded === '') continue;
    let current: string[] = [];
    for (const token of folded.split(' ')) {
      if (CONJUNCTIONS.has(token)) {
        if (current.length > 0) result.push(current);
        current = [];
      } else {
        current.push(token);
      }
    }
    if (current.length > 0) result.push(current);
  }
  return result;
}
