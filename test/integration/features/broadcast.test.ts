import { describe, expect } from 'vitest';
import { startOfSending } from '../../../src/features/broadcast/when.ts';
import { vietnamWallClock } from '../../../src/kernel/time.ts';
import { DEFAULT_QUIET_HOURS } from '../../../src/kernel/quiet-hours.ts';
import { PHO_YEN, seedAudience } from '../../harness/broadcast-audience.ts';
import { test } from '../../harness/world.ts';

/**
 * /phatsong through the real inbound pipeline (simulator channel): an official of Thái Nguyên (19) broadcasts to the
 * whole province now and to one commune at a set time; the broadcasts row, its outbox row and audit row are written;
 * the recipient count shown follows the fan-out's rule over a seeded set of people and group chats (counted on both
 * backends in test/integration/db/broadcast-audience.test.ts); a commune of another province is refused (in the
 * chat, and again by the effect in SQL); a worker is refused.
 */
const TEXT = 'Phiên giao dịch việc làm 8:00 ngày 15/12 tại Phổ Yên, hơn 500 chỗ làm.';

describe('officials broadcast within their scope', () => {
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
  });

  test('a worker typing /phatsong is refused politely', async ({ world, say }) => {
    const reply = await say('Lan', '/phatsong');
    expect(reply).toContain('Chức năng phát thông báo dành cho cán bộ');
    expect(await say('Lan', TEXT)).not.toContain('Người nhận sẽ thấy');
  });

  test('an official of 19 broadcasts to the whole province now, in 5 messages', async ({ world, say }) => {
    officialId = await world.official('Cán bộ Hùng', { region: '19' });

    expect(await say('Cán bộ Hùng', '/phatsong')).toContain('Nội dung thông báo là gì?');
    const look = await say('Cán bộ Hùng', TEXT);
    expect(look).toContain(`Người nhận sẽ thấy như sau:\n\n📢 Thông báo việc làm\n${TEXT}`);
    expect(look).toContain('1. Toàn địa bàn của bạn: tỉnh Thái Nguyên');
    expect(await say('Cán bộ Hùng', '1')).toContain('📍 Nơi nhận: toàn tỉnh Thái Nguyên.');
    const preview = await say('Cán bộ Hùng', '6');
    expect(preview).toContain('👥 Sẽ gửi tới 6 người và 2 nhóm chat ở toàn tỉnh Thái Nguyên.');
    const before = new Date();
    const done = await say('Cán bộ Hùng', '1');
    expect(done).toMatch(/✅ Đã (nhận|hẹn giờ)/);

    const rows = await world.db.selectFrom('broadcasts').selectAll().execute();
    expect(rows).toHaveLength(1);
    const row = rows[0]!;
    expect(row).toMatchObject({
      official_person_id: officialId,
      scope_region_code: '19',
      text: TEXT,
      target_region_codes: ['19'],
      priority_groups: [],
      status: 'scheduled',
      recipients_estimated: 8,
    });
    // Now, or 07:00 when the test runs in the quiet hours.
    expect(Math.abs(row.send_at.getTime() - startOfSending(before, DEFAULT_QUIET_HOURS).getTime())).toBeLessThan(
      60_000,
    );
    const outbox = await world.db
      .selectFrom('outbox')
      .select(['queue', 'job_name', 'payload', 'available_at'])
      .where('job_name', '=', 'broadcast.created')
      .execute();
    expect(outbox).toEqual([
      { queue: 'fanout', job_name: 'broadcast.created', payload: { broadcastId: row.id }, available_at: row.send_at },
    ]);
    const audit = await world.db
      .selectFrom('audit_log')
      .select(['action', 'region_code', 'actor_person_id', 'subject_id'])
      .where('action', 'like', 'broadcast.%')
      .execute();
    expect(audit).toEqual([
      { action: 'broadcast.created', region_code: '19', actor_person_id: officialId, subject_id: String(row.id) },
    ]);
  });

  test('a commune of another province is refused with a clear sentence', async ({ world, say }) => {
    await say('Cán bộ Hùng', '/phatsong');
    await say('Cán bộ Hùng', TEXT);
    const refused = await say('Cán bộ Hùng', 'Mèo Vạc');
    expect(refused).toContain(
      'Xã Mèo Vạc (Tuyên Quang) nằm ngoài địa bàn của bạn. Bạn chỉ gửi được thông báo trong tỉnh Thái Nguyên.',
    );
    expect(await say('Cán bộ Hùng', 'Hà Nội')).toContain('Thành phố Hà Nội nằm ngoài địa bàn của bạn');
    await say('Cán bộ Hùng', '/huy');
    expect(await world.db.selectFrom('broadcasts').select('id').execute()).toHaveLength(1);
  });

  test('the effect re-checks the scope in SQL: a target outside it stores nothing and tells the official', async ({
    world,
    say,
  }) => {
    await world.apply(officialId, [
      {
        kind: 'create_broadcast',
        broadcast: {
          text: TEXT,
          targets: [PHO_YEN, haNoiCommune],
          priorityGroups: [],
          scopeRegionCode: '19',
          sendAt: new Date(),
        },
      },
      // A scope the official does not hold is refused too.
      {
        kind: 'create_broadcast',
        broadcast: { text: TEXT, targets: ['01'], priorityGroups: [], scopeRegionCode: '01', sendAt: new Date() },
      },
      {
        kind: 'create_broadcast',
        broadcast: { text: TEXT, targets: ['19'], priorityGroups: [], scopeRegionCode: null, sendAt: new Date() },
      },
    ]);
    expect(await world.db.selectFrom('broadcasts').select('id').execute()).toHaveLength(1);
    const refused = await world.db
      .selectFrom('audit_log')
      .select('region_code')
      .where('action', '=', 'broadcast.refused')
      .orderBy('id')
      .execute();
    expect(refused).toEqual([{ region_code: '19' }, { region_code: '01' }, { region_code: null }]);
    const notices = await world.db.selectFrom('outbox').select('payload').where('queue', '=', 'notify').execute();
    expect(notices.filter((n) => (n.payload as { key: string }).key === 'notice.broadcast_refused')).toHaveLength(3);
  });

  test('one commune, the priority count, then a set time: 15:30 tomorrow', async ({ world, say }) => {
    await say('Cán bộ Hùng', '/phatsong');
    await say('Cán bộ Hùng', TEXT);
    const pick = await say('Cán bộ Hùng', 'pho yen');
    expect(pick).toContain('"pho yen" có thể là:');
    expect(pick).toContain('1. Phường Phổ Yên (Thái Nguyên)\n2. Cả vùng thành phố Phổ Yên cũ (6 xã/phường)');
    expect(await say('Cán bộ Hùng', '1')).toContain('📍 Nơi nhận: Phường Phổ Yên (Thái Nguyên).');
    expect(await say('Cán bộ Hùng', '1')).toContain(
      '👥 Sẽ gửi tới 1 người ở Phường Phổ Yên (Thái Nguyên), nhóm: hộ nghèo.',
    );
    expect(await say('Cán bộ Hùng', '4')).toContain('Gửi tới đâu?');
    await say('Cán bộ Hùng', 'Phường Phổ Yên');
    expect(await say('Cán bộ Hùng', '6')).toContain(
      '👥 Sẽ gửi tới 5 người và 1 nhóm chat ở Phường Phổ Yên (Thái Nguyên).',
    );
    expect(await say('Cán bộ Hùng', '2')).toContain('Gửi lúc nào?');
    const confirm = await say('Cán bộ Hùng', '15:30 mai');
    expect(confirm).toMatch(/🕗 Bắt đầu lúc 15:30 ngày mai \(\d\d\/\d\d\)/);
    expect(confirm).toContain('1. Gửi\n2. Sửa nội dung\n3. Đổi thời gian\n4. Huỷ');
    expect(await say('Cán bộ Hùng', '1')).toContain('✅ Đã hẹn giờ');

    const row = await world.db
      .selectFrom('broadcasts')
      .selectAll()
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      scope_region_code: '19',
      target_region_codes: [PHO_YEN],
      priority_groups: [],
      recipients_estimated: 6,
    });
    const local = vietnamWallClock(row.send_at);
    expect([local.h, local.min]).toEqual([15, 30]);
    const outbox = await world.db
      .selectFrom('outbox')
      .select(['payload', 'available_at'])
      .where('job_name', '=', 'broadcast.created')
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    expect(outbox).toEqual({ payload: { broadcastId: row.id }, available_at: row.send_at });
  });

  test("/phatsong lists the official's own broadcasts of the last 7 days with their progress; a number shows one; the text still starts a new one", async ({
    world,
    say,
  }) => {
    const db = world.db;
    const [wholeProvince, phoYen] = await db
      .selectFrom('broadcasts')
      .select('id')
      .where('official_person_id', '=', officialId)
      .orderBy('id')
      .execute();
    // The fan-out wrote 7 notifications for the first one: 3 sent, 1 failed, 1 skipped, 1 pending, 1 queued.
    await db
      .updateTable('broadcasts')
      .set({ fanned_out_at: new Date(), status: 'sending' })
      .where('id', '=', wholeProvince!.id)
      .execute();
    const identities = await db.selectFrom('channel_identities').select('id').orderBy('id').limit(7).execute();
    const statuses = ['sent', 'sent', 'sent', 'failed', 'skipped', 'pending', 'queued'] as const;
    await db
      .insertInto('notifications')
      .values(
        statuses.map((status, i) => ({
          kind: 'broadcast' as const,
          ref_id: wholeProvince!.id,
          person_id: null,
          identity_id: identities[i]!.id,
          channel: 'telegram' as const,
          status,
        })),
      )
      .execute();
    // Another official's broadcast, and one of theirs from 10 days ago: neither is listed.
    const colleague = await db
      .insertInto('people')
      .values({ full_name: 'Cán bộ Mai' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const tenDaysAgo = new Date(Date.now() - 10 * 24 * 3600 * 1000);
    await db
      .insertInto('broadcasts')
      .values([
        {
          official_person_id: colleague.id,
          scope_region_code: '19',
          text: 'Thông báo của cán bộ khác',
          target_region_codes: ['19'],
        },
        {
          official_person_id: officialId,
          scope_region_code: '19',
          text: 'Thông báo cũ mười ngày',
          target_region_codes: ['19'],
          send_at: tenDaysAgo,
          created_at: tenDaysAgo,
        },
      ])
      .execute();

    const list = await say('Cán bộ Hùng', '/phatsong');
    expect(list).toContain('Thông báo bạn gửi trong 7 ngày qua.');
    expect(list).toContain(
      '1. Soạn thông báo mới\n2. «Phiên giao dịch việc làm 8:00 ngày 15/12…» — hẹn gửi 15:30 ngày mai',
    );
    expect(list).toContain('3. «Phiên giao dịch việc làm 8:00 ngày 15/12…» — đã gửi 3/7, lỗi 1, bỏ qua 1, đang chờ 2');
    expect(list).not.toContain('cán bộ khác');
    expect(list).not.toContain('mười ngày');
    expect(phoYen).toBeDefined();

    const detail = await say('Cán bộ Hùng', '3');
    expect(detail).toContain(`📢 "${TEXT}"`);
    expect(detail).toContain('📍 Nơi nhận: toàn tỉnh Thái Nguyên.');
    expect(detail).toContain('📊 Đang gửi: đã gửi 3/7, lỗi 1, bỏ qua 1, đang chờ 2.');
    const scheduled = await say('Cán bộ Hùng', '2');
    expect(scheduled).toContain('📍 Nơi nhận: Phường Phổ Yên (Thái Nguyên).');
    expect(scheduled).toMatch(/📊 Đã hẹn giờ, chưa gửi cho ai\. Dự kiến 6 người nhận\./);

    // Sending to the whole province still takes the same 5 messages: the text typed at the list.
    const before = (await db.selectFrom('broadcasts').select('id').execute()).length;
    await say('Cán bộ Hùng', '/phatsong');
    expect(await say('Cán bộ Hùng', 'Tuyển 30 công nhân may tại Phổ Yên.')).toContain('Gửi tới đâu?');
    await say('Cán bộ Hùng', '1');
    await say('Cán bộ Hùng', '6');
    expect(await say('Cán bộ Hùng', '1')).toMatch(/✅ Đã (nhận|hẹn giờ)/);
    expect(await db.selectFrom('broadcasts').select('id').execute()).toHaveLength(before + 1);
  });
});
