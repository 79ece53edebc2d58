import { choicePositionInWords } from './choice-words.ts';
import { editDistanceWithin } from './edit-distance.ts';
import { fold } from './fold.ts';

/**
 * Mapping a typed reply back to one of the choices the bot last offered (Zalo has no buttons, and on every
 * channel "2" must work): by number (also "2️⃣"), by the label, by the label typed without accents, by the start of
 * one label, by the number in words ("hai", "số hai", "cái thứ hai", "cái đầu tiên", "cái cuối"), and by the
 * label with a slip or two (one for a word of 4–7 letters, two from 8; only when one label is nearest).
 */
export interface OfferedChoice {
  id: string;
  label: string;
}

const NUMBER_ONLY = /^\s*(?:so\s+)?#?(\d{1,3})\s*[.)]?\s*$/;

export function resolveChoice(text: string, choices: readonly OfferedChoice[]): string | null {
  if (choices.length === 0) return null;
  const folded = fold(text);
  if (folded === '') return null;

  const number = NUMBER_ONLY.exec(folded);
  if (number) {
    const index = Number(number[1]) - 1;
    return choices[index]?.id ?? null;
  }

  const exact = choices.filter((choice) => fold(choice.label) === folded);
  if (exact.length === 1) return exact[0]!.id;

  // "dong y" for "Đồng ý, tôi đồng ý": the reply is the start of exactly one label.
  if (folded.length >= 3) {
    const prefixed = choices.filter((choice) => fold(choice.label).startsWith(folded));
    if (prefixed.length === 1) return prefixed[0]!.id;
  }

  const position = choicePositionInWords(folded, choices.length);
  if (position !== null) return choices[position - 1]!.id;

  return nearestLabel(folded, choices);
}

/** The one label within a slip or two of the answer ("dong u" for "Đồng ý"); null when none, or two are as near. */
function nearestLabel(folded: string, choices: readonly OfferedChoice[]): string | null {
  if (folded.length < 4) return null;
  const limit = folded.length >= 8 ? 2 : 1;
  let best: { id: string; distance: number } | null = null;
  let tie = false;
  for (const choice of choices) {
    const distance = editDistanceWithin(folded, fold(choice.label), limit);
    if (distance > limit) continue;
    if (best === null || distance < best.distance) {
      best = { id: choice.id, distance };
      tie = false;
    } else if (distance === best.distance) {
      tie = true;
    }
  }
  return best !== null && !tie ? best.id : null;
}

/**
 * Several choices in one answer, for multi-select questions: "2 5 7", "2, 5 và 7", "1;3". Every number must
 * name an offered choice (else [], and the question is asked again); a single label also works.
 */
export function resolveChoices(text: string, choices: readonly OfferedChoice[]): string[] {
  if (choices.length === 0) return [];
  const folded = fold(text);
  if (/^\d{1,3}(?:\s+(?:va\s+|and\s+)?\d{1,3})+$/.test(folded)) {
    const ids: string[] = [];
    for (const number of folded.match(/\d{1,3}/g) ?? []) {
      const choice = choices[Number(number) - 1];
      if (!choice) return [];
      if (!ids.includes(choice.id)) ids.push(choice.id);
    }
    return ids;
  }
  const single = resolveChoice(text, choices);
  return single ? [single] : [];
}
