import { fold } from './fold.ts';

/**
 * Mapping a typed reply back to one of the choices the bot last offered (Zalo has no buttons, and on every
 * channel "2" must work): by number, by the label, or by the label typed without accents.
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
  return null;
}
