import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../../../src/db/connect.ts';
import { migrateToLatest } from '../../../src/db/migrate.ts';
import { seedReferenceData } from '../../../src/db/reference-data.ts';
import { applyEffects } from '../../../src/dialogs/engine/effects.ts';
import { startChatPipeline, type ChatPipeline } from '../../harness/chat-pipeline.ts';
import { backends } from '../../harness/databases.ts';
import { createTestDatabase } from '../../harness/postgres.ts';

/**
 * /duyet with real PostgreSQL: an official of Thái Nguyên (19) sees and decides only the vacancies of 19;
 * approving takes 2 messages and hands the vacancy to the fan-out through the outbox; a worker is refused.
 */

describe('officials moderate pending vacancies within their scope', () => {
  let database: { url: string; drop: () => Promise<void> };
  let handle: DatabaseHandle;
  let chat: ChatPipeline;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    database = await createTestDatabase(inject('postgresUrl'), 'review');
    handle = await openDatabase({ databaseUrl: database.url, dataDir: '/tmp' });
    await migrateToLatest(handle.db);
    await seedReferenceData(handle.db);
    chat = startChatPipeline(handle.db);
    const employer = await handle.db.insertInto('employers').values({ name: 'Công ty TNHH May Phổ Yên' }).returning('id').executeTakeFirstOrThrow();
    const vacancy = (title: string, commune: string, province: string, reasons: unknown[] = []) =>
      handle.db
        .insertInto('vacancies')
        .values({
          employer_id: employer.id, title, occupation: 'garment', commune_code: commune, province_code: province, headcount: 10,
          wage_raw: '7-9 triệu/tháng', deadline: '2026-12-31', contact: '0208 3850 123', scam_reasons: JSON.stringify(reasons),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
    const phoYen = await handle.db.selectFrom('regions').select(['code', 'province_code']).where('name', '=', 'Phường Phổ Yên').executeTakeFirstOrThrow();
    const haNoi = await handle.db.selectFrom('regions').select(['code', 'province_code']).where('province_code', '=', '01').where('level', '=', 'commune').limit(1).executeTakeFirstOrThrow();
    ids.honest = (await vacancy('Công nhân may', phoYen.code, phoYen.province_code)).id;
    ids.scam = (await vacancy('CTV chốt đơn online', phoYen.code, phoYen.province_code, [{ code: 'asks_money', evidence: 'đặt cọc 300k' }])).id;
    ids.elsewhere = (await vacancy('Phụ bếp', haNoi.code, haNoi.province_code)).id;
  });
  afterAll(async () => {
    chat.close();
    await handle.close();
    await database.drop();
  });

  const say = (user: string, text: string) => chat.say(user, text);
  const status = async (id: number) => (await handle.db.selectFrom('vacancies').select(['status', 'reject_reason', 'decided_by']).where('id', '=', id).executeTakeFirstOrThrow());

  it('a worker typing /duyet or /thongke is refused politely, and sees nothing', async () => {
    const [reply] = await say('Lan', '/duyet');
    expect(reply).toContain('dành cho cán bộ');
    expect(reply).not.toContain('Công nhân may');
    expect(await say('Lan', '/thongke')).toEqual([expect.stringContaining('dành cho cán bộ')]);
  });

  it('an official of 19 approves in 2 messages, rejects with a reason, and never sees another province', async () => {
    await say('Cán bộ Hùng', '/start');
    const official = await handle.db.selectFrom('channel_identities').select('person_id').where('chat_id', '=', 'sim-can-bo-hung').executeTakeFirstOrThrow();
    await handle.db.insertInto('roles').values({ person_id: official.person_id!, role: 'official', region_code: '19', granted_via: 'cli' }).execute();

    const [first] = await say('Cán bộ Hùng', '/duyet');
    expect(first).toContain('Tin chờ duyệt (1/2) — Công ty TNHH May Phổ Yên, chưa xác minh');
    expect(first).toContain('Công nhân may');
    expect(first).toMatch(/1\. Duyệt\n2\. Từ chối\n3\. Bỏ qua/);

    const [approved, second] = await say('Cán bộ Hùng', '1');
    expect(approved).toBe('Đã duyệt: Công nhân may.');
    expect(await status(ids.honest!)).toMatchObject({ status: 'approved', decided_by: official.person_id });
    const outbox = await handle.db.selectFrom('outbox').select(['queue', 'job_name', 'payload']).execute();
    expect(outbox).toEqual([{ queue: 'fanout', job_name: 'vacancy.approved', payload: { vacancyId: ids.honest } }]);

    expect(second).toContain('Tin chờ duyệt (1/1)');
    expect(second).toContain('⚠️ Dấu hiệu rủi ro: yêu cầu nộp tiền ("đặt cọc 300k")');
    expect((await say('Cán bộ Hùng', '2'))[0]).toContain('Lý do từ chối');
    const [rejected, finished] = await say('Cán bộ Hùng', '1');
    expect(rejected).toBe('Đã từ chối: CTV chốt đơn online.');
    expect(finished).toContain('Hết tin chờ duyệt');
    expect(await status(ids.scam!)).toMatchObject({ status: 'rejected', reject_reason: 'Thu phí người lao động' });

    expect(await status(ids.elsewhere!)).toMatchObject({ status: 'pending', decided_by: null });
    expect((await say('Cán bộ Hùng', '/duyet'))[0]).toContain('Không có tin nào chờ duyệt');
    const [stats] = await say('Cán bộ Hùng', '/thongke');
    expect(stats).toContain('📊 Số liệu địa bàn Thái Nguyên');
    expect(stats).toContain('Tin được duyệt: 1, cần tuyển 10 người');
    expect(stats).toContain('Tin đang chờ duyệt: 0'); // the Hà Nội one is not counted
    expect(stats).toContain('Người đăng ký mới: 0 (tổng đến cuối kỳ: 0)');
    const audit = await handle.db.selectFrom('audit_log').select(['action', 'region_code']).where('action', 'like', 'vacancy.%').orderBy('id').execute();
    expect(audit).toEqual([{ action: 'vacancy.approved', region_code: '19' }, { action: 'vacancy.rejected', region_code: '19' }]);
  });
});

/**
 * Verifying an employer from the /duyet card, on PostgreSQL and PGlite: the official of Thái Nguyên (19) verifies
 * the employer of a vacancy in 19 (verified_at/verified_by, an audit entry, a notice to its owner) and sees the same
 * card marked verified, then approves with 1; the employer of a vacancy in Hà Nội stays unverified even when the
 * effect is asked for directly (the scope is checked in SQL).
 */
describe.each(backends)('officials verify employers within their scope, on $name', (backend) => {
  let cleanup: () => Promise<void>;
  let handle: DatabaseHandle;
  let chat: ChatPipeline;

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

  const personOf = async (user: string): Promise<number> => {
    await chat.say(user, '/start');
    const chatId = chat.simulator.receive({ user, text: 'x' })[0]!.chatId;
    return (await handle.db.selectFrom('channel_identities').select('person_id').where('chat_id', '=', chatId).executeTakeFirstOrThrow()).person_id!;
  };

  it('verifies within scope, shows the card again marked verified, tells the owner; never outside the scope', async () => {
    const official = await personOf('Cán bộ Lan');
    await handle.db.insertInto('roles').values({ person_id: official, role: 'official', region_code: '19', granted_via: 'cli' }).execute();
    const owner = await personOf('Chị Hạnh');
    const otherOwner = await personOf('Anh Bình');
    const local = await handle.db.insertInto('employers').values({ name: 'Công ty TNHH May Phổ Yên', owner_person_id: owner }).returning('id').executeTakeFirstOrThrow();
    const far = await handle.db.insertInto('employers').values({ name: 'Nhà hàng Hà Thành', owner_person_id: otherOwner }).returning('id').executeTakeFirstOrThrow();
    const phoYen = await handle.db.selectFrom('regions').select(['code', 'province_code']).where('name', '=', 'Phường Phổ Yên').executeTakeFirstOrThrow();
    const haNoi = await handle.db.selectFrom('regions').select(['code', 'province_code']).where('province_code', '=', '01').where('level', '=', 'commune').limit(1).executeTakeFirstOrThrow();
    const vacancy = async (employerId: number, title: string, region: { code: string; province_code: string }) =>
      (
        await handle.db
          .insertInto('vacancies')
          .values({
            employer_id: employerId, title, occupation: 'garment', commune_code: region.code, province_code: region.province_code, headcount: 10,
            wage_raw: '7-9 triệu/tháng', deadline: '2099-12-31', contact: '0208 3850 123', scam_reasons: JSON.stringify([]),
          })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    const localVacancy = await vacancy(local.id, 'Công nhân may', phoYen);
    const farVacancy = await vacancy(far.id, 'Phụ bếp', haNoi);

    const [card] = await chat.say('Cán bộ Lan', '/duyet');
    expect(card).toContain('Tin chờ duyệt (1/1) — Công ty TNHH May Phổ Yên, chưa xác minh');
    expect(card).toMatch(/1\. Duyệt\n2\. Từ chối\n3\. Bỏ qua\n4\. Xác minh doanh nghiệp/);

    const replies = await chat.say('Cán bộ Lan', '4');
    expect(replies).toHaveLength(2);
    expect(replies[0]).toBe('✅ Đã xác minh doanh nghiệp: Công ty TNHH May Phổ Yên.');
    expect(replies[1]).toContain('Tin chờ duyệt (1/1) — Công ty TNHH May Phổ Yên, đã xác minh');
    expect(replies[1]).toContain('✅ Đã xác minh');
    expect(replies[1]).not.toContain('4. Xác minh');

    const verified = await handle.db.selectFrom('employers').select(['id', 'verified_at', 'verified_by']).where('id', 'in', [local.id, far.id]).orderBy('id').execute();
    expect(verified[0]).toMatchObject({ verified_by: official });
    expect(verified[0]!.verified_at).toBeInstanceOf(Date);
    expect(verified[1]).toMatchObject({ verified_at: null, verified_by: null });
    const notices = await handle.db.selectFrom('outbox').select(['queue', 'payload']).where('queue', '=', 'notify').execute();
    expect(notices.filter((n) => (n.payload as { key: string }).key === 'notice.employer_verified')).toEqual([
      { queue: 'notify', payload: { personId: owner, key: 'notice.employer_verified', params: {}, employerId: local.id } },
    ]);

    // Still 2 messages to approve: the card is there, 1 approves it.
    const [approved] = await chat.say('Cán bộ Lan', '1');
    expect(approved).toBe('Đã duyệt: Công nhân may.');
    expect((await handle.db.selectFrom('vacancies').select('status').where('id', '=', localVacancy).executeTakeFirstOrThrow()).status).toBe('approved');

    // Outside the scope: the Hà Nội vacancy's employer, asked for directly, is left as it is.
    await handle.db.transaction().execute((trx) => applyEffects(trx, official, 'simulator', [{ kind: 'verify_employer', vacancyId: farVacancy }]));
    expect(await handle.db.selectFrom('employers').select(['verified_at', 'verified_by']).where('id', '=', far.id).executeTakeFirstOrThrow()).toEqual({ verified_at: null, verified_by: null });
    const audit = await handle.db.selectFrom('audit_log').select(['action', 'actor_person_id', 'subject_type', 'subject_id', 'region_code']).where('action', '=', 'employer.verified').execute();
    expect(audit).toEqual([{ action: 'employer.verified', actor_person_id: official, subject_type: 'employer', subject_id: String(local.id), region_code: '19' }]);
    const farNotices = await handle.db.selectFrom('outbox').select('payload').where('queue', '=', 'notify').execute();
    expect(farNotices.some((n) => (n.payload as { personId: number }).personId === otherOwner && (n.payload as { key: string }).key === 'notice.employer_verified')).toBe(false);
  });
});
