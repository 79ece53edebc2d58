/**
 * Folding for accent-insensitive matching: "Thợ May" -> "tho may", "Đồng Văn" -> "dong van".
 * Storage keeps NFC text; only lookup keys are folded.
 */
const COMBINING_MARKS = /\p{M}/gu;
const NON_ALNUM = /[^a-z0-9]+/g;

export function fold(text: string): string {
  return text
    .normalize('NFKD') // compatibility forms too: full-width "５" folds to "5"
    .replace(COMBINING_MARKS, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(NON_ALNUM, ' ')
    .trim();
}

/**
 * Each run of whitespace as one character: a newline when the run holds one, else a space. A pattern such as
 * /\s+và\s+/ rescans a long run of spaces from each of its positions (quadratic); around single characters it cannot.
 */
export function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, (run) => (run.includes('\n') ? '\n' : ' '));
}

/** NFC normalisation and whitespace collapse, for text we store and show. */
export function tidy(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}
