import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { inviteCommand } from '../../../src/cli/invite.ts';
import { UsageError } from '../../../src/cli/usage-error.ts';
import { loadConfig } from '../../../src/config.ts';
import { openDatabase, type DatabaseHandle } from '../../../src/db/connect.ts';
import { inviteCodeIn } from '../../../src/db/invites.ts';
import { migrateToLatest } from '../../../src/db/migrate.ts';
import { seedReferenceData } from '../../../src/db/reference-data.ts';
import { startChatPipeline, type ChatPipeline } from '../../harness/chat-pipeline.ts';
import { createTestDatabase } from '../../harness/postgres.ts';


describe('invite codes: npm run cli -- invite, then "/start CODE" in chat (real PostgreSQL)', () => {
  let database: { url: string; drop: () => Promise<void> };
  let handle: DatabaseHandle;
  let chat: ChatPipeline;

  beforeAll(async () => {
    database = await createTestDatabase(inject('postgresUrl'), 'invite');
    handle = await openDatabase({ databaseUrl: database.url, dataDir: '/tmp' });
    await migrateToLatest(handle.db);
    await seedReferenceData(handle.db);
    chat = startChatPipeline(handle.db);
  });
  afterAll(async () => {
    chat.close();
    await handle.close();
    await database.drop();
  });

  const invite = async (args: string[]) => {
    const lines: string[] = [];
    await inviteCommand(loadConfig({ DATABASE_URL: database.url }), args, (line) => lines.push(line));
    return lines;
  };
  const say = (user: string, text: string) => chat.say(user, text);

  it('reads codes the way people type them', () => {
    expect(inviteCodeIn('/start ABCD-EF23')).toBe('ABCD-EF23');
    expect(inviteCodeIn('/start abcdef23')).toBe('ABCD-EF23');
    expect(inviteCodeIn('/start@KetNoiBot abcd-ef23 ')).toBe('ABCD-EF23');
    expect(inviteCodeIn('/start')).toBeNull();
    expect(inviteCodeIn('start ABCD-EF23')).toBeNull();
    expect(inviteCodeIn('/start ABC')).toBeNull();
  });

  it('a printed code makes its first sender an official of its province, once', async () => {
    const [code, explanation] = await invite(['--role', 'official', '--region', '19']);
    expect(code).toMatch(/^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/);
    expect(explanation).toContain('Thái Nguyên (19)');

    const [accepted, welcome] = await say('Cán bộ Hùng', `/start ${code!.toLowerCase()}`);
    expect(accepted).toBe('Chào mừng! Bạn đã được cấp quyền cán bộ cho Thái Nguyên.');
    expect(welcome).toContain('Xin chào');
    const roles = await handle.db.selectFrom('roles').select(['role', 'region_code', 'granted_via']).execute();
    expect(roles).toEqual([{ role: 'official', region_code: '19', granted_via: 'invite' }]);

    expect((await say('Người khác', `/start ${code}`))[0]).toContain('đã được dùng rồi');
    expect(await handle.db.selectFrom('roles').selectAll().execute()).toHaveLength(1);
    expect((await say('Người khác', '/start ZZZZ-ZZZZ'))[0]).toContain('Mã mời không đúng');
  });

  it('an expired code is refused', async () => {
    const [code] = await invite(['--role', 'employer']);
    await handle.db.updateTable('invites').set({ expires_at: new Date(Date.now() - 1000) }).where('code', '=', code!).execute();
    expect((await say('Chị Hạnh', `/start ${code}`))[0]).toContain('hết hạn');
  });

  it.each([
    [[], /--role must be one of/],
    [['--role', 'king'], /--role must be one of/],
    [['--role', 'official', '--region', 'abc'], /2-digit province code/],
    [['--role', 'official', '--region', '98'], /no province or commune has the code 98/],
    [['--role', 'official', '--extra'], /Unknown option/],
  ])('%j is refused with a usage error', async (args, message) => {
    const error = await invite(args).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toMatch(message);
  });
});
