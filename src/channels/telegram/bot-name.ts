import { Api, GrammyError } from 'grammy';
import type { BotNameLookup } from '../channel-module.ts';
import type { TelegramSettings } from './settings.ts';

/** getMe once at start-up: the @username tells, in groups, whether a message addresses the bot. */
export const telegramBotName: BotNameLookup<TelegramSettings> = {
  async ask(settings, timeoutMs) {
    if (!settings.token) return undefined;
    const api = new Api(settings.token, { apiRoot: settings.apiRoot, timeoutSeconds: Math.ceil(timeoutMs / 1000) });
    return (await api.getMe()).username;
  },
  // 404 is what Telegram answers for a malformed token.
  rejected: (error) => error instanceof GrammyError && (error.error_code === 401 || error.error_code === 404),
  withoutIt: 'group mentions will be recognised by command only',
};
