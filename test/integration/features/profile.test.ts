import { describe, expect } from 'vitest';
import { loadEngineRecord } from '../../../src/db/dialog-states.ts';
import { test, type World } from '../../harness/world.ts';

/**
 * The rest of the worker's profile through the real chat pipeline (simulator channel): the optional name, phone and
 * priority status after registration are saved; priority groups are kept only with their own consent and cleared
 * when it is withdrawn; /theodoi edits any field; /ngonngu switches the language for good.
 */
const REGISTER = ['/dangky', '1', '1995', 'Phổ Yên', '1', '2', '2', '1'];

const stored = async ({ db, personOf }: World, user: string) => {
  const id = await personOf(user);
  const person = await db
    .selectFrom('people as p')
    .leftJoin('worker_profiles as w', 'w.person_id', 'p.id')
    .select([
      'p.full_name',
      'p.phone_e164',
      'p.language',
      'w.priority_groups',
      'w.frequency',
      'w.digest_hour',
      'w.commune_code',
      'w.occupations',
    ])
    .where('p.id', '=', id)
    .executeTakeFirstOrThrow();
  const consents = await db
    .selectFrom('consents')
    .select(['purpose', 'withdrawn_at', 'text_version', 'channel'])
    .where('person_id', '=', id)
    .orderBy('id')
    .execute();
  const state = await db
    .selectFrom('dialog_states as d')
    .innerJoin('channel_identities as ci', 'ci.id', 'd.identity_id')
    .select(['d.flow', 'd.step'])
    .where('ci.person_id', '=', id)
    .executeTakeFirst();
  return { ...person, consents, state: state ?? null };
};
const held = (consents: { purpose: string; withdrawn_at: Date | null }[], purpose: string) =>
  consents.some((c) => c.purpose === purpose && c.withdrawn_at === null);

describe('the worker profile extras', () => {
  test('registration saves the profile on confirm, then the name and phone as they are given; no priority status without consent', async ({
    world,
    say,
  }) => {
    const confirmed = await world.sayAll('Mai', REGISTER);
    expect(confirmed).toContain('Không nộp bất kỳ khoản phí nào');
    expect(confirmed).toContain('Bạn tên là gì?');
    expect(await stored(world, 'Mai')).toMatchObject({
      full_name: null,
      frequency: 'instant',
      priority_groups: [],
      state: { flow: 'registration', step: 'name' },
    });

    expect(await say('Mai', 'lò thị mai')).toContain('Đã lưu tên: Lò Thị Mai');
    expect(await say('Mai', '0912.345.678')).toContain('Đã lưu số: 0912 345 678');
    expect(await say('Mai', '2')).toContain('Bạn có muốn học nghề không?');
    expect(await say('Mai', 'bỏ qua')).toContain('Xong rồi');
    const after = await stored(world, 'Mai');
    expect(after).toMatchObject({
      full_name: 'Lò Thị Mai',
      phone_e164: '+84912345678',
      priority_groups: [],
      state: null,
    });
    expect(held(after.consents, 'alerts')).toBe(true);
    expect(held(after.consents, 'priority_status')).toBe(false);
  });

  test('/theodoi shows the whole profile, the phone masked and priority status only as declared or not', async ({
    world,
    say,
  }) => {
    const summary = await say('Mai', '/theodoi');
    for (const fragment of ['Phổ Yên', '👤 Lò Thị Mai', 'xxxx xxx 678', 'Diện ưu tiên: chưa khai', 'Tạm dừng nhận tin'])
      expect(summary).toContain(fragment);
    expect(summary).not.toContain('0912');
  });

  test('priority status from /theodoi: its own consent first, then the groups are saved with it', async ({
    world,
    say,
  }) => {
    await say('Mai', '1'); // edit
    expect(await say('Mai', '7')).toContain('nhạy cảm');
    expect(await say('Mai', '1')).toContain('Bạn thuộc nhóm nào?');
    const consented = await stored(world, 'Mai');
    expect(consented.consents.find((c) => c.purpose === 'priority_status')).toMatchObject({
      withdrawn_at: null,
      text_version: 'priority-2026-11',
      channel: 'simulator',
    });

    const summary = await say('Mai', '2 4');
    expect(summary).toContain('Diện ưu tiên: đã khai');
    expect(summary).not.toContain('cận nghèo');
    expect((await stored(world, 'Mai')).priority_groups).toEqual(['near_poor', 'ethnic_minority']);
    const record = await loadEngineRecord(world.db, 0, await world.personOf('Mai'));
    expect(record.profile).toMatchObject({
      priorityGroups: ['near_poor', 'ethnic_minority'],
      priorityConsent: true,
      fullName: 'Lò Thị Mai',
    });
  });

  test('editing another field keeps the groups; withdrawing the consent clears them', async ({ world, say }) => {
    await world.sayAll('Mai', ['/theodoi', '1', '4']);
    expect(await say('Mai', '18 giờ')).toContain('lúc 18 giờ');
    expect(await stored(world, 'Mai')).toMatchObject({
      frequency: 'daily',
      digest_hour: 18,
      priority_groups: ['near_poor', 'ethnic_minority'],
    });

    await world.sayAll('Mai', ['/theodoi', '1']);
    expect(await say('Mai', '7')).toContain('Đang lưu: Hộ cận nghèo; Người dân tộc thiểu số.');
    expect(await say('Mai', '2')).toContain('Đã rút lại đồng ý');
    const after = await stored(world, 'Mai');
    expect(after.priority_groups).toEqual([]);
    expect(held(after.consents, 'priority_status')).toBe(false);
    expect(held(after.consents, 'alerts')).toBe(true);
    const record = await loadEngineRecord(world.db, 0, await world.personOf('Mai'));
    expect(record.profile).toMatchObject({ priorityGroups: [], priorityConsent: false });
  });

  test('a save never writes priority groups without the consent held', async ({ world, say }) => {
    const id = await world.personOf('Mai');
    const profile = {
      fullName: 'Lò Thị Mai',
      birthYear: 1995,
      phoneE164: '+84912345678',
      communeCode: (await stored(world, 'Mai')).commune_code!,
      occupations: ['garment'],
      reach: 'province' as const,
      frequency: 'instant' as const,
      digestHour: null,
      priorityGroups: ['poor' as const],
    };
    await world.apply(id, [{ kind: 'save_worker_profile', profile }]);
    expect((await stored(world, 'Mai')).priority_groups).toEqual([]);
    // With the consent, the same save writes them; a save without the field leaves them alone.
    await world.apply(id, [
      { kind: 'grant_consent', purpose: 'priority_status', textVersion: 'priority-2026-11' },
      { kind: 'save_worker_profile', profile },
    ]);
    expect((await stored(world, 'Mai')).priority_groups).toEqual(['poor']);
    const { priorityGroups: _omitted, ...withoutGroups } = profile;
    await world.apply(id, [{ kind: 'save_worker_profile', profile: withoutGroups }]);
    expect((await stored(world, 'Mai')).priority_groups).toEqual(['poor']);
    await world.apply(id, [{ kind: 'withdraw_consent', purpose: 'priority_status' }]);
    expect((await stored(world, 'Mai')).priority_groups).toEqual([]);
  });

  test('/theodoi edits the name, deletes the phone, and the commune, each back at the summary', async ({
    world,
    say,
  }) => {
    await world.sayAll('Mai', ['/theodoi', '1', '5']);
    expect(await say('Mai', 'Lò Thị Hoa')).toContain('👤 Lò Thị Hoa');
    await world.sayAll('Mai', ['/theodoi', '1', '6']);
    expect(await say('Mai', '2')).toContain('Chưa có số');
    await world.sayAll('Mai', ['/theodoi', '1', '1']);
    expect(await say('Mai', 'Lũng Cú, Tuyên Quang')).toContain('📍 Xã Lũng Cú, Tuyên Quang');
    expect(await stored(world, 'Mai')).toMatchObject({
      full_name: 'Lò Thị Hoa',
      phone_e164: null,
      commune_code: '00715',
      state: { flow: 'alerts', step: 'menu' },
    });
  });

  test('/theodoi sets, shows, refuses a day rate, changes and clears the lowest monthly pay', async ({
    world,
    say,
  }) => {
    const floor = async () =>
      (
        await world.db
          .selectFrom('worker_profiles')
          .select('wage_floor_vnd')
          .where('person_id', '=', await world.personOf('Mai'))
          .executeTakeFirstOrThrow()
      ).wage_floor_vnd;
    expect(await floor()).toBeNull();
    await world.sayAll('Mai', ['/theodoi', '1']);
    expect(await say('Mai', '9')).toContain('Mỗi tháng bạn muốn nhận lương ít nhất bao nhiêu?');
    const saved = await say('Mai', '5tr');
    expect(saved).toContain('✅ Đã lưu lương tối thiểu: 5 triệu/tháng.');
    expect(saved).toContain('· Lương từ 5 triệu/tháng');
    expect(await floor()).toBe(5_000_000);
    expect(await say('Mai', '/theodoi')).toContain('· Lương từ 5 triệu/tháng');

    await world.sayAll('Mai', ['1', '9']);
    expect(await say('Mai', '300k/ngày')).toContain('Mình chỉ so theo lương tháng');
    expect(await say('Mai', '4.500.000')).toContain('· Lương từ 4,5 triệu/tháng');
    expect(await floor()).toBe(4_500_000);

    await world.sayAll('Mai', ['/theodoi', '1', '9']);
    expect(await say('Mai', '0')).toContain('1. Đăng ký nhận tin việc làm'); // "0" is still the way to the menu
    expect(await floor()).toBe(4_500_000);

    await world.sayAll('Mai', ['/theodoi', '1', '9']);
    const cleared = await say('Mai', 'Bỏ');
    expect(cleared).toContain('✅ Đã bỏ mức lương tối thiểu.');
    expect(cleared).not.toContain('Lương từ');
    expect(await floor()).toBeNull();
  });

  test('/ngonngu switches to English for good, and back', async ({ world, say }) => {
    expect(await say('Mai', '/ngonngu')).toContain('Choose your language');
    expect(await say('Mai', '2')).toContain('From now on I will write in English');
    expect((await stored(world, 'Mai')).language).toBe('en');
    expect(await say('Mai', '/theodoi')).toContain('Your details:');
    await say('Mai', '/language');
    expect(await say('Mai', 'tiếng việt')).toContain('Từ giờ mình nói tiếng Việt');
    expect((await stored(world, 'Mai')).language).toBe('vi');
  });

  test('an unusual phone number is shown back before it is kept', async ({ world, say }) => {
    await world.sayAll('Lan', REGISTER);
    await say('Lan', 'bỏ qua');
    expect(await say('Lan', '0165 234 5678')).toContain('Số mới của bạn là 0352 345 678');
    expect(await say('Lan', '1')).toContain('Đã lưu số: 0352 345 678');
    expect(await say('Lan', 'để sau')).toContain('Bạn có muốn học nghề không?');
    expect(await say('Lan', 'để sau')).toContain('Xong rồi');
    expect(await stored(world, 'Lan')).toMatchObject({
      full_name: null,
      phone_e164: '+84352345678',
      priority_groups: [],
      state: null,
    });
  });
});
