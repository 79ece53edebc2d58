import type { Choice, OutboundMessage } from '../kernel/message.ts';
import { fold } from '../kernel/fold.ts';
import { t, type Lang } from '../kernel/i18n/index.ts';
import type { CommandGroup } from './command-list.ts';

/**
 * The home of everything: the welcome with the numbered main menu, the guide, and a kind answer to anything
 * else. Pure. Commands (/start, /trogiup, /huy, STOP…) are recognised by the engine before this. The menu is the
 * features' entries in order, then help (src/engine/registry.ts), each labelled by whoever owns it.
 */
export interface HomeMenuItem {
  readonly id: string;
  readonly label: (lang: Lang) => string;
}

export type HomeMenu = readonly HomeMenuItem[];

const GREETINGS = new Set(['xin chao', 'chao', 'chao ban', 'hi', 'hello', 'alo', 'menu']);

export interface HomeInput {
  text: string | null;
  choiceId: string | null;
  lang: Lang;
  menu: HomeMenu;
  /** The commands the person can use, for the guide (none: the general guide alone). */
  commands?: readonly CommandGroup[];
}

/** The menu as choices, labelled in the person's language. */
export function menuChoices(lang: Lang, menu: HomeMenu): Choice[] {
  return menu.map((item) => ({ id: item.id, label: item.label(lang) }));
}

export function withMenu(lang: Lang, menu: HomeMenu, text: string): OutboundMessage {
  return { text, choices: menuChoices(lang, menu), prompt: t(lang, 'home.reply_with_number') };
}

export function welcome(lang: Lang, menu: HomeMenu): OutboundMessage {
  return withMenu(lang, menu, t(lang, 'home.welcome'));
}

/** The general guide, then the commands this person can use, grouped (one short line each, for Zalo too). */
export function help(lang: Lang, menu: HomeMenu, commands: readonly CommandGroup[] = []): OutboundMessage {
  const groups = commands.map((group) =>
    [
      t(lang, `help.group.${group.audience}`),
      ...group.commands.map(({ command, describe }) =>
        t(lang, 'help.command_line', { command, description: describe(lang) }),
      ),
    ].join('\n'),
  );
  return withMenu(lang, menu, [t(lang, 'home.help'), ...groups].join('\n\n'));
}

export function decideHome(input: HomeInput): OutboundMessage[] {
  const { lang, choiceId, text, menu } = input;
  if (choiceId === 'menu.help') return [help(lang, menu, input.commands)];
  if (choiceId && menu.some((item) => item.id === choiceId)) return [withMenu(lang, menu, t(lang, 'home.not_ready'))];
  if (text === null) return [withMenu(lang, menu, t(lang, 'home.text_only'))];
  if (GREETINGS.has(fold(text))) return [welcome(lang, menu)];
  return [withMenu(lang, menu, t(lang, 'home.not_understood'))];
}
