import type { ChannelModule } from '../channel-module.ts';
import { createTelegramAdapter } from './adapter.ts';
import { telegramBotName } from './bot-name.ts';
import { classifyTelegramError } from './errors.ts';
import { startTelegramPolling } from './polling.ts';
import { TELEGRAM_SETTINGS, type TelegramSettings, webhookSecret } from './settings.ts';
import { isTelegramAddress, looksLikeTelegramUpdate, TELEGRAM_SECRET_HEADER, verifyTelegramSecret } from './webhook.ts';
import { telegramWebhookCommands } from './webhook-commands.ts';

/** The Telegram channel (README.md in this folder): the Bot API through grammY's Api, our own polling loop. */
export const telegram: ChannelModule<'telegram', TelegramSettings> = {
  name: 'telegram',
  title: 'Telegram',
  settings: TELEGRAM_SETTINGS,
  switchVariable: 'TELEGRAM_BOT_TOKEN',
  turnedOn: (settings) => settings.token !== null,
  botName: telegramBotName,
  createAdapter: (settings, { logger, botName }) =>
    createTelegramAdapter({
      token: required(settings.token),
      apiRoot: settings.apiRoot,
      logger,
      ...(botName ? { botUsername: botName } : {}),
    }),
  sendRate: (settings) => settings.sendRate,
  toSendFailure: (error) => classifyTelegramError(error),
  webhook: {
    path: '/webhooks/telegram',
    secretHeader: TELEGRAM_SECRET_HEADER,
    verifySecret: verifyTelegramSecret,
    looksLikeUpdate: looksLikeTelegramUpdate,
    trustedSender: isTelegramAddress,
    secret: {
      variable: 'TELEGRAM_WEBHOOK_SECRET',
      expected: webhookSecret.expected,
      of: (settings) => settings.webhookSecret,
    },
  },
  startPolling: (settings, { logger, onUpdate }) =>
    startTelegramPolling({ token: required(settings.token), apiRoot: settings.apiRoot, logger, onUpdate }),
  webhookCommands: telegramWebhookCommands,
};

function required(token: string | null): string {
  if (token === null) throw new Error('TELEGRAM_BOT_TOKEN is not set');
  return token;
}
