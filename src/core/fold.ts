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

/** NFC normalisation and whitespace collapse, for text we store and show. */
export function tidy(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}
