/**
 * Scam shield: reasons to hold a vacancy for an official (PRODUCT.md "Scam shield";
 * reference/vietnam-domain.md §5: deposits and fees, task / order-completion jobs, "việc nhẹ lương cao",
 * overseas work without a licensed company, personal bank transfers, off-platform chat).
 *
 * A reason is data (`code` + `evidence` quoted from the post); someone else words it for the official.
 * A reason is a signal, not proof: the post is held and an official decides.
 *
 * The rules (rules.ts) are data; the text engine (text.ts, on doc.ts and accents.ts) matches them on folded text
 * (accents off, lowercase, see fold.ts) so "dat coc" and "đặt cọc" both match, with word boundaries; the check
 * (check.ts, with conditions.ts) runs them on a vacancy. Pure: no I/O, no clock.
 */
export { scamReasons, type ScamCheckInput, type ScamReason } from './check.ts';
export {
  ADDRESS_PHRASES,
  COMPANY_MARKERS,
  HIGH_PAY_VND,
  OFF_PLATFORM_PHRASES,
  OVERSEAS_PHRASES,
  PHRASE_RULES,
  SCAM_REASON_CODES,
  type Condition,
  type PhraseRule,
  type ScamReasonCode,
} from './rules.ts';
export { EVIDENCE_MAX_CHARS, type Phrase } from './text.ts';
