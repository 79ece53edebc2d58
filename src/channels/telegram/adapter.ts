import { Api } from 'grammy';
import pino from 'pino';
import type { Logger } from '../../logger.ts';
import type { ChannelAdapter, CommandMenu, CommandScope, SendResult } from '../types.ts';
import type { InboundMessage } from '../../kernel/message.ts';
import type { OutboundMessage } from '../../kernel/message.ts';
import { classifyTelegramError, describeTelegramError } from './errors.ts';
import { parseTelegramUpdate } from './parse.ts';
import { renderTelegramCalls, type TelegramCall } from './render.ts';
import { TELEGRAM_FETCH_CONFIG } from './http-agent.ts';
import { setTelegramCommands } from './commands.ts';

export interface TelegramAdapterOptions {
  token: string;
  /** Bot API root without trailing slash (config.telegram.apiRoot); every call goes there. */
  apiRoot: string;
  logger?: Logger;
  /** Our @username without "@", to tell in groups whether a message addresses the bot. */
  botUsername?: string;
  /** Seconds one Bot API call may take before it counts as a transient failure. Default 30. */
  requestTimeoutSeconds?: number;
}

export interface TelegramAdapter extends ChannelAdapter {
  /** The grammY client, configured with our apiRoot (polling and webhook set-up can share it). */
  readonly api: Api;
}

/**
 * The Telegram channel adapter over grammY's Api (no Bot, no middleware: the dialogs are ours).
 * send() performs the rendered calls in order and stops at the first failure. A message split in several
 * pieces that fails part-way reports the failure (the detail says how many pieces went out); a retry sends
 * the whole message again, since the Bot API has no idempotency key.
 */
export function createTelegramAdapter(options: TelegramAdapterOptions): TelegramAdapter {
  const { token } = options;
  const logger = options.logger ?? pino({ enabled: false });
  const api = new Api(token, {
    baseFetchConfig: TELEGRAM_FETCH_CONFIG,
    apiRoot: options.apiRoot.replace(/\/+$/, ''),
    timeoutSeconds: options.requestTimeoutSeconds ?? 30,
  });

  async function perform(call: TelegramCall): Promise<number> {
    const result =
      call.method === 'sendMessage' ? await api.raw.sendMessage(call.payload) : await api.raw.sendPhoto(call.payload);
    return result.message_id;
  }

  return {
    channel: 'telegram',
    api,

    receive(raw: unknown): InboundMessage[] {
      return parseTelegramUpdate(raw, options.botUsername);
    },

    async send(chatId: string, message: OutboundMessage): Promise<SendResult> {
      let calls: TelegramCall[];
      try {
        calls = renderTelegramCalls(chatId, message);
      } catch (error) {
        const detail = describeTelegramError(error, token);
        logger.error({ chatId, detail }, 'telegram message cannot be rendered (a bug in the message we built)');
        return { ok: false, failure: { kind: 'fatal', detail } };
      }
      const messageIds: string[] = [];
      for (const call of calls) {
        try {
          messageIds.push(String(await perform(call)));
        } catch (error) {
          const failure = classifyTelegramError(error, token);
          if (messageIds.length > 0)
            failure.detail += ` (after ${messageIds.length} of ${calls.length} pieces were sent)`;
          logger.warn(
            { chatId, method: call.method, failure: failure.kind, detail: failure.detail },
            'telegram send failed',
          );
          return { ok: false, failure };
        }
      }
      logger.debug({ chatId, pieces: messageIds.length }, 'telegram message sent');
      return { ok: true, messageIds };
    },

    async acknowledge(message: InboundMessage): Promise<void> {
      if (!message.callbackQueryId) return;
      try {
        await api.answerCallbackQuery(message.callbackQueryId);
      } catch (error) {
        // the query may be too old (Telegram keeps them answerable for a short while); the button press
        // itself was already received, so nothing is lost
        logger.debug(
          { chatId: message.chatId, detail: describeTelegramError(error, token) },
          'telegram callback query not answered',
        );
      }
    },

    async setCommands(scope: CommandScope, menu: CommandMenu): Promise<void> {
      try {
        await setTelegramCommands(api, scope, menu);
      } catch (error) {
        throw new Error(`telegram command menu not set: ${describeTelegramError(error, token)}`);
      }
    },

    async isGroupAdmin(chatId: string, userId: string): Promise<boolean> {
      // Telegram user ids are integers below 2^52; anything else cannot be a member.
      if (!/^\d{1,16}$/.test(userId)) return false;
      try {
        const member = await api.getChatMember(chatId, Number(userId));
        return member.status === 'creator' || member.status === 'administrator';
      } catch (error) {
        logger.warn(
          { chatId, detail: describeTelegramError(error, token) },
          'telegram getChatMember failed; taken as not an admin',
        );
        return false;
      }
    },
  };
}
