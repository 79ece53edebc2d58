import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSimulatorAdapter } from '../../../src/channels/simulator/adapter.ts';
import type { DatabaseHandle } from '../../../src/db/connect.ts';
import { migrateToLatest } from '../../../src/db/migrate.ts';
import { createReplySender } from '../../../src/inbound/reply-sender.ts';
import { createLogger } from '../../../src/logger.ts';
import { connectRedis } from '../../../src/queue/connection.ts';
import { addNotices } from '../../../src/queue/notices.ts';
import { closeQueues, createQueues } from '../../../src/queue/queues.ts';
import { createOutboxRelay } from '../../../src/queue/relay.ts';
import { deliverNotice, startNoticeWorker } from '../../../workers/notify.ts';
import { backends } from '../../harness/databases.ts';
import { waitFor } from '../../harness/free-port.ts';
import { type RedisServer, startRedis } from '../../harness/redis.ts';

/**
 * Notices end to end: written to the outbox in a transaction, relayed to BullMQ, sent by the notify worker in
 * the recipient's language to their most recent reachable private chat; stopped or erased people get nothing.
 */
const logger = createLogger({ level: 'silent', secrets: [] });

describe.each(backends)('notices on $name', (backend) => {
  let handle: DatabaseHandle;
  let cleanup: () => Promise<void>;
  let redis: RedisServer;
  const simulator = createSimulatorAdapter({ historyPerChat: 50 });

  async function personWithChat(chatId: string, language: 'vi' | 'en', status: 'active' | 'stopped' = 'active') {
    const person = await handle.db.insertInto('people').values({ language, status }).returning('id').executeTakeFirstOrThrow();
    await handle.db.insertInto('channel_identities').values({ person_id: person.id, channel: 'simulator', chat_id: chatId, chat_type: 'private' }).execute();
    return person.id;
  }

  beforeAll(async () => {
    ({ handle, cleanup } = await backend.open());
    await migrateToLatest(handle.db);
    redis = await startRedis();
  });
  afterAll(async () => {
    await redis.destroy();
    await cleanup();
  });

  it('renders in the recipient language and skips people who stopped', async () => {
    const replies = createReplySender({ adapters: { simulator }, db: handle.db, logger });
    const vi = await personWithChat('sim-notice-vi', 'vi');
    const en = await personWithChat('sim-notice-en', 'en');
    const stopped = await personWithChat('sim-notice-stopped', 'vi', 'stopped');
    const options = { db: handle.db, replies, channels: ['simulator' as const], logger };
    expect(await deliverNotice(options, { personId: vi, key: 'notice.vacancy_approved', params: { title: 'Thợ may' } })).toBe('sent');
    expect(await deliverNotice(options, { personId: en, key: 'notice.vacancy_approved', params: { title: 'Thợ may' } })).toBe('sent');
    expect(await deliverNotice(options, { personId: stopped, key: 'notice.vacancy_approved', params: { title: 'Thợ may' } })).toBe('skipped');
    expect(await deliverNotice(options, { personId: 'x', key: 1 })).toBe('failed');
    expect(simulator.history('sim-notice-vi').map((m) => m.text)).toEqual(['✅ Tin "Thợ may" của bạn đã được duyệt và đang được gửi tới người lao động phù hợp.']);
    expect(simulator.history('sim-notice-en').map((m) => m.text)).toEqual(['✅ Your vacancy "Thợ may" was approved and is being sent to matching workers.']);
    expect(simulator.history('sim-notice-stopped')).toEqual([]);
  });

  it('goes outbox → relay → notify worker → chat, once', async () => {
    const producer = connectRedis(redis.url, 'producer');
    const queues = createQueues(producer);
    const relay = createOutboxRelay({ db: handle.db, queues, logger, idleIntervalMs: 20 });
    const replies = createReplySender({ adapters: { simulator }, db: handle.db, logger });
    const worker = startNoticeWorker({ db: handle.db, redisUrl: redis.url, replies, channels: ['simulator'], logger });
    try {
      const person = await personWithChat('sim-notice-relay', 'vi');
      await handle.db.transaction().execute((trx) => addNotices(trx, [{ personId: person, key: 'notice.vacancy_rejected', params: { title: 'Phụ hồ', reason: 'Thu phí' } }]));
      relay.start();
      await waitFor('the notice to arrive', async () => {
        if (simulator.history('sim-notice-relay').length !== 1) throw new Error('not yet');
      });
      expect(simulator.history('sim-notice-relay')[0]!.text).toContain('Lý do: Thu phí');
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(simulator.history('sim-notice-relay')).toHaveLength(1);
    } finally {
      await relay.stop();
      await worker.close();
      await closeQueues(queues);
      producer.disconnect();
    }
  });
});
