import { describe, expect } from 'vitest';
import { test, type World } from '../../harness/world.ts';

/**
 * /duyet: an official of Thái Nguyên (19) sees and decides only the vacancies of 19; approving takes 2 messages and
 * hands the vacancy to the fan-out through the outbox; a worker is refused. (Verifying an employer from the same
 * card: verify-employer.test.ts.)
 */
const status = async ({ db }: World, id: number) =>
  await db
    .selectFrom('vacancies')
    .select(['status', 'reject_reason', 'decided_by'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();

describe('officials moderate pending vacancies within their scope', () => {
  const ids: Record<string, number> = {};

  test.beforeAll(async ({ world }) => {
    const employer = await world.employer('Công ty TNHH May Phổ Yên');
    const phoYen = await world.place('Phường Phổ Yên');
    const haNoi = await world.communeIn('01');
    const vacancy = (title: string, place: typeof phoYen, reasons: unknown[] = []) =>
      world.vacancy({
        employer,
        title,
        place,
        status: 'pending',
        deadline: '2026-12-31',
        scam_reasons: JSON.stringify(reasons),
      });
    ids.honest = await vacancy('Công nhân may', phoYen);
    ids.scam = await vacancy('CTV chốt đơn online', phoYen, [{ code: 'asks_money', evidence: 'đặt cọc 300k' }]);
    ids.elsewhere = await vacancy('Phụ bếp', haNoi);
  });

  test('a worker typing /duyet or /thongke is refused politely, and sees nothing', async ({ world }) => {
    const [reply] = await world.replies('Lan', '/duyet');
    expect(reply).toContain('dành cho cán bộ');
    expect(reply).not.toContain('Công nhân may');
    expect(await world.replies('Lan', '/thongke')).toEqual([expect.stringContaining('dành cho cán bộ')]);
  });

  test('an official of 19 approves in 2 messages, rejects with a reason, and never sees another province', async ({
    world,
  }) => {
    const official = await world.official('Cán bộ Hùng', { region: '19' });

    const [first] = await world.replies('Cán bộ Hùng', '/duyet');
    expect(first).toContain('Tin chờ duyệt (1/2) — Công ty TNHH May Phổ Yên, chưa xác minh');
    expect(first).toContain('Công nhân may');
    expect(first).toMatch(/1\. Duyệt\n2\. Từ chối\n3\. Bỏ qua/);

    const [approved, second] = await world.replies('Cán bộ Hùng', '1');
    expect(approved).toBe('Đã duyệt: Công nhân may.');
    expect(await status(world, ids.honest!)).toMatchObject({ status: 'approved', decided_by: official });
    const outbox = await world.db.selectFrom('outbox').select(['queue', 'job_name', 'payload']).execute();
    expect(outbox).toEqual([{ queue: 'fanout', job_name: 'vacancy.approved', payload: { vacancyId: ids.honest } }]);

    expect(second).toContain('Tin chờ duyệt (1/1)');
    expect(second).toContain('⚠️ Dấu hiệu rủi ro: yêu cầu nộp tiền ("đặt cọc 300k")');
    expect((await world.replies('Cán bộ Hùng', '2'))[0]).toContain('Lý do từ chối');
    const [rejected, finished] = await world.replies('Cán bộ Hùng', '1');
    expect(rejected).toBe('Đã từ chối: CTV chốt đơn online.');
    expect(finished).toContain('Hết tin chờ duyệt');
    expect(await status(world, ids.scam!)).toMatchObject({
      status: 'rejected',
      reject_reason: 'Thu phí người lao động',
    });

    expect(await status(world, ids.elsewhere!)).toMatchObject({ status: 'pending', decided_by: null });
    expect((await world.replies('Cán bộ Hùng', '/duyet'))[0]).toContain('Không có tin nào chờ duyệt');
    const [stats] = await world.replies('Cán bộ Hùng', '/thongke');
    expect(stats).toContain('📊 Số liệu địa bàn Thái Nguyên');
    expect(stats).toContain('Tin được duyệt: 1, cần tuyển 10 người');
    expect(stats).toContain('Tin đang chờ duyệt: 0'); // the Hà Nội one is not counted
    expect(stats).toContain('Người đăng ký mới: 0 (tổng đến cuối kỳ: 0)');
    const audit = await world.db
      .selectFrom('audit_log')
      .select(['action', 'region_code'])
      .where('action', 'like', 'vacancy.%')
      .orderBy('id')
      .execute();
    expect(audit).toEqual([
      { action: 'vacancy.approved', region_code: '19' },
      { action: 'vacancy.rejected', region_code: '19' },
    ]);
  });
});
