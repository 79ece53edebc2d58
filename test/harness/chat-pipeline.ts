import { Redis } from 'ioredis';
import type { Kysely } from 'kysely';
import { inject } from 'vitest';
import { createSimulatorAdapter, type SimulatorAdapter } from '../../src/channels/simulator/adapter.ts';
import type { Database } from '../../src/db/schema.ts';
import { createDialogEngine } from '../../src/engine/run.ts';
import type { DialogHandler } from '../../src/engine/dialog-handler.ts';
import { REGISTRY } from '../../src/features/index.ts';
import { createFloodGuard, FLOOD_LIMIT, FLOOD_MUTE_MS, FLOOD_WINDOW_MS } from '../../src/inbound/flood-guard.ts';
import { createInboundPipeline, type InboundPipeline } from '../../src/inbound/pipeline.ts';
import { createReplySender } from '../../src/inbound/reply-sender.ts';
import { createLogger } from '../../src/logger.ts';

/**
 * The real inbound path on the simulator channel (flood guard on the test Redis or `redisUrl`, the database given, the
 * dialog engine with every feature unless another handler is passed), and `say`: one message in, the replies out.
 */
export interface ChatPipeline {
  simulator: SimulatorAdapter;
  pipeline: InboundPipeline;
  say(user: string, text: string): Promise<string[]>;
  close(): void;
}

let pipelines = 0;

export function startChatPipeline(
  db: Kysely<Database>,
  options: { handler?: DialogHandler; floodLimit?: number; redisUrl?: string } = {},
): ChatPipeline {
  const logger = createLogger({ level: 'silent', secrets: [] });
  // The run's Redis is shared by every test file, and the flood guard counts per user: a prefix of its own keeps
  // one file's "Cán bộ Hùng" from being muted by another file's.
  const redis = new Redis(options.redisUrl ?? inject('redisUrl'), {
    keyPrefix: `chat-${process.pid}-${(pipelines += 1)}:`,
  });
  const simulator = createSimulatorAdapter({ historyPerChat: 500 });
  const pipeline = createInboundPipeline({
    db,
    adapters: { simulator },
    floodGuard: createFloodGuard(redis, {
      limit: options.floodLimit ?? FLOOD_LIMIT,
      windowMs: FLOOD_WINDOW_MS,
      muteMs: FLOOD_MUTE_MS,
    }),
    replies: createReplySender({ adapters: { simulator }, db, logger }),
    handler: options.handler ?? createDialogEngine(db, REGISTRY),
    logger,
  });
  return {
    simulator,
    pipeline,
    async say(user, text) {
      const chatId = simulator.receive({ user, text: 'x' })[0]!.chatId;
      const before = simulator.history(chatId).length;
      pipeline.accept('simulator', { user, text });
      await pipeline.drain();
      return simulator
        .history(chatId)
        .slice(before)
        .map((e) => e.text);
    },
    close: () => redis.disconnect(),
  };
}
