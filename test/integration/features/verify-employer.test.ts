import { describe, expect } from 'vitest';
import { test } from '../../harness/world.ts';

/**
 * Verifying an employer from the /duyet card: the official of Thái Nguyên (19) verifies the employer of a vacancy in
 * 19 (verified_at/verified_by, an audit entry, a notice to its owner) and sees the same card marked verified, then
 * approves with 1; the employer of a vacancy in Hà Nội stays unverified even when the effect is asked for directly
 * (the scope is checked in SQL).
 */
describe('officials verify employers within their scope', () => {
  test('verifies within scope, shows the card again marked verified, tells the owner; never outside the scope', async ({
    world,
  }) => {
    const official = await world.official('Cán bộ Lan', { region: '19' });
    const owner = await world.person('Chị Hạnh');
    const otherOwner = await world.person('Anh Bình');
    const local = await world.employer('Công ty TNHH May Phổ Yên', { owner });
    const far = await world.employer('Nhà hàng Hà Thành', { owner: otherOwner });
    const phoYen = await world.place('Phường Phổ Yên');
    const haNoi = await world.communeIn('01');
    const vacancy = (employer: number, title: string, place: { code: string; province_code: string }) =>
      world.vacancy({ employer, title, place, status: 'pending' });
    const localVacancy = await vacancy(local, 'Công nhân may', phoYen);
    const farVacancy = await vacancy(far, 'Phụ bếp', haNoi);

    const [card] = await world.replies('Cán bộ Lan', '/duyet');
    expect(card).toContain('Tin chờ duyệt (1/1) — Công ty TNHH May Phổ Yên, chưa xác minh');
    expect(card).toMatch(/1\. Duyệt\n2\. Từ chối\n3\. Bỏ qua\n4\. Xác minh doanh nghiệp/);

    const replies = await world.replies('Cán bộ Lan', '4');
    expect(replies).toHaveLength(2);
    expect(replies[0]).toBe('✅ Đã xác minh doanh nghiệp: Công ty TNHH May Phổ Yên.');
    expect(replies[1]).toContain('Tin chờ duyệt (1/1) — Công ty TNHH May Phổ Yên, đã xác minh');
    expect(replies[1]).toContain('✅ Đã xác minh');
    expect(replies[1]).not.toContain('4. Xác minh');

    const verified = await world.db
      .selectFrom('employers')
      .select(['id', 'verified_at', 'verified_by'])
      .where('id', 'in', [local, far])
      .orderBy('id')
      .execute();
    expect(verified[0]).toMatchObject({ verified_by: official });
    expect(verified[0]!.verified_at).toBeInstanceOf(Date);
    expect(verified[1]).toMatchObject({ verified_at: null, verified_by: null });
    const notices = await world.db
      .selectFrom('outbox')
      .select(['queue', 'payload'])
      .where('queue', '=', 'notify')
      .execute();
    expect(notices.filter((n) => (n.payload as { key: string }).key === 'notice.employer_verified')).toEqual([
      { queue: 'notify', payload: { personId: owner, key: 'notice.employer_verified', params: {}, employerId: local } },
    ]);

    // Still 2 messages to approve: the card is there, 1 approves it.
    const [approved] = await world.replies('Cán bộ Lan', '1');
    expect(approved).toBe('Đã duyệt: Công nhân may.');
    expect(
      (await world.db.selectFrom('vacancies').select('status').where('id', '=', localVacancy).executeTakeFirstOrThrow())
        .status,
    ).toBe('approved');

    // Outside the scope: the Hà Nội vacancy's employer, asked for directly, is left as it is.
    await world.apply(official, [{ kind: 'verify_employer', vacancyId: farVacancy }]);
    expect(
      await world.db
        .selectFrom('employers')
        .select(['verified_at', 'verified_by'])
        .where('id', '=', far)
        .executeTakeFirstOrThrow(),
    ).toEqual({ verified_at: null, verified_by: null });
    const audit = await world.db
      .selectFrom('audit_log')
      .select(['action', 'actor_person_id', 'subject_type', 'subject_id', 'region_code'])
      .where('action', '=', 'employer.verified')
      .execute();
    expect(audit).toEqual([
      {
        action: 'employer.verified',
        actor_person_id: official,
        subject_type: 'employer',
        subject_id: String(local),
        region_code: '19',
      },
    ]);
    const farNotices = await world.db.selectFrom('outbox').select('payload').where('queue', '=', 'notify').execute();
    expect(
      farNotices.some(
        (n) =>
          (n.payload as { personId: number }).personId === otherOwner &&
          (n.payload as { key: string }).key === 'notice.employer_verified',
      ),
    ).toBe(false);
  });
});
