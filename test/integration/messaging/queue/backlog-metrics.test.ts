import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../../../src/db/connect.ts';
import { migrateToLatest } from '../../../../src/db/migrate.ts';
import type { Channel, NotificationStatus } from '../../../../src/db/schema.ts';
import { buildHttpApp } from '../../../../src/http/app.ts';
import { createLogger } from '../../../../src/logger.ts';
import { createMetrics, type Metrics } from '../../../../src/metrics.ts';
import { registerBacklogMetrics } from '../../../../src/messaging/queue/backlog-metrics.ts';
import { connectRedis, waitUntilReady } from '../../../../src/messaging/queue/connection.ts';
import { closeQueues, createQueues, type QueueRegistry } from '../../../../src/messaging/queue/queues.ts';
import { backends } from '../../../harness/databases.ts';
import { type RedisServer, startRedis } from '../../../harness/redis.ts';

/** /metrics backlog gauges over a real redis-server, on PostgreSQL and PGlite: values, zeros, the 5 s cache. */
describe.each(backends)('backlog gauges in /metrics on $name', (backend) => {
  let handle: DatabaseHandle;
  let cleanup: () => Promise<void>;
  let redis: RedisServer;
  let producer: ReturnType<typeof connectRedis>;
  let queues: QueueRegistry;
  let metrics: Metrics;
  let clock = 1_000_000;
  let identityId: number;
  let ref = 1;

  beforeAll(async () => {
    ({ handle, cleanup } = await backend.open());
    await migrateToLatest(handle.db);
    redis = await startRedis();
    producer = connectRedis(redis.url, 'producer');
    await waitUntilReady(producer, redis.url);
    queues = createQueues(producer);
    metrics = createMetrics();
    registerBacklogMetrics(metrics, handle.db, queues, { now: () => clock });
    identityId = (
      await handle.db
        .insertInto('channel_identities')
        .values({ channel: 'zalo', chat_id: 'group-1', chat_type: 'group' })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  });
  afterAll(async () => {
    await closeQueues(queues);
    producer.disconnect();
    await redis.destroy();
    await cleanup();
  });

  async function rows(count: number, status: NotificationStatus, channel: Channel): Promise<void> {
    await handle.db
      .insertInto('notifications')
      .values(
        Array.from({ length: count }, () => ({
          kind: 'broadcast' as const,
          ref_id: ref++,
          person_id: null,
          identity_id: identityId,
          channel,
          status,
        })),
      )
      .execute();
  }

  const scrape = () => metrics.registry.metrics();
  const value = (text: string, name: string, labels: string) => {
    const line = text.split('\n').find((l) => l.startsWith(`${name}{${labels},app="ket-noi-viec-lam"}`));
    return line === undefined ? undefined : Number(line.split(' ').at(-1));
  };

  it('counts waiting notifications by status and channel, and queue depth by state, zeros included', async () => {
    await rows(4, 'pending', 'zalo');
    await rows(2, 'pending', 'telegram');
    await rows(3, 'queued', 'zalo');
    await rows(1, 'held', 'telegram');
    await rows(5, 'sent', 'zalo');
    await rows(1, 'failed', 'zalo');
    await queues['deliver-zalo'].addBulk(
      Array.from({ length: 3 }, (_, i) => ({
        name: 'deliver',
        data: { notificationId: i + 1 },
        opts: { jobId: `n-${i + 1}` },
      })),
    );
    await queues['deliver-zalo'].add('deliver', { notificationId: 99 }, { jobId: 'n-99', priority: 4 });
    await queues['deliver-telegram'].add('deliver', { notificationId: 100 }, { jobId: 'n-100', delay: 60_000 });

    const text = await scrape();
    expect(value(text, 'knvl_notifications_waiting', 'status="pending",channel="zalo"')).toBe(4);
    expect(value(text, 'knvl_notifications_waiting', 'status="pending",channel="telegram"')).toBe(2);
    expect(value(text, 'knvl_notifications_waiting', 'status="queued",channel="zalo"')).toBe(3);
    expect(value(text, 'knvl_notifications_waiting', 'status="held",channel="telegram"')).toBe(1);
    expect(value(text, 'knvl_notifications_waiting', 'status="pending",channel="simulator"')).toBe(0);
    expect(text).not.toContain('status="sent"');
    // 3 plain + 1 prioritised job waiting.
    expect(value(text, 'knvl_queue_jobs', 'queue="deliver-zalo",state="waiting"')).toBe(4);
    expect(value(text, 'knvl_queue_jobs', 'queue="deliver-telegram",state="delayed"')).toBe(1);
    expect(value(text, 'knvl_queue_jobs', 'queue="fanout",state="failed"')).toBe(0);
    expect(text.match(/^knvl_queue_jobs\{/gm)).toHaveLength(6 * 4);
    expect(text.match(/^knvl_notifications_waiting\{/gm)).toHaveLength(3 * 3);
  });

  it('serves one reading for 5 s, then reads again', async () => {
    const before = value(await scrape(), 'knvl_notifications_waiting', 'status="pending",channel="zalo"');
    await rows(10, 'pending', 'zalo');
    await queues.fanout.add('vacancy.approved', { vacancyId: 1 }, { jobId: 'outbox-1' });
    clock += 4000;
    const cached = await scrape();
    expect(value(cached, 'knvl_notifications_waiting', 'status="pending",channel="zalo"')).toBe(before);
    expect(value(cached, 'knvl_queue_jobs', 'queue="fanout",state="waiting"')).toBe(0);
    clock += 1500;
    const fresh = await scrape();
    expect(value(fresh, 'knvl_notifications_waiting', 'status="pending",channel="zalo"')).toBe(before! + 10);
    expect(value(fresh, 'knvl_queue_jobs', 'queue="fanout",state="waiting"')).toBe(1);
  });

  it('keeps the last values while Redis is down, and /metrics still answers', async () => {
    const app = (await buildHttpApp({ logger: createLogger({ level: 'silent', secrets: [] }), metrics, readiness: {} }))
      .app;
    try {
      await redis.stop();
      clock += 10_000;
      const response = await app.inject({ url: '/metrics' });
      expect(response.statusCode).toBe(200);
      expect(value(response.body, 'knvl_queue_jobs', 'queue="fanout",state="waiting"')).toBe(1);
      expect(value(response.body, 'knvl_notifications_waiting', 'status="pending",channel="zalo"')).toBe(14);
    } finally {
      await redis.start();
      await app.close();
    }
  });
});
