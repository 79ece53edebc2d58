import type { Logger } from '../../logger.ts';
import type { ChannelAdapter, SendResult } from '../types.ts';
import type { InboundMessage } from '../../kernel/message.ts';
import { splitText, textWithNumberedChoices, type OutboundMessage } from '../../kernel/message.ts';
import type { ZaloClient } from './client.ts';
import { parseZaloUpdate } from './parse.ts';
import { toSendFailure } from './send-failure.ts';

/** Zalo's limit for `text` and `caption` (reference/zalo-bot-api.md §5). */
export const ZALO_TEXT_LIMIT = 2000;

export interface ZaloAdapterOptions {
  client: Pick<ZaloClient, 'sendMessage' | 'sendPhoto'>;
  logger?: Logger;
  /** The bot's display name; when known, a leading "@<name>" mention is removed from inbound text. */
  botName?: string;
}

/**
 * The Zalo channel adapter. Zalo has no buttons, so choices become numbered lines; text is split at 2000
 * characters and sent in order, stopping at the first failure; an image goes first with the first piece as caption.
 */
export function createZaloAdapter(options: ZaloAdapterOptions): ChannelAdapter {
  const { client, logger, botName } = options;
  return {
    channel: 'zalo',
    receive(raw: unknown): InboundMessage[] {
      return parseZaloUpdate(raw, botName ? { botName } : {});
    },
    async send(chatId: string, message: OutboundMessage): Promise<SendResult> {
      const pieces = splitText(textWithNumberedChoices(message), ZALO_TEXT_LIMIT).filter((piece) => piece.length > 0);
      if (pieces.length === 0 && !message.imageUrl)
        return { ok: false, failure: { kind: 'fatal', detail: 'Zalo send: nothing to send (empty text, no image)' } };
      const messageIds: string[] = [];
      try {
        if (message.imageUrl) {
          const caption = pieces.shift();
          const sent = await client.sendPhoto({
            chat_id: chatId,
            photo: message.imageUrl,
            ...(caption ? { caption } : {}),
          });
          messageIds.push(sent.message_id);
        }
        for (const text of pieces) {
          const sent = await client.sendMessage({ chat_id: chatId, text });
          messageIds.push(sent.message_id);
        }
        return { ok: true, messageIds };
      } catch (error) {
        const failure = toSendFailure(error);
        logger?.warn(
          { chatId, kind: failure.kind, detail: failure.detail, piecesSent: messageIds.length },
          'Zalo send failed',
        );
        return { ok: false, failure };
      }
    },
  };
}
