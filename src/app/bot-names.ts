import { ALL_CHANNELS, settingsOf } from '../channels/registry.ts';
import type { ChannelName } from '../kernel/message.ts';
import type { Config } from './config.ts';
import type { Logger } from '../logger.ts';

/**
 * Asks each channel that is on and has a bot name (src/channels/registry.ts) who the bot is (getMe), once at
 * start-up: the names tell, in group chats, whether a message addresses the bot, and a rejected token is reported
 * at once, in one line. A platform that cannot be reached just now does not stop the start: the name is unknown.
 */
export class BotTokenRejectedError extends Error {
  constructor(variable: string, platform: string) {
    super(`${variable} was rejected by ${platform}: check the token (it may have been revoked or mistyped).`);
    this.name = 'BotTokenRejectedError';
  }
}

/** The bot's name on each channel that could tell. */
export type BotNames = Partial<Record<ChannelName, string>>;

const TIMEOUT_MS = 5000;

export async function learnBotNames(config: Config, logger: Logger): Promise<BotNames> {
  const names: BotNames = {};
  const jobs = ALL_CHANNELS.filter((channel) => config.channels.includes(channel.name)).map(async (channel) => {
    const lookup = channel.botName;
    if (!lookup) return;
    try {
      const name = await lookup.ask(settingsOf(config, channel), TIMEOUT_MS);
      if (name !== undefined) names[channel.name] = name;
    } catch (error) {
      if (lookup.rejected(error)) throw new BotTokenRejectedError(channel.switchVariable, channel.title);
      logger.warn({ channel: channel.name }, `could not ask ${channel.title} for the bot name; ${lookup.withoutIt}`);
    }
  });
  await Promise.all(jobs);
  return names;
}
