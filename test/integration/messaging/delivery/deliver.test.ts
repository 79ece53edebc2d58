import { Queue } from 'bullmq';
import { describe, expect, it } from 'vitest';
import { createZaloAdapter, createZaloClient } from '../../../../src/channels/zalo/index.ts';
import { createMetrics } from '../../../../src/metrics.ts';
import { connectRedis } from '../../../../src/messaging/queue/connection.ts';
import { QUEUE_PREFIX } from '../../../../src/messaging/queue/names.ts';
import { startDelivery } from '../../../../src/messaging/workers/deliver.ts';
import { backends } from '../../../harness/databases.ts';
import {
  addBroadcast,
  addGroupChats,
  addNotifications,
  addPeople,
  addVacancy,
  statusCounts,
} from '../../../harness/delivery-world.ts';
import { waitFor } from '../../../harness/free-port.ts';
import { startFakeZaloApi } from '../../../fakes/zalo-api.ts';
import { fakeTelegram, silent, useDeliveryContext, waitUntilSettled } from './context.ts';
import { REGISTRY } from '../../../../src/features/index.ts';

/**
 * One notification's way out: what a person and a group chat receive, what is recorded, and every failure path —
 * a blocked chat, a vacancy closed while its alerts were queued, a repeated job, a group chat over its minute,
 * errors that are fatal or that never stop, quiet hours.
 */
describe.each(backends)('delivery worker on $name', (backend) => {
  const ctx = useDeliveryContext(backend);

  it('sends a vacancy alert with its choices, records it sent, and remembers the choices for a typed "1"', async () => {
    const db = ctx.handle.db;
    const [lan, anna] = [
      ...(await addPeople(ctx.world, 1, 'telegram')),
      ...(await addPeople(ctx.world, 1, 'telegram', { language: 'en' })),
    ];
    const [group] = await addGroupChats(ctx.world, 1, 'telegram');
    const vacancyId = await addVacancy(ctx.world);
    const ids = await addNotifications(ctx.world, 'vacancy', vacancyId, [lan!, anna!, group!], 'telegram');
    const { fake, adapter } = await fakeTelegram([lan!, anna!, group!]);
    const metrics = createMetrics();
    const delivery = startDelivery({
      db,
      kinds: REGISTRY.notificationKinds,
      redisUrl: ctx.redis.url,
      adapters: { telegram: adapter },
      rates: { telegram: 20 },
      logger: silent,
      metrics,
    });
    try {
      expect(await waitUntilSettled(ctx, ids)).toEqual({ sent: 3 });
    } finally {
      await delivery.close();
      await fake.close();
    }
    const [toLan] = fake.sentTo(lan!.chatId);
    expect(toLan!.text).toMatch(
      /^🔔 Việc mới gần bạn\nCông nhân may công nghiệp — Công ty TNHH May Phổ Yên ✅ Đã xác minh\n/,
    );
    expect(toLan!.text).toMatch(
      /1\. Quan tâm\n2\. Không phù hợp\n3\. Báo lừa đảo\n\n⚠️ Không nộp bất kỳ khoản phí nào để được nhận việc\.$/,
    );
    expect(toLan!.replyMarkup?.inline_keyboard.flat().map((b) => b.callback_data)).toEqual([
      `alert.interested.${vacancyId}`,
      `alert.not_suitable.${vacancyId}`,
      `alert.report.${vacancyId}`,
    ]);
    expect(fake.sentTo(anna!.chatId)[0]!.text).toMatch(/^🔔 A new job near you\n[\s\S]*1\. Interested\n/);
    const [toGroup] = fake.sentTo(group!.chatId);
    expect(toGroup!.replyMarkup).toBeUndefined();
    expect(toGroup!.text).toMatch(/Nhắn riêng cho bot để quan tâm\.$/);

    const row = await db.selectFrom('notifications').selectAll().where('id', '=', ids[0]!).executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      status: 'sent',
      attempts: 1,
      last_error: null,
      platform_message_id: String(toLan!.messageId),
    });
    expect(row.sent_at).toBeInstanceOf(Date);
    expect(row.finished_at).toBeInstanceOf(Date);
    expect(row.queued_at).toBeInstanceOf(Date);
    const identity = await db
      .selectFrom('channel_identities')
      .select('last_choices')
      .where('id', '=', lan!.identityId)
      .executeTakeFirstOrThrow();
    expect(identity.last_choices).toEqual([
      { id: `alert.interested.${vacancyId}`, label: 'Quan tâm' },
      { id: `alert.not_suitable.${vacancyId}`, label: 'Không phù hợp' },
      { id: `alert.report.${vacancyId}`, label: 'Báo lừa đảo' },
    ]);
    const groupIdentity = await db
      .selectFrom('channel_identities')
      .select('last_choices')
      .where('id', '=', group!.identityId)
      .executeTakeFirstOrThrow();
    expect(groupIdentity.last_choices).toBeNull();
    const counted = await metrics.registry.getSingleMetricAsString('knvl_deliveries_total');
    expect(counted).toContain('knvl_deliveries_total{channel="telegram",outcome="sent",app="ket-noi-viec-lam"} 3');
    expect(await metrics.registry.getSingleMetricAsString('knvl_delivery_send_seconds')).toMatch(
      /knvl_delivery_send_seconds_count\{[^}]*channel="telegram"[^}]*\} 3/,
    );
  });

  it('sends a broadcast, then marks the broadcast sent once nothing of it is left', async () => {
    const people = await addPeople(ctx.world, 5, 'telegram');
    const broadcastId = await addBroadcast(ctx.world, 'Phiên giao dịch việc làm sáng thứ Bảy tại UBND xã.');
    const ids = await addNotifications(ctx.world, 'broadcast', broadcastId, people, 'telegram');
    const { fake, adapter } = await fakeTelegram(people);
    const delivery = startDelivery({
      db: ctx.handle.db,
      kinds: REGISTRY.notificationKinds,
      redisUrl: ctx.redis.url,
      adapters: { telegram: adapter },
      rates: { telegram: 50 },
      logger: silent,
    });
    try {
      expect(await waitUntilSettled(ctx, ids)).toEqual({ sent: 5 });
      await waitFor('the broadcast to be marked sent', async () => {
        const row = await ctx.handle.db
          .selectFrom('broadcasts')
          .select('status')
          .where('id', '=', broadcastId)
          .executeTakeFirstOrThrow();
        if (row.status !== 'sent') throw new Error(row.status);
      });
    } finally {
      await delivery.close();
      await fake.close();
    }
    expect(fake.sentTo(people[0]!.chatId).map((m) => m.text)).toEqual([
      '📢 Thông báo từ Trung tâm Dịch vụ việc làm\nPhiên giao dịch việc làm sáng thứ Bảy tại UBND xã.',
    ]);
    expect(fake.sent.every((m) => m.replyMarkup === undefined)).toBe(true);
  });

  it('sends on Zalo with the choices as numbered lines and records Zalo’s message id', async () => {
    const zalo = await startFakeZaloApi();
    const [person] = await addPeople(ctx.world, 1, 'zalo');
    zalo.knowChat(person!.chatId);
    const vacancyId = await addVacancy(ctx.world);
    const ids = await addNotifications(ctx.world, 'vacancy', vacancyId, [person!], 'zalo');
    const adapter = createZaloAdapter({ client: createZaloClient({ token: zalo.token, apiRoot: zalo.apiRoot }) });
    const delivery = startDelivery({
      db: ctx.handle.db,
      kinds: REGISTRY.notificationKinds,
      redisUrl: ctx.redis.url,
      adapters: { zalo: adapter },
      logger: silent,
    });
    try {
      expect(await waitUntilSettled(ctx, ids)).toEqual({ sent: 1 });
    } finally {
      await delivery.close();
      await zalo.close();
    }
    expect(zalo.delivered(person!.chatId)[0]).toMatch(
      /^🔔 Việc mới gần bạn\n[\s\S]*\n\n1\. Quan tâm\n2\. Không phù hợp\n3\. Báo lừa đảo\n\n⚠️ Không nộp/,
    );
    const row = await ctx.handle.db
      .selectFrom('notifications')
      .select('platform_message_id')
      .where('id', '=', ids[0]!)
      .executeTakeFirstOrThrow();
    expect(row.platform_message_id).toBe(zalo.sent[0]!.messageId);
  });

  it('marks a chat that blocked the bot unreachable and sends it nothing more', async () => {
    const db = ctx.handle.db;
    const [blocker, other] = await addPeople(ctx.world, 2, 'telegram');
    const vacancyId = await addVacancy(ctx.world);
    const first = await addNotifications(ctx.world, 'vacancy', vacancyId, [blocker!, other!], 'telegram');
    const { fake, adapter } = await fakeTelegram([blocker!, other!]);
    fake.block(blocker!.chatId);
    const delivery = startDelivery({
      db,
      kinds: REGISTRY.notificationKinds,
      redisUrl: ctx.redis.url,
      adapters: { telegram: adapter },
      rates: { telegram: 50 },
      logger: silent,
    });
    try {
      expect(await waitUntilSettled(ctx, first)).toEqual({ sent: 1, skipped: 1 });
      const later = await addNotifications(
        ctx.world,
        'broadcast',
        await addBroadcast(ctx.world),
        [blocker!, other!],
        'telegram',
      );
      delivery.wake();
      expect(await waitUntilSettled(ctx, later)).toEqual({ sent: 1, skipped: 1 });
      const rows = await db
        .selectFrom('notifications')
        .select(['id', 'status', 'last_error', 'attempts'])
        .where('identity_id', '=', blocker!.identityId)
        .orderBy('id')
        .execute();
      expect(rows.map((r) => [r.status, r.attempts, r.last_error?.replace(/:.*/s, '')])).toEqual([
        ['skipped', 1, 'recipient_gone'],
        ['skipped', 0, 'chat unreachable'],
      ]);
    } finally {
      await delivery.close();
      await fake.close();
    }
    const identity = await db
      .selectFrom('channel_identities')
      .select(['reachable', 'unreachable_reason'])
      .where('id', '=', blocker!.identityId)
      .executeTakeFirstOrThrow();
    expect(identity.reachable).toBe(false);
    expect(identity.unreachable_reason).toMatch(
      /^recipient_gone: sendMessage: 403 Forbidden: bot was blocked by the user/,
    );
    expect(
      fake.requests.filter(
        (r) => r.method.toLowerCase() === 'sendmessage' && String(r.params.chat_id) === blocker!.chatId,
      ),
    ).toHaveLength(1);
    expect(fake.sentTo(other!.chatId)).toHaveLength(2);
  });

  it('skips the queued alerts of a vacancy closed before they went out', async () => {
    const people = await addPeople(ctx.world, 30, 'telegram');
    const vacancyId = await addVacancy(ctx.world);
    const ids = await addNotifications(ctx.world, 'vacancy', vacancyId, people, 'telegram');
    const { fake, adapter } = await fakeTelegram(people);
    // Workers only: the rows are queued by hand, then the vacancy closes while they wait in Redis.
    const delivery = startDelivery({
      db: ctx.handle.db,
      kinds: REGISTRY.notificationKinds,
      redisUrl: ctx.redis.url,
      adapters: { telegram: adapter },
      rates: { telegram: 50 },
      logger: silent,
      runFeeders: false,
    });
    try {
      await delivery.channels[0]!.worker.pause();
      expect(await delivery.channels[0]!.feeder.feedOnce()).toMatchObject({ queued: 30 });
      await ctx.handle.db
        .updateTable('vacancies')
        .set({ status: 'closed', closed_at: new Date() })
        .where('id', '=', vacancyId)
        .execute();
      delivery.channels[0]!.worker.resume();
      expect(await waitUntilSettled(ctx, ids)).toEqual({ skipped: 30 });
    } finally {
      await delivery.close();
      await fake.close();
    }
    expect(fake.sent).toHaveLength(0);
    const reasons = await ctx.handle.db
      .selectFrom('notifications')
      .select('last_error')
      .distinct()
      .where('id', 'in', ids)
      .execute();
    expect(reasons).toEqual([{ last_error: 'vacancy closed' }]);
  });

  it('sends once when the same job runs twice or is queued twice', async () => {
    const [person] = await addPeople(ctx.world, 1, 'telegram');
    const [id] = await addNotifications(ctx.world, 'vacancy', await addVacancy(ctx.world), [person!], 'telegram');
    const { fake, adapter } = await fakeTelegram([person!]);
    const delivery = startDelivery({
      db: ctx.handle.db,
      kinds: REGISTRY.notificationKinds,
      redisUrl: ctx.redis.url,
      adapters: { telegram: adapter },
      rates: { telegram: 50 },
      logger: silent,
      runFeeders: false,
    });
    const connection = connectRedis(ctx.redis.url, 'worker');
    const queue = new Queue('deliver-telegram', { connection, prefix: QUEUE_PREFIX });
    try {
      const job = {
        name: 'deliver',
        data: { notificationId: id! },
        opts: { jobId: `n-${id}`, removeOnComplete: true },
      };
      // Queued twice while waiting: one job.
      await delivery.channels[0]!.worker.pause();
      await queue.addBulk([job, job]);
      expect(await queue.getJobCounts('wait')).toEqual({ wait: 1 });
      delivery.channels[0]!.worker.resume();
      await waitUntilSettled(ctx, [id!]);
      // Run again after it finished (a retried job, a second feeder's copy, a stalled job's re-run): nothing sent.
      await queue.add(job.name, job.data, job.opts);
      await waitFor('the repeated job to finish', async () => {
        if ((await queue.getJobCountByTypes('wait', 'active', 'prioritized')) > 0) throw new Error('still queued');
      });
      await new Promise((resolve) => setTimeout(resolve, 200));
    } finally {
      await queue.close();
      await connection.quit();
      await delivery.close();
      await fake.close();
    }
    expect(fake.sentTo(person!.chatId)).toHaveLength(1);
    expect(await statusCounts(ctx.handle.db, [id!])).toEqual({ sent: 1 });
  });

  it('sends at most 20 messages a minute to a group chat, the rest in the next minute', async () => {
    const [group] = await addGroupChats(ctx.world, 1, 'telegram');
    const [person] = await addPeople(ctx.world, 1, 'telegram');
    const ids: number[] = [];
    for (let i = 0; i < 25; i += 1)
      ids.push(
        ...(await addNotifications(
          ctx.world,
          'broadcast',
          await addBroadcast(ctx.world, `Thông báo số ${i + 1}`),
          [group!],
          'telegram',
        )),
      );
    const personIds = await addNotifications(ctx.world, 'vacancy', await addVacancy(ctx.world), [person!], 'telegram');
    const { fake, adapter } = await fakeTelegram([group!, person!]);
    // The test's clock starts a second into a minute, so the first 20 cannot straddle two minutes.
    let offsetMs = 60_000 - (Date.now() % 60_000) + 1000;
    const delivery = startDelivery({
      db: ctx.handle.db,
      kinds: REGISTRY.notificationKinds,
      redisUrl: ctx.redis.url,
      adapters: { telegram: adapter },
      rates: { telegram: 100 },
      logger: silent,
      now: () => new Date(Date.now() + offsetMs),
    });
    try {
      await waitUntilSettled(ctx, personIds);
      await waitFor('the group to get its 20', async () => {
        const delayed = await delivery.channels[0]!.queue.getDelayedCount();
        if (fake.sentTo(group!.chatId).length !== 20 || delayed !== 5)
          throw new Error(`${fake.sentTo(group!.chatId).length} sent, ${delayed} delayed`);
      });
      const delayed = await delivery.channels[0]!.queue.getDelayed();
      expect(await statusCounts(ctx.handle.db, ids)).toEqual({ sent: 20, queued: 5 });
      // A minute later (the clock moved on), the delayed five go.
      offsetMs += 60_000;
      for (const job of delayed) await job.promote();
      expect(await waitUntilSettled(ctx, ids)).toEqual({ sent: 25 });
    } finally {
      await delivery.close();
      await fake.close();
    }
    expect(fake.sentTo(group!.chatId)).toHaveLength(25);
  });

  it('fails at once on a fatal error, and after the last attempt on errors that do not stop', async () => {
    const [a, b] = await addPeople(ctx.world, 2, 'telegram');
    const vacancyId = await addVacancy(ctx.world);
    const { fake, adapter } = await fakeTelegram([a!, b!]);
    const delivery = startDelivery({
      db: ctx.handle.db,
      kinds: REGISTRY.notificationKinds,
      redisUrl: ctx.redis.url,
      adapters: { telegram: adapter },
      rates: { telegram: 50 },
      logger: silent,
      attempts: 3,
      retryBaseMs: 20,
    });
    try {
      fake.failNext('bad_token');
      const [fatal] = await addNotifications(ctx.world, 'vacancy', vacancyId, [a!], 'telegram');
      delivery.wake();
      expect(await waitUntilSettled(ctx, [fatal!])).toEqual({ failed: 1 });
      for (let i = 0; i < 3; i += 1) fake.failNext('server_error');
      const [stubborn] = await addNotifications(ctx.world, 'vacancy', vacancyId, [b!], 'telegram');
      delivery.wake();
      expect(await waitUntilSettled(ctx, [stubborn!])).toEqual({ failed: 1 });
      const rows = await ctx.handle.db
        .selectFrom('notifications')
        .select(['id', 'attempts', 'last_error', 'finished_at'])
        .where('id', 'in', [fatal!, stubborn!])
        .orderBy('id')
        .execute();
      expect(rows.map((r) => [r.attempts, r.last_error?.split(':')[0], r.finished_at !== null])).toEqual([
        [1, 'fatal', true],
        [3, 'transient', true],
      ]);
    } finally {
      await delivery.close();
      await fake.close();
    }
    expect(fake.sent).toHaveLength(0);
  });

  it('marks the row failed when its job fails for a reason the worker did not record (an adapter that throws)', async () => {
    const [person] = await addPeople(ctx.world, 1, 'telegram');
    const [id] = await addNotifications(ctx.world, 'vacancy', await addVacancy(ctx.world), [person!], 'telegram');
    const broken = {
      channel: 'telegram' as const,
      receive: () => [],
      send: async () => Promise.reject(new Error('adapter bug')),
    };
    const delivery = startDelivery({
      db: ctx.handle.db,
      kinds: REGISTRY.notificationKinds,
      redisUrl: ctx.redis.url,
      adapters: { telegram: broken },
      logger: silent,
      attempts: 2,
      retryBaseMs: 10,
    });
    try {
      expect(await waitUntilSettled(ctx, [id!])).toEqual({ failed: 1 });
    } finally {
      await delivery.close();
    }
    const row = await ctx.handle.db
      .selectFrom('notifications')
      .select(['last_error', 'finished_at'])
      .where('id', '=', id!)
      .executeTakeFirstOrThrow();
    expect(row.last_error).toBe('job failed: adapter bug');
    expect(row.finished_at).toBeInstanceOf(Date);
  });

  it('holds what reaches the worker in quiet hours until they end', async () => {
    const [person] = await addPeople(ctx.world, 1, 'telegram');
    const [id] = await addNotifications(ctx.world, 'vacancy', await addVacancy(ctx.world), [person!], 'telegram');
    const { fake, adapter } = await fakeTelegram([person!]);
    const night = new Date('2026-03-10T16:00:00Z'); // 23:00 in Vietnam
    const delivery = startDelivery({
      db: ctx.handle.db,
      kinds: REGISTRY.notificationKinds,
      redisUrl: ctx.redis.url,
      adapters: { telegram: adapter },
      logger: silent,
      runFeeders: false,
      quietHours: { startHour: 21, endHour: 7 },
      now: () => night,
    });
    try {
      // Queued in the evening (the feeder is not asked: it would queue nothing at night).
      const { queue } = delivery.channels[0]!;
      await ctx.handle.db
        .updateTable('notifications')
        .set({ status: 'queued', queued_at: new Date() })
        .where('id', '=', id!)
        .execute();
      await queue.add('deliver', { notificationId: id! }, { jobId: `n-${id}` });
      await waitFor('the alert to be put back', async () => {
        const row = await ctx.handle.db
          .selectFrom('notifications')
          .select(['status', 'not_before'])
          .where('id', '=', id!)
          .executeTakeFirstOrThrow();
        if (row.status !== 'pending') throw new Error(row.status);
        expect(row.not_before.toISOString()).toBe('2026-03-11T00:00:00.000Z'); // 07:00 in Vietnam
      });
    } finally {
      await delivery.close();
      await fake.close();
    }
    expect(fake.sent).toHaveLength(0);
  });
});
