/**
 * A post's text folded for matching (fold.ts: accents off, lowercase, one space between words), with a map back to
 * the original so a match can be quoted as written. Unlike fold(), a sentence break stays a line break ("\n"), so a
 * phrase never spans two sentences.
 */

export interface Doc {
  original: string;
  folded: string;
  /** For each folded character, the original [start, end). */
  starts: number[];
  ends: number[];
}

const COMBINING_MARKS = /\p{M}/gu;
/** Characters that end a sentence; "." too when a space or the end follows (not "600.000", "t.me", "Co., Ltd"). */
const SENTENCE_BREAK = /[\n\r!?;|•…]/;

/**
 * fold.ts's folding, one character at a time, keeping where each folded character came from; fields are joined by
 * a sentence break. `folded` with "\n" read as " " equals fold() of the same text.
 */
export function makeDoc(fields: readonly string[]): Doc {
  const original = fields.map((f) => f.normalize('NFC')).join('\n');
  let folded = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let gap: ' ' | '\n' | null = null;
  let gapAt = 0;

  for (let i = 0; i < original.length; ) {
    const ch = String.fromCodePoint(original.codePointAt(i) ?? 0);
    const next = i + ch.length;
    const f = ch
      .normalize('NFKD')
      .replace(COMBINING_MARKS, '')
      .replace(/đ/g, 'd')
      .replace(/Đ/g, 'D')
      .toLowerCase()
      .replace(/['’‘`]/g, '');
    const hard = SENTENCE_BREAK.test(ch) || (ch === '.' && /^\s?$/.test(original.charAt(next)));
    for (const c of f) {
      if (/[a-z0-9]/.test(c)) {
        if (gap !== null && folded.length > 0) {
          folded += gap;
          starts.push(gapAt);
          ends.push(gapAt + 1);
        }
        gap = null;
        folded += c;
        starts.push(i);
        ends.push(next);
      } else if (gap !== '\n') {
        gap = hard ? '\n' : ' ';
        gapAt = i;
      }
    }
    i = next;
  }
  return { original, folded, starts, ends };
}

/** The original [start, end) of the folded [fStart, fEnd). */
export function originalSpan(doc: Doc, fStart: number, fEnd: number): { start: number; end: number } {
  return { start: doc.starts[fStart] ?? 0, end: doc.ends[fEnd - 1] ?? doc.original.length };
}
