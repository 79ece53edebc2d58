import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../../../src/db/connect.ts';
import { migrateToLatest } from '../../../../src/db/migrate.ts';
import { purgeOldRecords } from '../../../../src/messaging/schedule/retention.ts';
import { backends } from '../../../harness/databases.ts';

/**
 * The daily retention job on PostgreSQL and PGlite: sent outbox rows and message records older than RETENTION_DAYS
 * go, in batches; unsent rows and newer ones stay; a deleted record that was a reply to a broadcast (within 48 h
 * after it reached the chat) is first written on that notification as replied_at, the earliest one.
 */
const DAY = 24 * 3600_000;
const NOW = new Date('2026-06-01T03:00:00+07:00');
const ago = (days: number, hours = 0) => new Date(NOW.getTime() - days * DAY - hours * 3600_000);

describe.each(backends)('retention on $name', (backend) => {
  let handle: DatabaseHandle;
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    ({ handle, cleanup } = await backend.open());
    await migrateToLatest(handle.db);
  });
  afterAll(async () => cleanup?.());

  it('deletes sent outbox rows past the retention in batches, and nothing else', async () => {
    const rows = [
      ...Array.from({ length: 7 }, () => ({ sent_at: ago(31) })),
      { sent_at: ago(29) }, // within the retention
      { sent_at: null }, // never relayed (a queue the relay does not know, parked): kept
    ];
    await handle.db
      .insertInto('outbox')
      .values(
        rows.map((r) => ({
          queue: 'notify',
          job_name: 'notice',
          payload: '{}',
          created_at: ago(40),
          sent_at: r.sent_at,
        })),
      )
      .execute();
    const result = await purgeOldRecords(handle.db, { now: NOW, retentionDays: 30, batchSize: 3 });
    expect(result.outboxDeleted).toBe(7);
    const left = await handle.db.selectFrom('outbox').select('sent_at').orderBy('id').execute();
    expect(left).toEqual([{ sent_at: ago(29) }, { sent_at: null }]);
    expect(await purgeOldRecords(handle.db, { now: NOW, retentionDays: 30 })).toEqual({
      outboxDeleted: 0,
      eventsDeleted: 0,
      repliesRecorded: 0,
    });
  });

  it('records the first reply to a broadcast before deleting the message records, across batches', async () => {
    const person = (await handle.db.insertInto('people').defaultValues().returning('id').executeTakeFirstOrThrow()).id;
    const chat = async (chatId: string) =>
      (
        await handle.db
          .insertInto('channel_identities')
          .values({ person_id: person, channel: 'telegram', chat_id: chatId, chat_type: 'private' })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    const [a, b, c] = [await chat('r-a'), await chat('r-b'), await chat('r-c')];
    const notification = async (
      kind: 'broadcast' | 'vacancy',
      identity: number,
      sentAt: Date,
      status: 'sent' | 'failed' = 'sent',
      ref = 1,
    ) =>
      (
        await handle.db
          .insertInto('notifications')
          .values({
            kind,
            ref_id: ref,
            person_id: identity === a ? person : null,
            identity_id: identity,
            channel: 'telegram',
            status,
            sent_at: status === 'sent' ? sentAt : null,
          })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    const toA = await notification('broadcast', a, ago(60));
    const alertToA = await notification('vacancy', a, ago(60));
    const toB = await notification('broadcast', b, ago(60));
    const failedToC = await notification('broadcast', c, ago(60), 'failed');
    const recentToC = await notification('broadcast', c, ago(1), 'sent', 2);
    let n = 0;
    const wrote = (identity: number, at: Date) =>
      handle.db
        .insertInto('inbound_events')
        .values({ channel: 'telegram', event_id: `r${(n += 1)}`, identity_id: identity, received_at: at })
        .execute();
    await wrote(a, ago(60, -30)); // 30 h after the broadcast: a reply
    await wrote(a, ago(60, -2)); // 2 h after: the first reply
    await wrote(a, ago(60, -47)); // 47 h after: a reply too, deleted in a later batch (the first one stays)
    await wrote(a, ago(60, -60)); // 60 h after: too late
    await wrote(b, ago(60, 1)); // before the broadcast: not a reply
    await wrote(c, ago(60, -1)); // after a broadcast that failed: not a reply
    await wrote(c, ago(0, 12)); // within the retention: kept
    const result = await purgeOldRecords(handle.db, { now: NOW, retentionDays: 30, batchSize: 2 });
    expect(result).toEqual({ outboxDeleted: 0, eventsDeleted: 6, repliesRecorded: 1 });
    const replied = await handle.db.selectFrom('notifications').select(['id', 'replied_at']).orderBy('id').execute();
    expect(replied).toEqual([
      { id: toA, replied_at: ago(60, -2) },
      { id: alertToA, replied_at: null },
      { id: toB, replied_at: null },
      { id: failedToC, replied_at: null },
      { id: recentToC, replied_at: null },
    ]);
    expect(await handle.db.selectFrom('inbound_events').select('received_at').execute()).toEqual([
      { received_at: ago(0, 12) },
    ]);
  });
});
