import { fold } from '../fold.ts';
import { compilePhrase, type Phrase, phraseGap } from './phrase.ts';
import { expandShorthand } from './shorthand.ts';

/**
 * What a person wants, read from their own words by plain rules: each intent has phrases (folded words, written in
 * full: shorthands such as "ko", "dc", "j" are expanded first), and the intent whose phrases say the most wins.
 * A phrase scores its number of words (less half a point for each word it is spread over), so "khong nhan tin nua" (stop) beats "nhan tin" and "tim nguoi lam" (post a
 * vacancy) beats "lam"; every further phrase of the same intent adds a little. Two intents scoring alike are
 * ambiguous: the person is asked which one (at most three). Nothing matched: none. Pure; no network model.
 */
export interface IntentDeclaration {
  readonly id: string;
  /** Folded phrases ("tim viec", "dang tin tuyen"). One word is allowed but weak: it alone never leaves a flow. */
  readonly phrases: readonly string[];
}

export type IntentReading =
  /** `clear`: strong enough to leave a question the person was asked (two words or more, no rival). */
  | { readonly kind: 'one'; readonly id: string; readonly clear: boolean }
  | { readonly kind: 'several'; readonly ids: readonly string[] }
  | { readonly kind: 'none' };

export const NO_INTENT: IntentReading = { kind: 'none' };

/** Longer text is not a request we read (an answer, a pasted post); the engine's answer limit comes first anyway. */
export const MAX_INTENT_TEXT = 200;
/** Rivals within this share of the best score make the reading ambiguous. */
const RIVAL_SHARE = 0.8;
const MAX_CHOICES = 3;
/** Every further matched phrase of the same intent adds this much. */
const EXTRA_PHRASE = 0.25;

export type IntentReader = (text: string | null) => IntentReading;

interface Compiled {
  readonly id: string;
  readonly phrases: readonly Phrase[];
}

/** The words the phrases are matched against: folded, shorthand expanded. */
export function intentWords(text: string): string[] {
  return expandShorthand(
    fold(text)
      .split(' ')
      .filter((word) => word.length > 0),
  );
}

/** Each word a phrase is spread over costs this much: "đăng kí nhận việc" holds "dang viec", but weakly. */
const GAP_COST = 0.5;

function score(intent: Compiled, words: readonly string[]): number {
  const lengths = intent.phrases
    .map((phrase) => ({ phrase, gap: phraseGap(phrase, words) }))
    .filter(({ gap }) => gap >= 0)
    .map(({ phrase, gap }) => phrase.words.length - gap * GAP_COST)
    .sort((a, b) => b - a);
  const [best, ...others] = lengths;
  return best === undefined ? 0 : best + others.length * EXTRA_PHRASE;
}

export function intentReader(declarations: readonly IntentDeclaration[]): IntentReader {
  const ids = new Set<string>();
  const compiled: Compiled[] = declarations.map((declaration) => {
    if (ids.has(declaration.id)) throw new Error(`the intent "${declaration.id}" is declared twice`);
    ids.add(declaration.id);
    return { id: declaration.id, phrases: declaration.phrases.map(compilePhrase) };
  });
  return (text) => {
    if (text === null || text.length > MAX_INTENT_TEXT) return NO_INTENT;
    const words = intentWords(text);
    if (words.length === 0) return NO_INTENT;
    const scored = compiled
      .map((intent) => ({ id: intent.id, score: score(intent, words) }))
      .filter((entry) => entry.score > 0)
      .sort((a, b) => b.score - a.score);
    const [best] = scored;
    if (!best) return NO_INTENT;
    const rivals = scored.filter((entry) => entry.score >= best.score * RIVAL_SHARE);
    if (rivals.length > 1) return { kind: 'several', ids: rivals.slice(0, MAX_CHOICES).map((entry) => entry.id) };
    return { kind: 'one', id: best.id, clear: best.score >= 2 };
  };
}
