import type { ChannelAdapter, CommandMenu } from '../channels/types.ts';
import { flatCommands } from '../engine/command-list.ts';
import { REGISTRY } from '../features/index.ts';
import type { Lang } from '../kernel/i18n/index.ts';
import type { ChannelName } from '../kernel/message.ts';
import type { Audience } from '../kernel/roles.ts';
import type { Logger } from '../logger.ts';

/**
 * Telegram's "/" menu from the feature list: the commands people in these audiences can use, the narrowest group
 * first (an official's own commands on top), described in Vietnamese for every app and in English for apps in
 * English. Zalo has no command menu: its numbered menu is the person's own already.
 */
export function commandMenuFor(audiences: readonly Audience[]): CommandMenu {
  const commands = flatCommands(REGISTRY.commandGroups(audiences).reverse());
  const list = (lang: Lang) => commands.map(({ command, describe }) => ({ command, description: describe(lang) }));
  return { commands: list('vi'), byLanguage: { en: list('en') } };
}

/** At start: everyone's menu (the default scope) is the workers' commands. A refusal is logged, never fatal. */
export async function setDefaultCommands(
  adapters: Partial<Record<ChannelName, ChannelAdapter>>,
  logger: Logger,
): Promise<void> {
  const telegram = adapters.telegram;
  if (!telegram?.setCommands) return;
  try {
    await telegram.setCommands({ kind: 'default' }, commandMenuFor(['worker']));
  } catch (error) {
    logger.warn({ err: { message: (error as Error).message } }, 'telegram default command menu not set');
  }
}
