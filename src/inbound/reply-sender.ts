import type { Kysely } from 'kysely';
import type { ChannelAdapter, SendFailure } from '../channels/types.ts';
import type { ChannelName } from '../kernel/message.ts';
import type { OutboundMessage } from '../kernel/message.ts';
import { markUnreachable } from '../db/identities.ts';
import type { Database } from '../db/schema.ts';
import type { Logger } from '../logger.ts';

/**
 * Sends direct replies at once, in order, outside the bulk delivery queues (a reply never waits behind a
 * broadcast). A rate limit is waited out and retried; a transient failure is retried with back-off; a person
 * who blocked the bot, or a chat that no longer exists, is marked unreachable.
 */
export interface ReplySenderOptions {
  adapters: Partial<Record<ChannelName, ChannelAdapter>>;
  db: Kysely<Database>;
  logger: Logger;
  maxAttempts?: number;
  /** Longest rate-limit wait we accept for a reply before giving up on it. */
  maxThrottleWaitMs?: number;
  sleep?: (ms: number) => Promise<void>;
  onSent?: (channel: ChannelName) => void;
  onFailed?: (channel: ChannelName, failure: SendFailure['kind']) => void;
}

export interface ReplySender {
  /** Sends the messages one after another; stops at the first that cannot be delivered. Returns how many went. */
  send(channel: ChannelName, chatId: string, messages: OutboundMessage[]): Promise<number>;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function createReplySender(options: ReplySenderOptions): ReplySender {
  const { adapters, db, logger } = options;
  const maxAttempts = options.maxAttempts ?? 4;
  const maxThrottleWaitMs = options.maxThrottleWaitMs ?? 30_000;
  const sleep = options.sleep ?? defaultSleep;

  async function sendOne(
    adapter: ChannelAdapter,
    chatId: string,
    message: OutboundMessage,
  ): Promise<SendFailure | null> {
    let failure: SendFailure | null = null;
    for (let attempt = 1; attempt <= maxAttempts; attempt += 1) {
      const result = await adapter.send(chatId, message);
      if (result.ok) return null;
      failure = result.failure;
      if (failure.kind === 'throttled' && failure.retryAfterMs <= maxThrottleWaitMs) {
        await sleep(failure.retryAfterMs);
        continue;
      }
      if (failure.kind === 'transient') {
        await sleep(250 * 2 ** (attempt - 1));
        continue;
      }
      return failure;
    }
    return failure;
  }

  return {
    async send(channel, chatId, messages) {
      const adapter = adapters[channel];
      if (!adapter) {
        logger.error({ channel }, 'no adapter for channel; reply dropped');
        return 0;
      }
      let sent = 0;
      for (const message of messages) {
        const failure = await sendOne(adapter, chatId, message);
        if (!failure) {
          sent += 1;
          options.onSent?.(channel);
          continue;
        }
        options.onFailed?.(channel, failure.kind);
        if (failure.kind === 'recipient_gone' || failure.kind === 'invalid_recipient') {
          await markUnreachable(db, channel, chatId, `${failure.kind}: ${failure.detail}`);
          logger.info({ channel, chatId, kind: failure.kind }, 'chat unreachable; marked so nothing more is sent');
        } else {
          logger.warn({ channel, chatId, kind: failure.kind, detail: failure.detail }, 'reply not delivered');
        }
        break;
      }
      return sent;
    },
  };
}
