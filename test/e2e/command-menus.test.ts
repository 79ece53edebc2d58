import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { inviteCodeHash } from '../../src/db/invites.ts';
import { type FakeTelegramApi, startFakeTelegramApi, textUpdate } from '../fakes/telegram-api.ts';
import { waitFor } from '../harness/free-port.ts';
import { createTestDatabase } from '../harness/postgres.ts';
import { redisDatabase } from '../harness/redis-database.ts';
import { say, startApp, stopApp } from '../harness/running-app.ts';

vi.setConfig({ testTimeout: 120_000, hookTimeout: 90_000 });

/**
 * Telegram's "/" menu through the real `npm start` and the Telegram fake: everyone's (the default scope) is the
 * workers' commands from the start, in Vietnamese and English; an official who redeems an invite gets their chat's
 * own menu with /duyet (through the outbox and the notify worker), and loses it again with /xoa.
 */
const CHAT = 8001;
const CODE = 'ABCD-EF23';

describe("Telegram's command menus, end to end", () => {
  let telegram: FakeTelegramApi;
  let database: { url: string; drop: () => Promise<void> };
  let db: pg.Client;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'knvl-commands-'));

  beforeAll(async () => {
    telegram = await startFakeTelegramApi();
    database = await createTestDatabase(inject('postgresUrl'), 'cmds');
    db = new pg.Client({ connectionString: database.url });
    await db.connect();
  });
  afterAll(async () => {
    await db?.end();
    await telegram?.close();
    await database?.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('sets the default at start, the chat scope after an invite is redeemed, and deletes it after /xoa', async () => {
    const app = await startApp({
      DATA_DIR: dataDir,
      DATABASE_URL: database.url,
      REDIS_URL: redisDatabase(inject('redisUrl'), 1),
      TELEGRAM_BOT_TOKEN: telegram.token,
      TELEGRAM_API_ROOT: telegram.apiRoot,
    });
    const type = (text: string) =>
      say(
        () => telegram.pushUpdate(textUpdate({ chatId: CHAT, text })),
        () => telegram.delivered(CHAT),
      );
    const chat = { type: 'chat', chat_id: String(CHAT) };
    try {
      await waitFor('the default menus', async () => {
        if (telegram.commandsFor({ type: 'default' }, 'en').length === 0) throw new Error('not yet');
      });
      const everyone = telegram.commandsFor({ type: 'default' });
      expect(everyone.map((c) => c.command)).toEqual(expect.arrayContaining(['dangky', 'timviec', 'trogiup']));
      expect(everyone.map((c) => c.command)).not.toContain('duyet');
      expect(everyone[0]).toEqual({ command: 'dangky', description: 'Nhận tin việc làm gần nhà' });
      expect(telegram.commandsFor({ type: 'default' }, 'en')[0]).toEqual({
        command: 'dangky',
        description: 'Get job alerts near home',
      });

      expect(await type('/start')).toContain('Xin chào');
      await db.query(
        `INSERT INTO invites (code_hash, role, region_code, expires_at)
         VALUES ($1, 'official', '19', now() + interval '7 days')`,
        [inviteCodeHash(CODE)],
      );
      expect(await type(`/start ${CODE}`)).toContain('Duyệt tin');
      // Through the outbox, the relay and the notify worker (about 4 s). It never came while another e2e file's app
      // shared this Redis database and took the job: each file now has its own (test/harness/redis-database.ts).
      await waitFor(
        'the chat menu',
        async () => {
          // One setMyCommands call per language: the English one follows the Vietnamese.
          if (telegram.commandsFor(chat).length === 0 || telegram.commandsFor(chat, 'en').length === 0)
            throw new Error('not yet');
        },
        60_000,
      );
      expect(telegram.commandsFor(chat)[0]).toEqual({ command: 'duyet', description: 'Duyệt tin tuyển dụng' });
      expect(telegram.commandsFor(chat, 'en')[0]).toEqual({ command: 'duyet', description: 'Review vacancies' });

      expect(await type('/xoa')).toContain('không hoàn tác');
      expect(await type('1')).toContain('Đã xoá thông tin');
      await waitFor(
        'the chat menu deleted',
        async () => {
          if (telegram.commandsFor(chat).length > 0 || telegram.commandsFor(chat, 'en').length > 0)
            throw new Error('not yet');
        },
        60_000,
      );
      expect(
        telegram.commandMenus.filter((call) => call.scope.type === 'chat').map((call) => call.commands === null),
      ).toEqual([false, false, true, true]);
    } finally {
      await stopApp(app);
    }
  });
});
