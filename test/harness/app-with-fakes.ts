import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { callbackQueryUpdate, startFakeTelegramApi, textUpdate, type FakeTelegramApi } from '../fakes/telegram-api.ts';
import { startFakeZaloApi, type ZaloFakeApi } from '../fakes/zalo-api.ts';
import { createTestDatabase } from './postgres.ts';
import { redisDatabase } from './redis-database.ts';
import { say, startApp, stopApp } from './running-app.ts';

/**
 * `npm start`'s entry point against the fake Telegram and Zalo servers, on a database and a Redis database of the
 * test file's own, with a plain pg client on that database for the test's own reads and seeds. `stop()` undoes it
 * all, whatever was started.
 */
export interface AppWithFakes {
  telegram: FakeTelegramApi;
  zalo: ZaloFakeApi;
  db: pg.Client;
  databaseUrl: string;
  port: number;
  stop(): Promise<void>;
}

export interface AppWithFakesOptions {
  /** The test database's name part. */
  name: string;
  postgresUrl: string;
  redisUrl: string;
  /** This file's own Redis database (1–15; see redis-database.ts). */
  redisIndex: number;
  /** Chats the fakes know before they write (seeded people the bot may message first). */
  zaloChats?: string[];
  telegramChats?: number[];
  env?: Record<string, string>;
}

export async function startAppWithFakes(options: AppWithFakesOptions): Promise<AppWithFakes> {
  const undo: (() => Promise<void>)[] = [];
  const stop = async () => {
    for (const step of undo.reverse()) await step().catch(() => {});
  };
  try {
    const telegram = await startFakeTelegramApi({ perChat: false, knownChats: options.telegramChats ?? [] });
    undo.push(() => telegram.close());
    const zalo = await startFakeZaloApi({ maxPollWaitMs: 300, knownChats: options.zaloChats ?? [] });
    undo.push(() => zalo.close());
    const database = await createTestDatabase(options.postgresUrl, options.name);
    undo.push(() => database.drop());
    const db = new pg.Client({ connectionString: database.url });
    await db.connect();
    undo.push(() => db.end());
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `knvl-${options.name}-`));
    undo.push(async () => fs.rmSync(dataDir, { recursive: true, force: true }));
    const app = await startApp({
      DATA_DIR: dataDir,
      DATABASE_URL: database.url,
      REDIS_URL: redisDatabase(options.redisUrl, options.redisIndex),
      TELEGRAM_BOT_TOKEN: telegram.token,
      TELEGRAM_API_ROOT: telegram.apiRoot,
      ZALO_BOT_TOKEN: zalo.token,
      ZALO_API_ROOT: zalo.apiRoot,
      ...options.env,
    });
    undo.push(() => stopApp(app));
    return { telegram, zalo, db, databaseUrl: database.url, port: app.port, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** A person on Zalo: what they type (answered with everything the bot sent back) and what they have received. */
export function zaloPerson(zalo: ZaloFakeApi, chatId: string, displayName = 'Nguyen Van A') {
  return {
    chatId,
    received: () => zalo.delivered(chatId),
    type: (text: string) =>
      say(
        () => zalo.injectText({ chatId, text, displayName }),
        () => zalo.delivered(chatId),
      ),
  };
}

/** A person on Telegram: typing, pressing a button of the last message (by number, or a part of its label in any case). */
export function telegramPerson(telegram: FakeTelegramApi, chatId: number) {
  const received = () => telegram.delivered(chatId);
  return {
    chatId,
    received,
    type: (text: string) => say(() => telegram.pushUpdate(textUpdate({ chatId, text })), received),
    press: (which: number | string) =>
      say(() => {
        const buttons = telegram.sentTo(chatId).at(-1)?.replyMarkup?.inline_keyboard.flat() ?? [];
        const label = typeof which === 'string' ? which.toLocaleLowerCase('vi') : '';
        const button =
          typeof which === 'number'
            ? buttons[which - 1]
            : buttons.find((b) => b.text.toLocaleLowerCase('vi').includes(label));
        if (!button?.callback_data) throw new Error(`no button ${which}`);
        telegram.pushUpdate(callbackQueryUpdate({ chatId, data: button.callback_data }));
      }, received),
  };
}

/** The number a message gives the choice labelled `label` ("2. Phụ kho — Kho Yên Bình" → "2"). */
export function numberOf(message: string, label: string): string {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const number = new RegExp(`^(\\d+)\\. ${escaped}`, 'm').exec(message)?.[1];
  if (!number) throw new Error(`no choice ${label} in ${message}`);
  return number;
}
