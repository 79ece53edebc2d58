import { describe, expect } from 'vitest';
import { test, type World } from '../../harness/world.ts';

/**
 * The worker’s control over their data, through the engine on the simulator channel: register, see and pause
 * alerts (/theodoi), STOP and /start, and /xoa, which leaves only an anonymous count.
 */
/** To the saved profile (the flow then offers the optional name, which /theodoi leaves). */
const REGISTER = ['/dangky', '1', '1995', 'Phổ Yên', '1', '2', '2', '1'];

const personOf = async ({ db, chatIdOf }: World, user: string) =>
  db
    .selectFrom('people as p')
    .leftJoin('worker_profiles as w', 'w.person_id', 'p.id')
    .select(['p.id', 'p.status', 'p.birth_year', 'p.full_name', 'w.paused_at', 'w.commune_code'])
    .where('p.id', '=', (eb) =>
      eb.selectFrom('channel_identities').select('person_id').where('chat_id', '=', chatIdOf(user)).limit(1),
    )
    .executeTakeFirst();

describe('alerts settings, STOP and erasure', () => {
  test('/theodoi before registering offers to register', async ({ say }) => {
    expect(await say('Hoa', '/theodoi')).toContain('Bạn chưa đăng ký');
  });

  test('registers, then /theodoi shows the profile; pause and resume change it', async ({ world, say }) => {
    for (const text of REGISTER) await say('Hoa', text);
    expect((await personOf(world, 'Hoa'))?.commune_code).toBeTruthy();
    const overview = await say('Hoa', '/theodoi');
    expect(overview).toContain('Phổ Yên');
    expect(overview).toContain('Tạm dừng nhận tin');
    expect(await say('Hoa', '2')).toContain('Đã tạm dừng');
    expect((await personOf(world, 'Hoa'))?.paused_at).toBeInstanceOf(Date);
    const paused = await say('Hoa', '/theodoi');
    expect(paused).toContain('Đang tạm dừng');
    expect(await say('Hoa', '2')).toContain('nhận tin việc làm trở lại');
    expect((await personOf(world, 'Hoa'))?.paused_at).toBeNull();
  });

  test('STOP from the middle of a flow stops everything; /start resumes', async ({ world, say }) => {
    await say('Hoa', '/theodoi');
    expect(await say('Hoa', 'Dừng')).toContain('Đã dừng mọi tin nhắn');
    expect((await personOf(world, 'Hoa'))?.status).toBe('stopped');
    expect(await say('Hoa', '/start')).toContain('Xin chào');
    expect((await personOf(world, 'Hoa'))?.status).toBe('active');
  });

  test('/xoa asks once, then erases everything personal and keeps an anonymous count', async ({ world, say }) => {
    const before = await personOf(world, 'Hoa');
    expect(await say('Hoa', '/xoa')).toContain('không hoàn tác');
    expect(await say('Hoa', '2')).toContain('giữ nguyên');
    await say('Hoa', '/xoa');
    expect(await say('Hoa', '1')).toContain('Đã xoá thông tin');

    const person = await world.db
      .selectFrom('people')
      .selectAll()
      .where('id', '=', before!.id)
      .executeTakeFirstOrThrow();
    expect(person).toMatchObject({ status: 'deleted', full_name: null, phone_e164: null, birth_year: null });
    expect(
      await world.db.selectFrom('worker_profiles').where('person_id', '=', before!.id).selectAll().execute(),
    ).toEqual([]);
    const consents = await world.db
      .selectFrom('consents')
      .where('person_id', '=', before!.id)
      .select('withdrawn_at')
      .execute();
    expect(consents.length).toBeGreaterThan(0);
    expect(consents.every((c) => c.withdrawn_at !== null)).toBe(true);
    const identities = await world.db
      .selectFrom('channel_identities')
      .where('person_id', '=', before!.id)
      .selectAll()
      .execute();
    expect(
      identities.every((i) => i.chat_id.startsWith('erased-') && i.display_name === null && i.tombstoned_at !== null),
    ).toBe(true);

    // Writing again starts afresh, as a new person.
    expect(await say('Hoa', '/start')).toContain('Xin chào');
    expect((await personOf(world, 'Hoa'))?.id).not.toBe(before!.id);
  });
});
