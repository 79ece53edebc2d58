import { describe, expect } from 'vitest';
import type { Insertable } from 'kysely';
import type { CoursesTable } from '../../../src/db/schema.ts';
import { vietnamIsoDate } from '../../../src/kernel/time.ts';
import { test } from '../../harness/world.ts';

/**
 * /hocnghe on PostgreSQL through the chat pipeline: approved courses not yet started, in the person's commune first,
 * then their province, then online, then other provinces only for someone who would go that far; soonest first
 * within each; a trade typed with the command or in words narrows the list; five at a time with "Xem thêm"; a person
 * without a profile gives their commune first.
 */
const inDays = (days: number): string => vietnamIsoDate(new Date(Date.now() + days * 86_400_000));

describe('/hocnghe', () => {
  test.beforeAll(async ({ world }) => {
    const phoYen = await world.place('Phường Phổ Yên');
    const elsewhere = await world.communeIn(phoYen.province_code, phoYen.code);
    const haNoi = await world.communeIn('01');
    const provider = await world.db
      .insertInto('providers')
      .values({ name: 'Trung tâm GDNN Phổ Yên' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const course = (title: string, values: Partial<Insertable<CoursesTable>>) =>
      world.db
        .insertInto('courses')
        .values({
          provider_id: provider.id,
          title,
          occupation: 'garment',
          level: 'short',
          commune_code: phoYen.code,
          province_code: phoYen.province_code,
          starts_on: inDays(10),
          duration_days: 30,
          status: 'approved',
          ...values,
        })
        .execute();
    await course('Hàn ở tỉnh', {
      occupation: 'mechanic_welding',
      commune_code: elsewhere.code,
      starts_on: inDays(5),
    });
    await course('May ở xã, muộn', { starts_on: inDays(20) });
    await course('May ở xã, sớm', { starts_on: inDays(8) });
    await course('May trực tuyến', { online: true, commune_code: null, province_code: null, starts_on: inDays(3) });
    await course('May ở Hà Nội', {
      commune_code: haNoi.code,
      province_code: haNoi.province_code,
      starts_on: inDays(2),
    });
    await course('May đã khai giảng', { starts_on: inDays(0) });
    await course('May chờ duyệt', { status: 'pending' });
  });

  test('nearest first, soonest within each; other provinces only within reach; none started or pending', async ({
    world,
    say,
  }) => {
    await world.worker('Lan', { commune: await world.place('Phường Phổ Yên') });
    const list = await say('Lan', '/hocnghe');
    const titles = list
      .split('\n')
      .filter((line) => /^\d+\. /.test(line))
      .map((line) => line.replace(/^\d+\. /, '').split(' — ')[0]);
    expect(titles).toEqual(['May ở xã, sớm', 'May ở xã, muộn', 'Hàn ở tỉnh', 'May trực tuyến']);

    await world.worker('Xa', { commune: await world.place('Phường Phổ Yên'), reach: 'country' });
    const wide = await say('Xa', '/hocnghe');
    expect(wide).toContain('Có 5 khoá học nghề');
    expect(wide).toContain('May ở Hà Nội');
  });

  test('a trade: "/hocnghe han" and "học nghề hàn" narrow the list', async ({ world, say }) => {
    for (const [who, words] of [
      ['Hùng', '/hocnghe han'],
      ['Dũng', 'muốn học nghề hàn'],
    ] as const) {
      await world.worker(who, { commune: await world.place('Phường Phổ Yên') });
      const list = await say(who, words);
      expect(list, words).toContain('Có 1 khoá học');
      expect(list, words).toContain('Hàn ở tỉnh');
      expect(list, words).not.toContain('May ở xã');
    }
  });

  test('without a profile: their commune, then the list; a course opens as the card', async ({ world, say }) => {
    expect(await say('Khách', '/hocnghe')).toContain('Bạn ở xã/phường nào?');
    const list = await say('Khách', 'Phường Phổ Yên');
    expect(list).toContain('May ở xã, sớm');
    const card = await say('Khách', '1');
    expect(card).toContain('🎓 Khoá học nghề — Dưới 3 tháng');
    expect(card).toContain('1. Đăng ký học');
    expect(card).toContain('4. Quay lại danh sách');
    expect(await say('Khách', '4')).toContain('May ở xã, sớm');
  });
});
