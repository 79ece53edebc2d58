import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { openDatabase } from '../../src/db/connect.ts';
import { migrateToLatest } from '../../src/db/migrate.ts';
import { seedReferenceData } from '../../src/db/reference-data.ts';
import { QUEUE_PREFIX } from '../../src/messaging/queue/names.ts';
import { fanoutJobId } from '../../src/messaging/queue/reconcile.ts';
import { waitFor } from '../harness/free-port.ts';
import { createTestDatabase } from '../harness/postgres.ts';
import { type RedisServer, startRedis } from '../harness/redis.ts';
import { spawnRole } from '../harness/spawn-role.ts';

vi.setConfig({ testTimeout: 90_000, hookTimeout: 90_000 });

/**
 * npm run worker reconciles when it starts: a Redis that lost everything (a fresh, empty redis-server) while the
 * database says three notifications are queued and a vacancy's fan-out never finished. The log says what it did.
 */
describe('npm run worker reconciles at start', () => {
  let database: { url: string; drop: () => Promise<void> };
  let redis: RedisServer;
  let vacancyId: number;

  beforeAll(async () => {
    database = await createTestDatabase(inject('postgresUrl'), 'recon');
    redis = await startRedis();
    const handle = await openDatabase({ databaseUrl: database.url, dataDir: '/tmp' });
    try {
      await migrateToLatest(handle.db);
      await seedReferenceData(handle.db);
      const db = handle.db;
      const person = await db
        .insertInto('people')
        .values({ full_name: 'Người nhận' })
        .returning('id')
        .executeTakeFirstOrThrow();
      const identity = await db
        .insertInto('channel_identities')
        .values({ person_id: person.id, channel: 'zalo', chat_id: 'z-1', chat_type: 'private' })
        .returning('id')
        .executeTakeFirstOrThrow();
      await db
        .insertInto('notifications')
        .values(
          [1, 2, 3].map((ref) => ({
            kind: 'vacancy' as const,
            ref_id: ref,
            person_id: person.id,
            identity_id: identity.id,
            channel: 'zalo' as const,
            status: 'queued' as const,
            queued_at: new Date(),
          })),
        )
        .execute();
      const employer = await db
        .insertInto('employers')
        .values({ name: 'Công ty May' })
        .returning('id')
        .executeTakeFirstOrThrow();
      const deadline = new Date(Date.now() + 10 * 24 * 3600 * 1000).toISOString().slice(0, 10);
      vacancyId = (
        await db
          .insertInto('vacancies')
          .values({
            employer_id: employer.id,
            title: 'Thợ may',
            occupation: 'garment',
            commune_code: '05860',
            province_code: '19',
            headcount: 3,
            wage_raw: '8 triệu',
            deadline,
            contact: 'Phòng nhân sự',
            status: 'approved',
            scam_reasons: '[]',
          })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    } finally {
      await handle.close();
    }
  });
  afterAll(async () => {
    await redis?.destroy();
    await database?.drop();
  });

  it('logs the counts and puts the fan-out back in the queue', async () => {
    const worker = spawnRole('src/app/worker.ts', { DATABASE_URL: database.url, REDIS_URL: redis.url });
    try {
      await waitFor(
        'the reconcile line',
        async () => {
          if (!worker.stdout().includes('reconcile:')) throw new Error(`not yet: ${worker.stderr().slice(-500)}`);
        },
        60_000,
      );
      const line = worker
        .stdout()
        .split('\n')
        .find((l) => l.includes('reconcile:'))!;
      expect(JSON.parse(line)).toMatchObject({
        msg: 'reconcile: re-queued 3 notifications (of 3 queued), re-started 1 fan-out (1 vacancy, 0 broadcasts)',
        notificationsRequeued: 3,
        vacanciesRestarted: 1,
      });
      const queue = new Queue('fanout', { connection: { url: redis.url }, prefix: QUEUE_PREFIX });
      try {
        expect(await queue.getJob(fanoutJobId('vacancy', vacancyId))).toBeDefined();
      } finally {
        await queue.close();
      }
    } finally {
      worker.child.kill('SIGTERM');
      expect((await worker.exited).code).toBe(0);
    }
  });
});
