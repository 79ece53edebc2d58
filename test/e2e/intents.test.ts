import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { textUpdate } from '../fakes/telegram-api.ts';
import { zaloId } from '../fakes/zalo-api.ts';
import { say } from '../harness/running-app.ts';
import { startAppWithFakes, type AppWithFakes } from '../harness/app-with-fakes.ts';

vi.setConfig({ testTimeout: 120_000, hookTimeout: 90_000 });

/**
 * People say what they want in their own words, through the real `npm start` against the fake Zalo and Telegram
 * servers: an official's /trogiup lists what officials can do; a worker's "tìm việc may ở Phổ Yên" opens the
 * registration with the trade and province filled in (the commune is asked, as Phổ Yên is also a former town), an
 * employer's "tôi muốn đăng tin tuyển người" opens posting, and "vay vốn" gets where to go.
 */
describe('intents end to end', () => {
  let telegram: AppWithFakes['telegram'];
  let zalo: AppWithFakes['zalo'];
  let db: AppWithFakes['db'];
  let world: AppWithFakes;

  beforeAll(async () => {
    world = await startAppWithFakes({
      name: 'intents',
      postgresUrl: inject('postgresUrl'),
      redisUrl: inject('redisUrl'),
      redisIndex: 3,
    });
    ({ telegram, zalo, db } = world);
  });
  afterAll(async () => world?.stop());

  it("an official's /trogiup lists the officials' commands, on Zalo and on Telegram", async () => {
    const makeOfficial = (channel: string, chatId: string) =>
      db.query(
        `INSERT INTO roles (person_id, role, region_code, granted_via)
         SELECT person_id, 'official', '19', 'cli' FROM channel_identities WHERE channel = $1 AND chat_id = $2`,
        [channel, chatId],
      );
    const zaloChat = zaloId();
    const onZalo = (text: string) =>
      say(
        () => zalo.injectText({ chatId: zaloChat, text, displayName: 'Cán bộ xã' }),
        () => zalo.delivered(zaloChat),
      );
    const telegramChat = 7132;
    const onTelegram = (text: string) =>
      say(
        () => telegram.pushUpdate(textUpdate({ chatId: telegramChat, text })),
        () => telegram.delivered(telegramChat),
      );
    expect(await onZalo('/trogiup')).not.toContain('/duyet');
    await onTelegram('/start');
    await makeOfficial('zalo', zaloChat);
    await makeOfficial('telegram', String(telegramChat));
    for (const help of [await onZalo('/trogiup'), await onTelegram('/trogiup')]) {
      for (const command of ['/duyet', '/phatsong', '/thongke', '/ketqua', '/baocao', '/nhom'])
        expect(help).toContain(command);
    }
  });

  it('on Zalo, text only: an employer\'s "toi muon dang tin tuyen nguoi" opens posting', async () => {
    const chatId = zaloId();
    const reply = await say(
      () => zalo.injectText({ chatId, text: 'toi muon dang tin tuyen nguoi', displayName: 'Chủ xưởng' }),
      () => zalo.delivered(chatId),
    );
    expect(reply).toContain('Đăng tin tuyển dụng: mình hỏi vài câu ngắn');
  });

  it('on Zalo, text only: "tim viec may o pho yen" registers a garment worker, asking only what is missing', async () => {
    const chatId = zaloId();
    const send = (text: string) =>
      say(
        () => zalo.injectText({ chatId, text, displayName: 'Lò Thị Mai' }),
        () => zalo.delivered(chatId),
      );
    const script = ['tim viec may o pho yen', '1', '1996', 'Phổ Yên', '1', '2', '1'];
    const answers: string[] = [];
    for (const text of script) answers.push(await send(text));
    expect(answers[0]).toContain('đồng ý'); // consent first, as always
    expect(answers[2]).toContain('Thái Nguyên'); // the commune question names the province already read
    expect(answers[4]).toContain('Bạn có thể đi làm ở đâu?'); // the trade is not asked: "may" was read
    expect(answers.at(-1)).toContain('Không nộp bất kỳ khoản phí nào');
    const { rows } = await db.query(
      `SELECT w.commune_code, w.occupations, w.reach FROM channel_identities ci
       JOIN worker_profiles w ON w.person_id = ci.person_id WHERE ci.channel = 'zalo' AND ci.chat_id = $1`,
      [chatId],
    );
    expect(rows[0]).toEqual({ commune_code: '05860', occupations: ['garment'], reach: 'province' });
  });

  it('on Telegram: an employer\'s "tôi muốn đăng tin tuyển người" opens posting; "vay vốn" says where to go', async () => {
    const chatId = 7131;
    const send = (text: string) =>
      say(
        () => telegram.pushUpdate(textUpdate({ chatId, text })),
        () => telegram.delivered(chatId),
      );
    expect(await send('tôi muốn đăng tin tuyển người')).toContain('Đăng tin tuyển dụng: mình hỏi vài câu ngắn');
    expect(await send('/huy')).toContain('Đã huỷ');
    // and a worker's request in a sentence, on Telegram too: registration with the trade filled in
    await send('/huy');
    expect(await send('em muốn tìm việc thợ may')).toContain('đồng ý');
    await send('/huy');
    const loan = await send('cho em hỏi vay vốn');
    expect(loan).toContain('Ngân hàng Chính sách xã hội');
    expect(loan).toContain('Thông tin tham khảo');
  });
});
