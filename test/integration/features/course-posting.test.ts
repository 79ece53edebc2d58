import { describe, expect } from 'vitest';
import { loadEngineRecord } from '../../../src/db/dialog-states.ts';
import { vietnamWallClock } from '../../../src/kernel/time.ts';
import type { CourseDraft } from '../../../src/kernel/courses/draft.ts';
import { test, type World } from '../../harness/world.ts';

/**
 * /dangkhoahoc on real PostgreSQL through the real inbound pipeline: a provider's first course creates the provider
 * record they own, and the course is pending (source 'chat', submitted_by them) with its audit row; their next
 * course asks no name; an official posts for an existing provider (matched by name, whatever the letter case) within
 * their scope; a taken name and a commune outside the official's scope are refused with nothing written.
 */
async function provider(world: World, who: string): Promise<number> {
  const personId = await world.person(who);
  await world.db
    .insertInto('roles')
    .values({ person_id: personId, role: 'provider', region_code: null, granted_via: 'cli' })
    .execute();
  return personId;
}

/** A day about a month ahead, as typed: "dd/mm/yyyy"; and as stored. */
function monthAhead(): { typed: string; iso: string } {
  const { d, m, y } = vietnamWallClock(new Date(Date.now() + 30 * 24 * 3600_000));
  const two = (n: number) => String(n).padStart(2, '0');
  return { typed: `${d}/${m}/${y}`, iso: `${y}-${two(m)}-${two(d)}` };
}

/** From the level to the preview, for a course in Phường Phổ Yên. */
const answers = (start: string) => [
  '3',
  'Phường Phổ Yên',
  'Nhà văn hoá tổ 3',
  start,
  '3 tháng',
  '1',
  '30',
  '2,5 triệu',
  'Hỗ trợ tiền ăn',
  '3 triệu',
  '0912 345 678',
];

describe('/dangkhoahoc: posting a course for review', () => {
  test('a worker is refused politely', async ({ say }) => {
    expect(await say('Lan', '/dangkhoahoc')).toContain('dành cho cơ sở đào tạo và cán bộ');
  });

  test("a provider's first course creates their record, pending with an audit row", async ({ world, say }) => {
    const personId = await provider(world, 'Cô Hạnh');
    const start = monthAhead();
    expect(await say('Cô Hạnh', '/dangkhoahoc')).toContain('Tên cơ sở đào tạo là gì?');
    await say('Cô Hạnh', 'Trường Trung cấp nghề Thái Nguyên');
    await say('Cô Hạnh', 'May công nghiệp');
    const preview = await world.sayAll('Cô Hạnh', answers(start.typed));
    expect(preview).toContain('🎓 Khoá học nghề — Sơ cấp\nMay công nghiệp (3 tháng)');
    expect(preview).toContain('💰 Học phí: 2.500.000 đồng');
    expect(preview).toContain('1. Gửi duyệt\n2. Sửa\n3. Huỷ');
    expect(await say('Cô Hạnh', '1')).toContain('Đã gửi khoá học cho cán bộ duyệt');

    const providers = await world.db.selectFrom('providers').selectAll().execute();
    expect(providers).toMatchObject([{ name: 'Trường Trung cấp nghề Thái Nguyên', owner_person_id: personId }]);
    // Owning the record makes them a provider for the menus, whatever their roles.
    expect((await loadEngineRecord(world.db, 0, personId)).ownsProvider).toBe(true);
    const phoYen = await world.place('Phường Phổ Yên');
    const course = await world.db.selectFrom('courses').selectAll().executeTakeFirstOrThrow();
    expect(course).toMatchObject({
      provider_id: providers[0]!.id,
      title: 'May công nghiệp',
      occupation: 'garment',
      level: 'elementary',
      online: false,
      commune_code: phoYen.code,
      province_code: '19',
      address: 'Nhà văn hoá tổ 3',
      starts_on: start.iso,
      duration_days: 90,
      schedule: 'day',
      seats: 30,
      support_text: 'Hỗ trợ tiền ăn',
      priority_support: true,
      contact: '0912 345 678',
      status: 'pending',
      source: 'chat',
      submitted_by: personId,
    });
    expect(Number(course.fee_vnd)).toBe(2_500_000);
    expect(Number(course.support_amount_vnd)).toBe(3_000_000);
    const audit = await world.db
      .selectFrom('audit_log')
      .selectAll()
      .where('action', '=', 'course.submitted')
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({
      actor_person_id: personId,
      actor_label: 'provider',
      subject_type: 'course',
      subject_id: String(course.id),
      region_code: '19',
    });

    // The next course: no name asked, the same provider.
    expect(await say('Cô Hạnh', '/dangkhoahoc')).toContain('Tên khoá học là gì?');
    await say('Cô Hạnh', 'Hàn điện');
    await world.sayAll('Cô Hạnh', ['1', ...answers(start.typed)]);
    await say('Cô Hạnh', '1');
    const courses = await world.db.selectFrom('courses').select(['provider_id', 'title']).orderBy('id').execute();
    expect(courses.map((c) => c.provider_id)).toEqual([providers[0]!.id, providers[0]!.id]);
  });

  test('an official posts for a provider already known, matched by name', async ({ world, say }) => {
    const officialId = await world.official('Cán bộ Hùng', { region: '19' });
    const known = await world.db.selectFrom('providers').select('id').executeTakeFirstOrThrow();
    expect(await say('Cán bộ Hùng', '/postcourse')).toContain('cho cơ sở đào tạo nào?');
    await say('Cán bộ Hùng', 'trường trung cấp nghề thái nguyên');
    expect(await say('Cán bộ Hùng', 'Điện dân dụng')).toContain('Trình độ đào tạo là gì?');
    expect(await say('Cán bộ Hùng', '2')).toContain('Học ở xã/phường nào?');
    expect(await say('Cán bộ Hùng', 'Xã Mèo Vạc')).toContain('nằm ngoài địa bàn của bạn');
    await world.sayAll('Cán bộ Hùng', answers(monthAhead().typed).slice(1));
    expect(await say('Cán bộ Hùng', '1')).toContain('Đã gửi khoá học');
    const course = await world.db
      .selectFrom('courses')
      .selectAll()
      .where('submitted_by', '=', officialId)
      .executeTakeFirstOrThrow();
    expect(course).toMatchObject({ provider_id: known.id, level: 'intermediate', status: 'pending' });
    expect(await world.db.selectFrom('providers').select('id').execute()).toHaveLength(1);
  });

  test('a new provider typing a name already known is told, and nothing is written', async ({ world, say }) => {
    await provider(world, 'Anh Tuấn');
    const before = await world.db.selectFrom('courses').select('id').execute();
    await say('Anh Tuấn', '/dangkhoahoc');
    await say('Anh Tuấn', 'TRƯỜNG TRUNG CẤP NGHỀ THÁI NGUYÊN');
    await say('Anh Tuấn', 'May công nghiệp');
    await world.sayAll('Anh Tuấn', answers(monthAhead().typed));
    expect(await say('Anh Tuấn', '1')).toContain('đã có trên hệ thống');
    expect(await world.db.selectFrom('courses').select('id').execute()).toEqual(before);
    expect(await world.db.selectFrom('providers').select('id').execute()).toHaveLength(1);
  });

  test("the effect checks the official's scope again", async ({ world }) => {
    const officialId = await world.official('Cán bộ Lan', { region: '19' });
    const meoVac = await world.place('Xã Mèo Vạc');
    const course: CourseDraft = {
      providerName: 'Trung tâm GDNN Mèo Vạc',
      title: 'Trồng chè',
      occupation: 'agriculture',
      level: 'short',
      online: false,
      communeCode: meoVac.code,
      address: 'UBND xã',
      startsOn: monthAhead().iso,
      durationDays: 30,
      schedule: 'day',
      seats: null,
      feeVnd: 0,
      supportText: null,
      prioritySupport: false,
      supportAmountVnd: null,
      contact: null,
    };
    const [outcome] = await world.apply(officialId, [{ kind: 'submit_course', course, as: 'official' }]);
    expect(outcome?.ok).toBe(false);
    expect(
      await world.db.selectFrom('providers').select('id').where('name', '=', 'Trung tâm GDNN Mèo Vạc').execute(),
    ).toEqual([]);
  });
});
