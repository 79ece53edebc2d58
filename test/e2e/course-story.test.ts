import os from 'node:os';
import { afterAll, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { openDatabase, type DatabaseHandle } from '../../src/db/connect.ts';
import { DEFAULT_QUIET_HOURS } from '../../src/kernel/quiet-hours.ts';
import { DAY_MS, vietnamIsoDate, vietnamWallClock } from '../../src/kernel/time.ts';
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
 * Issue 15's story over the fake Zalo and Telegram servers, through a real `npm start`:
 * a provider posts a welding course by chat (/dangkhoahoc), an official of Thái Nguyên approves it (/duyet), and
 * it reaches exactly the people it is for — the workers who want to learn welding within reach, and the welders who
 * have found no work for 30 days — and nobody else (out of reach, matched recently, offered a course last week,
 * another trade), never twice; 12 sign up in 2 messages each, one asks a question and gets the provider's answer,
 * one is not interested; the provider confirms 10 and completes 8 (/khoahoc); the 8 add welding to their profile and
 * at once see the open welding vacancy; 60 days later (the scheduler on a fake clock) they are asked whether they
 * work in the trade. The provider's list, /thongke and the funnel show 12 / 10 / 8 and the answers.
 */
const PHO_YEN = '05860';
const TRADE = 'mechanic_welding';
const COURSE = 'Hàn điện cơ bản';
const PROVIDER = 'Trường Trung cấp nghề Thái Nguyên';
const VACANCY = 'Thợ hàn khung thép';

const startDay = vietnamWallClock(new Date(Date.now() + 20 * DAY_MS));

interface Group {
  name: string;
  count: number;
  commune: string;
  reach: 'commune' | 'province';
  occupations: string[];
  training: string[];
  /** Days since they registered. */
  age: number;
  /** A welding alert written this many days ago. */
  alertedDaysAgo?: number;
  courseOfferedDaysAgo?: number;
}

describe('a vocational course from posting to work, over the fakes', () => {
  const provider = 9201;
  const official = 9202;
  let world: AppWithFakes;
  let handle: DatabaseHandle;
  let courseId = 0;
  let haNoiCommune = '';
  const chats = new Map<string, string[]>();

  const groups = (): Group[] => [
    {
      name: 'wants',
      count: 12,
      commune: PHO_YEN,
      reach: 'province',
      occupations: ['construction'],
      training: [TRADE],
      age: 5,
    },
    { name: 'idle_welder', count: 4, commune: PHO_YEN, reach: 'province', occupations: [TRADE], training: [], age: 40 },
    {
      name: 'far',
      count: 2,
      commune: haNoiCommune,
      reach: 'commune',
      occupations: ['construction'],
      training: [TRADE],
      age: 5,
    },
    {
      name: 'busy_welder',
      count: 2,
      commune: PHO_YEN,
      reach: 'province',
      occupations: [TRADE],
      training: [],
      age: 40,
      alertedDaysAgo: 5,
    },
    {
      name: 'offered',
      count: 1,
      commune: PHO_YEN,
      reach: 'province',
      occupations: [TRADE],
      training: [],
      age: 40,
      courseOfferedDaysAgo: 10,
    },
    { name: 'new_welder', count: 1, commune: PHO_YEN, reach: 'province', occupations: [TRADE], training: [], age: 5 },
    { name: 'tailor', count: 3, commune: PHO_YEN, reach: 'province', occupations: ['garment'], training: [], age: 40 },
  ];
  const inGroup = (name: string) =>
    (chats.get(name) ?? []).map((chatId, i) => zaloPerson(world.zalo, chatId, `${name} ${i + 1}`));
  const thu = () => telegramPerson(world.telegram, provider);
  const hung = () => telegramPerson(world.telegram, official);
  const announced = (received: string[]) => received.filter((text) => text.includes(`${COURSE} (3 tháng)`));

  async function query<T>(text: string, values: unknown[] = []): Promise<T[]> {
    return (await world.db.query(text, values)).rows as T[];
  }

  /** The workers of each group (Zalo, name and phone known, the alerts consent), the provider and the official. */
  async function seedPeople() {
    let n = 0;
    for (const group of groups()) {
      const ids = chats.get(group.name) ?? [];
      const workers = ids.map((chatId, i) => ({
        chatId,
        name: `${group.name} ${i + 1}`,
        phone: `+8491300${String(++n).padStart(4, '0')}`,
      }));
      await seedZaloWorkers(world.db, workers, {
        commune: group.commune,
        occupations: group.occupations,
        reach: group.reach,
        training: group.training,
        registeredDaysAgo: group.age,
        ...(group.courseOfferedDaysAgo === undefined ? {} : { courseOfferedDaysAgo: group.courseOfferedDaysAgo }),
      });
      if (group.alertedDaysAgo !== undefined)
        await world.db.query(
          `WITH employer AS (INSERT INTO employers (name) VALUES ('Xưởng cơ khí Đại Từ') RETURNING id),
           vacancy AS (
             INSERT INTO vacancies (employer_id, title, commune_code, province_code, occupation, headcount, wage_raw,
               deadline, contact, status, scam_reasons)
             SELECT id, 'Thợ hàn', '05830', '19', $1, 2, '9 triệu', '2026-01-01', '0208 3850 999', 'closed', '[]'
             FROM employer RETURNING id)
           INSERT INTO notifications (kind, ref_id, person_id, identity_id, channel, status, created_at, not_before)
           SELECT 'vacancy', vacancy.id, ci.person_id, ci.id, 'zalo', 'sent', now() - make_interval(days => $3::int),
             now() - make_interval(days => $3::int)
           FROM vacancy, channel_identities ci WHERE ci.chat_id = ANY($2::text[])`,
          [TRADE, ids, group.alertedDaysAgo],
        );
    }
    await seedChatPerson(world.db, { name: 'Cô Thu', channel: 'telegram', chatId: String(provider), role: 'provider' });
    await seedChatPerson(world.db, {
      name: 'Cán bộ Hùng',
      channel: 'telegram',
      chatId: String(official),
      role: 'official',
      region: '19',
    });
  }

  beforeAll(async () => {
    chats.clear();
    for (const group of groups())
      chats.set(
        group.name,
        Array.from({ length: group.count }, () => zaloId()),
      );
    world = await startAppWithFakes({
      name: 'coursestory',
      postgresUrl: inject('postgresUrl'),
      redisUrl: inject('redisUrl'),
      redisIndex: 9,
      zaloChats: [...chats.values()].flat(),
      telegramChats: [provider, official],
      // The delivery sends at once whatever the hour this test runs; the quiet hours of the course's announcement
      // are the fan-out's (tested on PostgreSQL in test/integration/features/course-fanout.test.ts).
      env: { QUIET_HOURS: 'off' },
    });
    handle = await openDatabase({ databaseUrl: world.databaseUrl, dataDir: os.tmpdir(), poolSize: 2 });
    haNoiCommune = (await query<{ code: string }>(`SELECT code FROM regions WHERE province_code = '01' LIMIT 1`))[0]!
      .code;
    // groups() reads haNoiCommune: the Hà Nội group's commune is known only now.
    await seedPeople();
  });
  afterAll(async () => {
    await handle?.close();
    await world?.stop();
  });

  it('the provider posts the course by chat; the official approves it in /duyet', async () => {
    const school = thu();
    const answers: string[] = [];
    const heard = async (reply: Promise<string>) => {
      answers.push(await reply);
      return answers.at(-1)!;
    };
    const type = (text: string) => heard(school.type(text));
    const press = (label: string) => heard(school.press(label));
    await type('/dangkhoahoc');
    await type(PROVIDER);
    await type(COURSE);
    await type('hàn');
    await press('Sơ cấp');
    await type('Phường Phổ Yên');
    await type('Xưởng thực hành, tổ 5');
    await type(`${startDay.d}/${startDay.m}/${startDay.y}`);
    await type('3 tháng');
    await press('ban ngày');
    await type('15');
    await press('Miễn phí');
    await type('Hỗ trợ tiền ăn 30.000 đồng/ngày');
    await type('3 triệu');
    const preview = await type('0208 3850 777');
    expect(preview, answers.join('\n---\n')).toContain(`${COURSE} (3 tháng)`);
    expect(preview).toContain('được hỗ trợ đến 3.000.000 đồng');
    await press('Gửi duyệt');
    const [course] = await query<{ id: string; status: string; occupation: string; seats: number }>(
      `SELECT id, status, occupation, seats FROM courses`,
    );
    expect(course).toMatchObject({ status: 'pending', occupation: TRADE, seats: 15 });
    courseId = Number(course!.id);

    const review = await hung().type('/duyet');
    expect(review).toContain(COURSE);
    expect(await hung().press('Duyệt')).toContain(`Đã duyệt khoá học: ${COURSE}`);
  });

  it('reaches exactly those who want welding within reach and the idle welders, never twice', async () => {
    const expected = [...inGroup('wants'), ...inGroup('idle_welder')];
    await waitFor(
      'the announcements',
      async () => {
        const told = expected.filter((w) => announced(w.received()).length > 0);
        if (told.length < expected.length) throw new Error(`${told.length} of ${expected.length}`);
      },
      60_000,
    );
    for (const name of ['far', 'busy_welder', 'offered', 'new_welder', 'tailor'])
      for (const worker of inGroup(name)) expect(worker.received(), name).toEqual([]);
    expect(announced(inGroup('idle_welder')[0]!.received())[0]).toContain('Chưa có việc hợp với bạn?');
    expect(announced(inGroup('wants')[0]!.received())[0]).toContain('Khoá học nghề mới gần bạn');

    // The job again (a retry): nothing is written or sent twice.
    await world.db.query(`INSERT INTO outbox (queue, job_name, payload) VALUES ('fanout', 'course.approved', $1)`, [
      JSON.stringify({ courseId }),
    ]);
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    const [written] = await query<{ n: number }>(
      `SELECT count(*)::int AS n FROM notifications WHERE kind = 'course' AND ref_id = $1`,
      [courseId],
    );
    expect(written!.n).toBe(expected.length);
    expect(expected.every((w) => announced(w.received()).length === 1)).toBe(true);
  });

  it('12 sign up in 2 messages each; one asks and hears back; one is not interested', async () => {
    const signers = [...inGroup('wants').slice(0, 10), ...inGroup('idle_welder').slice(0, 2)];
    for (const worker of signers) {
      const card = announced(worker.received())[0]!;
      const consent = await worker.type(numberOf(card, 'Đăng ký học'));
      expect(consent).toContain(`«${PROVIDER}»`);
      expect(await worker.type(numberOf(consent, 'Đồng ý và đăng ký'))).toContain(`✅ Bạn đã đăng ký khoá «${COURSE}»`);
    }
    const curious = inGroup('wants')[10]!;
    await curious.type(numberOf(announced(curious.received())[0]!, 'Hỏi thêm'));
    expect(await curious.type('Học có được hỗ trợ tiền xe không ạ?')).toContain('Đã gửi câu hỏi');
    await waitFor(
      'the question at the school',
      async () => {
        if (
          !thu()
            .received()
            .some((text) => text.includes('Học có được hỗ trợ tiền xe không ạ?'))
        )
          throw new Error('not yet');
      },
      30_000,
    );
    await thu().press('Trả lời');
    await thu().type('Có, hỗ trợ 200.000 đồng mỗi tháng.');
    await waitFor(
      'the answer',
      async () => {
        if (!curious.received().some((text) => text.includes('Đáp: Có, hỗ trợ 200.000 đồng mỗi tháng.')))
          throw new Error('not yet');
      },
      30_000,
    );
    const uninterested = inGroup('wants')[11]!;
    expect(await uninterested.type(numberOf(announced(uninterested.received())[0]!, 'Không quan tâm'))).toContain(
      'Đã ghi nhận',
    );
    const statuses = await query<{ status: string; n: number }>(
      `SELECT status, count(*)::int AS n FROM course_enrolments WHERE course_id = $1 GROUP BY status`,
      [courseId],
    );
    expect(statuses).toEqual([{ status: 'signed_up', n: 12 }]);
  });

  it('the provider confirms 10 and completes 8; the 8 add welding and see the open welding job at once', async () => {
    await handle.db
      .insertInto('vacancies')
      .values({
        employer_id: (
          await handle.db
            .insertInto('employers')
            .values({ name: 'Cơ khí Phổ Yên' })
            .returning('id')
            .executeTakeFirstOrThrow()
        ).id,
        title: VACANCY,
        occupation: TRADE,
        commune_code: PHO_YEN,
        province_code: '19',
        headcount: 10,
        wage_raw: '9-11 triệu/tháng',
        deadline: '2099-12-31',
        contact: '0208 3850 555',
        status: 'approved',
        scam_reasons: '[]',
      })
      .execute();
    const school = thu();
    await school.type('/khoahoc');
    await school.press(COURSE);
    const enrolPick = await school.press('Xác nhận nhập học');
    expect(enrolPick).toContain('Ai đã nhập học?');
    expect(await school.type('1 2 3 4 5 6 7 8 9 10')).toContain('✅ Đã xác nhận nhập học: 10 người.');
    await school.type('/khoahoc');
    await school.press(COURSE);
    await school.press('Ghi hoàn thành');
    expect(await school.type('1 2 3 4 5 6 7 8')).toContain('✅ Đã ghi hoàn thành: 8 người.');
    await school.type('/huy');

    const completed = await query<{ chat_id: string }>(
      `SELECT ci.chat_id FROM course_enrolments e JOIN channel_identities ci ON ci.person_id = e.person_id
       WHERE e.course_id = $1 AND e.status = 'completed'`,
      [courseId],
    );
    expect(completed).toHaveLength(8);
    const learners = completed.map(({ chat_id }) => zaloPerson(world.zalo, chat_id));
    await waitFor(
      'the congratulations',
      async () => {
        const told = learners.filter((l) => l.received().some((text) => text.includes('Thêm nghề')));
        if (told.length < 8) throw new Error(`${told.length} told`);
      },
      60_000,
    );
    for (const learner of learners) {
      const question = learner.received().findLast((text) => text.includes('Thêm nghề'))!;
      const reply = await learner.type(numberOf(question, 'Có'));
      expect(reply).toContain('✅ Đã thêm nghề');
      expect(reply).toContain(VACANCY);
    }
    const [profiles] = await query<{ n: number }>(
      `SELECT count(*)::int AS n FROM worker_profiles w JOIN course_enrolments e ON e.person_id = w.person_id
       WHERE e.course_id = $1 AND e.status = 'completed' AND w.occupations @> ARRAY[$2]::text[]`,
      [courseId, TRADE],
    );
    expect(profiles!.n).toBe(8);
  });

  it('60 days on, the 8 are asked whether they work in welding; 5 say yes', async () => {
    const run = (at: Date) =>
      runScheduleJob({ db: handle.db, quietHours: DEFAULT_QUIET_HOURS, retentionDays: 30 }, 'courseFollowups', at);
    expect(await run(new Date(Date.now() + 59 * DAY_MS))).toMatchObject({ asked: 0 });
    expect(await run(new Date(Date.now() + 61 * DAY_MS))).toMatchObject({ asked: 8 });
    expect(await run(new Date(Date.now() + 62 * DAY_MS))).toMatchObject({ asked: 0 });
    // The delivery runs on the real clock: the rows the fake clock wrote for later are made due now, and the
    // learners' last chat (the job list they saw) is as old as it would be by then.
    await world.db.query(`UPDATE notifications SET not_before = now() WHERE kind = 'course_followup'`);
    await world.db.query(`UPDATE dialog_states SET updated_at = now() - interval '60 days'`);
    const completed = await query<{ chat_id: string }>(
      `SELECT ci.chat_id FROM course_enrolments e JOIN channel_identities ci ON ci.person_id = e.person_id
       WHERE e.course_id = $1 AND e.status = 'completed' ORDER BY ci.chat_id`,
      [courseId],
    );
    const learners = completed.map(({ chat_id }) => zaloPerson(world.zalo, chat_id));
    const asked = (l: (typeof learners)[number]) =>
      l.received().findLast((text) => text.includes('Bạn có đang làm nghề'));
    await waitFor(
      'the 60-day question',
      async () => {
        if (learners.some((l) => asked(l) === undefined)) throw new Error('not yet');
      },
      60_000,
    );
    for (const [i, learner] of learners.entries()) await learner.type(numberOf(asked(learner)!, i < 5 ? 'Có' : 'Chưa'));
    const answers = await query<{ works_in_trade: boolean; n: number }>(
      `SELECT works_in_trade, count(*)::int AS n FROM course_enrolments
       WHERE course_id = $1 AND followup_answered_at IS NOT NULL GROUP BY 1 ORDER BY 1`,
      [courseId],
    );
    expect(answers).toEqual([
      { works_in_trade: false, n: 3 },
      { works_in_trade: true, n: 5 },
    ]);
  });

  it("the provider's list, /thongke and the funnel show 12 / 10 / 8 and the 5 at work", async () => {
    const list = await thu().type('/khoahoc');
    const buttons = world.telegram.sentTo(provider).at(-1)?.replyMarkup?.inline_keyboard.flat() ?? [];
    expect([list, ...buttons.map((b) => b.text)].join('\n')).toContain(
      '12 đăng ký, 10 nhập học, 8 hoàn thành, 0 bỏ học, 0 chờ',
    );
    await thu().type('/huy');

    const stats = await hung().type('/thongke');
    expect(stats).toContain('đăng ký 12, nhập học 10, hoàn thành 8, làm đúng nghề 5');

    const today = vietnamIsoDate(new Date());
    const scope = await resolveScope(handle.db, '19');
    const funnel = await computeFunnel(handle.db, scope!, { from: today, to: today });
    expect(funnel.total).toMatchObject({ signedUp: 12, enrolled: 10, completed: 8, workingInTrade: 5 });
    expect(funnel.total.trainingWanted).toBeGreaterThanOrEqual(12);
  });
});
