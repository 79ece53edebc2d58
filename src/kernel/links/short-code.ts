import { fold } from '../fold.ts';
import { loadGeo } from '../geo/index.ts';
import { matchOccupations, type OccupationKey } from '../occupations/index.ts';
import type { LinkReading, RegistrationLink } from './link.ts';
import { occupationOfTradeCode, tradeCodeOf } from './trade-codes.ts';

/**
 * Zalo's Bot API carries no start payload, so a poster or a QR code also says what to type: "DK 05860", or
 * "DK 05860 may" with a trade, and the bot does what `/start c05860_omay` does. Read folded, so "dk05860",
 * "đk 05860", "Đăng ký 05860 thợ may" all work. Pure.
 */
const SHORT_CODE = /^(?:dk|dang ?ky)\s*(\d{5})(?:\s+(.+))?$/;
/** A short code is a short message: a sentence that happens to start with "đăng ký" and a number is not one. */
const SHORT_CODE_MAX_LENGTH = 40;

/** The trade typed after the commune: its link code ("may") or one trade named in words ("thợ may"). */
function tradeIn(words: string): OccupationKey | undefined {
  const byCode = occupationOfTradeCode(words.replace(/ /g, ''));
  if (byCode) return byCode;
  const matches = matchOccupations(words);
  return matches.length === 1 ? matches[0]?.key : undefined;
}

/** "DK 05860 may" → the link it stands for; { ok: false } for an unknown commune; null when it is not a code. */
export function readShortCode(text: string | null): LinkReading | null {
  if (text === null || text.length > SHORT_CODE_MAX_LENGTH) return null;
  const match = SHORT_CODE.exec(fold(text));
  if (!match) return null;
  const communeCode = match[1] ?? '';
  if (!loadGeo().communeByCode.has(communeCode)) return { ok: false };
  const occupation = match[2] ? tradeIn(match[2]) : undefined;
  const link: RegistrationLink = occupation ? { communeCode, occupation } : { communeCode };
  return { ok: true, link };
}

/** What to type on Zalo for a commune and trade: "DK 05860" or "DK 05860 may". */
export function shortCode(communeCode: string, occupation?: OccupationKey): string {
  const trade = occupation ? tradeCodeOf(occupation) : undefined;
  return trade ? `DK ${communeCode} ${trade}` : `DK ${communeCode}`;
}
