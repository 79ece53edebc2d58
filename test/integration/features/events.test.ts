import { describe, expect } from 'vitest';
import { fanOutEvent } from '../../../src/features/events/fanout.ts';
import { createEvent } from '../../../src/features/events/effects.ts';
import { eventAnnouncements } from '../../../src/features/events/notifications.ts';
import { DEFAULT_QUIET_HOURS } from '../../../src/kernel/quiet-hours.ts';
import { vietnamWallClock } from '../../../src/kernel/time.ts';
import { PHO_YEN, seedAudience } from '../../harness/broadcast-audience.ts';
import { test } from '../../harness/world.ts';

/**
 * /taophien on real PostgreSQL through the real inbound pipeline: an official of Thái Nguyên (19) creates a fair
 * in Phổ Yên announced to the whole province; the event, its outbox row and audit row are written together; the
 * fan-out writes 'event' notifications to exactly the people and group chats the broadcast rule reaches, marks the
 * event announced and writes nothing twice; a cancelled event writes nothing; the effect refuses a place outside the
 * official's scope; the announcement renders the card with the two choices.
 */
const RULES = { quietHours: DEFAULT_QUIET_HOURS, alertsPerDay: 3 };
const TITLE = 'Phiên giao dịch việc làm Phổ Yên';

describe('officials create events within their scope', () => {
  let officialId: number;
  let haNoiCommune: string;

  test.beforeAll(async ({ world }) => {
    haNoiCommune = (
      await world.db
        .selectFrom('regions')
        .select('code')
        .where('province_code', '=', '01')
        .where('level', '=', 'commune')
        .limit(1)
        .executeTakeFirstOrThrow()
    ).code;
    await seedAudience(world.db, haNoiCommune);
    officialId = await world.official('Cán bộ Hùng', { region: '19' });
  });

  test('a worker typing /taophien is refused politely', async ({ say }) => {
    expect(await say('Lan', '/taophien')).toContain('dành cho cán bộ');
  });

  test('an official creates a fair in Phổ Yên, announced to the province, then it fans out', async ({ world, say }) => {
    expect(await say('Cán bộ Hùng', '/taophien')).toContain('1. Phiên giao dịch việc làm tại chỗ');
    await say('Cán bộ Hùng', '1');
    await say('Cán bộ Hùng', TITLE);
    const next = new Date(Date.now() + 10 * 24 * 3600_000);
    const { d, m, y } = vietnamWallClock(next);
    await say('Cán bộ Hùng', `${d}/${m}/${y} 8:00`);
    expect(await say('Cán bộ Hùng', 'Phường Phổ Yên')).toContain('Địa chỉ?');
    await say('Cán bộ Hùng', 'Nhà văn hoá tổ dân phố 3');
    await say('Cán bộ Hùng', '1');
    await say('Cán bộ Hùng', '6');
    const confirm = await say('Cán bộ Hùng', '150');
    expect(confirm).toContain('📍 Nhà văn hoá tổ dân phố 3, Phường Phổ Yên (Thái Nguyên)');
    expect(confirm).toContain('👥 Thông báo tới 6 người và 2 nhóm chat ở toàn tỉnh Thái Nguyên.');
    expect(await say('Cán bộ Hùng', '1')).toContain('✅ Đã tạo phiên.');

    const events = await world.db.selectFrom('events').selectAll().execute();
    expect(events).toHaveLength(1);
    const event = events[0]!;
    expect(event).toMatchObject({
      kind: 'fair',
      title: TITLE,
      commune_code: PHO_YEN,
      official_person_id: officialId,
      scope_region_code: '19',
      target_region_codes: ['19'],
      capacity: 150,
      status: 'scheduled',
    });
    const outbox = await world.db
      .selectFrom('outbox')
      .select(['queue', 'payload', 'available_at'])
      .where('job_name', '=', 'event.created')
      .execute();
    expect(outbox).toEqual([{ queue: 'fanout', payload: { eventId: event.id }, available_at: event.announce_at }]);
    const audit = await world.db.selectFrom('audit_log').select('subject_id').where('action', '=', 'event.created');
    expect(await audit.execute()).toEqual([{ subject_id: String(event.id) }]);

    const first = await fanOutEvent(world.db, event.id, RULES, new Date());
    expect(first).toMatchObject({ outcome: 'written', pending: 6, held: 0, groupChats: 2 });
    const rows = await world.db
      .selectFrom('notifications as n')
      .leftJoin('people as p', 'p.id', 'n.person_id')
      .select(['p.full_name', 'n.status'])
      .where('n.kind', '=', 'event')
      .where('n.ref_id', '=', event.id)
      .execute();
    expect(rows.map((r) => r.full_name ?? 'group').sort()).toEqual(
      ['daitu', 'group', 'group', 'ok', 'poor_consent', 'poor_no_consent', 'poor_withdrawn', 'twochats'].sort(),
    );
    expect((await world.db.selectFrom('events').select('status').executeTakeFirstOrThrow()).status).toBe('announced');
    const again = await fanOutEvent(world.db, event.id, RULES, new Date());
    expect(again).toMatchObject({ outcome: 'written', pending: 0, groupChats: 0 });

    const rendered = await eventAnnouncements.renderer.render(world.db, {
      notificationId: 1,
      kind: 'event',
      refId: event.id,
      personId: officialId,
      identityId: 1,
      channel: 'telegram',
      chatType: 'private',
      lang: 'vi',
    });
    expect(rendered.ok && rendered.message.text).toContain(`${TITLE}\n🕗 08:00`);
    expect(rendered.ok && rendered.message.text).toContain('🪑 Còn 150 chỗ');
    expect(rendered.ok && rendered.message.choices).toEqual([
      { id: `event.register.${event.id}`, label: 'Đăng ký tham gia' },
      { id: `event.jobs.${event.id}`, label: 'Xem việc tại phiên' },
    ]);
  });

  test('a cancelled event writes nothing; the effect refuses a place outside the scope', async ({ world }) => {
    const draft = {
      kind: 'online' as const,
      title: 'Phiên trực tuyến',
      startsAt: new Date(Date.now() + 5 * 24 * 3600_000),
      communeCode: null,
      address: null,
      onlineUrl: 'https://meet.example.vn/a',
      targets: [PHO_YEN],
      priorityGroups: [],
      capacity: null,
      scopeRegionCode: '19',
      announceAt: new Date(),
    };
    const created = await world.db.transaction().execute((trx) => createEvent(trx, officialId, draft));
    if (!created.ok) throw new Error(created.reason);
    await world.db.updateTable('events').set({ status: 'cancelled' }).where('id', '=', created.eventId).execute();
    expect(await fanOutEvent(world.db, created.eventId, RULES, new Date())).toEqual({
      eventId: created.eventId,
      outcome: 'cancelled',
    });
    const written = await world.db
      .selectFrom('notifications')
      .select('id')
      .where('kind', '=', 'event')
      .where('ref_id', '=', created.eventId)
      .execute();
    expect(written).toEqual([]);

    const outside = await world.db
      .transaction()
      .execute((trx) => createEvent(trx, officialId, { ...draft, targets: [haNoiCommune] }));
    expect(outside).toEqual({ ok: false, reason: 'outside scope' });
    const elsewhere = await world.db
      .transaction()
      .execute((trx) => createEvent(trx, officialId, { ...draft, scopeRegionCode: '01', targets: [haNoiCommune] }));
    expect(elsewhere).toEqual({ ok: false, reason: 'not official' });
  });
});
