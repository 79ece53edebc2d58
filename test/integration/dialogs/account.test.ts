import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../../src/db/connect.ts';
import { migrateToLatest } from '../../../src/db/migrate.ts';
import { seedReferenceData } from '../../../src/db/reference-data.ts';
import { startChatPipeline, type ChatPipeline } from '../../harness/chat-pipeline.ts';
import { backends } from '../../harness/databases.ts';

/**
 * The worker’s control over their data, through the engine on the simulator channel, on PostgreSQL and PGlite:
 * register, see and pause alerts (/theodoi), STOP and /start, and /xoa, which leaves only an anonymous count.
 */
/** To the saved profile (the flow then offers the optional name, which /theodoi leaves). */
const REGISTER = ['/dangky', '1', '1995', 'Phổ Yên', '1', '2', '2', '1'];

describe.each(backends)('alerts settings, STOP and erasure, on $name', (backend) => {
  let cleanup: () => Promise<void>;
  let handle: DatabaseHandle;
  let chat: ChatPipeline;

  beforeAll(async () => {
    ({ handle, cleanup } = await backend.open());
    await migrateToLatest(handle.db);
    await seedReferenceData(handle.db);
    // A test types faster than a person: the flood guard's limit is raised here (it has its own tests).
    chat = startChatPipeline(handle.db, { floodLimit: 10_000 });
  });
  afterAll(async () => {
    chat.close();
    await cleanup();
  });

  const say = async (user: string, text: string) => (await chat.say(user, text)).join('\n---\n');
  const personOf = async (user: string) =>
    handle.db
      .selectFrom('people as p')
      .leftJoin('worker_profiles as w', 'w.person_id', 'p.id')
      .select(['p.id', 'p.status', 'p.birth_year', 'p.full_name', 'w.paused_at', 'w.commune_code'])
      .where('p.id', '=', (eb) => eb.selectFrom('channel_identities').select('person_id').where('chat_id', '=', chat.simulator.receive({ user, text: 'x' })[0]!.chatId).limit(1))
      .executeTakeFirst();

  it('/theodoi before registering offers to register', async () => {
    expect(await say('Hoa', '/theodoi')).toContain('Bạn chưa đăng ký');
  });

  it('registers, then /theodoi shows the profile; pause and resume change it', async () => {
    for (const text of REGISTER) await say('Hoa', text);
    expect((await personOf('Hoa'))?.commune_code).toBeTruthy();
    const overview = await say('Hoa', '/theodoi');
    expect(overview).toContain('Phổ Yên');
    expect(overview).toContain('Tạm dừng nhận tin');
    expect(await say('Hoa', '2')).toContain('Đã tạm dừng');
    expect((await personOf('Hoa'))?.paused_at).toBeInstanceOf(Date);
    const paused = await say('Hoa', '/theodoi');
    expect(paused).toContain('Đang tạm dừng');
    expect(await say('Hoa', '2')).toContain('nhận tin việc làm trở lại');
    expect((await personOf('Hoa'))?.paused_at).toBeNull();
  });

  it('STOP from the middle of a flow stops everything; /start resumes', async () => {
    await say('Hoa', '/theodoi');
    expect(await say('Hoa', 'Dừng')).toContain('Đã dừng mọi tin nhắn');
    expect((await personOf('Hoa'))?.status).toBe('stopped');
    expect(await say('Hoa', '/start')).toContain('Xin chào');
    expect((await personOf('Hoa'))?.status).toBe('active');
  });

  it('/xoa asks once, then erases everything personal and keeps an anonymous count', async () => {
    const before = await personOf('Hoa');
    expect(await say('Hoa', '/xoa')).toContain('không hoàn tác');
    expect(await say('Hoa', '2')).toContain('giữ nguyên');
    await say('Hoa', '/xoa');
    expect(await say('Hoa', '1')).toContain('Đã xoá thông tin');

    const person = await handle.db.selectFrom('people').selectAll().where('id', '=', before!.id).executeTakeFirstOrThrow();
    expect(person).toMatchObject({ status: 'deleted', full_name: null, phone_e164: null, birth_year: null });
    expect(await handle.db.selectFrom('worker_profiles').where('person_id', '=', before!.id).selectAll().execute()).toEqual([]);
    const consents = await handle.db.selectFrom('consents').where('person_id', '=', before!.id).select('withdrawn_at').execute();
    expect(consents.length).toBeGreaterThan(0);
    expect(consents.every((c) => c.withdrawn_at !== null)).toBe(true);
    const identities = await handle.db.selectFrom('channel_identities').where('person_id', '=', before!.id).selectAll().execute();
    expect(identities.every((i) => i.chat_id.startsWith('erased-') && i.display_name === null && i.tombstoned_at !== null)).toBe(true);

    // Writing again starts afresh, as a new person.
    expect(await say('Hoa', '/start')).toContain('Xin chào');
    expect((await personOf('Hoa'))?.id).not.toBe(before!.id);
  });
});
