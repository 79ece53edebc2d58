import type { LanguageCode } from '@grammyjs/types';
import type { Api } from 'grammy';
import type { BotCommand, CommandMenu, CommandScope } from '../types.ts';

/**
 * Telegram's "/" menu (setMyCommands / deleteMyCommands): its rules, checked before a call so that a list we built
 * wrong is named here rather than answered "BOT_COMMAND_INVALID"; and the calls for one scope, one per language.
 * https://core.telegram.org/bots/api#setmycommands
 */
export const TELEGRAM_COMMAND_NAME = /^[a-z0-9_]{1,32}$/;
export const TELEGRAM_COMMAND_DESCRIPTION_MAX = 256;
export const TELEGRAM_COMMANDS_MAX = 100;

/** What breaks Telegram's rules in a list, one line each; [] when it is valid. */
export function telegramCommandProblems(commands: readonly BotCommand[]): string[] {
  const problems: string[] = [];
  if (commands.length > TELEGRAM_COMMANDS_MAX)
    problems.push(`${commands.length} commands (at most ${TELEGRAM_COMMANDS_MAX})`);
  for (const { command, description } of commands) {
    if (!TELEGRAM_COMMAND_NAME.test(command)) problems.push(`"${command}" is not 1-32 of a-z, 0-9 and _`);
    const length = [...description.trim()].length;
    if (length < 1 || length > TELEGRAM_COMMAND_DESCRIPTION_MAX)
      problems.push(`the description of "${command}" has ${length} characters (1-${TELEGRAM_COMMAND_DESCRIPTION_MAX})`);
  }
  if (new Set(commands.map((c) => c.command)).size !== commands.length) problems.push('a command is listed twice');
  return problems;
}

type TelegramScope = { type: 'default' } | { type: 'chat'; chat_id: string };

function telegramScope(scope: CommandScope): TelegramScope {
  return scope.kind === 'default' ? { type: 'default' } : { type: 'chat', chat_id: scope.chatId };
}

/** Sets (or, for an empty list, deletes) each list of the menu for the scope; throws at the first refusal. */
export async function setTelegramCommands(api: Api, scope: CommandScope, menu: CommandMenu): Promise<void> {
  const lists: Array<[string | undefined, readonly BotCommand[]]> = [
    [undefined, menu.commands],
    ...Object.entries(menu.byLanguage),
  ];
  for (const [language, commands] of lists) {
    const problems = telegramCommandProblems(commands);
    if (problems.length > 0) throw new Error(`invalid Telegram command list: ${problems.join('; ')}`);
    const where = { scope: telegramScope(scope), ...(language ? { language_code: language as LanguageCode } : {}) };
    if (commands.length === 0) await api.raw.deleteMyCommands(where);
    else await api.raw.setMyCommands({ commands: [...commands], ...where });
  }
}
