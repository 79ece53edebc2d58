import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSimulatorAdapter } from '../../../../src/channels/simulator/adapter.ts';
import type { DatabaseHandle } from '../../../../src/db/connect.ts';
import { migrateToLatest } from '../../../../src/db/migrate.ts';
import { seedReferenceData } from '../../../../src/db/reference-data.ts';
import { createReplySender } from '../../../../src/inbound/reply-sender.ts';
import { createLogger } from '../../../../src/logger.ts';
import { connectRedis } from '../../../../src/messaging/queue/connection.ts';
import { addNotices } from '../../../../src/messaging/queue/notices.ts';
import { closeQueues, createQueues } from '../../../../src/messaging/queue/queues.ts';
import { createOutboxRelay } from '../../../../src/messaging/queue/relay.ts';
import { deliverNotice, startNoticeWorker } from '../../../../src/messaging/workers/notify.ts';
import { backends } from '../../../harness/databases.ts';
import { waitFor } from '../../../harness/free-port.ts';
import { type RedisServer, startRedis } from '../../../harness/redis.ts';

/**
 * Notices end to end: written to the outbox in a transaction, relayed to BullMQ, sent by the notify worker in
 * the recipient's language to their most recent reachable private chat; stopped or erased people get nothing.
 * A notice that names a worker carries their application's id only: the name and phone are read when it is sent.
 */
const logger = createLogger({ level: 'silent', secrets: [] });

describe.each(backends)('notices on $name', (backend) => {
  let handle: DatabaseHandle;
  let cleanup: () => Promise<void>;
  let redis: RedisServer;
  const simulator = createSimulatorAdapter({ historyPerChat: 50 });

  async function personWithChat(chatId: string, language: 'vi' | 'en', status: 'active' | 'stopped' = 'active') {
    const person = await handle.db
      .insertInto('people')
      .values({ language, status })
      .returning('id')
      .executeTakeFirstOrThrow();
    await handle.db
      .insertInto('channel_identities')
      .values({ person_id: person.id, channel: 'simulator', chat_id: chatId, chat_type: 'private' })
      .execute();
    return person.id;
  }

  beforeAll(async () => {
    ({ handle, cleanup } = await backend.open());
    await migrateToLatest(handle.db);
    await seedReferenceData(handle.db);
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
    expect(
      await deliverNotice(options, { personId: vi, key: 'notice.vacancy_approved', params: { title: 'Thợ may' } }),
    ).toBe('sent');
    expect(
      await deliverNotice(options, { personId: en, key: 'notice.vacancy_approved', params: { title: 'Thợ may' } }),
    ).toBe('sent');
    expect(
      await deliverNotice(options, { personId: stopped, key: 'notice.vacancy_approved', params: { title: 'Thợ may' } }),
    ).toBe('skipped');
    expect(await deliverNotice(options, { personId: 'x', key: 1 })).toBe('failed');
    expect(simulator.history('sim-notice-vi').map((m) => m.text)).toEqual([
      '✅ Tin "Thợ may" của bạn đã được duyệt và đang được gửi tới người lao động phù hợp.',
    ]);
    expect(simulator.history('sim-notice-en').map((m) => m.text)).toEqual([
      '✅ Your vacancy "Thợ may" was approved and is being sent to matching workers.',
    ]);
    expect(simulator.history('sim-notice-stopped')).toEqual([]);
  });

  it("a worker's interest: the outbox row and the job carry ids only; the name and phone are read at send time, while shared", async () => {
    const replies = createReplySender({ adapters: { simulator }, db: handle.db, logger });
    const options = { db: handle.db, replies, channels: ['simulator' as const], logger };
    const owner = await personWithChat('sim-notice-owner', 'vi');
    const worker = await handle.db
      .insertInto('people')
      .values({ full_name: 'Lò Thị Mai', phone_e164: '+84912345678' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const employer = await handle.db
      .insertInto('employers')
      .values({ name: 'Xưởng may Phổ Yên', owner_person_id: owner })
      .returning('id')
      .executeTakeFirstOrThrow();
    const vacancy = await handle.db
      .insertInto('vacancies')
      .values({
        employer_id: employer.id,
        title: 'Thợ may',
        occupation: 'garment',
        commune_code: '05860',
        province_code: '19',
        headcount: 2,
        wage_raw: '8 triệu',
        deadline: '2099-12-31',
        contact: '0208 3850 123',
        status: 'approved',
        scam_reasons: '[]',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const application = await handle.db
      .insertInto('applications')
      .values({ vacancy_id: vacancy.id, person_id: worker.id, status: 'interested', shared_contact: true })
      .returning('id')
      .executeTakeFirstOrThrow();
    await handle.db
      .insertInto('consents')
      .values({ person_id: worker.id, purpose: 'share_with_employer', text_version: 'share-v1', channel: 'simulator' })
      .execute();

    await handle.db
      .transaction()
      .execute((trx) =>
        addNotices(trx, [{ personId: owner, key: 'notice.interest_employer', applicationId: application.id }]),
      );
    const row = await handle.db
      .selectFrom('outbox')
      .select('payload')
      .where('queue', '=', 'notify')
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    expect(row.payload).toEqual({
      personId: owner,
      key: 'notice.interest_employer',
      params: {},
      applicationId: application.id,
    });

    expect(await deliverNotice(options, row.payload)).toBe('sent');
    expect(simulator.history('sim-notice-owner').map((m) => m.text)).toEqual([
      '🙋 Có người quan tâm tin "Thợ may" của bạn: Lò Thị Mai, SĐT 0912345678. Bạn liên hệ trực tiếp với họ nhé.',
    ]);

    // Consent withdrawn before the job runs: the notice is skipped (not sent without the contact).
    await handle.db
      .updateTable('consents')
      .set({ withdrawn_at: new Date() })
      .where('person_id', '=', worker.id)
      .execute();
    expect(await deliverNotice(options, row.payload)).toBe('skipped');
    // An old-style payload without the application is skipped too; an unknown application as well.
    expect(
      await deliverNotice(options, {
        personId: owner,
        key: 'notice.interest_employer',
        params: { title: 'Thợ may', name: 'Lò Thị Mai', phone: '0912345678' },
      }),
    ).toBe('skipped');
    expect(
      await deliverNotice(options, { personId: owner, key: 'notice.interest_employer', applicationId: 999_999 }),
    ).toBe('skipped');
    expect(simulator.history('sim-notice-owner')).toHaveLength(1);

    // The employer's name for "verified" is read at send time as well.
    await handle.db
      .transaction()
      .execute((trx) =>
        addNotices(trx, [{ personId: owner, key: 'notice.employer_verified', employerId: employer.id }]),
      );
    const verified = await handle.db
      .selectFrom('outbox')
      .select('payload')
      .where('queue', '=', 'notify')
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    expect(verified.payload).toEqual({
      personId: owner,
      key: 'notice.employer_verified',
      params: {},
      employerId: employer.id,
    });
    expect(await deliverNotice(options, verified.payload)).toBe('sent');
    expect(simulator.history('sim-notice-owner').at(-1)?.text).toContain(
      'Doanh nghiệp "Xưởng may Phổ Yên" của bạn đã được cán bộ xác minh',
    );
  });

  it('goes outbox → relay → notify worker → chat, once', async () => {
    const producer = connectRedis(redis.url, 'producer');
    const queues = createQueues(producer);
    const relay = createOutboxRelay({ db: handle.db, queues, logger, idleIntervalMs: 20 });
    const replies = createReplySender({ adapters: { simulator }, db: handle.db, logger });
    const worker = startNoticeWorker({ db: handle.db, redisUrl: redis.url, replies, channels: ['simulator'], logger });
    try {
      const person = await personWithChat('sim-notice-relay', 'vi');
      await handle.db
        .transaction()
        .execute((trx) =>
          addNotices(trx, [
            { personId: person, key: 'notice.vacancy_rejected', params: { title: 'Phụ hồ', reason: 'Thu phí' } },
          ]),
        );
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
