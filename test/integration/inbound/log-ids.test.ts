import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createTelegramAdapter } from '../../../src/channels/telegram/adapter.ts';
import type { DatabaseHandle } from '../../../src/db/connect.ts';
import { migrateToLatest } from '../../../src/db/migrate.ts';
import { createDialogEngine } from '../../../src/engine/run.ts';
import { REGISTRY } from '../../../src/features/index.ts';
import { createFloodGuard } from '../../../src/inbound/flood-guard.ts';
import { createInboundPipeline } from '../../../src/inbound/pipeline.ts';
import { createReplySender } from '../../../src/inbound/reply-sender.ts';
import { logId } from '../../../src/logger.ts';
import { type FakeTelegramApi, startFakeTelegramApi, textUpdate } from '../../fakes/telegram-api.ts';
import { captureLog } from '../../harness/capture-log.ts';
import { backends } from '../../harness/databases.ts';

/**
 * Telegram messages through the real pipeline, dialog engine, reply sender and Telegram adapter (against the fake
 * Bot API, which does not know the chat, so every reply fails and is logged; one dialog fails too). Every log line
 * that names the chat names it by logId(), and the raw chat and user ids appear nowhere.
 */
const CHAT = 6012345678;
const GROUP = -1001987654321;

describe('chat and user ids in the log are hashed', () => {
  let handle: DatabaseHandle;
  let cleanup: () => Promise<void>;
  let redis: Redis;
  let telegram: FakeTelegramApi;

  beforeAll(async () => {
    ({ handle, cleanup } = await backends.find((b) => b.name === 'pglite')!.open());
    await migrateToLatest(handle.db);
    redis = new Redis(inject('redisUrl'), { keyPrefix: `log-ids-${process.pid}:` });
    telegram = await startFakeTelegramApi();
  });
  afterAll(async () => {
    redis?.disconnect();
    await telegram?.close();
    await cleanup?.();
  });

  it('while messages are handled, failed and not delivered: no raw chat id in any line', async () => {
    const log = captureLog([telegram.token]);
    const adapter = createTelegramAdapter({
      token: telegram.token,
      apiRoot: telegram.apiRoot,
      logger: log.logger.child({ channel: 'telegram' }),
      botUsername: telegram.bot.username,
    });
    const engine = createDialogEngine(handle.db, REGISTRY);
    const pipeline = createInboundPipeline({
      db: handle.db,
      adapters: { telegram: adapter },
      floodGuard: createFloodGuard(redis),
      replies: createReplySender({
        adapters: { telegram: adapter },
        db: handle.db,
        logger: log.logger,
        sleep: async () => {},
      }),
      handler: async (input) => {
        if (input.message.text === 'lỗi') throw new Error('dialog bug');
        return engine(input);
      },
      logger: log.logger,
    });
    pipeline.accept('telegram', textUpdate({ chatId: CHAT, text: '/start' }));
    pipeline.accept('telegram', textUpdate({ chatId: CHAT, text: 'lỗi' }));
    pipeline.accept(
      'telegram',
      textUpdate({ chatId: GROUP, chatType: 'group', text: `/start@${telegram.bot.username}` }),
    );
    await pipeline.drain();

    const lines = log.parsed();
    const messages = lines.map((line) => line.msg);
    expect(messages).toContain('dialog failed');
    expect(messages).toContain('telegram send failed');
    expect(
      messages.some((m) => m === 'reply not delivered' || m === 'chat unreachable; marked so nothing more is sent'),
    ).toBe(true);
    const text = log.text();
    for (const raw of [String(CHAT), String(GROUP), '555000111', '987654321']) expect(text).not.toContain(raw);
    // The lines about this chat can still be told apart and followed.
    const named = lines.filter((line) => line.chatId !== undefined).map((line) => line.chatId);
    expect(named.length).toBeGreaterThanOrEqual(3);
    expect(named).toContain(logId(String(CHAT)));
    expect(named).toContain(logId(String(GROUP)));
    expect(named.every((id) => id === logId(String(CHAT)) || id === logId(String(GROUP)))).toBe(true);
  });
});
