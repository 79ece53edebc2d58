import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../../src/db/connect.ts';
import { migrateToLatest } from '../../../src/db/migrate.ts';
import { seedReferenceData } from '../../../src/db/reference-data.ts';
import { startChatPipeline, type ChatPipeline } from '../../harness/chat-pipeline.ts';
import { backends } from '../../harness/databases.ts';

/**
 * /timviec over the real chat pipeline: the list follows the alerts rule (occupation, reach, open, not overseas
 * unless chosen); "Quan tâm" with consent records the application, the consent and the phone, and tells the
 * employer and the commune's official through the outbox; "Không phù hợp" removes it; three reports hide it.
 */
describe.each(backends)('job search on $name', (backend) => {
  let handle: DatabaseHandle;
  let cleanup: () => Promise<void>;
  let chat: ChatPipeline;
  const ids: Record<string, number> = {};
  const person: Record<string, number> = {};

  const personOf = async (name: string) => {
    const chatId = chat.simulator.receive({ user: name, text: 'x' })[0]!.chatId;
    return (await handle.db.selectFrom('channel_identities').select('person_id').where('chat_id', '=', chatId).executeTakeFirstOrThrow()).person_id!;
  };

  async function worker(name: string, reach: 'commune' | 'province' | 'country' | 'abroad', commune: { code: string; province_code: string }) {
    await chat.say(name, '/start');
    const id = await personOf(name);
    await handle.db.insertInto('worker_profiles').values({ person_id: id, commune_code: commune.code, province_code: commune.province_code, occupations: ['garment'], reach, frequency: 'instant' }).execute();
    await handle.db.insertInto('consents').values({ person_id: id, purpose: 'alerts', text_version: 'test', channel: 'simulator' }).execute();
    return id;
  }

  beforeAll(async () => {
    ({ handle, cleanup } = await backend.open());
    await migrateToLatest(handle.db);
    await seedReferenceData(handle.db);
    chat = startChatPipeline(handle.db, { floodLimit: 1000 });
    const phoYen = await handle.db.selectFrom('regions').select(['code', 'province_code']).where('name', '=', 'Phường Phổ Yên').executeTakeFirstOrThrow();
    const otherInProvince = await handle.db.selectFrom('regions').select(['code', 'province_code']).where('province_code', '=', phoYen.province_code).where('code', '<>', phoYen.code).where('level', '=', 'commune').limit(1).executeTakeFirstOrThrow();
    const haNoi = await handle.db.selectFrom('regions').select(['code', 'province_code']).where('province_code', '=', '01').where('level', '=', 'commune').limit(1).executeTakeFirstOrThrow();

    await chat.say('Chủ xưởng', '/start');
    person.owner = await personOf('Chủ xưởng');
    await chat.say('Cán bộ Hùng', '/start');
    person.official = await personOf('Cán bộ Hùng');
    await handle.db.insertInto('roles').values({ person_id: person.official, role: 'official', region_code: phoYen.province_code, granted_via: 'cli' }).execute();
    const employer = await handle.db.insertInto('employers').values({ name: 'Xưởng may Phổ Yên', owner_person_id: person.owner }).returning('id').executeTakeFirstOrThrow();
    const vacancy = async (title: string, place: { code: string; province_code: string }, extra: { status?: 'approved' | 'pending'; deadline?: string; overseas?: boolean; occupation?: string } = {}) =>
      (
        await handle.db
          .insertInto('vacancies')
          .values({
            employer_id: employer.id, title, occupation: extra.occupation ?? 'garment', commune_code: place.code, province_code: place.province_code, headcount: 5,
            wage_raw: '8 triệu/tháng', deadline: extra.deadline ?? '2027-06-30', contact: '0208 3850 123', status: extra.status ?? 'approved', overseas: extra.overseas ?? false, scam_reasons: '[]',
          })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    ids.sameCommune = await vacancy('May mẫu tại xã', phoYen);
    ids.sameProvince = await vacancy('May công nghiệp trong tỉnh', otherInProvince);
    ids.otherProvince = await vacancy('May ở Hà Nội', haNoi);
    ids.overseas = await vacancy('May ở Nhật Bản', phoYen, { overseas: true });
    ids.expired = await vacancy('May đã hết hạn', phoYen, { deadline: '2026-01-31' });
    ids.pending = await vacancy('May chờ duyệt', phoYen, { status: 'pending' });
    ids.otherTrade = await vacancy('Phụ bếp', phoYen, { occupation: 'hospitality' });

    person.lan = await worker('Lan', 'province', phoYen);
    person.mai = await worker('Mai', 'commune', phoYen);
    person.hoa = await worker('Hoa', 'abroad', phoYen);
    person.cuc = await worker('Cúc', 'province', phoYen);
  });
  afterAll(async () => {
    chat.close();
    await cleanup();
  });

  it('lists exactly what the alerts rule matches, nearest first', async () => {
    const [list] = await chat.say('Lan', '/timviec');
    expect(list).toContain('Có 2 việc hợp với bạn');
    expect(list).toMatch(/1\. May mẫu tại xã[^\n]*\n2\. May công nghiệp trong tỉnh/);
    for (const absent of ['Hà Nội', 'Nhật Bản', 'hết hạn', 'chờ duyệt', 'Phụ bếp']) expect(list).not.toContain(absent);
    expect((await chat.say('Mai', '/timviec'))[0]).toContain('Có 1 việc');
    const [abroad] = await chat.say('Hoa', '/timviec');
    expect(abroad).toContain('Có 4 việc');
    expect(abroad).toContain('May ở Nhật Bản');
  });

  it('"Quan tâm" with consent: application, consent, phone, and notices to the employer and the official', async () => {
    const [card] = await chat.say('Lan', '1');
    expect(card).toContain('May mẫu tại xã — Xưởng may Phổ Yên');
    expect(card).toContain('⚠️ Không nộp bất kỳ khoản phí nào');
    expect((await chat.say('Lan', '1'))[0]).toContain('Bạn có đồng ý gửi tên và số điện thoại của bạn cho "Xưởng may Phổ Yên"');
    expect((await chat.say('Lan', '1'))[0]).toContain('Bạn gõ số điện thoại');
    const [done, list] = await chat.say('Lan', '0912 345 678');
    expect(done).toContain('Nhà tuyển dụng sẽ liên hệ bạn');
    expect(list).toContain('May mẫu tại xã');
    expect(list).toContain('(đã quan tâm)');

    const application = await handle.db.selectFrom('applications').select(['status', 'shared_contact']).where('person_id', '=', person.lan!).execute();
    expect(application).toEqual([{ status: 'interested', shared_contact: true }]);
    const consent = await handle.db.selectFrom('consents').select('purpose').where('person_id', '=', person.lan!).where('purpose', '=', 'share_with_employer').execute();
    expect(consent).toHaveLength(1);
    expect((await handle.db.selectFrom('people').select('phone_e164').where('id', '=', person.lan!).executeTakeFirstOrThrow()).phone_e164).toBe('+84912345678');
    // The notices carry the application, never the name or the phone (read when they are sent).
    const applicationId = (await handle.db.selectFrom('applications').select('id').where('person_id', '=', person.lan!).executeTakeFirstOrThrow()).id;
    const notices = await handle.db.selectFrom('outbox').select(['queue', 'payload']).where('queue', '=', 'notify').orderBy('id').execute();
    expect(notices.map((n) => n.payload)).toEqual([
      { personId: person.owner, key: 'notice.interest_employer', params: {}, applicationId },
      { personId: person.official, key: 'notice.interest_official', params: {}, applicationId },
    ]);
  });

  it('interest without sharing tells no one', async () => {
    await chat.say('Mai', '1');
    await chat.say('Mai', '1');
    const [done] = await chat.say('Mai', '2');
    expect(done).toContain('Bạn liên hệ nhà tuyển dụng: 0208 3850 123');
    expect(await handle.db.selectFrom('applications').select(['status', 'shared_contact']).where('person_id', '=', person.mai!).execute()).toEqual([{ status: 'interested', shared_contact: false }]);
    expect(await handle.db.selectFrom('outbox').select('id').where('queue', '=', 'notify').execute()).toHaveLength(2);
  });

  it('"Không phù hợp" takes it off the list for good', async () => {
    await chat.say('Cúc', '/timviec');
    await chat.say('Cúc', '2');
    const [done, list] = await chat.say('Cúc', '2');
    expect(done).toContain('Đã bỏ tin này');
    expect(list).toContain('Có 1 việc');
    expect((await chat.say('Cúc', '/timviec'))[0]).not.toContain('May công nghiệp trong tỉnh');
  });

  it('reports reach the official; the third hides the vacancy from everyone', async () => {
    const report = async (name: string) => {
      const [list] = await chat.say(name, '/timviec');
      const line = list!.split('\n').find((l) => l.includes('May mẫu tại xã'))!;
      await chat.say(name, line.split('.')[0]!);
      await chat.say(name, '3');
      return chat.say(name, '1');
    };
    expect((await report('Lan'))[0]).toContain('Cảm ơn bạn đã báo');
    await report('Mai');
    expect((await handle.db.selectFrom('vacancies').select('status').where('id', '=', ids.sameCommune!).executeTakeFirstOrThrow()).status).toBe('approved');
    await report('Hoa');
    expect((await handle.db.selectFrom('vacancies').select('status').where('id', '=', ids.sameCommune!).executeTakeFirstOrThrow()).status).toBe('hidden');
    expect((await chat.say('Cúc', '/timviec'))[0]).not.toContain('May mẫu tại xã');
    const keys = (await handle.db.selectFrom('outbox').select('payload').where('queue', '=', 'notify').orderBy('id').execute()).map((r) => (r.payload as { key: string }).key);
    expect(keys.slice(-3)).toEqual(['notice.scam_reported', 'notice.scam_reported', 'notice.scam_hidden']);
    const audit = await handle.db.selectFrom('audit_log').select('action').where('subject_id', '=', String(ids.sameCommune)).orderBy('id').execute();
    expect(audit.map((a) => a.action)).toEqual(['vacancy.reported', 'vacancy.reported', 'vacancy.hidden_by_reports']);
  });

  it('the official reviews the hidden vacancy; the decision answers the reports', async () => {
    const [card] = await chat.say('Cán bộ Hùng', '/duyet');
    expect(card).toContain('May mẫu tại xã');
    expect(card).toContain('🚩 Người lao động báo lừa đảo: 3 lượt');
    await chat.say('Cán bộ Hùng', '1');
    expect((await handle.db.selectFrom('vacancies').select('status').where('id', '=', ids.sameCommune!).executeTakeFirstOrThrow()).status).toBe('approved');
    const open = await handle.db.selectFrom('scam_reports').select('id').where('vacancy_id', '=', ids.sameCommune!).where('resolved_at', 'is', null).execute();
    expect(open).toEqual([]);
  });

  it('someone without a profile is offered registration, which "1" starts', async () => {
    const [offer] = await chat.say('Khách', '/timviec');
    expect(offer).toContain('mình cần biết bạn ở đâu');
    expect((await chat.say('Khách', '1'))[0]).toMatch(/đồng ý|Đồng ý/);
  });
});
