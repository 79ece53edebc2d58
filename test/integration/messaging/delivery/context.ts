import { Redis } from 'ioredis';
import { sql } from 'kysely';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { createTelegramAdapter } from '../../../../src/channels/telegram/adapter.ts';
import type { DatabaseHandle } from '../../../../src/db/connect.ts';
import { migrateToLatest } from '../../../../src/db/migrate.ts';
import { seedReferenceData } from '../../../../src/db/reference-data.ts';
import { createLogger } from '../../../../src/logger.ts';
import type { BackendFactory } from '../../../harness/databases.ts';
import { createDeliveryWorld, type DeliveryWorld, type Recipient } from '../../../harness/delivery-world.ts';
import { waitFor } from '../../../harness/free-port.ts';
import { type RedisServer, startRedis } from '../../../harness/redis.ts';
import { type FakeTelegramApi, type FakeTelegramOptions, startFakeTelegramApi } from '../../../fakes/telegram-api.ts';

/**
 * What every delivery test file needs: a migrated, seeded database on one backend, a world (employer, official,
 * commune), and a private redis-server (the delivery queues have fixed names, so test files must not share one).
 * Before each test: no notifications, an empty Redis.
 */
export const silent = createLogger({ level: 'silent', secrets: [] });

export interface DeliveryTestContext {
  handle: DatabaseHandle;
  world: DeliveryWorld;
  redis: RedisServer;
}

export function useDeliveryContext(backend: BackendFactory): DeliveryTestContext {
  const ctx = {} as DeliveryTestContext;
  let cleanup: () => Promise<void>;
  beforeAll(async () => {
    const opened = await backend.open();
    ctx.handle = opened.handle;
    cleanup = opened.cleanup;
    await migrateToLatest(ctx.handle.db);
    await seedReferenceData(ctx.handle.db);
    ctx.world = await createDeliveryWorld(ctx.handle.db);
    ctx.redis = await startRedis();
  });
  beforeEach(async () => {
    await sql`DELETE FROM notifications`.execute(ctx.handle.db);
    const client = new Redis(ctx.redis.url);
    await client.flushall();
    await client.quit();
  });
  afterAll(async () => {
    await ctx.redis?.destroy();
    await cleanup?.();
  });
  return ctx;
}

/** A fake Telegram that knows every recipient's chat, and our adapter pointed at it (or at `apiRoot`). */
export async function fakeTelegram(
  recipients: readonly Recipient[],
  options: FakeTelegramOptions = {},
  apiRoot?: string,
) {
  const fake = await startFakeTelegramApi({ perChat: false, ...options });
  for (const r of recipients) fake.knowChat(r.chatId, r.personId === null ? 'supergroup' : 'private');
  const adapter = createTelegramAdapter({ token: fake.token, apiRoot: apiRoot ?? fake.apiRoot });
  return { fake, adapter };
}

/** Waits until none of these rows is pending or queued; returns the status counts. */
export async function waitUntilSettled(
  ctx: DeliveryTestContext,
  ids: readonly number[],
  timeoutMs = 30_000,
): Promise<Record<string, number>> {
  return waitFor(
    'every notification to be delivered',
    async () => {
      const rows = await ctx.handle.db
        .selectFrom('notifications')
        .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
        .where('id', 'in', [...ids])
        .groupBy('status')
        .execute();
      const counts = Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
      const open = (counts.pending ?? 0) + (counts.queued ?? 0);
      if (open > 0) throw new Error(`${open} still open: ${JSON.stringify(counts)}`);
      return counts;
    },
    timeoutMs,
    50,
  );
}

/** Sends per chat at the fake: every chat in `chats` got exactly `times` messages. */
export function countsPerChat(fake: FakeTelegramApi, chats: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>(chats.map((c) => [c, 0]));
  for (const message of fake.sent) counts.set(message.chatId, (counts.get(message.chatId) ?? 0) + 1);
  return counts;
}
