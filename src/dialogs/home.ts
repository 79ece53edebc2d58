import type { OutboundMessage } from '../kernel/message.ts';
import { fold } from '../kernel/fold.ts';
import { t, type Lang } from '../kernel/i18n/index.ts';

/**
 * The home of everything: the welcome with the numbered main menu, the guide, and a kind answer to anything
 * else. Pure. Commands (/start, /trogiup, /huy, STOP…) are recognised by the engine before this.
 */
export const MENU_CHOICES = ['menu.register', 'menu.search', 'menu.employer', 'menu.help'] as const;

const GREETINGS = new Set(['xin chao', 'chao', 'chao ban', 'hi', 'hello', 'alo', 'menu']);

export interface HomeInput {
  text: string | null;
  choiceId: string | null;
  lang: Lang;
}

function menu(lang: Lang): OutboundMessage['choices'] {
  return MENU_CHOICES.map((id) => ({ id, label: t(lang, id) }));
}

function withMenu(lang: Lang, text: string): OutboundMessage {
  return { text, choices: menu(lang), prompt: t(lang, 'home.reply_with_number') };
}

export function welcome(lang: Lang): OutboundMessage {
  return withMenu(lang, t(lang, 'home.welcome'));
}

export function help(lang: Lang): OutboundMessage {
  return withMenu(lang, t(lang, 'home.help'));
}

export function decideHome(input: HomeInput): OutboundMessage[] {
  const { lang, choiceId, text } = input;
  if (choiceId === 'menu.help') return [help(lang)];
  if (choiceId && (MENU_CHOICES as readonly string[]).includes(choiceId)) return [withMenu(lang, t(lang, 'home.not_ready'))];
  if (text === null) return [withMenu(lang, t(lang, 'home.text_only'))];
  if (GREETINGS.has(fold(text))) return [welcome(lang)];
  return [withMenu(lang, t(lang, 'home.not_understood'))];
}
