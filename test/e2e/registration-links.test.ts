import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { callbackQueryUpdate, textUpdate } from '../fakes/telegram-api.ts';
import { zaloId } from '../fakes/zalo-api.ts';
import { say } from '../harness/running-app.ts';
import { startAppWithFakes, type AppWithFakes } from '../harness/app-with-fakes.ts';

vi.setConfig({ testTimeout: 120_000, hookTimeout: 90_000 });

/**
 * One-tap registration with the commune filled in, through the real `npm start` against the fake Zalo and
 * Telegram servers: Zalo's typed short code "DK 05860" and Telegram's deep link `/start c05860` each reach
 * "confirmed" (the profile saved) in 6 messages the person sends, counted from the code or link.
 */
describe('registration links end to end', () => {
  let telegram: AppWithFakes['telegram'];
  let zalo: AppWithFakes['zalo'];
  let db: AppWithFakes['db'];
  let world: AppWithFakes;

  beforeAll(async () => {
    world = await startAppWithFakes({
      name: 'links',
      postgresUrl: inject('postgresUrl'),
      redisUrl: inject('redisUrl'),
      redisIndex: 5,
    });
    ({ telegram, zalo, db } = world);
  });
  afterAll(async () => world?.stop());

  async function profileOf(channel: string, chatId: string) {
    const { rows } = await db.query(
      `SELECT w.commune_code, w.occupations, w.reach, p.birth_year
       FROM channel_identities ci JOIN people p ON p.id = ci.person_id JOIN worker_profiles w ON w.person_id = p.id
       WHERE ci.channel = $1 AND ci.chat_id = $2`,
      [channel, chatId],
    );
    return rows[0];
  }

  it('on Zalo, text only: "DK 05860" to confirmed in 6 messages', async () => {
    const chatId = zaloId();
    const script = ['DK 05860', '1', '1995', '2', '2', '1'];
    const answers: string[] = [];
    for (const text of script)
      answers.push(
        await say(
          () => zalo.injectText({ chatId, text, displayName: 'Lan' }),
          () => zalo.delivered(chatId),
        ),
      );
    expect(answers[0]).toContain('Bạn có đồng ý không?');
    expect(answers.at(-1)).toContain('Không nộp bất kỳ khoản phí nào');
    expect(script).toHaveLength(6);
    expect(await profileOf('zalo', chatId)).toEqual({
      commune_code: '05860',
      occupations: ['garment'],
      reach: 'province',
      birth_year: 1995,
    });
  });

  it('on Zalo, "dk 05860 may" with the trade: 5 messages', async () => {
    const chatId = zaloId();
    const script = ['dk 05860 may', '1', '1995', '2', '1'];
    for (const text of script)
      await say(
        () => zalo.injectText({ chatId, text, displayName: 'Hoa' }),
        () => zalo.delivered(chatId),
      );
    expect(await profileOf('zalo', chatId)).toMatchObject({ commune_code: '05860', occupations: ['garment'] });
  });

  it('on Telegram: /start c05860 (the deep link) to confirmed in 6 messages, buttons pressed', async () => {
    const chatId = 8118;
    const replies = () => telegram.delivered(chatId);
    const press = (n: number) => {
      const button = telegram.sentTo(chatId).at(-1)?.replyMarkup?.inline_keyboard.flat()[n - 1];
      if (!button?.callback_data) throw new Error(`no button ${n}`);
      telegram.pushUpdate(callbackQueryUpdate({ chatId, data: button.callback_data }));
    };
    const type = (text: string) => telegram.pushUpdate(textUpdate({ chatId, text }));
    const sent = [
      await say(() => type('/start c05860'), replies),
      await say(() => press(1), replies), // consent
      await say(() => type('1990'), replies),
      await say(() => type('thợ may'), replies),
      await say(() => press(3), replies), // reach: whole country
      await say(() => press(1), replies), // confirm
    ];
    expect(sent[0]).toContain('Bạn có đồng ý không?');
    expect(sent[3]).toContain('Bạn có thể đi làm ở đâu?');
    expect(sent.at(-1)).toContain('Không nộp bất kỳ khoản phí nào');
    expect(await profileOf('telegram', String(chatId))).toEqual({
      commune_code: '05860',
      occupations: ['garment'],
      reach: 'country',
      birth_year: 1990,
    });
  });
});
