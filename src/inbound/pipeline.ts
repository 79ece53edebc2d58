import type { Kysely } from 'kysely';
import type { ChannelAdapter } from '../channels/types.ts';
import type { ChannelName, InboundMessage } from '../kernel/message.ts';
import type { OutboundMessage } from '../kernel/message.ts';
import { resolveChoice } from '../kernel/choices.ts';
import { t } from '../kernel/i18n/index.ts';
import { type ChatIdentity, recordInbound, rememberChoices } from '../db/identities.ts';
import type { Database } from '../db/schema.ts';
import { choicesOffered } from '../kernel/message.ts';
import type { DialogHandler } from '../engine/dialog-handler.ts';
import type { Logger } from '../logger.ts';
import type { Metrics } from '../metrics.ts';
import type { FloodGuard } from './flood-guard.ts';
import { createKeyedQueue } from './keyed-queue.ts';
import type { ReplySender } from './reply-sender.ts';

/**
 * Every channel's way in. A raw update is parsed by its adapter and queued per chat; the HTTP caller gets its
 * answer at once. Per chat, in order: flood check, record once (duplicates dropped), map a typed choice,
 * run the dialog, send the replies, remember the choices offered. Chats do not wait for each other.
 * The queue is held in memory and capped: past `maxWaiting` messages waiting or in hand, new ones are refused
 * ("full": a webhook answers 503 and the platform sends the update again later; a polling loop waits).
 */
export interface InboundPipeline {
  /** Parses and queues; returns how many messages were queued (0 for garbage or unknown kinds), or "full". */
  accept(channel: ChannelName, raw: unknown): number | 'full';
  /** As accept, but waits for room instead of refusing (polling loops, which fetch nothing more meanwhile). */
  acceptWhenRoom(channel: ChannelName, raw: unknown): Promise<number>;
  /**
   * Queues messages an adapter has already parsed (the simulator's route does the parsing itself), or refuses them all.
   */
  enqueue(messages: InboundMessage[]): number | 'full';
  /** As enqueue, but waits for room instead of refusing. */
  enqueueWhenRoom(messages: InboundMessage[]): Promise<number>;
  /** Resolves once everything queued so far has been handled (shutdown, tests). */
  drain(): Promise<void>;
}

/** How many messages may wait in memory before new ones are refused. */
export const DEFAULT_MAX_WAITING = 10_000;

export interface InboundPipelineOptions {
  db: Kysely<Database>;
  adapters: Partial<Record<ChannelName, ChannelAdapter>>;
  floodGuard: FloodGuard;
  replies: ReplySender;
  handler: DialogHandler;
  logger: Logger;
  metrics?: Metrics;
  now?: () => Date;
  /** The cap on messages waiting or in hand; default DEFAULT_MAX_WAITING. */
  maxWaiting?: number;
}

export function createInboundPipeline(options: InboundPipelineOptions): InboundPipeline {
  const { db, adapters, floodGuard, replies, handler, logger, metrics } = options;
  const now = options.now ?? (() => new Date());
  const maxWaiting = options.maxWaiting ?? DEFAULT_MAX_WAITING;
  const queue = createKeyedQueue((error, key) => {
    const colon = key.indexOf(':');
    logger.error({ err: error, channel: key.slice(0, colon), chatId: key.slice(colon + 1) }, 'inbound message failed');
  });
  const count = (channel: ChannelName, outcome: string) => metrics?.inboundMessages.inc({ channel, outcome });

  async function respond(
    message: InboundMessage,
    identity: ChatIdentity | null,
    out: OutboundMessage[],
  ): Promise<void> {
    await replies.send(message.channel, message.chatId, out);
    if (identity) await rememberChoices(db, identity.id, choicesOffered(out));
  }

  const observe = (channel: ChannelName, stage: string, since: number) =>
    metrics?.inboundHandling.observe({ channel, stage }, (performance.now() - since) / 1000);

  async function handle(adapter: ChannelAdapter, message: InboundMessage, queuedAt: number): Promise<void> {
    const started = performance.now();
    observe(message.channel, 'queued', queuedAt);
    if (!message.addressedToBot) return count(message.channel, 'ignored');
    if (message.callbackQueryId) void adapter.acknowledge?.(message).catch(() => undefined);

    const verdict = await floodGuard.check(`${message.channel}:${message.userId ?? message.chatId}`);
    if (verdict === 'muted') return count(message.channel, 'muted');
    if (verdict === 'notify') {
      count(message.channel, 'flood_notice');
      return void (await replies.send(message.channel, message.chatId, [{ text: t('vi', 'inbound.flood_notice') }]));
    }

    let stageStart = performance.now();
    const identity = await recordInbound(db, message);
    observe(message.channel, 'record', stageStart);
    if (!identity) return count(message.channel, 'duplicate');

    const choiceId =
      message.choiceId ??
      (message.text && identity.lastChoices ? resolveChoice(message.text, identity.lastChoices) : null);
    let out: OutboundMessage[];
    let remembered = false;
    stageStart = performance.now();
    try {
      const result = await handler({ message, choiceId, identity, now: now() });
      out = Array.isArray(result) ? result : result.replies;
      remembered = !Array.isArray(result) && result.choicesRemembered;
      observe(message.channel, 'dialog', stageStart);
    } catch (error) {
      logger.error({ err: error, channel: message.channel, chatId: message.chatId }, 'dialog failed');
      count(message.channel, 'failed');
      return respond(message, identity, [{ text: t(identity.language, 'inbound.error') }]);
    }
    count(message.channel, 'handled');
    stageStart = performance.now();
    await respond(message, remembered ? null : identity, out);
    observe(message.channel, 'reply', stageStart);
    observe(message.channel, 'total', started);
  }

  const full = (messages: InboundMessage[]) => messages.length > 0 && queue.pending >= maxWaiting;
  const countRefused = (messages: InboundMessage[]) => {
    for (const message of messages) count(message.channel, 'queue_full');
  };

  function enqueue(messages: InboundMessage[]): number | 'full' {
    if (!full(messages)) return queueAll(messages);
    countRefused(messages);
    return 'full';
  }

  /** Counted once as refused, however long it then waits. */
  async function enqueueWhenRoom(messages: InboundMessage[]): Promise<number> {
    if (full(messages)) countRefused(messages);
    while (full(messages)) await queue.whenBelow(maxWaiting);
    return queueAll(messages);
  }

  function queueAll(messages: InboundMessage[]): number {
    let queued = 0;
    for (const message of messages) {
      const adapter = adapters[message.channel];
      if (!adapter) continue;
      const queuedAt = performance.now();
      void queue.run(`${message.channel}:${message.chatId}`, () => handle(adapter, message, queuedAt));
      queued += 1;
    }
    return queued;
  }

  const parse = (channel: ChannelName, raw: unknown): InboundMessage[] => adapters[channel]?.receive(raw) ?? [];

  return {
    accept: (channel, raw) => enqueue(parse(channel, raw)),
    acceptWhenRoom: (channel, raw) => enqueueWhenRoom(parse(channel, raw)),
    enqueue,
    enqueueWhenRoom,
    drain: () => queue.drain(),
  };
}
