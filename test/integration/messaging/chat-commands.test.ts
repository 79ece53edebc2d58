import { afterAll, beforeAll, describe, expect } from 'vitest';
import { commandMenuFor } from '../../../src/app/chat-commands.ts';
import { createTelegramAdapter } from '../../../src/channels/telegram/adapter.ts';
import { createInvite, redeemInvite } from '../../../src/db/invites.ts';
import { erasePerson } from '../../../src/features/erase/effects.ts';
import { createLogger } from '../../../src/logger.ts';
import { CHAT_COMMANDS_JOB, queueChatCommands } from '../../../src/messaging/queue/chat-commands.ts';
import { syncChatCommands } from '../../../src/messaging/workers/chat-commands.ts';
import { type FakeTelegramApi, startFakeTelegramApi } from '../../fakes/telegram-api.ts';
import { test, type World } from '../../harness/world.ts';

/**
 * A person's Telegram "/" menu follows their roles, on PostgreSQL and the Telegram fake: the change writes the job to
 * the outbox in its own transaction (an invite redeemed, /xoa), and the notify worker's handler sets the chat's menu
 * in both languages, or deletes it so that everyone's shows again.
 */
const logger = createLogger({ level: 'silent', secrets: [] });
const CHAT = '7001';
let fake: FakeTelegramApi;

beforeAll(async () => {
  fake = await startFakeTelegramApi({ knownChats: [CHAT] });
});
afterAll(async () => {
  await fake?.close();
});

async function telegramPerson(world: World, chatId: string): Promise<number> {
  const { id } = await world.db
    .insertInto('people')
    .values({ language: 'vi' })
    .returning('id')
    .executeTakeFirstOrThrow();
  await world.db
    .insertInto('channel_identities')
    .values({ person_id: id, channel: 'telegram', chat_id: chatId, chat_type: 'private' })
    .execute();
  return id;
}

/** Runs the chat-commands jobs waiting in the outbox as the notify worker does, and marks them sent. */
async function runJobs(world: World, telegram = true): Promise<string[]> {
  const rows = await world.db
    .selectFrom('outbox')
    .select(['id', 'payload'])
    .where('job_name', '=', CHAT_COMMANDS_JOB)
    .where('sent_at', 'is', null)
    .orderBy('id')
    .execute();
  const adapters = telegram ? { telegram: createTelegramAdapter({ token: fake.token, apiRoot: fake.apiRoot }) } : {};
  const outcomes: string[] = [];
  for (const row of rows) {
    outcomes.push(await syncChatCommands({ db: world.db, adapters, menuFor: commandMenuFor, logger }, row.payload));
    await world.db.updateTable('outbox').set({ sent_at: new Date() }).where('id', '=', row.id).execute();
  }
  return outcomes;
}

describe("a person's Telegram command menu follows their roles", () => {
  test('an invite redeemed gives their chat the official commands; /xoa deletes them', async ({ world }) => {
    const person = await telegramPerson(world, CHAT);
    const { code } = await createInvite(world.db, 'official', '19');
    const redeemed = await redeemInvite(world.db, code, person, 'telegram', (trx) => queueChatCommands(trx, person));
    expect(redeemed).toMatchObject({ ok: true, role: 'official' });
    const [job] = await world.db
      .selectFrom('outbox')
      .select(['queue', 'payload'])
      .where('job_name', '=', CHAT_COMMANDS_JOB)
      .execute();
    expect(job).toEqual({ queue: 'notify', payload: { personId: person, chatIds: [CHAT] } });

    expect(await runJobs(world)).toEqual(['set']);
    const scope = { type: 'chat', chat_id: CHAT };
    expect(fake.commandsFor(scope).slice(0, 2)).toEqual([
      { command: 'duyet', description: 'Duyệt tin tuyển dụng' },
      { command: 'ketqua', description: 'Ghi kết quả giới thiệu việc' },
    ]);
    expect(fake.commandsFor(scope, 'en')[0]).toEqual({ command: 'duyet', description: 'Review vacancies' });
    expect(fake.commandsFor(scope).map((c) => c.command)).toContain('dangky');

    await world.db.transaction().execute((trx) => erasePerson(trx, person));
    expect(await runJobs(world)).toEqual(['reset']);
    expect(fake.commandsFor(scope)).toEqual([]);
    expect(fake.commandsFor(scope, 'en')).toEqual([]);
    expect(fake.commandMenus.slice(-2)).toEqual([
      { scope, languageCode: '', commands: null },
      { scope, languageCode: 'en', commands: null },
    ]);
  });

  test("a training provider's chat gets /dangkhoahoc first, by the role or by owning a provider", async ({ world }) => {
    const byRole = await telegramPerson(world, '7003');
    const owner = await telegramPerson(world, '7004');
    fake.knowChat('7003');
    fake.knowChat('7004');
    const { code } = await createInvite(world.db, 'provider', null);
    await redeemInvite(world.db, code, byRole, 'telegram', (trx) => queueChatCommands(trx, byRole));
    await world.db.insertInto('providers').values({ name: 'Trung tâm GDNN Phổ Yên', owner_person_id: owner }).execute();
    await queueChatCommands(world.db, owner);
    expect(await runJobs(world)).toEqual(['set', 'set']);
    for (const chat_id of ['7003', '7004'])
      expect(fake.commandsFor({ type: 'chat', chat_id })[0]).toEqual({
        command: 'dangkhoahoc',
        description: 'Đăng khoá học nghề',
      });
  });

  test('a process without Telegram leaves the job alone; a person with no role gets no menu of their own', async ({
    world,
  }) => {
    const person = await telegramPerson(world, '7002');
    fake.knowChat('7002');
    await queueChatCommands(world.db, person);
    expect(await runJobs(world, false)).toEqual(['skipped']);
    await queueChatCommands(world.db, person);
    expect(await runJobs(world)).toEqual(['reset']);
    expect(fake.commandsFor({ type: 'chat', chat_id: '7002' })).toEqual([]);
  });
});
