import type { Choice, OutboundMessage } from '../../kernel/message.ts';
import type { Lang, PlaceholderOf, vi } from '../../kernel/i18n/index.ts';
import { type messages, t } from './messages.ts';

/**
 * A registration question as data, and the one way it is said: the text, the numbered choices, then the question
 * as the last line with the way out ("gõ 0 để về menu"). A miss says it again with a line on what to type in
 * place of the text.
 */

type Said = typeof vi & typeof messages.vi;

/** A message with no placeholders: it can be said as it is. */
export type PlainKey = {
  [K in keyof Said & string]: [PlaceholderOf<Said[K]>] extends [never] ? K : never;
}[keyof Said & string];

/** A plain message, or words that need only the language (a message with its params filled in). */
export type Words = PlainKey | ((lang: Lang) => string);

export interface Question {
  /** Above the choices: what is asked and why. */
  readonly text: Words;
  /** Numbered answers, [id, label] pairs or built for the language; none when the answer is typed. */
  readonly choices?: readonly (readonly [id: string, label: PlainKey])[] | ((lang: Lang) => Choice[]);
  /** The last line; the way out is added to it. */
  readonly question: Words;
  /** Said in place of the text when the answer was not understood. */
  readonly miss: Words;
}

function say(lang: Lang, words: Words): string {
  return typeof words === 'function' ? words(lang) : t(lang, words);
}

export function choices(lang: Lang, asked: Question): Choice[] {
  const { choices: pairs = [] } = asked;
  return typeof pairs === 'function' ? pairs(lang) : pairs.map(([id, label]) => ({ id, label: t(lang, label) }));
}

/** The way out after the question; also for the questions written by hand. */
export function ask(lang: Lang, question: string): string {
  return t(lang, 'registration.ask', { question });
}

function message(lang: Lang, asked: Question, text: string): OutboundMessage {
  const prompt = ask(lang, say(lang, asked.question));
  return asked.choices === undefined ? { text, prompt } : { text, choices: choices(lang, asked), prompt };
}

export function question(lang: Lang, asked: Question): OutboundMessage {
  return message(lang, asked, say(lang, asked.text));
}

/** The question again after an answer it could not read: `line` (by default its own miss) in place of the text. */
export function miss(lang: Lang, asked: Question, line: Words = asked.miss): OutboundMessage {
  return message(lang, asked, say(lang, line));
}
