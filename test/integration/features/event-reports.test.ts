import { describe, expect } from 'vitest';
import { test } from '../../harness/world.ts';

/**
 * /phien through the real chat pipeline: an official of Thái Nguyên picks an event of their province (a fair two
 * days ago with one employer, 6 registered, 5 checked in, 2 hired; a village meeting with 120 attendees) and gets
 * its report; an official of Sơn La sees none of them; a worker is refused.
 */
describe('/phien: an event’s report in chat', () => {
  const DAY = 86_400_000;

  test.beforeAll(async ({ world }) => {
    const db = world.db;
    await world.official('Cán bộ Hùng', { region: '19' });
    await world.official('Cán bộ Sơn', { region: '14' });
    const phoYen = await world.place('Phường Phổ Yên');
    const employer = await world.employer('Công ty May Phổ Yên');
    const { id: vacancyId } = await db
      .insertInto('vacancies')
      .values({
        employer_id: employer,
        title: 'Công nhân may',
        occupation: 'garment',
        commune_code: phoYen.code,
        province_code: phoYen.province_code,
        headcount: 30,
        wage_raw: '8 triệu',
        deadline: '2099-12-31',
        contact: '0912 345 678',
        status: 'approved',
        scam_reasons: '[]',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const { id: fairId } = await db
      .insertInto('events')
      .values({
        kind: 'fair',
        title: 'Phiên việc làm Phổ Yên',
        starts_at: new Date(Date.now() - 2 * DAY),
        commune_code: phoYen.code,
        scope_region_code: '19',
        status: 'announced',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db
      .insertInto('events')
      .values({
        kind: 'meeting',
        title: 'Họp thôn Nà Mẩy',
        starts_at: new Date(Date.now() - 5 * DAY),
        commune_code: phoYen.code,
        scope_region_code: '19',
        status: 'held',
        village: 'Nà Mẩy',
        attendees_reported: 120,
      })
      .execute();
    await db.insertInto('event_employers').values({ event_id: fairId, employer_id: employer }).execute();
    await db.insertInto('event_vacancies').values({ event_id: fairId, vacancy_id: vacancyId }).execute();
    for (let i = 0; i < 6; i++) {
      const personId = await world.worker(`Người ${i}`, { commune: phoYen });
      await db
        .insertInto('event_registrations')
        .values({
          event_id: fairId,
          person_id: personId,
          ticket_code: `AB${10 + i}`,
          status: i < 5 ? 'attended' : 'registered',
          via: 'announcement',
        })
        .execute();
      if (i >= 2) continue;
      const { id } = await db
        .insertInto('applications')
        .values({ person_id: personId, vacancy_id: vacancyId, status: 'hired', event_id: fairId })
        .returning('id')
        .executeTakeFirstOrThrow();
      await db
        .insertInto('application_events')
        .values({ application_id: id, status: 'hired', actor_role: 'employer' })
        .execute();
    }
  });

  test('an official picks an event of their area and reads its report in five lines', async ({ say }) => {
    const list = await say('Cán bộ Hùng', '/phien');
    expect(list).toContain('Bạn xem báo cáo phiên nào?');
    expect(list).toMatch(/1\. \d\d\/\d\d Phiên việc làm Phổ Yên/);
    expect(list).toMatch(/2\. \d\d\/\d\d Họp thôn Nà Mẩy/);
    const report = await say('Cán bộ Hùng', '1');
    const lines = report.split('\n');
    expect(lines).toHaveLength(5);
    expect(lines[0]).toMatch(/^📋 Phiên việc làm Phổ Yên, \d\d\/\d\d\/\d{4} \d\d:\d\d, Phường Phổ Yên$/);
    expect(lines.slice(1)).toEqual([
      'Nhà tuyển dụng: 1, vị trí: 1, chỉ tiêu: 30',
      'Đăng ký: 6, có mặt: 5',
      'Phỏng vấn: 2, được mời làm: 2, được tuyển: 2',
      'Nhóm ưu tiên: chưa có ai khai.',
    ]);
    await say('Cán bộ Hùng', '/phien');
    expect(await say('Cán bộ Hùng', 'xem phien nao')).toContain('Mình chưa rõ bạn chọn phiên nào.');
    expect(await say('Cán bộ Hùng', '2')).toContain('Đăng ký: 0, có mặt: 120');
  });

  test('an official of another province sees none; a worker is refused', async ({ say }) => {
    expect(await say('Cán bộ Sơn', '/phien')).toContain('Chưa có phiên việc làm');
    expect(await say('Người 0', '/phien')).toContain('dành cho cán bộ');
  });
});
