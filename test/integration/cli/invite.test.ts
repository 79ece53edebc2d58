import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { inviteCommand } from '../../../src/cli/invite.ts';
import { UsageError } from '../../../src/cli/usage-error.ts';
import { loadConfig } from '../../../src/app/config.ts';
import { openDatabase, type DatabaseHandle } from '../../../src/db/connect.ts';
import { inviteCodeHash, inviteCodeIn, redeemInvite } from '../../../src/db/invites.ts';
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
    // The simulator's chats are made up: this code was made for a demo there.
    const [code, explanation] = await invite(['--role', 'official', '--region', '19', '--allow-simulator']);
    expect(code).toMatch(/^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/);
    expect(explanation).toContain('Thái Nguyên (19)');
    expect(explanation).toContain('(the simulator included)');

    const [accepted, welcome] = await say('Cán bộ Hùng', `/start ${code!.toLowerCase()}`);
    expect(accepted).toBe('Chào mừng! Bạn đã được cấp quyền cán bộ cho Thái Nguyên.');
    expect(welcome).toContain('Xin chào');
    const roles = await handle.db.selectFrom('roles').select(['role', 'region_code', 'granted_via']).execute();
    expect(roles).toEqual([{ role: 'official', region_code: '19', granted_via: 'invite' }]);

    expect((await say('Người khác', `/start ${code}`))[0]).toContain('đã được dùng rồi');
    expect(await handle.db.selectFrom('roles').selectAll().execute()).toHaveLength(1);
    expect((await say('Người khác', '/start ZZZZ-ZZZZ'))[0]).toContain('Mã mời không đúng');
  });

  it('the database keeps only the SHA-256 of a code, the audit log only its last 4 characters', async () => {
    const [code] = await invite(['--role', 'employer', '--region', '19']);
    const stored = await handle.db
      .selectFrom('invites')
      .selectAll()
      .where('code_hash', '=', inviteCodeHash(code!))
      .executeTakeFirstOrThrow();
    expect(stored.code_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(await handle.db.selectFrom('invites').selectAll().execute())).not.toContain(code!);
    const created = await handle.db
      .selectFrom('audit_log')
      .select(['subject_id', 'details'])
      .where('action', '=', 'invite.created')
      .orderBy('id', 'desc')
      .limit(1)
      .executeTakeFirstOrThrow();
    expect(created).toEqual({ subject_id: code!.slice(-4), details: { role: 'employer' } });
    const person = (await handle.db.insertInto('people').defaultValues().returning('id').executeTakeFirstOrThrow()).id;
    expect(await redeemInvite(handle.db, code!, person, 'zalo')).toEqual({
      ok: true,
      role: 'employer',
      regionName: 'Thái Nguyên',
    });
    const granted = await handle.db
      .selectFrom('audit_log')
      .select(['details'])
      .where('action', '=', 'role.granted')
      .where('subject_id', '=', String(person))
      .executeTakeFirstOrThrow();
    expect(granted.details).toEqual({ role: 'employer', codeSuffix: code!.slice(-4) });
    expect(JSON.stringify(await handle.db.selectFrom('audit_log').selectAll().execute())).not.toContain(
      code!.replace('-', ''),
    );
    expect(JSON.stringify(await handle.db.selectFrom('audit_log').selectAll().execute())).not.toContain(code!);
  });

  it('a code made without --allow-simulator is refused politely in the simulator, and still works on Zalo', async () => {
    const [code, explanation] = await invite(['--role', 'official', '--region', '19']);
    expect(explanation).not.toContain('simulator');
    const [refused, welcome] = await say('Cán bộ Mô Phỏng', `/start ${code}`);
    expect(refused).toBe('Mã mời này không dùng được trong trình mô phỏng. Bạn gửi mã từ Zalo hoặc Telegram nhé.');
    expect(welcome).toContain('Xin chào');
    const invited = await handle.db
      .selectFrom('invites')
      .select(['redeemed_at', 'allow_simulator'])
      .where('code_hash', '=', inviteCodeHash(code!))
      .executeTakeFirstOrThrow();
    expect(invited).toEqual({ redeemed_at: null, allow_simulator: false });
    const person = (await handle.db.insertInto('people').defaultValues().returning('id').executeTakeFirstOrThrow()).id;
    expect(await redeemInvite(handle.db, code!, person, 'zalo')).toMatchObject({ ok: true, role: 'official' });
  });

  it('a provider invite makes whoever redeems it a training provider, who may then post courses', async () => {
    const [code] = await invite(['--role', 'provider', '--allow-simulator']);
    const [accepted] = await say('Cô Hạnh', `/start ${code}`);
    expect(accepted).toContain('cơ sở đào tạo');
    const person = (
      await handle.db.selectFrom('roles').select('person_id').where('role', '=', 'provider').executeTakeFirstOrThrow()
    ).person_id;
    expect(person).toBeGreaterThan(0);
    expect((await say('Cô Hạnh', '/dangkhoahoc'))[0]).toContain('Tên cơ sở đào tạo là gì?');
  });

  it('an expired code is refused', async () => {
    const [code] = await invite(['--role', 'employer']);
    await handle.db
      .updateTable('invites')
      .set({ expires_at: new Date(Date.now() - 1000) })
      .where('code_hash', '=', inviteCodeHash(code!))
      .execute();
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
