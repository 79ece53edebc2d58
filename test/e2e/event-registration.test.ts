import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { zaloId } from '../fakes/zalo-api.ts';
import { waitFor } from '../harness/free-port.ts';
import {
  numberOf,
  startAppWithFakes,
  telegramPerson,
  zaloPerson,
  type AppWithFakes,
} from '../harness/app-with-fakes.ts';

vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

/**
 * Registering for a job fair through the real `npm start` against the fake Zalo and Telegram servers: workers who
 * registered through the bot get the fair's announcement (its outbox row relayed to the fan-out, as /taophien
 * queues it), and reach their ticket in 2 messages from it when their name and phone are known: "1" (register), then
 * a job's number on Zalo, text only; two button presses on Telegram. Capacity 2: a third worker waits, and is told
 * by the delivery that they moved up when the first says "Không đến được". The ticket's QR code is served.
 */
const STARTS = new Date(Date.now() + 3 * 24 * 60 * 60 * 1000);
const TITLE = 'Phiên việc làm Phổ Yên';

describe('event registration end to end', () => {
  let telegram: AppWithFakes['telegram'];
  let zalo: AppWithFakes['zalo'];
  let db: AppWithFakes['db'];
  let world: AppWithFakes;
  const lan = zaloId();
  const hoa = zaloId();
  const nam = 8214;
  let eventId = 0;

  const typeZalo = (chatId: string, text: string) => zaloPerson(zalo, chatId, 'Lan').type(text);
  const namOnTelegram = () => telegramPerson(telegram, nam);
  const telegramReplies = () => telegram.delivered(nam);
  const typeTelegram = (text: string) => namOnTelegram().type(text);
  /** Presses a button on the last message Nam got: by its number, or by a part of its label. */
  const press = (which: number | string) => namOnTelegram().press(which);

  async function knowNameAndPhone(channel: string, chatId: string, name: string, phone: string) {
    await db.query(
      `UPDATE people SET full_name = $3, phone_e164 = $4
       WHERE id = (SELECT person_id FROM channel_identities WHERE channel = $1 AND chat_id = $2)`,
      [channel, chatId, name, phone],
    );
  }

  async function registrationOf(channel: string, chatId: string) {
    const { rows } = await db.query(
      `SELECT r.id, r.ticket_code, r.status FROM event_registrations r
       JOIN channel_identities ci ON ci.person_id = r.person_id
       WHERE ci.channel = $1 AND ci.chat_id = $2 AND r.event_id = $3`,
      [channel, chatId, eventId],
    );
    return rows[0] as { id: string; ticket_code: string; status: string } | undefined;
  }

  /** Two joined employers with a vacancy each, and the fair (capacity 2) announced as /taophien does. */
  async function announceFair() {
    const vacancy = async (employer: string, title: string) => {
      const { rows } = await db.query(`INSERT INTO employers (name) VALUES ($1) RETURNING id`, [employer]);
      const employerId = rows[0].id;
      const inserted = await db.query(
        `INSERT INTO vacancies (employer_id, title, commune_code, province_code, occupation, headcount, wage_raw,
           deadline, contact, status, scam_reasons)
         SELECT $1, $2, code, province_code, 'garment', 10, '7-9 triệu/tháng', '2099-12-31', '0208 3850 123',
           'approved', '[]' FROM regions WHERE code = '05860'
         RETURNING id`,
        [employerId, title],
      );
      return { employerId, vacancyId: inserted.rows[0].id };
    };
    const jobs = [await vacancy('Xưởng may Phổ Yên', 'Công nhân may'), await vacancy('Kho Yên Bình', 'Phụ kho')];
    const { rows } = await db.query(
      `INSERT INTO events (kind, title, starts_at, commune_code, address, scope_region_code, target_region_codes,
         capacity, announce_at, status)
       VALUES ('fair', $1, $2, '05860', 'Nhà văn hoá tổ 3', '19', ARRAY['19'], 2, now(), 'scheduled') RETURNING id`,
      [TITLE, STARTS],
    );
    eventId = Number(rows[0].id);
    for (const job of jobs) {
      await db.query(`INSERT INTO event_employers (event_id, employer_id) VALUES ($1, $2)`, [eventId, job.employerId]);
      await db.query(`INSERT INTO event_vacancies (event_id, vacancy_id) VALUES ($1, $2)`, [eventId, job.vacancyId]);
    }
    await db.query(`INSERT INTO outbox (queue, job_name, payload) VALUES ('fanout', 'event.created', $1)`, [
      JSON.stringify({ eventId }),
    ]);
  }

  const announced = (replies: () => string[]) =>
    waitFor(
      'the announcement',
      async () => {
        if (!replies().some((text) => text.includes(TITLE))) throw new Error('not announced yet');
      },
      30_000,
    );

  beforeAll(async () => {
    world = await startAppWithFakes({
      name: 'eventreg',
      postgresUrl: inject('postgresUrl'),
      redisUrl: inject('redisUrl'),
      redisIndex: 2,
      env: { QUIET_HOURS: 'off' },
    });
    ({ telegram, zalo, db } = world);
    // Three workers of Phổ Yên, registered through the bot ("0": not now to the optional questions that follow,
    // which would otherwise keep a typed "1"); Lan and Nam have given their name and phone.
    for (const chatId of [lan, hoa])
      for (const text of ['DK 05860 may', '1', '1995', '2', '1', '0']) await typeZalo(chatId, text);
    await typeTelegram('/start c05860');
    await press(1);
    await typeTelegram('1990');
    await typeTelegram('thợ may');
    await press(2);
    await press(1);
    await typeTelegram('0');
    await knowNameAndPhone('zalo', lan, 'Nguyễn Thị Lan', '+84912345678');
    await knowNameAndPhone('telegram', String(nam), 'Lê Văn Nam', '+84987654321');
    await announceFair();
    await Promise.all([lan, hoa].map((chatId) => announced(() => zalo.delivered(chatId))));
    await announced(telegramReplies);
  });
  afterAll(async () => world?.stop());

  it('on Zalo, text only: from the announcement to the ticket in 2 messages; its QR code is served', async () => {
    const sent: string[] = [];
    const type = async (text: string) => {
      sent.push(text);
      return typeZalo(lan, text);
    };
    const pick = await type(numberOf(zalo.delivered(lan).at(-1)!, 'Đăng ký tham gia'));
    expect(pick).toContain('Bạn muốn phỏng vấn việc nào?');
    expect(pick).toContain('Phụ kho — Kho Yên Bình');
    const answers = [pick, await type(numberOf(pick, 'Công nhân may'))];
    const row = await registrationOf('zalo', lan);
    expect(row).toMatchObject({ status: 'registered' });
    expect(answers[1]).toContain(`Vé của bạn: ${row!.ticket_code}`);
    expect(answers[1]).toContain('Phỏng vấn: Công nhân may');
    expect(sent).toEqual(['1', expect.stringMatching(/^\d$/)]);
    const qr = await fetch(`http://127.0.0.1:${world.port}/events/ticket/${row!.ticket_code}.png`);
    expect(qr.status).toBe(200);
    expect(qr.headers.get('content-type')).toBe('image/png');
  });

  it('on Telegram: 2 button presses from the announcement to the ticket', async () => {
    const presses = [await press('Đăng ký tham gia'), await press('Phụ kho')];
    expect(presses[0]).toContain('Bạn muốn phỏng vấn việc nào?');
    const row = await registrationOf('telegram', String(nam));
    expect(row).toMatchObject({ status: 'registered' });
    expect(presses[1]).toContain(`Vé của bạn: ${row!.ticket_code}`);
    expect(presses[1]).toContain('Phỏng vấn: Phụ kho');
  });

  it('beyond capacity: the waiting list; "Không đến được" moves the first waiting up, told by the delivery', async () => {
    const pick = await typeZalo(hoa, '1');
    const waiting = await typeZalo(hoa, numberOf(pick, 'Bỏ qua'));
    const row = await registrationOf('zalo', hoa);
    expect(row).toMatchObject({ status: 'waiting' });
    expect(waiting).toContain(`danh sách chờ, thứ 1. Mã của bạn: ${row!.ticket_code}`);

    expect(await typeZalo(lan, '1')).toContain('Đã huỷ vé');
    expect(await registrationOf('zalo', lan)).toMatchObject({ status: 'cancelled' });
    await waitFor(
      'the moved-up message',
      async () => {
        if (!zalo.delivered(hoa).some((text) => text.includes('đã có chỗ cho bạn'))) throw new Error('not yet');
      },
      30_000,
    );
    expect(zalo.delivered(hoa).at(-1)).toContain(`Vé của bạn: ${row!.ticket_code}`);
    expect(await registrationOf('zalo', hoa)).toMatchObject({ status: 'registered' });
  });
});
