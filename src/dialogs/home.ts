import type { OutboundMessage } from '../channels/types.ts';
import { fold } from '../core/fold.ts';
import { t, type Lang } from '../core/i18n/index.ts';
import type { DialogInput } from './types.ts';

/**
 * The home of everything: the welcome with the numbered main menu, help, and a kind answer to anything else.
 * Pure: input in, replies out. The flows behind the menu (registration, search, posting) plug in here.
 */
export const MENU_CHOICES = ['menu.register', 'menu.search', 'menu.employer', 'menu.help'] as const;

const START_WORDS = new Set(['start', 'bat dau', 'batdau', 'menu', 'xin chao', 'chao', 'hi', 'hello', '0']);
const HELP_WORDS = new Set(['help', 'trogiup', 'tro giup', 'huong dan', 'huongdan']);

/** "/start", "/start@Bot", "Start", "bắt đầu" → "start"; "/trogiup" → "trogiup". */
function command(text: string): string {
  const folded = fold(text.replace(/^\//, '').replace(/@\S+/, ''));
  return folded;
}

function menu(lang: Lang): OutboundMessage['choices'] {
  return MENU_CHOICES.map((id) => ({ id, label: t(lang, id) }));
}

export function welcome(lang: Lang): OutboundMessage {
  return { text: t(lang, 'home.welcome'), choices: menu(lang), prompt: t(lang, 'home.reply_with_number') };
}

export function help(lang: Lang): OutboundMessage {
  return { text: t(lang, 'home.help'), choices: menu(lang), prompt: t(lang, 'home.reply_with_number') };
}

export function decideHome(input: DialogInput): OutboundMessage[] {
  const { lang, choiceId, message } = input;
  if (choiceId === 'menu.help') return [help(lang)];
  if (choiceId && (MENU_CHOICES as readonly string[]).includes(choiceId)) {
    return [{ text: t(lang, 'home.not_ready'), choices: menu(lang), prompt: t(lang, 'home.reply_with_number') }];
  }
  if (message.text === null) return [{ text: t(lang, 'home.text_only'), choices: menu(lang), prompt: t(lang, 'home.reply_with_number') }];
  const words = command(message.text);
  if (START_WORDS.has(words) || words.startsWith('start ')) return [welcome(lang)];
  if (HELP_WORDS.has(words)) return [help(lang)];
  return [{ text: t(lang, 'home.not_understood'), choices: menu(lang), prompt: t(lang, 'home.reply_with_number') }];
}
