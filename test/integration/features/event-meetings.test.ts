import { describe, expect } from 'vitest';
import { recordMeeting } from '../../../src/features/event-meetings/effects.ts';
import { computeFunnel, resolveScope } from '../../../src/reporting/funnel.ts';
import { vietnamIsoDate } from '../../../src/kernel/time.ts';
import { PHO_YEN } from '../../harness/broadcast-audience.ts';
import { test } from '../../harness/world.ts';

/**
 * /hopthon on real PostgreSQL through the real inbound pipeline: an official of Thái Nguyên (19) records a village
 * meeting of 120 people in Phổ Yên held today; the events row (kind 'meeting', 'held', 9:00 Vietnam time) and its
 * audit row are written together, and the meeting's attendees count in its commune's funnel (and its province's),
 * not in another commune's. The effect refuses a commune outside the official's scope.
 */
describe('officials record village meetings', () => {
  let officialId: number;

  test.beforeAll(async ({ world }) => {
    officialId = await world.official('Cán bộ Hùng', { region: '19' });
  });

  test('a worker typing /hopthon is refused politely', async ({ say }) => {
    expect(await say('Lan', '/hopthon')).toContain('dành cho cán bộ');
  });

  test('a meeting of 120 people today in Phổ Yên shows in its commune’s funnel', async ({ world, say }) => {
    expect(await say('Cán bộ Hùng', '/hop thon')).toContain('Buổi họp thôn ở xã/phường nào?');
    expect(await say('Cán bộ Hùng', 'Phường Phổ Yên')).toContain('Thôn, bản hoặc tổ dân phố nào?');
    expect(await say('Cán bộ Hùng', 'Tổ dân phố Đông')).toContain('1. Hôm nay');
    await say('Cán bộ Hùng', '1');
    expect(await say('Cán bộ Hùng', '120')).toContain('4. Đi làm việc ở nước ngoài an toàn');
    const confirm = await say('Cán bộ Hùng', '1 4');
    expect(confirm).toContain('👥 120 người dự');
    expect(await say('Cán bộ Hùng', '1')).toContain('Đã lưu buổi họp thôn Tổ dân phố Đông.');

    const today = vietnamIsoDate(new Date());
    const events = await world.db.selectFrom('events').selectAll().execute();
    expect(events).toHaveLength(1);
    const event = events[0]!;
    expect(event).toMatchObject({
      kind: 'meeting',
      status: 'held',
      title: 'Họp thôn Tổ dân phố Đông',
      village: 'Tổ dân phố Đông',
      commune_code: PHO_YEN,
      attendees_reported: 120,
      topics: ['recruitment', 'labour_export'],
      official_person_id: officialId,
      scope_region_code: '19',
      announce_at: null,
    });
    expect(event.starts_at).toEqual(new Date(`${today}T09:00:00+07:00`));
    const audit = await world.db
      .selectFrom('audit_log')
      .select(['subject_id', 'region_code'])
      .where('action', '=', 'event.meeting_recorded')
      .execute();
    expect(audit).toEqual([{ subject_id: String(event.id), region_code: '19' }]);
    expect(await world.db.selectFrom('outbox').select('id').execute()).toEqual([]);

    const period = { from: `${today.slice(0, 8)}01`, to: today };
    const commune = await computeFunnel(world.db, (await resolveScope(world.db, PHO_YEN))!, period);
    expect(commune.total).toMatchObject({ events: 1, meetingAttendees: 120 });
    const province = await computeFunnel(world.db, (await resolveScope(world.db, '19'))!, period);
    expect(province.rows.find((r) => r.code === PHO_YEN)).toMatchObject({ events: 1, meetingAttendees: 120 });
    expect(province.rows.filter((r) => r.meetingAttendees > 0).map((r) => r.code)).toEqual([PHO_YEN]);
    expect(province.total.meetingAttendees).toBe(120);
  });

  test('the effect refuses a commune outside the official’s scope', async ({ world }) => {
    const haNoi = await world.db
      .selectFrom('regions')
      .select('code')
      .where('province_code', '=', '01')
      .where('level', '=', 'commune')
      .limit(1)
      .executeTakeFirstOrThrow();
    const result = await world.db.transaction().execute((trx) =>
      recordMeeting(trx, officialId, {
        communeCode: haNoi.code,
        village: 'Thôn Một',
        startsAt: new Date(),
        attendees: 10,
        topics: ['other'],
        scopeRegionCode: '19',
      }),
    );
    expect(result).toEqual({ ok: false });
    expect(await world.db.selectFrom('events').select('id').where('commune_code', '=', haNoi.code).execute()).toEqual(
      [],
    );
  });
});
