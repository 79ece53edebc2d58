import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { callbackQueryUpdate, startFakeTelegramApi, textUpdate, type FakeTelegramApi } from '../fakes/telegram-api.ts';
import { startFakeZaloApi, zaloId, type ZaloFakeApi } from '../fakes/zalo-api.ts';
import { createTestDatabase } from '../harness/postgres.ts';
import { redisDatabase } from '../harness/redis-database.ts';
import { say, startApp as startRunningApp, stopApp } from '../harness/running-app.ts';

vi.setConfig({ testTimeout: 120_000, hookTimeout: 90_000 });

/**
 * A worker registers by text only, the Zalo way, through the real `npm start` against the fake Zalo and
 * Telegram servers: at most 10 messages from /start to confirmed (9 here, with one place disambiguation), the
 * profile and consent land in PostgreSQL, and a restart in the middle resumes at the same step. The optional
 * name, phone and priority status follow the confirmation and are not counted.
 */
const SCRIPT = ['/start', '1', '1', '1998', 'meo vac', '1', '1 4', '2', '1'];
/** After the confirmation: a name, a phone, and no to priority status. */
const EXTRAS = ['Lò Thị Mai', '0912 345 678', '2', 'hàn'];

describe('registration end to end', () => {
  let telegram: FakeTelegramApi;
  let zalo: ZaloFakeApi;
  let database: { url: string; drop: () => Promise<void> };
  let db: pg.Client;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'knvl-registration-'));

  beforeAll(async () => {
    telegram = await startFakeTelegramApi({ perChat: false });
    zalo = await startFakeZaloApi({ maxPollWaitMs: 300 });
    database = await createTestDatabase(inject('postgresUrl'), 'reg');
    db = new pg.Client({ connectionString: database.url });
    await db.connect();
  });
  afterAll(async () => {
    await db?.end();
    await telegram?.close();
    await zalo?.close();
    await database?.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  const startApp = () =>
    startRunningApp({
      DATA_DIR: dataDir,
      DATABASE_URL: database.url,
      REDIS_URL: redisDatabase(inject('redisUrl'), 6),
      TELEGRAM_BOT_TOKEN: telegram.token,
      TELEGRAM_API_ROOT: telegram.apiRoot,
      ZALO_BOT_TOKEN: zalo.token,
      ZALO_API_ROOT: zalo.apiRoot,
    });

  async function profileOf(channel: string, chatId: string) {
    const { rows } = await db.query(
      `SELECT w.commune_code, w.occupations, w.reach, w.frequency, w.digest_hour, p.birth_year, p.full_name, p.phone_e164, w.priority_groups,
              (SELECT array_agg(purpose ORDER BY purpose) FROM consents c WHERE c.person_id = p.id AND withdrawn_at IS NULL) AS consents
       FROM channel_identities ci JOIN people p ON p.id = ci.person_id JOIN worker_profiles w ON w.person_id = p.id
       WHERE ci.channel = $1 AND ci.chat_id = $2`,
      [channel, chatId],
    );
    return rows[0];
  }

  it('on Zalo, text only: 9 messages from /start to confirmed, surviving a restart in the middle; then the extras', async () => {
    const chatId = zaloId();
    const replies = () => zalo.delivered(chatId);
    let app = await startApp();
    const answers: string[] = [];
    try {
      for (const [index, text] of SCRIPT.entries()) {
        if (index === 5) {
          // restart between the place question and its answer: the next answer lands on the same step
          await stopApp(app);
          app = await startApp();
        }
        answers.push(await say(() => zalo.injectText({ chatId, text, displayName: 'Lò Thị Mai' }), replies));
      }
      expect(SCRIPT.length).toBeLessThanOrEqual(10);
      expect(answers[4]).toContain('Mèo Vạc');
      expect(answers.at(-1)).toContain('Không nộp bất kỳ khoản phí nào');
      expect(answers.at(-1)).toContain('Bạn tên là gì?');
      // Confirmed: the profile is saved before any optional question is answered.
      expect(await profileOf('zalo', chatId)).toEqual({
        commune_code: '00769',
        occupations: ['factory', 'agriculture'],
        reach: 'province',
        frequency: 'instant',
        digest_hour: null,
        birth_year: 1998,
        full_name: null,
        phone_e164: null,
        priority_groups: [],
        consents: ['alerts'],
      });
      const extras: string[] = [];
      for (const text of EXTRAS)
        extras.push(await say(() => zalo.injectText({ chatId, text, displayName: 'Lò Thị Mai' }), replies));
      expect(extras[1]).toContain('0912 345 678');
      expect(extras[2]).toContain('Bạn có muốn học nghề không?');
      expect(extras.at(-1)).toContain('Xong rồi');
    } finally {
      await stopApp(app);
    }
    expect(await profileOf('zalo', chatId)).toMatchObject({
      full_name: 'Lò Thị Mai',
      phone_e164: '+84912345678',
      priority_groups: [],
      consents: ['alerts'],
    });
    const { rows } = await db.query(
      'SELECT count(*)::int AS n FROM dialog_states ds JOIN channel_identities ci ON ci.id = ds.identity_id WHERE ci.chat_id = $1',
      [chatId],
    );
    expect(rows[0].n).toBe(0); // the flow is over
  });

  it('on Telegram, the same registration with button presses for the choices', async () => {
    const app = await startApp();
    const chatId = 7007;
    const replies = () => telegram.delivered(chatId);
    const lastButtons = () => telegram.sentTo(chatId).at(-1)?.replyMarkup?.inline_keyboard.flat() ?? [];
    const press = (n: number) => {
      const button = lastButtons()[n - 1];
      if (!button?.callback_data) throw new Error(`no button ${n}`);
      telegram.pushUpdate(callbackQueryUpdate({ chatId, data: button.callback_data }));
    };
    const type = (text: string) => telegram.pushUpdate(textUpdate({ chatId, text }));
    try {
      await say(() => type('/start'), replies);
      await say(() => press(1), replies); // register
      await say(() => press(1), replies); // consent
      await say(() => type('1990'), replies);
      // "Phổ Yên" is both today's Phường Phổ Yên and the former Phổ Yên city: the bot asks, the ward comes first.
      const place = await say(() => type('Phổ Yên'), replies);
      expect(place).toContain('Thành phố Phổ Yên cũ (Thái Nguyên)');
      expect(lastButtons()[0]!.text).toContain('Phường Phổ Yên');
      await say(() => press(1), replies);
      await say(() => type('thợ may'), replies);
      const confirm = await say(() => press(3), replies); // reach: whole country
      expect(confirm).toContain('Ngay khi có tin');
      await say(() => press(5), replies); // change how often
      await say(() => press(2), replies); // daily, morning: back at the confirm screen
      const done = await say(() => press(1), replies); // confirm
      expect(done).toContain('Không nộp bất kỳ khoản phí nào');
      await say(() => press(1), replies); // name: later
      await say(() => press(1), replies); // phone: later
      expect(await say(() => press(2), replies)).toContain('Bạn có muốn học nghề không?'); // priority status: no
      expect(await say(() => press(lastButtons().findIndex((b) => b.text.includes('bỏ qua')) + 1), replies)).toContain(
        'Xong rồi',
      ); // training: no
    } finally {
      await stopApp(app);
    }
    const profile = await profileOf('telegram', String(chatId));
    expect(profile).toMatchObject({
      occupations: ['garment'],
      reach: 'country',
      frequency: 'daily',
      digest_hour: 7,
      birth_year: 1990,
      consents: ['alerts'],
    });
    const { rows } = await db.query('SELECT name FROM regions WHERE code = $1', [profile.commune_code]);
    expect(rows[0].name).toContain('Phổ Yên');
  });
});
