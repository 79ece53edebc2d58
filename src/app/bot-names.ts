import { Api, GrammyError } from 'grammy';
import { createZaloClient, isZaloApiError } from '../channels/zalo/index.ts';
import type { Config } from './config.ts';
import type { Logger } from '../logger.ts';

/**
 * Asks each configured platform who the bot is (getMe), once at start-up: the names tell, in group chats,
 * whether a message addresses the bot, and a rejected token is reported at once, in one line.
 * A platform that cannot be reached just now does not stop the start: the names are then unknown.
 */
export class BotTokenRejectedError extends Error {
  constructor(variable: 'TELEGRAM_BOT_TOKEN' | 'ZALO_BOT_TOKEN') {
    super(`${variable} was rejected by ${variable.startsWith('TELEGRAM') ? 'Telegram' : 'Zalo'}: check the token (it may have been revoked or mistyped).`);
    this.name = 'BotTokenRejectedError';
  }
}

export interface BotNames {
  telegramUsername?: string;
  zaloName?: string;
}

const TIMEOUT_SECONDS = 5;

export async function learnBotNames(config: Config, logger: Logger): Promise<BotNames> {
  const names: BotNames = {};
  const jobs: Promise<void>[] = [];
  if (config.telegram.token) {
    const api = new Api(config.telegram.token, { apiRoot: config.telegram.apiRoot, timeoutSeconds: TIMEOUT_SECONDS });
    jobs.push(
      api.getMe().then(
        (me) => {
          names.telegramUsername = me.username;
        },
        (error: unknown) => {
          if (error instanceof GrammyError && (error.error_code === 401 || error.error_code === 404)) throw new BotTokenRejectedError('TELEGRAM_BOT_TOKEN');
          logger.warn({ channel: 'telegram' }, 'could not ask Telegram for the bot name; group mentions will be recognised by command only');
        },
      ),
    );
  }
  if (config.zalo.token) {
    const client = createZaloClient({ token: config.zalo.token, apiRoot: config.zalo.apiRoot, timeoutMs: TIMEOUT_SECONDS * 1000 });
    jobs.push(
      client.getMe().then(
        (me) => {
          names.zaloName = me.account_name;
        },
        (error: unknown) => {
          if (isZaloApiError(error) && error.code === 401) throw new BotTokenRejectedError('ZALO_BOT_TOKEN');
          logger.warn({ channel: 'zalo' }, 'could not ask Zalo for the bot name; "@Bot" mentions stay in group text');
        },
      ),
    );
  }
  await Promise.all(jobs);
  return names;
}
