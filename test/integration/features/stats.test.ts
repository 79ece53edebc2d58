import { describe, expect } from 'vitest';
import { formatDeadlineVi } from '../../../src/kernel/deadline.ts';
import { lastMonth, thisMonth } from '../../../src/kernel/periods.ts';
import { test as worldTest } from '../../harness/world.ts';

/**
 * /thongke periods through the real chat pipeline, over a seeded set placed around the real month boundaries (the
 * engine reads the clock): the funnel (src/reporting/funnel.ts) — registrations and the
 * workers at the period's end, vacancies approved with their headcount, workers interested and introduced (from
 * the application events) — per period in Vietnam time (a row at 00:00 on the 1st in Vietnam is this month's, one
 * a second earlier last month's), only within the official's scope; people counts under 5 read "dưới 5".
 */
const VN = 7 * 3600_000;
/** An instant `days` days and `hours` hours after the Vietnam midnight that starts the ISO day. */
const at = (isoDay: string, days: number, hours = 0): Date =>
  new Date(Date.parse(`${isoDay}T00:00:00Z`) - VN + days * 86_400_000 + hours * 3600_000);

/** `hung(text)`: what Cán bộ Hùng, an official of Thái Nguyên (19), is answered. */
const test = worldTest.extend(
  'hung',
  { scope: 'file' },
  ({ say }) =>
    (text: string) =>
      say('Cán bộ Hùng', text),
);

describe('/thongke periods', () => {
  const now = new Date();
  const month = thisMonth(now);
  const previous = lastMonth(now);
  const sameYear = previous.from.slice(0, 4) === month.from.slice(0, 4);

  test.beforeAll(async ({ world }) => {
    const db = world.db;
    const phoYen = await world.place('Phường Phổ Yên');
    const haNoi = await world.communeIn('01');
    const workers = async (
      n: number,
      region: { code: string; province_code: string },
      createdAt: Date,
      status: 'active' | 'stopped' = 'active',
    ) => {
      const people = await db
        .insertInto('people')
        .values(
          Array.from({ length: n }, () => ({ status, ...(status === 'stopped' ? { stopped_at: createdAt } : {}) })),
        )
        .returning('id')
        .execute();
      await db
        .insertInto('worker_profiles')
        .values(
          people.map((p) => ({
            person_id: p.id,
            commune_code: region.code,
            province_code: region.province_code,
            occupations: ['garment'],
            reach: 'province' as const,
            frequency: 'instant' as const,
            created_at: createdAt,
          })),
        )
        .execute();
      return people.map((p) => p.id);
    };
    // Thái Nguyên (19): this month 4 + 1 at 00:00 on the 1st; last month 4 + 1 stopped since + 1 at 23:59:59 before the
    // 1st; 2 in 2024.
    const thisMonthWorkers = [
      ...(await workers(4, phoYen, at(month.from, 2, 10))),
      ...(await workers(1, phoYen, at(month.from, 0))),
    ];
    await workers(4, phoYen, at(previous.from, 2, 10));
    await workers(1, phoYen, at(previous.from, 3), 'stopped');
    await workers(1, phoYen, new Date(at(month.from, 0).getTime() - 1000));
    const oldWorkers = await workers(2, phoYen, at('2024-03-15', 0, 9));
    // Hà Nội: 7 this month, never in Thái Nguyên's figures.
    const haNoiWorkers = await workers(7, haNoi, at(month.from, 2, 10));

    const employer = await world.employer('Công ty TNHH May Phổ Yên');
    const vacancy = (
      region: { code: string; province_code: string },
      status: 'pending' | 'approved' | 'rejected' | 'closed',
      headcount: number,
      decidedAt: Date | null,
    ) => world.vacancy({ employer, title: 'Công nhân may', place: region, status, headcount, decided_at: decidedAt });
    // Approved this month: 10 + 20 people (the second since closed); last month: 5; rejected and pending do not count.
    const open = await vacancy(phoYen, 'approved', 10, at(month.from, 1, 9));
    const since = await vacancy(phoYen, 'closed', 20, at(month.from, 0, 1));
    await vacancy(phoYen, 'approved', 5, at(previous.from, 5));
    await vacancy(phoYen, 'rejected', 50, at(month.from, 1));
    await vacancy(phoYen, 'pending', 70, null);
    await vacancy(haNoi, 'approved', 100, at(month.from, 1));
    // Interested this month: 5 Thái Nguyên workers (one in two vacancies, counted once); a worker who said "not
    // suitable", and a Hà Nội worker interested in a Thái Nguyên vacancy, do not count.
    const apply = async (vacancyId: number, personId: number, status: 'interested' | 'introduced' | 'not_suitable') => {
      const when = at(month.from, 2, 12);
      const { id } = await db
        .insertInto('applications')
        .values({ vacancy_id: vacancyId, person_id: personId, status, created_at: when })
        .returning('id')
        .executeTakeFirstOrThrow();
      const steps = status === 'introduced' ? (['interested', 'introduced'] as const) : ([status] as const);
      for (const step of steps) {
        await db
          .insertInto('application_events')
          .values({
            application_id: id,
            status: step,
            actor_role: step === 'introduced' ? 'official' : 'worker',
            at: when,
          })
          .execute();
      }
    };
    for (const [i, person] of thisMonthWorkers.entries())
      await apply(open, person, i === 0 ? 'introduced' : 'interested');
    await apply(since, thisMonthWorkers[0]!, 'interested');
    await apply(since, oldWorkers[0]!, 'not_suitable');
    await apply(open, haNoiWorkers[0]!, 'interested');

    await world.official('Cán bộ Hùng', { region: '19' });
    await world.official('Cán bộ Hà', { region: haNoi.code });
  });

  const monthLabel = (iso: string) => `tháng ${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

  test('a worker is refused politely', async ({ world }) => {
    expect(await world.replies('Lan', '/thongke')).toEqual([expect.stringContaining('dành cho cán bộ')]);
  });

  test('"/thongke" shows the funnel of this month, in the official\'s province only', async ({ hung }) => {
    const text = await hung('/thongke');
    expect(text).toContain(`📊 Số liệu địa bàn Thái Nguyên, ${monthLabel(month.from)}:`);
    // 5 new this month; at its end 13 Thái Nguyên workers (the stopped one too), none of Hà Nội's 7.
    expect(text).toContain('Người đăng ký mới: 5 (tổng đến cuối kỳ: 13)\n');
    expect(text).toContain('Được tư vấn: 5\n');
    expect(text).toContain('Người bấm "Quan tâm": 5\n');
    expect(text).toContain('Được giới thiệu việc làm: dưới 5\n');
    expect(text).toContain('Kết nối thành công: 0\n');
    expect(text).toContain('Tin được duyệt: 2, cần tuyển 30 người');
    expect(text).toContain('Thông báo đã phát: 0, tới 0 lượt người nhận');
    expect(text).toContain('Tin đang chờ duyệt: 1');
    expect(text).toMatch(/1\. Tháng này\n2\. Tháng trước\n3\. Năm nay\n4\. Chọn khoảng ngày/);
  });

  test('2: last month, the second before the 1st included', async ({ hung }) => {
    const text = await hung('2');
    expect(text).toContain(`📊 Số liệu địa bàn Thái Nguyên, ${monthLabel(previous.from)}:`);
    expect(text).toContain('Người đăng ký mới: 6 (tổng đến cuối kỳ: 8)\n');
    expect(text).toContain('Tin được duyệt: 1, cần tuyển 5 người');
    expect(text).toContain('Người bấm "Quan tâm": 0');
  });

  test('3: this year', async ({ hung }) => {
    const text = await hung('3');
    expect(text).toContain(`năm ${month.from.slice(0, 4)}:`);
    expect(text).toContain(
      sameYear ? 'Người đăng ký mới: 11 (tổng đến cuối kỳ: 13)\n' : 'Người đăng ký mới: 5 (tổng đến cuối kỳ: 13)\n',
    );
    expect(text).toContain(
      sameYear ? 'Tin được duyệt: 3, cần tuyển 35 người' : 'Tin được duyệt: 2, cần tuyển 30 người',
    );
  });

  test('4 and a range of days: from the 1st of last month to the 1st of this month', async ({ hung }) => {
    expect(await hung('4')).toContain('ví dụ: 01/01/2026 - 31/03/2026');
    const text = await hung(`${formatDeadlineVi(previous.from)} - ${formatDeadlineVi(month.from)}`);
    expect(text).toContain(`từ ${formatDeadlineVi(previous.from)} đến ${formatDeadlineVi(month.from)}:`);
    expect(text).toContain('Người đăng ký mới: 7 (tổng đến cuối kỳ: 9)\n'); // last month's 6 and the one at 00:00 on the 1st
    expect(text).toContain('Tin được duyệt: 2, cần tuyển 25 người'); // last month's, and the one closed since (01:00 on the 1st)
  });

  test('"/thongke 2024" and "/thongke thang truoc": typed periods; small counts read "dưới 5"', async ({ hung }) => {
    const year = await hung('/thongke 2024');
    expect(year).toContain('📊 Số liệu địa bàn Thái Nguyên, năm 2024:');
    expect(year).toContain('Người đăng ký mới: dưới 5 (tổng đến cuối kỳ: dưới 5)');
    expect(year).toContain('Tin được duyệt: 0, cần tuyển 0 người');
    expect(await hung('/thongke thang truoc')).toContain(`${monthLabel(previous.from)}:\nNgười đăng ký mới: 6`);
  });

  test('an official of one commune sees that commune only', async ({ world }) => {
    const text = (await world.replies('Cán bộ Hà', '/thongke')).join('\n');
    expect(text).toContain('Người đăng ký mới: 7 (tổng đến cuối kỳ: 7)');
    expect(text).toContain('Người bấm "Quan tâm": dưới 5'); // the Hà Nội worker interested in a Thái Nguyên vacancy
    expect(text).toContain('Tin được duyệt: 1, cần tuyển 100 người');
    expect(text).toContain('Tin đang chờ duyệt: 0');
    await world.replies('Cán bộ Hà', '0');
  });

  test('words that are not a period are asked again with an example; 0 leaves', async ({ world, hung }) => {
    await hung('/thongke');
    expect(await hung('hom qua')).toContain('ví dụ: thang truoc, 2026, 01/01/2026 - 31/03/2026');
    expect(await hung('0')).toContain('Xin chào');
    const state = await world.db.selectFrom('dialog_states').select('flow').execute();
    expect(state.filter((s) => s.flow === 'stats')).toEqual([]);
  });
});
