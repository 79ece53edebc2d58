import { describe, expect } from 'vitest';
import { test, type World } from '../../harness/world.ts';

/**
 * /tincuatoi through the real chat pipeline: an employer sees only their own vacancies (newest first, status in
 * words, deadline, how many pressed "Quan tâm") and closes one after one confirmation (status 'closed', closed_at,
 * an audit entry). Someone else's vacancy is never listed, and the close effect itself refuses it (the owner is
 * checked in SQL), as it refuses a vacancy that is no longer open.
 */
const vacancyRow = ({ db }: World, id: number) =>
  db.selectFrom('vacancies').select(['status', 'closed_at']).where('id', '=', id).executeTakeFirstOrThrow();

describe('employers see and close their vacancies', () => {
  const ids: Record<string, number> = {};

  test('someone who never posted is pointed to /dangtin', async ({ world, say }) => {
    const reply = await say('Chị Mai', '/tincuatoi');
    expect(reply).toContain('Bạn chưa đăng tin tuyển dụng nào. Gõ /dangtin để đăng tin đầu tiên.');
    expect(reply).toContain('1. Đăng tin tuyển dụng');
    // "1" there opens the posting flow.
    expect(await say('Chị Mai', '1')).toContain('Tên công ty hoặc hộ kinh doanh của bạn?');
    await say('Chị Mai', '/huy');
  });

  test('lists only their own vacancies, newest first, and closes one after one confirmation', async ({
    world,
    say,
  }) => {
    const mai = await world.personOf('Chị Mai');
    const tuan = await world.person('Anh Tuấn');
    const phoYen = await world.place('Phường Phổ Yên');
    const maiCompany = await world.employer('Công ty TNHH May Mai Anh', { owner: mai });
    const tuanCompany = await world.employer('Xưởng mộc Tuấn Phát', { owner: tuan });
    const vacancy = (
      employer: number,
      title: string,
      status: 'pending' | 'approved' | 'rejected',
      day: number,
      reason: string | null = null,
    ) =>
      world.vacancy({
        employer,
        title,
        place: phoYen,
        status,
        reject_reason: reason,
        submitted_at: new Date(Date.UTC(2026, 0, day)),
        ...(status === 'pending' ? {} : { decided_at: new Date(Date.UTC(2026, 0, day + 1)) }),
      });
    ids.oldest = await vacancy(maiCompany, 'Tạp vụ', 'approved', 1);
    for (const [i, title] of ['Bảo vệ', 'Thợ hàn', 'Lái xe', 'Phụ kho'].entries())
      ids[title] = await vacancy(maiCompany, title, 'pending', 2 + i);
    ids.rejected = await vacancy(maiCompany, 'Cộng tác viên', 'rejected', 8, 'Thu phí người lao động');
    ids.newest = await vacancy(maiCompany, 'Công nhân may', 'approved', 9);
    ids.tuans = await vacancy(tuanCompany, 'Thợ mộc', 'approved', 10);
    // Three workers pressed "Quan tâm" on the newest (one later hired); one said "Không phù hợp"; one withdrew.
    const workers = await world.db
      .insertInto('people')
      .values(Array.from({ length: 5 }, () => ({ language: 'vi' as const })))
      .returning('id')
      .execute();
    const statuses = ['interested', 'introduced', 'hired', 'not_suitable', 'withdrawn'] as const;
    await world.db
      .insertInto('applications')
      .values(workers.map((w, i) => ({ vacancy_id: ids.newest!, person_id: w.id, status: statuses[i]! })))
      .execute();

    const list = await say('Chị Mai', '/tincuatoi');
    expect(list).toContain('Tin tuyển dụng của bạn (1–5 trong 7 tin):');
    expect(list).toContain('1. Công nhân may — đã duyệt, đang gửi · 📅 31/12/2099 · 3 người quan tâm');
    expect(list).toContain('2. Cộng tác viên — không được duyệt: Thu phí người lao động');
    expect(list).toContain('3. Phụ kho — chờ duyệt');
    expect(list).toContain('6. Xem thêm tin cũ hơn');
    expect(list).not.toContain('Thợ mộc');
    const more = await say('Chị Mai', '6');
    expect(more).toContain('1. Bảo vệ — chờ duyệt');
    expect(more).toContain('2. Tạp vụ — đã duyệt, đang gửi');
    expect(more).not.toContain('Thợ mộc');

    await say('Chị Mai', '/tincuatoi');
    const detail = await say('Chị Mai', '1');
    expect(detail).toContain('Trạng thái: đã duyệt, đang gửi');
    expect(detail).toContain('👥 3 người đã bấm "Quan tâm"');
    expect(detail).toContain('1. Xem người quan tâm (3)\n2. Đóng tin (ngừng tuyển)\n3. Quay lại danh sách');
    expect(await say('Chị Mai', '2')).toContain('Đóng tin "Công nhân may"?');
    expect(await say('Chị Mai', '1')).toBe(
      'Đã đóng tin "Công nhân may". Gõ /tincuatoi để xem các tin khác, 0 để về menu.',
    );

    const closed = await vacancyRow(world, ids.newest);
    expect(closed.status).toBe('closed');
    expect(closed.closed_at).toBeInstanceOf(Date);
    const audit = await world.db
      .selectFrom('audit_log')
      .select(['actor_person_id', 'actor_label', 'subject_id', 'region_code'])
      .where('action', '=', 'vacancy.closed')
      .execute();
    expect(audit).toEqual([
      {
        actor_person_id: mai,
        actor_label: 'employer',
        subject_id: String(ids.newest),
        region_code: phoYen.province_code,
      },
    ]);

    // Closed now: shown as such, with only the way back.
    expect(await say('Chị Mai', '/tincuatoi')).toContain('1. Công nhân may — đã đóng');
    const again = await say('Chị Mai', '1');
    expect(again).toContain('Trạng thái: đã đóng');
    expect(again).not.toContain('Đóng tin (ngừng tuyển)');
  });

  test("cannot close someone else's vacancy, nor one that is no longer open", async ({ world, say }) => {
    const mai = await world.personOf('Chị Mai');
    await world.apply(mai, [
      { kind: 'close_vacancy', vacancyId: ids.tuans! },
      { kind: 'close_vacancy', vacancyId: ids.rejected! },
    ]);
    expect(await vacancyRow(world, ids.tuans!)).toMatchObject({ status: 'approved', closed_at: null });
    expect(await vacancyRow(world, ids.rejected!)).toMatchObject({ status: 'rejected', closed_at: null });
    const audit = await world.db
      .selectFrom('audit_log')
      .select('subject_id')
      .where('action', '=', 'vacancy.closed')
      .execute();
    expect(audit).toEqual([{ subject_id: String(ids.newest) }]);
    // Tuấn sees his own, and closes it himself.
    await say('Anh Tuấn', '/myposts');
    await say('Anh Tuấn', '1');
    await say('Anh Tuấn', '1');
    expect(await say('Anh Tuấn', '1')).toContain('Đã đóng tin "Thợ mộc"');
    expect((await vacancyRow(world, ids.tuans!)).status).toBe('closed');
  });
});
