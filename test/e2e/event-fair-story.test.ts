import { spawnSync } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../../src/db/connect.ts';
import { DEFAULT_QUIET_HOURS } from '../../src/kernel/quiet-hours.ts';
import { DAY_MS, fromVietnamWallClock, vietnamIsoDate, vietnamWallClock } from '../../src/kernel/time.ts';
import { runScheduleJob } from '../../src/messaging/workers/schedule.ts';
import { computeFunnel, resolveScope } from '../../src/reporting/funnel.ts';
import { zaloId } from '../fakes/zalo-api.ts';
import {
  numberOf,
  startAppWithFakes,
  telegramPerson,
  zaloPerson,
  type AppWithFakes,
} from '../harness/app-with-fakes.ts';
import { waitFor } from '../harness/free-port.ts';
import { seedChatPerson, seedZaloWorkers } from '../harness/seed-people.ts';

vi.setConfig({ testTimeout: 180_000, hookTimeout: 180_000 });

/**
 * Issue 14's whole story over the fake Zalo and Telegram servers, through a real `npm start`:
 * an official of Thái Nguyên creates an on-site fair in Phổ Yên by chat (/taophien) with 19 seats, announced at once
 * to the 50 workers registered there; one employer joins from the official's invitation, the other by itself
 * (/cuaphien), each with its vacancy; 20 workers register from the announcement (the 20th waits); the reminders go
 * out the evening before at 19:00 and two hours before (the scheduler's job run on a fake clock, quarter hour by
 * quarter hour); 15 check in at the door; the employers record 8 interviews of which 3 hires; the day after, the
 * attendees with no result are asked once. The report in chat (/phien), the CLI's CSV and the dashboard's events
 * page show exactly those numbers, and the province's funnel counts the 3 hires once.
 */
const ROOT = path.resolve(import.meta.dirname, '../..');
const PHO_YEN = '05860';
const TITLE = 'Phiên việc làm Phổ Yên tháng 12';
const WORKERS = 50;
const SEATS = 19;
const FAIR_HOUR = 14;
const QUARTER_HOUR = 15 * 60 * 1000;

/**
 * A person at a fair types a code, reads the answer, then picks a result: not faster than a message a second, which
 * keeps an employer under the flood guard's 20 messages in 10 seconds (this test would otherwise type at machine speed).
 */
const typingPause = () => new Promise((resolve) => setTimeout(resolve, 1_000));

/** The reminders among what a worker received. */
const reminders = (received: string[]) => received.filter((text) => text.startsWith('⏰'));

const fairDay = vietnamWallClock(new Date(Date.now() + 3 * DAY_MS));
const STARTS = fromVietnamWallClock(fairDay.y, fairDay.m, fairDay.d, FAIR_HOUR);

describe('a job fair from creation to report, over the fakes', () => {
  const workerChats = Array.from({ length: WORKERS }, () => zaloId());
  const maiChat = zaloId();
  const official = 9101;
  const hoaChat = 9102;
  let world: AppWithFakes;
  let handle: DatabaseHandle;
  let eventId = 0;
  const tickets: string[] = [];

  const workers = () => workerChats.map((chatId, i) => zaloPerson(world.zalo, chatId, `Cong nhan ${i + 1}`));
  const hung = () => telegramPerson(world.telegram, official);
  const hoa = () => telegramPerson(world.telegram, hoaChat);
  const mai = () => zaloPerson(world.zalo, maiChat, 'Chi Mai');

  async function query<T>(text: string, values: unknown[] = []): Promise<T[]> {
    return (await world.db.query(text, values)).rows as T[];
  }

  /** 50 registered workers of Phổ Yên (garment), with name, phone and the alerts consent; two employers; Hùng. */
  async function seedPeople() {
    const workers = workerChats.map((chatId, i) => ({
      chatId,
      name: `Công nhân ${String(i + 1).padStart(2, '0')}`,
      phone: `+849120000${String(i + 1).padStart(2, '0')}`,
    }));
    await seedZaloWorkers(world.db, workers, { commune: PHO_YEN, occupations: ['garment'], reach: 'province' });
    await seedChatPerson(world.db, {
      name: 'Cán bộ Hùng',
      channel: 'telegram',
      chatId: String(official),
      role: 'official',
      region: '19',
    });
    const employer = async (owner: number, name: string, title: string) => {
      const [row] = await query<{ id: string }>(
        `INSERT INTO employers (name, owner_person_id, verified_at) VALUES ($1, $2, now()) RETURNING id`,
        [name, owner],
      );
      await world.db.query(
        `INSERT INTO vacancies (employer_id, title, commune_code, province_code, occupation, headcount, wage_raw,
           deadline, contact, status, scam_reasons)
         VALUES ($1, $2, $3, '19', 'garment', 20, '7-9 triệu/tháng', '2099-12-31', '0208 3850 123', 'approved', '[]')`,
        [row!.id, title, PHO_YEN],
      );
    };
    const owner = (name: string, channel: 'telegram' | 'zalo', chatId: string) =>
      seedChatPerson(world.db, { name, channel, chatId });
    await employer(await owner('Chị Mai', 'zalo', maiChat), 'Công ty May Mai Anh', 'Công nhân may');
    await employer(await owner('Chị Hoa', 'telegram', String(hoaChat)), 'Kho Yên Bình', 'Phụ kho');
  }

  beforeAll(async () => {
    world = await startAppWithFakes({
      name: 'fairstory',
      postgresUrl: inject('postgresUrl'),
      redisUrl: inject('redisUrl'),
      redisIndex: 8,
      zaloChats: [...workerChats, maiChat],
      telegramChats: [official, hoaChat],
      // The delivery sends at once whatever the hour this test runs; the reminders' timing is the scheduler's,
      // run below on a fake clock with the default quiet hours.
      env: { QUIET_HOURS: 'off' },
    });
    handle = await openDatabase({ databaseUrl: world.databaseUrl, dataDir: os.tmpdir(), poolSize: 2 });
    await seedPeople();
  });
  afterAll(async () => {
    await handle?.close();
    await world?.stop();
  });

  it('the official creates the fair by chat; it is announced to the 50 workers of Phổ Yên', async () => {
    const official = hung();
    expect(await official.type('/taophien')).toContain('1. Phiên giao dịch việc làm tại chỗ');
    await official.type('1');
    await official.type(TITLE);
    await official.type(`${fairDay.d}/${fairDay.m}/${fairDay.y} ${FAIR_HOUR}:00`);
    expect(await official.type('Phường Phổ Yên')).toContain('Địa chỉ?');
    const targets = await official.type('Nhà văn hoá tổ dân phố 3');
    expect(targets).toContain('Thông báo phiên này tới người lao động ở đâu?');
    const groups = await official.type('1');
    const capacity = await official.type(numberOf(groups, 'Bỏ qua, gửi cho mọi người'));
    expect(capacity).toContain('Phiên nhận tối đa bao nhiêu người?');
    const confirm = await official.type(String(SEATS));
    expect(confirm).toContain(`🪑 Số chỗ: ${SEATS}`);
    expect(confirm).toContain(`👥 Thông báo tới ${WORKERS} người và 0 nhóm chat`);
    expect(await official.type(numberOf(confirm, 'Tạo phiên và thông báo ngay'))).toContain('✅ Đã tạo phiên.');

    const [event] = await query<{ id: string; starts_at: Date }>(`SELECT id, starts_at FROM events`);
    eventId = Number(event!.id);
    expect(event!.starts_at.getTime()).toBe(STARTS.getTime());
    await waitFor(
      'the announcement to all 50',
      async () => {
        const told = workers().filter((w) => w.received().some((text) => text.includes(TITLE)));
        if (told.length < WORKERS) throw new Error(`${told.length} told`);
      },
      60_000,
    );
  });

  it('one employer joins from the invitation, the other by itself, each with its vacancy', async () => {
    const official = hung();
    await official.type('/cuaphien');
    const menu = await official.type('1');
    const invite = await official.type(numberOf(menu, 'Mời doanh nghiệp tham gia'));
    expect(await official.type(numberOf(invite, 'Công ty May Mai Anh'))).toContain('Đã mời 1 doanh nghiệp');
    await official.type('/huy');
    await waitFor(
      'the invitation',
      async () => {
        if (
          !mai()
            .received()
            .some((text) => text.includes('mời Công ty May Mai Anh'))
        )
          throw new Error('not yet');
      },
      30_000,
    );
    const employerMai = mai();
    const jobs = await employerMai.type(numberOf(employerMai.received().at(-1)!, 'Tham gia phiên'));
    const extra = await employerMai.type(numberOf(jobs, 'Công nhân may'));
    expect(await employerMai.type('không')).toContain('✅ Bạn đã tham gia');

    const employerHoa = hoa();
    expect(await employerHoa.type('/cuaphien')).toContain(`1. ${TITLE}`);
    const hoaJobs = await employerHoa.type('1');
    await employerHoa.type(numberOf(hoaJobs, 'Phụ kho'));
    expect(await employerHoa.type('5')).toContain('✅ Bạn đã tham gia');
    expect(extra).toContain('tuyển thêm');

    const joined = await query<{ name: string; status: string }>(
      `SELECT e.name, ee.status FROM event_employers ee JOIN employers e ON e.id = ee.employer_id
       WHERE ee.event_id = $1 ORDER BY e.name`,
      [eventId],
    );
    expect(joined).toEqual([
      { name: 'Công ty May Mai Anh', status: 'joined' },
      { name: 'Kho Yên Bình', status: 'joined' },
    ]);
  });

  it('20 register from the announcement in 2 messages each; the 20th waits', async () => {
    const all = workers();
    for (const [i, worker] of all.slice(0, 20).entries()) {
      const announcement = worker.received().find((text) => text.includes(TITLE))!;
      const pick = await worker.type(numberOf(announcement, 'Đăng ký tham gia'));
      expect(pick).toContain('Bạn muốn phỏng vấn việc nào?');
      const job = i % 3 === 0 ? 'Phụ kho' : i % 3 === 1 ? 'Công nhân may' : 'Bỏ qua';
      const answer = await worker.type(numberOf(pick, job));
      const code = /(?:Vé của bạn|Mã của bạn): ([A-Z0-9]{6})/.exec(answer)?.[1];
      if (!code) throw new Error(`no ticket in ${answer}`);
      tickets.push(code);
      if (i < SEATS) expect(answer).toContain(`Vé của bạn: ${code}`);
      else expect(answer).toContain('danh sách chờ, thứ 1');
    }
    const statuses = await query<{ status: string; n: number }>(
      `SELECT status, count(*)::int AS n FROM event_registrations WHERE event_id = $1 GROUP BY status ORDER BY 1`,
      [eventId],
    );
    expect(statuses).toEqual([
      { status: 'registered', n: SEATS },
      { status: 'waiting', n: 1 },
    ]);
  });

  it('the reminders go out at 19:00 the evening before and two hours before, Vietnam time, once each', async () => {
    const due: { at: string; reminded: number }[] = [];
    const from = Math.ceil(Date.now() / QUARTER_HOUR) * QUARTER_HOUR;
    for (let at = from; at < STARTS.getTime(); at += QUARTER_HOUR) {
      const result = await runScheduleJob(
        { db: handle.db, quietHours: DEFAULT_QUIET_HOURS, retentionDays: 30 },
        'eventReminders',
        new Date(at),
      );
      if ((result.reminded ?? 0) > 0) {
        const c = vietnamWallClock(new Date(at));
        due.push({ at: `${c.d}/${c.m} ${c.h}:${String(c.min).padStart(2, '0')}`, reminded: result.reminded! });
      }
    }
    const eve = vietnamWallClock(new Date(STARTS.getTime() - DAY_MS));
    expect(due).toEqual([
      { at: `${eve.d}/${eve.m} 19:00`, reminded: SEATS },
      { at: `${fairDay.d}/${fairDay.m} ${FAIR_HOUR - 2}:00`, reminded: SEATS },
    ]);

    // The delivery runs on the real clock: the rows the fake clock wrote for later are made due now.
    await world.db.query(
      `UPDATE notifications SET not_before = now() WHERE kind IN ('event_reminder_evening', 'event_reminder_soon')`,
    );
    const all = workers();
    await waitFor(
      'the reminders',
      async () => {
        const reminded = all.filter((w) => reminders(w.received()).length === 2);
        if (reminded.length < SEATS) throw new Error(`${reminded.length} reminded twice`);
      },
      60_000,
    );
    const evening = `⏰ Nhắc lịch: ngày mai bạn tham gia «${TITLE}».`;
    const soon = `⏰ Khoảng 2 giờ nữa là đến «${TITLE}».`;
    for (const [i, worker] of all.slice(0, SEATS).entries()) {
      const [first, second] = reminders(worker.received());
      expect(first).toContain(evening);
      expect(second).toContain(soon);
      expect(second).toContain(`Vé của bạn: ${tickets[i]}`);
    }
    expect(reminders(all[SEATS]!.received())).toEqual([]);
    expect(all.slice(20).every((w) => reminders(w.received()).length === 0)).toBe(true);
  });

  it('15 check in at the door: 12 typed by the official, 3 by an employer', async () => {
    const door = async (person: ReturnType<typeof hung> | ReturnType<typeof mai>, codes: string[]) => {
      await person.type('/cuaphien');
      const actions = await person.type('1');
      expect(await person.type(numberOf(actions, 'Điểm danh tại cửa'))).toContain('mã vé');
      for (const code of codes) expect(await person.type(code.toLowerCase())).toContain('— đã vào');
      await person.type('/huy');
    };
    await door(hung(), tickets.slice(0, 12));
    await door(mai(), tickets.slice(12, 15));
    const [row] = await query<{ attended: number }>(
      `SELECT count(*)::int AS attended FROM event_registrations WHERE event_id = $1 AND status = 'attended'`,
      [eventId],
    );
    expect(row!.attended).toBe(15);
  });

  it('the employers record 8 interviews, 4 offers and 3 hires; a hire typed again changes nothing', async () => {
    const record = async (person: ReturnType<typeof hoa> | ReturnType<typeof mai>, results: [number, string][]) => {
      await person.type('/cuaphien');
      const actions = await person.type('1');
      expect(await person.type(numberOf(actions, 'Ghi kết quả phỏng vấn'))).toContain('mã vé');
      for (const [worker, result] of results) {
        await typingPause();
        const ask = await person.type(tickets[worker]!);
        expect(ask).toContain('kết quả thế nào?');
        expect(await person.type(numberOf(ask, result))).toContain(
          `✅ Đã ghi: Công nhân ${String(worker + 1).padStart(2, '0')}`,
        );
      }
      await person.type('/huy');
    };
    await record(hoa(), [
      [0, 'Nhận vào làm'],
      [3, 'Nhận vào làm'],
      [6, 'Không nhận'],
      [9, 'Đã phỏng vấn'],
    ]);
    await record(mai(), [
      [1, 'Đã phỏng vấn'],
      [1, 'Đã mời nhận việc'],
      [1, 'Nhận vào làm'],
      [4, 'Không nhận'],
      [7, 'Đã phỏng vấn'],
      [10, 'Đã mời nhận việc'],
      [1, 'Nhận vào làm'],
    ]);
    const statuses = await query<{ status: string; n: number }>(
      `SELECT status, count(*)::int AS n FROM applications WHERE event_id = $1 GROUP BY status ORDER BY 1`,
      [eventId],
    );
    expect(statuses).toEqual([
      { status: 'hired', n: 3 },
      { status: 'introduced', n: 2 },
      { status: 'not_hired', n: 2 },
      { status: 'offered', n: 1 },
    ]);
  });

  it('the day after at 09:00, the 10 attendees with no result are asked once', async () => {
    const run = (at: Date) =>
      runScheduleJob({ db: handle.db, quietHours: DEFAULT_QUIET_HOURS, retentionDays: 30 }, 'eventFollowups', at);
    expect(await run(fromVietnamWallClock(fairDay.y, fairDay.m, fairDay.d, 9))).toEqual({ asked: 0 });
    const dayAfter = vietnamWallClock(new Date(STARTS.getTime() + DAY_MS));
    const nine = fromVietnamWallClock(dayAfter.y, dayAfter.m, dayAfter.d, 9);
    expect(await run(nine)).toEqual({ asked: 10 });
    expect(await run(new Date(nine.getTime() + DAY_MS))).toEqual({ asked: 0 });
    const asked = await query<{ ticket_code: string }>(
      `SELECT r.ticket_code FROM notifications n JOIN event_registrations r ON r.id = n.ref_id
       WHERE n.kind = 'event_followup' ORDER BY r.ticket_code`,
    );
    const noResult = [2, 5, 7, 8, 9, 10, 11, 12, 13, 14].map((i) => tickets[i]!).sort();
    expect(asked.map((r) => r.ticket_code)).toEqual(noResult);
  });

  it("the report shows exactly those numbers in chat, in the CLI's CSV and on the dashboard", async () => {
    const official = hung();
    await official.type('/phien');
    const report = await official.type('1');
    expect(report).toContain(`📋 ${TITLE}`);
    expect(report).toContain('Nhà tuyển dụng: 2, vị trí: 2, chỉ tiêu: 45');
    expect(report).toContain('Đăng ký: 20, có mặt: 15');
    expect(report).toContain('Phỏng vấn: 8, được mời làm: 4, được tuyển: 3');

    const cli = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'src/app/cli.ts', 'event-report', '--id', String(eventId), '--format', 'csv'],
      {
        cwd: ROOT,
        env: { ...process.env, DATABASE_URL: world.databaseUrl, LOG_LEVEL: 'silent' },
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    expect(cli.status).toBe(0);
    const lines = cli.stdout.split('\n');
    const header = lines.indexOf(`Event ${eventId}`) + 1;
    expect(lines[header], cli.stdout).toBe(
      'Event,Employers,Vacancies,Headcount,Registered,Attended,Interviewed,Offered,Hired',
    );
    expect(lines[header + 1]).toBe(`${TITLE},2,2,45,20,15,8,4,3`);

    const dashboard = await dashboardEventsPage();
    const row = new RegExp(`<tr data-event="${eventId}">(.*?)</tr>`, 's').exec(dashboard)?.[1] ?? '';
    const cells = Object.fromEntries(
      [...row.matchAll(/<td class="n" data-measure="(\w+)">([^<]*)<\/td>/g)].map((m) => [m[1], m[2]]),
    );
    expect(cells).toEqual({
      employers: '2',
      vacancies: '2',
      headcount: '45',
      registered: '20',
      attended: '15',
      interviewed: '8',
      offered: '4',
      hired: '3',
    });
  });

  it("the province's funnel counts the 3 hires once, and the 8 interviews as introductions", async () => {
    const today = vietnamIsoDate(new Date());
    const scope = await resolveScope(handle.db, '19');
    const funnel = await computeFunnel(handle.db, scope!, { from: today, to: today });
    expect(funnel.total.hired).toBe(3);
    expect(funnel.total.introduced).toBe(8);
  });

  /** The official's /baocao link, spent as the browser's button does, then the events page with the session. */
  async function dashboardEventsPage(): Promise<string> {
    const reply = await hung().type('/baocao');
    const link = /https?:\/\/[^\s]+\/dashboard\/login\?token=([A-Za-z0-9_-]{43})/.exec(reply);
    if (!link) throw new Error(`no link in ${reply}`);
    const base = `http://127.0.0.1:${world.port}`;
    const login = await fetch(`${base}/dashboard/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', origin: base },
      body: new URLSearchParams({ token: link[1]! }).toString(),
      redirect: 'manual',
    });
    expect(login.status).toBe(303);
    const cookie = login.headers.get('set-cookie')?.split(';')[0];
    if (!cookie) throw new Error('no session cookie');
    const page = await fetch(`${base}/dashboard/events`, { headers: { cookie } });
    expect(page.status).toBe(200);
    return page.text();
  }
});
