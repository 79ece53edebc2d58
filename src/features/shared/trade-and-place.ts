import { fold } from '../../kernel/fold.ts';
import { search } from '../../kernel/geo/index.ts';
import { matchOccupations } from '../../kernel/occupations/index.ts';
import type { BeginHints } from '../../engine/types.ts';

/**
 * The trade and the place in a request such as "tìm việc may ở Phổ Yên" or "can viec phu ho tai thai nguyen", for a
 * flow to fill in instead of asking. The place is the words after "ở"/"tại"/"gần"/"quanh"/"khu vực" (a commune or a
 * province named by exactly one unit, never a guess from a typo; a name that is also a former district gives only its
 * province); the trade is what the occupation list reads in the
 * words before it. Whatever is unsure is left out, so the flow asks it. Pure.
 */
const PLACE_MARKERS = new Set(['o', 'tai', 'gan', 'quanh', 'khu vuc', 'ben', 'in', 'near']);
/** Words that end a message politely and are never part of a place name. */
const TRAILING = new Set([
  'a',
  'ah',
  'ak',
  'nhe',
  'nha',
  'nhi',
  'vay',
  'voi',
  'khong',
  'ko',
  'k',
  'di',
  'ha',
  'ad',
  'ban',
]);
/** A trade read with this score or better (a name, a synonym, a lone word); typos are asked about instead. */
const SURE_TRADE = 0.85;
const MAX_TRADES = 3;

interface Place {
  communeCode?: string;
  provinceCode?: string;
}

/** The one commune or province these words name, or nothing. */
function placeNamed(words: readonly Word[]): Place {
  let end = words.length;
  while (end > 0 && TRAILING.has(words[end - 1]?.folded ?? '')) end -= 1;
  // The longest run of words from the marker that names exactly one unit ("pho yen thai nguyen", then "pho yen").
  for (let last = end; last > 0; last -= 1) {
    const typed = words
      .slice(0, last)
      .map((word) => word.typed)
      .join(' ');
    const named = search(typed).filter((candidate) => candidate.tier !== 'fuzzy');
    if (named.length === 0) continue;
    const best = named[0]?.tier;
    const atBest = named.filter((candidate) => candidate.tier === best);
    const only = atBest.length === 1 ? atBest[0] : undefined;
    // "Phổ Yên" is a ward and a former town of several wards: only the province is sure, the flow asks the rest.
    if (only?.kind === 'commune' && named.some((candidate) => candidate.kind === 'former_district')) {
      return { provinceCode: only.province.code };
    }
    if (only?.kind === 'commune') return { communeCode: only.commune.code };
    if (only?.kind === 'province') return { provinceCode: only.province.code };
    return {};
  }
  return {};
}

/** Words as typed (accents kept: "Văn Lăng" is not "Văn Lang"), each with its folded form. */
interface Word {
  typed: string;
  folded: string;
}

function markerLength(words: readonly Word[], index: number): number {
  const word = words[index];
  if (!word) return 0;
  if (PLACE_MARKERS.has(`${word.folded} ${words[index + 1]?.folded ?? ''}`)) return 2;
  // "ô tô" is not "ở": with accents typed, only "ở" (or a bare "o") marks a place.
  if (word.folded === 'o') return ['ở', 'o'].includes(word.typed.toLowerCase()) ? 1 : 0;
  return PLACE_MARKERS.has(word.folded) ? 1 : 0;
}

export function tradeAndPlace(text: string): BeginHints {
  const words: Word[] = text
    .normalize('NFC')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((typed) => typed.length > 0)
    .map((typed) => ({ typed, folded: fold(typed) }))
    .filter((word) => word.folded.length > 0);
  let tradeWords = words;
  let place: Place = {};
  // Each marker in turn ("lai xe o to o Pho Yen": the first "o" is not followed by a place), until one is.
  for (let index = 0; index < words.length; index += 1) {
    const length = markerLength(words, index);
    if (length === 0) continue;
    place = placeNamed(words.slice(index + length));
    if (place.communeCode || place.provinceCode) {
      tradeWords = words.slice(0, index);
      break;
    }
  }
  const occupations = matchOccupations(tradeWords.map((word) => word.typed).join(' '))
    .filter((match) => match.score >= SURE_TRADE)
    .slice(0, MAX_TRADES)
    .map((match) => match.key);
  return { ...place, ...(occupations.length > 0 ? { occupations } : {}) };
}
