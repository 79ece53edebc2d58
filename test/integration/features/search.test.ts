import { describe, expect } from 'vitest';
import { test } from '../../harness/world.ts';

/**
 * /timviec over the real chat pipeline: the list follows the alerts rule (occupation, reach, open, not overseas
 * unless chosen); "Quan tâm" with consent records the application, the consent and the phone, and tells the
 * employer and the commune's official through the outbox; "Không phù hợp" removes it; three reports hide it.
 */
describe('job search', () => {
  const ids: Record<string, number> = {};
  const person: Record<string, number> = {};

  test.beforeAll(async ({ world }) => {
    const phoYen = await world.place('Phường Phổ Yên');
    const otherInProvince = await world.communeIn(phoYen.province_code, phoYen.code);
    const haNoi = await world.communeIn('01');

    person.owner = await world.person('Chủ xưởng');
    person.official = await world.official('Cán bộ Hùng', { region: phoYen.province_code });
    const employer = await world.employer('Xưởng may Phổ Yên', { owner: person.owner });
    const vacancy = (
      title: string,
      place: typeof phoYen,
      extra: { status?: 'approved' | 'pending'; deadline?: string; overseas?: boolean; occupation?: string } = {},
    ) =>
      world.vacancy({
        employer,
        title,
        place,
        headcount: 5,
        wage_raw: '8 triệu/tháng',
        deadline: '2027-06-30',
        ...extra,
      });
    ids.sameCommune = await vacancy('May mẫu tại xã', phoYen);
    ids.sameProvince = await vacancy('May công nghiệp trong tỉnh', otherInProvince);
    ids.otherProvince = await vacancy('May ở Hà Nội', haNoi);
    ids.overseas = await vacancy('May ở Nhật Bản', phoYen, { overseas: true });
    ids.expired = await vacancy('May đã hết hạn', phoYen, { deadline: '2026-01-31' });
    ids.pending = await vacancy('May chờ duyệt', phoYen, { status: 'pending' });
    ids.otherTrade = await vacancy('Phụ bếp', phoYen, { occupation: 'hospitality' });

    person.lan = await world.worker('Lan', { commune: phoYen, reach: 'province' });
    person.mai = await world.worker('Mai', { commune: phoYen, reach: 'commune' });
    person.hoa = await world.worker('Hoa', { commune: phoYen, reach: 'abroad' });
    person.cuc = await world.worker('Cúc', { commune: phoYen, reach: 'province' });
  });

  test('lists exactly what the alerts rule matches, nearest first', async ({ world }) => {
    const [list] = await world.replies('Lan', '/timviec');
    expect(list).toContain('Có 2 việc hợp với bạn');
    expect(list).toMatch(/1\. May mẫu tại xã[^\n]*\n2\. May công nghiệp trong tỉnh/);
    for (const absent of ['Hà Nội', 'Nhật Bản', 'hết hạn', 'chờ duyệt', 'Phụ bếp']) expect(list).not.toContain(absent);
    expect((await world.replies('Mai', '/timviec'))[0]).toContain('Có 1 việc');
    const [abroad] = await world.replies('Hoa', '/timviec');
    expect(abroad).toContain('Có 4 việc');
    expect(abroad).toContain('May ở Nhật Bản');
  });

  test('"Quan tâm" with consent: application, consent, phone, and notices to the employer and the official', async ({
    world,
  }) => {
    const [card] = await world.replies('Lan', '1');
    expect(card).toContain('May mẫu tại xã — Xưởng may Phổ Yên');
    expect(card).toContain('⚠️ Không nộp bất kỳ khoản phí nào');
    expect((await world.replies('Lan', '1'))[0]).toContain(
      'Bạn có đồng ý gửi tên và số điện thoại của bạn cho "Xưởng may Phổ Yên"',
    );
    expect((await world.replies('Lan', '1'))[0]).toContain('Bạn gõ số điện thoại');
    const [done, list] = await world.replies('Lan', '0912 345 678');
    expect(done).toContain('Nhà tuyển dụng sẽ liên hệ bạn');
    expect(list).toContain('May mẫu tại xã');
    expect(list).toContain('(đã quan tâm)');

    const application = await world.db
      .selectFrom('applications')
      .select(['status', 'shared_contact'])
      .where('person_id', '=', person.lan!)
      .execute();
    expect(application).toEqual([{ status: 'interested', shared_contact: true }]);
    const consent = await world.db
      .selectFrom('consents')
      .select('purpose')
      .where('person_id', '=', person.lan!)
      .where('purpose', '=', 'share_with_employer')
      .execute();
    expect(consent).toHaveLength(1);
    expect(
      (await world.db.selectFrom('people').select('phone_e164').where('id', '=', person.lan!).executeTakeFirstOrThrow())
        .phone_e164,
    ).toBe('+84912345678');
    // The notices carry the application, never the name or the phone (read when they are sent).
    const applicationId = (
      await world.db
        .selectFrom('applications')
        .select('id')
        .where('person_id', '=', person.lan!)
        .executeTakeFirstOrThrow()
    ).id;
    const notices = await world.db
      .selectFrom('outbox')
      .select(['queue', 'payload'])
      .where('queue', '=', 'notify')
      .orderBy('id')
      .execute();
    expect(notices.map((n) => n.payload)).toEqual([
      { personId: person.owner, key: 'notice.interest_employer', params: {}, applicationId },
      { personId: person.official, key: 'notice.interest_official', params: {}, applicationId },
    ]);
  });

  test('interest without sharing tells no one', async ({ world }) => {
    await world.replies('Mai', '1');
    await world.replies('Mai', '1');
    const [done] = await world.replies('Mai', '2');
    expect(done).toContain('Bạn liên hệ nhà tuyển dụng: 0208 3850 123');
    expect(
      await world.db
        .selectFrom('applications')
        .select(['status', 'shared_contact'])
        .where('person_id', '=', person.mai!)
        .execute(),
    ).toEqual([{ status: 'interested', shared_contact: false }]);
    expect(await world.db.selectFrom('outbox').select('id').where('queue', '=', 'notify').execute()).toHaveLength(2);
  });

  test('"Không phù hợp" takes it off the list for good', async ({ world }) => {
    await world.replies('Cúc', '/timviec');
    await world.replies('Cúc', '2');
    const [done, list] = await world.replies('Cúc', '2');
    expect(done).toContain('Đã bỏ tin này');
    expect(list).toContain('Có 1 việc');
    expect((await world.replies('Cúc', '/timviec'))[0]).not.toContain('May công nghiệp trong tỉnh');
  });

  test('reports reach the official; the third hides the vacancy from everyone', async ({ world }) => {
    const report = async (name: string) => {
      const [list] = await world.replies(name, '/timviec');
      const line = list!.split('\n').find((l) => l.includes('May mẫu tại xã'))!;
      await world.replies(name, line.split('.')[0]!);
      await world.replies(name, '3');
      return world.replies(name, '1');
    };
    expect((await report('Lan'))[0]).toContain('Cảm ơn bạn đã báo');
    await report('Mai');
    expect(
      (
        await world.db
          .selectFrom('vacancies')
          .select('status')
          .where('id', '=', ids.sameCommune!)
          .executeTakeFirstOrThrow()
      ).status,
    ).toBe('approved');
    await report('Hoa');
    expect(
      (
        await world.db
          .selectFrom('vacancies')
          .select('status')
          .where('id', '=', ids.sameCommune!)
          .executeTakeFirstOrThrow()
      ).status,
    ).toBe('hidden');
    expect((await world.replies('Cúc', '/timviec'))[0]).not.toContain('May mẫu tại xã');
    const keys = (
      await world.db.selectFrom('outbox').select('payload').where('queue', '=', 'notify').orderBy('id').execute()
    ).map((r) => (r.payload as { key: string }).key);
    expect(keys.slice(-3)).toEqual(['notice.scam_reported', 'notice.scam_reported', 'notice.scam_hidden']);
    const audit = await world.db
      .selectFrom('audit_log')
      .select('action')
      .where('subject_id', '=', String(ids.sameCommune))
      .orderBy('id')
      .execute();
    expect(audit.map((a) => a.action)).toEqual(['vacancy.reported', 'vacancy.reported', 'vacancy.hidden_by_reports']);
  });

  test('the official reviews the hidden vacancy; the decision answers the reports', async ({ world }) => {
    const [card] = await world.replies('Cán bộ Hùng', '/duyet');
    expect(card).toContain('May mẫu tại xã');
    expect(card).toContain('🚩 Người lao động báo lừa đảo: 3 lượt');
    await world.replies('Cán bộ Hùng', '1');
    expect(
      (
        await world.db
          .selectFrom('vacancies')
          .select('status')
          .where('id', '=', ids.sameCommune!)
          .executeTakeFirstOrThrow()
      ).status,
    ).toBe('approved');
    const open = await world.db
      .selectFrom('scam_reports')
      .select('id')
      .where('vacancy_id', '=', ids.sameCommune!)
      .where('resolved_at', 'is', null)
      .execute();
    expect(open).toEqual([]);
  });

  test('someone without a profile is offered registration, which "1" starts', async ({ world }) => {
    const [offer] = await world.replies('Khách', '/timviec');
    expect(offer).toContain('mình cần biết bạn ở đâu');
    expect((await world.replies('Khách', '1'))[0]).toMatch(/đồng ý|Đồng ý/);
  });
});
