/**
 * The matching engine: finds a phrase in a post's folded text (doc.ts) with word boundaries, the amount written
 * after it, the words around it that cancel it (a negation, a `notBefore` / `notAfter`), and the accents it
 * needs (accents.ts); then quotes what it found, as written, for the official's card.
 */
import { accentsFit } from './accents.ts';
import { type Doc, originalSpan } from './doc.ts';

/**
 * A phrase to find in the folded text of the post (title, description and contact; folded per fold.ts, except
 * that a sentence break — newline, "!", "?", ";", "|" or "." before a space — stays a line break, so a phrase
 * never spans two sentences).
 */
export interface Phrase {
  /** Regex on folded text ([a-z0-9], single spaces, "\n" between sentences). No flags needed. */
  readonly pattern: RegExp;
  /** Folded word → the accented form meant; a word written with a tone mark must be exactly that form. */
  readonly accents?: Readonly<Record<string, string>>;
  /** Rejects the match when the folded text just before it matches (anchor with `$`). */
  readonly notBefore?: RegExp;
  /** Rejects the match when the folded text just after it (and after its amount) matches (anchor with `^`). */
  readonly notAfter?: RegExp;
  /**
   * A money amount right after the phrase ("đặt cọc 600k"): quoted as evidence; 'required' drops a match without one.
   */
  readonly amount?: 'optional' | 'required';
}

export interface Hit {
  /** Original offset (for ordering; -1 = not from the text). */
  start: number;
  text: string;
}

/** Longest evidence string; longer quotes are cut with "…". */
export const EVIDENCE_MAX_CHARS = 80;

/** "600k", "600.000đ" → "600 000d", "2 triệu", "1tr5" (folded). */
const AMOUNT = String.raw`\d+(?: \d{3})*(?: ?(?:k|tr|trieu|nghin|ngan|d|dong|vnd|cu)\d*)?`;
/** Words allowed between a phrase and its amount: "đặt cọc trước 500k", "phí hồ sơ là 2 triệu". */
const AMOUNT_AFTER = new RegExp(
  String.raw`^ (?:(?:la|khoang|chi|tu|tam|gom|tong|tren|them|truoc|moi nguoi|1 nguoi) ){0,2}(${AMOUNT})\b`,
);
/** An amount with a unit or thousands groups ("500k", "350.000đ"), not a bare number like a date. */
const AMOUNT_WITH_UNIT = String.raw`\d+(?: \d{3})+(?: ?(?:d|dong|vnd))?|\d+(?: \d{3})* ?(?:k|tr|trieu|nghin|ngan|d|dong|vnd|cu)\d*`;
/** For evidence only: an amount a few words later in the sentence ("phí giới thiệu việc làm 500k"). */
const AMOUNT_NEAR = new RegExp(String.raw`^(?: [a-z]+){1,3} (${AMOUNT_WITH_UNIT})\b`);

/** Negation before a phrase: "không", "ko", "miễn", "hỗ trợ (100%)", "công ty chịu", "nghiêm cấm", "free". */
const NEGATION = 'khong|ko|k|kh|khg|hong|chang|cam|mien|free|ho tro|tai tro|chiu|dai tho|bao tron';
/** Words that may sit between the negation and the phrase: "không phải đặt cọc", "không thu bất kỳ khoản phí hồ sơ". */
const NEGATION_FILLER =
  'can|phai|yeu cau|thu|mat|co|lay|bat buoc|he|bao gio|doi hoi|dong|nop|tra|tinh|bat ky|bat ki|bat cu|khoan|loai|mot|cac|' +
  'moi|nhan|them|gi|cung cap|gui|dua|chuyen|chuyen khoan|cho|vao|qua|ai|tien|100|toan bo|toan phan|dat|hoan toan|' +
  'duoc|se|nguoi lao dong|nld|ung vien|ban|lao dong|truoc';
/** Also through a list: "không yêu cầu đặt cọc hay phí hồ sơ", "không thu phí hồ sơ và phí đồng phục". */
const NEGATION_LIST = '(?: [a-z]+){1,4} (?:va|hay|hoac|hoac la|cung nhu|lan)';
const NEGATED_BEFORE = new RegExp(
  String.raw`(?:^|[ \n])(?:${NEGATION})(?: (?:${NEGATION_FILLER})){0,4}(?:${NEGATION_LIST})? $`,
);
/**
 * Negation after a phrase: "phí hồ sơ: 0đ", "đặt cọc: không", "phí đồng phục miễn phí", "phí đào tạo do công ty
 * chi trả" (not "không hoàn lại", "không quá").
 */
const NEGATED_AFTER = new RegExp(
  String.raw`^ (?:la )?(?:khong\b(?! (?:hoan|tra lai|qua|vuot|hon|den))|ko\b|0(?: ?(?:d|dong|vnd|k))?\b|mien phi\b|free\b|mien\b|` +
    String.raw`(?:se )?(?:do|duoc) (?:cong ty|cty|doanh nghiep|nha tuyen dung|chu|ben cong ty)\b|(?:cong ty|cty|doanh nghiep) (?:chiu|tra|chi tra|lo|ho tro|thanh toan|bao)\b)`,
);

const GLOBAL = new WeakMap<RegExp, RegExp>();

/** A /g copy of a pattern (made once, rewound), to walk every match of a rule written without flags. */
export function globalOf(re: RegExp): RegExp {
  let g = GLOBAL.get(re);
  if (g === undefined) {
    g = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
    GLOBAL.set(re, g);
  }
  g.lastIndex = 0;
  return g;
}

/** The first acceptable match of a phrase (in text order), or null. */
export function findPhrase(doc: Doc, phrase: Phrase, negatable: boolean): Hit | null {
  const { folded } = doc;
  const re = globalOf(phrase.pattern);
  for (let m = re.exec(folded); m !== null; m = re.exec(folded)) {
    if (m[0].length === 0) {
      re.lastIndex += 1;
      continue;
    }
    const fStart = m.index;
    const coreEnd = m.index + m[0].length;
    let fEnd = coreEnd;
    if (phrase.amount !== undefined) {
      const rest = folded.slice(coreEnd, coreEnd + 80);
      const a = AMOUNT_AFTER.exec(rest);
      if (a !== null && /[1-9]/.test(a[1] ?? '')) fEnd = coreEnd + a[0].length;
      else if (phrase.amount === 'required') continue;
      else {
        const near = AMOUNT_NEAR.exec(rest);
        if (near !== null && /[1-9]/.test(near[1] ?? '')) fEnd = coreEnd + near[0].length;
      }
    }
    const before = folded.slice(Math.max(0, fStart - 80), fStart);
    if (phrase.notBefore?.test(before) === true) continue;
    if (phrase.notAfter?.test(folded.slice(fEnd, fEnd + 80)) === true) continue;
    if (negatable && (NEGATED_BEFORE.test(before) || NEGATED_AFTER.test(folded.slice(coreEnd, coreEnd + 40)))) continue;
    const span = originalSpan(doc, fStart, fEnd);
    if (phrase.accents !== undefined) {
      const core = originalSpan(doc, fStart, coreEnd);
      if (!accentsFit(doc.original.slice(core.start, core.end), phrase.accents)) continue;
    }
    return { start: span.start, text: doc.original.slice(span.start, span.end) };
  }
  return null;
}

/** The earliest match in the text of any of the phrases, or null. */
export function firstPhrase(doc: Doc, phrases: readonly Phrase[]): Hit | null {
  let best: Hit | null = null;
  for (const phrase of phrases) {
    const hit = findPhrase(doc, phrase, false);
    if (hit !== null && (best === null || hit.start < best.start)) best = hit;
  }
  return best;
}

/** Whitespace collapsed, at most EVIDENCE_MAX_CHARS characters (cut with "…"). */
export function tidyEvidence(text: string): string {
  const t = text.normalize('NFC').replace(/\s+/g, ' ').trim();
  if ([...t].length <= EVIDENCE_MAX_CHARS) return t;
  return `${[...t]
    .slice(0, EVIDENCE_MAX_CHARS - 1)
    .join('')
    .trimEnd()}…`;
}
