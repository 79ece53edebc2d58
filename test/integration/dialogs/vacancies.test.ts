import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../../src/db/connect.ts';
import { migrateToLatest } from '../../../src/db/migrate.ts';
import { seedReferenceData } from '../../../src/db/reference-data.ts';
import { applyEffects } from '../../../src/dialogs/engine/effects.ts';
import { startChatPipeline, type ChatPipeline } from '../../harness/chat-pipeline.ts';
import { backends } from '../../harness/databases.ts';

/**
 * /tincuatoi through the real chat pipeline, on PostgreSQL and PGlite: an employer sees only their own vacancies
 * (newest first, status in words, deadline, how many pressed "Quan tâm") and closes one after one confirmation
 * (status 'closed', closed_at, an audit entry). Someone else's vacancy is never listed, and the close effect itself
 * refuses it (the owner is checked in SQL), as it refuses a vacancy that is no longer open.
 */
describe.each(backends)('employers see and close their vacancies, on $name', (backend) => {
  let cleanup: () => Promise<void>;
  let handle: DatabaseHandle;
  let chat: ChatPipeline;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    ({ handle, cleanup } = await backend.open());
    await migrateToLatest(handle.db);
    await seedReferenceData(handle.db);
    chat = startChatPipeline(handle.db, { floodLimit: 10_000 });
  });
  afterAll(async () => {
    chat.close();
    await cleanup();
  });

  const say = async (user: string, text: string) => (await chat.say(user, text)).join('\n---\n');
  const personOf = async (user: string): Promise<number> => {
    const chatId = chat.simulator.receive({ user, text: 'x' })[0]!.chatId;
    const row = await handle.db.selectFrom('channel_identities').select('person_id').where('chat_id', '=', chatId).executeTakeFirstOrThrow();
    return row.person_id!;
  };
  const vacancyRow = (id: number) => handle.db.selectFrom('vacancies').select(['status', 'closed_at']).where('id', '=', id).executeTakeFirstOrThrow();

  it('someone who never posted is pointed to /dangtin', async () => {
    const reply = await say('Chị Mai', '/tincuatoi');
    expect(reply).toContain('Bạn chưa đăng tin tuyển dụng nào. Gõ /dangtin để đăng tin đầu tiên.');
    expect(reply).toContain('1. Đăng tin tuyển dụng');
    // "1" there opens the posting flow.
    expect(await say('Chị Mai', '1')).toContain('Tên công ty hoặc hộ kinh doanh của bạn?');
    await say('Chị Mai', '/huy');
  });

  it('lists only their own vacancies, newest first, and closes one after one confirmation', async () => {
    const mai = await personOf('Chị Mai');
    await say('Anh Tuấn', '/start');
    const tuan = await personOf('Anh Tuấn');
    const phoYen = await handle.db.selectFrom('regions').select(['code', 'province_code']).where('name', '=', 'Phường Phổ Yên').executeTakeFirstOrThrow();
    const employer = async (owner: number, name: string) =>
      (await handle.db.insertInto('employers').values({ owner_person_id: owner, name }).returning('id').executeTakeFirstOrThrow()).id;
    const maiCompany = await employer(mai, 'Công ty TNHH May Mai Anh');
    const tuanCompany = await employer(tuan, 'Xưởng mộc Tuấn Phát');
    const vacancy = async (employerId: number, title: string, status: 'pending' | 'approved' | 'rejected', day: number, reason: string | null = null) =>
      (
        await handle.db
          .insertInto('vacancies')
          .values({
            employer_id: employerId, title, occupation: 'garment', commune_code: phoYen.code, province_code: phoYen.province_code, headcount: 10,
            wage_raw: '7-9 triệu/tháng', deadline: '2099-12-31', contact: '0208 3850 123', scam_reasons: JSON.stringify([]), status, reject_reason: reason,
            submitted_at: new Date(Date.UTC(2026, 0, day)), ...(status === 'pending' ? {} : { decided_at: new Date(Date.UTC(2026, 0, day + 1)) }),
          })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    ids.oldest = await vacancy(maiCompany, 'Tạp vụ', 'approved', 1);
    for (const [i, title] of ['Bảo vệ', 'Thợ hàn', 'Lái xe', 'Phụ kho'].entries()) ids[title] = await vacancy(maiCompany, title, 'pending', 2 + i);
    ids.rejected = await vacancy(maiCompany, 'Cộng tác viên', 'rejected', 8, 'Thu phí người lao động');
    ids.newest = await vacancy(maiCompany, 'Công nhân may', 'approved', 9);
    ids.tuans = await vacancy(tuanCompany, 'Thợ mộc', 'approved', 10);
    // Three workers pressed "Quan tâm" on the newest (one later hired); one said "Không phù hợp"; one withdrew.
    const workers = await handle.db.insertInto('people').values(Array.from({ length: 5 }, () => ({ language: 'vi' as const }))).returning('id').execute();
    const statuses = ['interested', 'introduced', 'hired', 'not_suitable', 'withdrawn'] as const;
    await handle.db
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
    expect(await say('Chị Mai', '1')).toBe('Đã đóng tin "Công nhân may". Gõ /tincuatoi để xem các tin khác, 0 để về menu.');

    const closed = await vacancyRow(ids.newest);
    expect(closed.status).toBe('closed');
    expect(closed.closed_at).toBeInstanceOf(Date);
    const audit = await handle.db.selectFrom('audit_log').select(['actor_person_id', 'actor_label', 'subject_id', 'region_code']).where('action', '=', 'vacancy.closed').execute();
    expect(audit).toEqual([{ actor_person_id: mai, actor_label: 'employer', subject_id: String(ids.newest), region_code: phoYen.province_code }]);

    // Closed now: shown as such, with only the way back.
    expect(await say('Chị Mai', '/tincuatoi')).toContain('1. Công nhân may — đã đóng');
    const again = await say('Chị Mai', '1');
    expect(again).toContain('Trạng thái: đã đóng');
    expect(again).not.toContain('Đóng tin (ngừng tuyển)');
  });

  it("cannot close someone else's vacancy, nor one that is no longer open", async () => {
    const mai = await personOf('Chị Mai');
    await handle.db.transaction().execute((trx) =>
      applyEffects(trx, mai, 'simulator', [
        { kind: 'close_vacancy', vacancyId: ids.tuans! },
        { kind: 'close_vacancy', vacancyId: ids.rejected! },
      ]),
    );
    expect(await vacancyRow(ids.tuans!)).toMatchObject({ status: 'approved', closed_at: null });
    expect(await vacancyRow(ids.rejected!)).toMatchObject({ status: 'rejected', closed_at: null });
    const audit = await handle.db.selectFrom('audit_log').select('subject_id').where('action', '=', 'vacancy.closed').execute();
    expect(audit).toEqual([{ subject_id: String(ids.newest) }]);
    // Tuấn sees his own, and closes it himself.
    await say('Anh Tuấn', '/myposts');
    await say('Anh Tuấn', '1');
    await say('Anh Tuấn', '1');
    expect(await say('Anh Tuấn', '1')).toContain('Đã đóng tin "Thợ mộc"');
    expect((await vacancyRow(ids.tuans!)).status).toBe('closed');
  });
});
