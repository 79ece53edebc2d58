import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createSimulatorAdapter } from '../../../src/channels/simulator/adapter.ts';
import type { DatabaseHandle } from '../../../src/db/connect.ts';
import { migrateToLatest } from '../../../src/db/migrate.ts';
import { createFloodGuard } from '../../../src/inbound/flood-guard.ts';
import { createInboundPipeline } from '../../../src/inbound/pipeline.ts';
import { createReplySender } from '../../../src/inbound/reply-sender.ts';
import { createLogger } from '../../../src/logger.ts';
import { createMetrics } from '../../../src/metrics.ts';
import { backends } from '../../harness/databases.ts';

/**
 * The in-memory inbound queue is capped: past `maxWaiting` messages waiting or in hand, accept() says "full" (the
 * webhook answers 503) and counts it; a polling loop's acceptWhenRoom() waits for room instead, losing nothing.
 */
describe('a capped inbound queue, on PGlite and the test Redis', () => {
  let handle: DatabaseHandle;
  let cleanup: () => Promise<void>;
  let redis: Redis;

  beforeAll(async () => {
    ({ handle, cleanup } = await backends.find((b) => b.name === 'pglite')!.open());
    await migrateToLatest(handle.db);
    redis = new Redis(inject('redisUrl'), { keyPrefix: `queue-cap-${process.pid}:` });
  });
  afterAll(async () => {
    redis?.disconnect();
    await cleanup?.();
  });

  it('refuses past the cap, counts each refusal, and waits for room when asked to', async () => {
    const logger = createLogger({ level: 'silent', secrets: [] });
    const metrics = createMetrics();
    const simulator = createSimulatorAdapter();
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const handled: string[] = [];
    const pipeline = createInboundPipeline({
      db: handle.db,
      adapters: { simulator },
      floodGuard: createFloodGuard(redis),
      replies: createReplySender({ adapters: { simulator }, db: handle.db, logger }),
      handler: async (input) => {
        await held;
        handled.push(input.message.text ?? '');
        return [];
      },
      logger,
      metrics,
      maxWaiting: 2,
    });

    expect(pipeline.accept('simulator', { user: 'An', text: 'một' })).toBe(1);
    expect(pipeline.accept('simulator', { user: 'Bình', text: 'hai' })).toBe(1);
    expect(pipeline.accept('simulator', { user: 'Chi', text: 'ba' })).toBe('full');
    expect(pipeline.enqueue(simulator.receive({ user: 'Dũng', text: 'bốn' }))).toBe('full');
    // Garbage is not refused: there is nothing to queue.
    expect(pipeline.accept('simulator', 'not an update')).toBe(0);

    let waited = false;
    const polled = pipeline.acceptWhenRoom('simulator', { user: 'Chi', text: 'ba, đợi chỗ' }).then((n) => {
      waited = true;
      return n;
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(waited).toBe(false);

    release();
    expect(await polled).toBe(1);
    await pipeline.drain();
    expect(handled.sort()).toEqual(['ba, đợi chỗ', 'hai', 'một']);
    const counted = await metrics.registry.getSingleMetricAsString('knvl_inbound_messages_total');
    // Two refused outright, one that then waited: each counted once.
    expect(counted).toMatch(/knvl_inbound_messages_total\{channel="simulator",outcome="queue_full"[^}]*\} 3/);
    expect(counted).toMatch(/knvl_inbound_messages_total\{channel="simulator",outcome="handled"[^}]*\} 3/);
    expect(pipeline.accept('simulator', { user: 'Dũng', text: 'bốn' })).toBe(1);
    await pipeline.drain();
  });
});
