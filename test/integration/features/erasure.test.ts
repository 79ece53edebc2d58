import { sql, type Kysely } from 'kysely';
import { afterAll, describe, expect } from 'vitest';
import { fold } from '../../../src/kernel/fold.ts';
import type { Database } from '../../../src/db/schema.ts';
import { issueDashboardLink } from '../../../src/dashboard/links.ts';
import { openSession } from '../../../src/dashboard/sessions.ts';
import { createReplySender } from '../../../src/inbound/reply-sender.ts';
import { createLogger } from '../../../src/logger.ts';
import { connectRedis } from '../../../src/messaging/queue/connection.ts';
import { addNotices } from '../../../src/messaging/queue/notices.ts';
import { closeQueues, createQueues, type QueueRegistry } from '../../../src/messaging/queue/queues.ts';
import { createOutboxRelay } from '../../../src/messaging/queue/relay.ts';
import { startNoticeWorker } from '../../../src/messaging/workers/notify.ts';
import { waitFor } from '../../harness/free-port.ts';
import { startRedis } from '../../harness/redis.ts';
import { type Say, test as worldTest, type World } from '../../harness/world.ts';
import type { Redis } from 'ioredis';

/**
 * /xoa reaches every copy, with a Redis of the file's own (the chat's flood counters live there too): a worker
 * registers in chat with a distinctive name and phone, presses "Quan tâm" sharing them with three vacancies' employer,
 * the employer opens the applicants' list and an official the /ketqua list, and the notices are really sent through the
 * outbox relay, BullMQ and the notify worker; a second notice waits in Redis (the notify worker stopped) and a third in
 * the outbox (the relay stopped). Then the worker erases their data. Afterwards no text, varchar, json or jsonb column
 * of any table (read from information_schema) and no key of the Redis (every type) holds the name or the phone in
 * any spelling the system uses; the notice waiting in Redis is skipped; the counts stay.
 * An official and employer who erases loses their roles, dashboard links and sessions; their open vacancies close
 * and lose the contact; the notices waiting for them go.
 */
const NAME = 'Hoàng Thị Xuyến Diệp';
const PHONE_TYPED = '0386 271 945';
/** The digits every spelling of the number shares (+84386271945, 0386271945, 0386 271 945, 84386271945). */
const PHONE_DIGITS = '386271945';
/** The name's distinctive part, folded: matches it with or without accents, in any case, NFC or NFD. */
const NAME_FOLDED = fold('Xuyến Diệp');
const REGISTER = ['/dangky', '1', '1995', 'Phổ Yên', '1', '2', '2', '1'];
const logger = createLogger({ level: 'silent', secrets: [] });

/** Whether a stored text names the worker: the name in any spelling, or the number with any separators. */
function namesWorker(text: string): boolean {
  return fold(text).includes(NAME_FOLDED) || text.replace(/(?<=\d)[\s.\-()]+(?=\d)/g, '').includes(PHONE_DIGITS);
}

/**
 * Every text-like column of every table (information_schema, not a list written here), and where it names the worker.
 */
async function databaseHits(db: Kysely<Database>): Promise<{ hits: string[]; columns: number }> {
  const { rows: columns } = await sql<{ table_name: string; column_name: string }>`
    SELECT c.table_name, c.column_name
    FROM information_schema.columns c JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name
    WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
      AND (c.data_type IN ('text', 'character varying', 'character', 'json', 'jsonb') OR (c.data_type = 'ARRAY' AND c.udt_name IN ('_text', '_varchar', '_jsonb')))
    ORDER BY c.table_name, c.column_name`.execute(db);
  const hits: string[] = [];
  for (const { table_name: table, column_name: column } of columns) {
    const { rows } = await sql<{
      v: string;
    }>`SELECT ${sql.ref(column)}::text AS v FROM ${sql.table(table)} WHERE ${sql.ref(column)} IS NOT NULL`.execute(db);
    for (const row of rows) if (namesWorker(row.v)) hits.push(`${table}.${column}: ${row.v}`);
  }
  return { hits, columns: columns.length };
}

/** Every key of the Redis, whatever its type, and where its name or a value names the worker. */
async function redisHits(redis: Redis): Promise<{ hits: string[]; keys: number }> {
  const hits: string[] = [];
  const keys: string[] = [];
  let cursor = '0';
  do {
    const [next, batch] = await redis.scan(cursor, 'COUNT', 500);
    cursor = next;
    keys.push(...batch);
  } while (cursor !== '0');
  for (const key of keys) {
    const type = await redis.type(key);
    let values: string[];
    switch (type) {
      case 'string':
        values = [(await redis.getBuffer(key))?.toString('utf8') ?? ''];
        break;
      case 'hash':
        values = Object.entries(await redis.hgetall(key)).flat();
        break;
      case 'list':
        values = await redis.lrange(key, 0, -1);
        break;
      case 'set':
        values = await redis.smembers(key);
        break;
      case 'zset':
        values = await redis.zrange(key, 0, -1, 'WITHSCORES');
        break;
      case 'stream':
        values = (await redis.xrange(key, '-', '+')).flatMap(([id, fields]) => [id, ...fields]);
        break;
      default:
        throw new Error(`a key of a type this scan does not read: ${key} (${type})`);
    }
    for (const value of [key, ...values]) if (namesWorker(value)) hits.push(`${key} (${type}): ${value}`);
  }
  return { hits, keys: keys.length };
}

/** The world, with a redis-server of this file's own for the chat's flood guard, the queues and the scan. */
const test = worldTest.extend('redisServer', { scope: 'file' }, async ({}, { onCleanup }) => {
  const server = await startRedis();
  onCleanup(() => server.destroy());
  return server;
});
test.override('chatRedisUrl', ({ redisServer }) => redisServer.url);

describe('erasure reaches every copy', () => {
  let world: World;
  let say: Say;
  let redisUrl: string;
  let redis: Redis;
  let producer: Redis;
  let queues: QueueRegistry;
  const person: Record<string, number> = {};
  const vacancy: Record<string, number> = {};

  const db = () => world.db;
  const chatIdOf = (user: string) => world.chatIdOf(user);
  const personOf = (user: string) => world.personOf(user);
  const history = (user: string) => world.chat.simulator.history(chatIdOf(user)).map((m) => m.text);
  /** "Quan tâm" on one vacancy of the worker's /timviec list, sharing name and phone (asked the first time only). */
  const interested = async (title: string) => {
    const list = await say('worker-w', '/timviec');
    const line = list.split('\n').find((l) => l.includes(title));
    if (!line) throw new Error(`${title} is not in the list:\n${list}`);
    await say('worker-w', line.split('.')[0]!);
    const answer = await say('worker-w', '1');
    return answer.includes('Bạn có đồng ý gửi tên và số điện thoại') ? say('worker-w', '1') : answer;
  };
  const noticeWorker = () =>
    startNoticeWorker({
      db: db(),
      redisUrl,
      replies: createReplySender({ adapters: { simulator: world.chat.simulator }, db: db(), logger }),
      channels: ['simulator'],
      logger,
    });
  const relay = () => createOutboxRelay({ db: db(), queues, logger, idleIntervalMs: 20 });
  const notifyJobs = () => queues.notify.getJobCounts('waiting', 'active', 'delayed', 'prioritized', 'completed');

  test.beforeAll(async ({ world: theWorld, say: theSay, redisServer }) => {
    world = theWorld;
    say = theSay;
    redisUrl = redisServer.url;
    redis = connectRedis(redisUrl, 'producer');
    producer = connectRedis(redisUrl, 'producer');
    queues = createQueues(producer);

    const phoYen = await world.place('Phường Phổ Yên');
    person.owner = await world.person('Chủ xưởng');
    person.official = await world.official('Cán bộ Hùng', { region: phoYen.province_code });
    // The worker registers in chat, with the optional name and phone.
    for (const text of REGISTER) await say('worker-w', text);
    expect(await say('worker-w', NAME)).toContain(`Đã lưu tên: ${NAME}`);
    expect(await say('worker-w', PHONE_TYPED)).toContain(PHONE_TYPED);
    await say('worker-w', '2');
    person.worker = await personOf('worker-w');
    const profile = await db()
      .selectFrom('people as p')
      .innerJoin('worker_profiles as w', 'w.person_id', 'p.id')
      .select(['p.full_name', 'p.phone_e164', 'w.commune_code', 'w.province_code', 'w.occupations'])
      .where('p.id', '=', person.worker)
      .executeTakeFirstOrThrow();
    expect(profile).toMatchObject({ full_name: NAME, phone_e164: `+84${PHONE_DIGITS}`, commune_code: phoYen.code });

    const employer = await world.employer('Xưởng may Phổ Yên', { owner: person.owner });
    const place = { code: profile.commune_code, province_code: profile.province_code };
    for (const [key, title] of [
      ['sent', 'Thợ may mẫu'],
      ['queued', 'Thợ cắt vải'],
      ['unsent', 'Thợ là hơi'],
    ] as const) {
      vacancy[key] = await world.vacancy({
        employer,
        title,
        place,
        occupation: profile.occupations[0]!,
        headcount: 5,
        wage_raw: '8 triệu/tháng',
      });
    }
  });
  afterAll(async () => {
    await closeQueues(queues);
    producer?.disconnect();
    redis?.disconnect();
  });

  test('a worker who shared their name and phone, then erased them, leaves no copy in any table or Redis key', async () => {
    // 1. Interest in the first vacancy; the relay and the notify worker send both notices.
    let worker = noticeWorker();
    let running = relay();
    running.start();
    expect(await interested('Thợ may mẫu')).toContain('Nhà tuyển dụng sẽ liên hệ bạn');
    await waitFor('the employer and the official to be told', async () => {
      if (!history('Chủ xưởng').some((t) => t.includes(NAME)) || !history('Cán bộ Hùng').some((t) => t.includes(NAME)))
        throw new Error('not yet');
    });
    expect(history('Chủ xưởng').filter((t) => t.includes('Có người quan tâm'))).toEqual([
      `🙋 Có người quan tâm tin "Thợ may mẫu" của bạn: ${NAME}, SĐT 0${PHONE_DIGITS}. Bạn liên hệ trực tiếp với họ nhé.`,
    ]);

    // 2. The employer opens the applicants' list, the official /ketqua: both name the worker, and keep those choices.
    expect(await say('Chủ xưởng', '/tincuatoi')).toContain('Thợ may mẫu');
    const own = (await say('Chủ xưởng', '/tincuatoi')).split('\n').find((l) => l.includes('Thợ may mẫu'))!;
    await say('Chủ xưởng', own.split('.')[0]!);
    expect(await say('Chủ xưởng', '1')).toContain(NAME);
    expect(await say('Cán bộ Hùng', '/ketqua')).toContain(NAME);

    // 3. A second notice gets into Redis but is not sent yet (the notify worker stopped); a third stays in the outbox.
    await worker.close();
    expect(await interested('Thợ cắt vải')).toContain('Nhà tuyển dụng sẽ liên hệ bạn');
    await waitFor('the second notices to reach Redis', async () => {
      if ((await notifyJobs()).waiting! + (await notifyJobs()).prioritized! < 2) throw new Error('not yet');
    });
    await running.stop();
    expect(await interested('Thợ là hơi')).toContain('Nhà tuyển dụng sẽ liên hệ bạn');
    expect(
      await db().selectFrom('outbox').select('id').where('queue', '=', 'notify').where('sent_at', 'is', null).execute(),
    ).toHaveLength(2);

    // The scan finds the copies before the erasure (so finding none afterwards means something).
    const before = await databaseHits(db());
    expect(before.columns).toBeGreaterThan(50);
    const copiesIn = new Set(before.hits.map((h) => h.split(':')[0]));
    expect(copiesIn).toEqual(new Set(['people.full_name', 'people.phone_e164', 'channel_identities.last_choices']));

    // 4. The worker erases their data.
    expect(await say('worker-w', '/xoa')).toContain('không hoàn tác');
    expect(await say('worker-w', '1')).toContain('Đã xoá thông tin');
    expect(
      await db().selectFrom('outbox').select('id').where('queue', '=', 'notify').where('sent_at', 'is', null).execute(),
    ).toEqual([]);

    // 5. The notices waiting in Redis run now: skipped, nobody is told anything more.
    const told = { owner: history('Chủ xưởng').length, official: history('Cán bộ Hùng').length };
    worker = noticeWorker();
    running = relay();
    running.start();
    await waitFor('the waiting notices to be done', async () => {
      const counts = await notifyJobs();
      if (counts.waiting! + counts.active! + counts.prioritized! + counts.delayed! > 0) throw new Error('not yet');
    });
    await running.stop();
    await worker.close();
    expect({ owner: history('Chủ xưởng').length, official: history('Cán bộ Hùng').length }).toEqual(told);

    // 6. No copy anywhere.
    expect((await databaseHits(db())).hits).toEqual([]);
    const inRedis = await redisHits(redis);
    expect(inRedis.keys).toBeGreaterThan(10); // the queues' jobs, events and the flood counters are there
    expect(inRedis.hits).toEqual([]);

    // The counts stay: an anonymous person with their area, and their three applications.
    const erased = await db()
      .selectFrom('people')
      .select(['status', 'full_name', 'phone_e164', 'erased_commune_code'])
      .where('id', '=', person.worker!)
      .executeTakeFirstOrThrow();
    expect(erased).toMatchObject({ status: 'deleted', full_name: null, phone_e164: null });
    expect(erased.erased_commune_code).not.toBeNull();
    expect(
      await db().selectFrom('applications').select('status').where('person_id', '=', person.worker!).execute(),
    ).toHaveLength(3);
    // The employer's list still works, the worker anonymous now.
    const list = await say('Chủ xưởng', '/tincuatoi');
    expect(list).toContain('Thợ may mẫu');
  });

  test('an official and employer who erases: roles revoked, dashboard access gone, open vacancies closed without the contact', async () => {
    await say('Chị Hạnh', '/start');
    const hanh = await personOf('Chị Hạnh');
    await db()
      .updateTable('people')
      .set({ full_name: 'Nguyễn Thị Hạnh', phone_e164: '+84977111222' })
      .where('id', '=', hanh)
      .execute();
    await db()
      .insertInto('roles')
      .values([
        { person_id: hanh, role: 'official', region_code: '19', granted_via: 'cli' },
        { person_id: hanh, role: 'employer', region_code: null, granted_via: 'invite' },
      ])
      .execute();
    const now = new Date();
    await issueDashboardLink(db(), hanh, now);
    await openSession(db(), hanh, now, null);
    const employer = await db()
      .insertInto('employers')
      .values({ name: 'HTX Rau Sạch Hạnh', owner_person_id: hanh })
      .returning('id')
      .executeTakeFirstOrThrow();
    const post = async (title: string, status: 'approved' | 'pending' | 'hidden' | 'closed' | 'rejected') =>
      (
        await db()
          .insertInto('vacancies')
          .values({
            employer_id: employer.id,
            title,
            occupation: 'agriculture',
            commune_code: '05860',
            province_code: '19',
            headcount: 3,
            wage_raw: '6 triệu',
            deadline: '2099-12-31',
            contact: 'Chị Hạnh 0977 111 222',
            status,
            ...(status === 'closed' ? { closed_at: new Date('2026-01-01') } : {}),
            requirements: 'Chăm chỉ. Gặp Nguyễn Thị Hạnh, Zalo 0912 000 111.',
            scam_reasons: JSON.stringify(
              status === 'hidden'
                ? [{ code: 'deposit', evidence: 'đặt cọc 500k, chuyển khoản cho Nguyễn Thị Hạnh 0977111222' }]
                : [],
            ),
          })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    const ids = {
      approved: await post('Hái chè', 'approved'),
      pending: await post('Trồng rau', 'pending'),
      hidden: await post('Tưới cây', 'hidden'),
      closed: await post('Đóng gói', 'closed'),
      rejected: await post('Bốc vác', 'rejected'),
    };
    await db()
      .transaction()
      .execute((trx) =>
        addNotices(trx, [{ personId: hanh, key: 'notice.vacancy_approved', params: { title: 'Hái chè' } }]),
      );

    await say('Chị Hạnh', '/xoa');
    expect(await say('Chị Hạnh', '1')).toContain('Đã xoá thông tin');

    const roles = await db()
      .selectFrom('roles')
      .select(['role', 'revoked_at'])
      .where('person_id', '=', hanh)
      .orderBy('role')
      .execute();
    expect(roles.map((r) => [r.role, r.revoked_at instanceof Date])).toEqual([
      ['employer', true],
      ['official', true],
    ]);
    const revoked = await db()
      .selectFrom('audit_log')
      .select(['action', 'details'])
      .where('action', '=', 'role.revoked')
      .where('subject_id', '=', String(hanh))
      .execute();
    expect(revoked).toHaveLength(1);
    expect(
      await db().selectFrom('dashboard_links').select('person_id').where('person_id', '=', hanh).execute(),
    ).toEqual([]);
    expect(
      await db().selectFrom('dashboard_sessions').select('person_id').where('person_id', '=', hanh).execute(),
    ).toEqual([]);

    const vacancies = await db()
      .selectFrom('vacancies')
      .select(['id', 'status', 'closed_at', 'contact'])
      .where('employer_id', '=', employer.id)
      .orderBy('id')
      .execute();
    const state = Object.fromEntries(vacancies.map((v) => [v.id, [v.status, v.contact]]));
    expect(state).toEqual({
      [ids.approved]: ['closed', ''],
      [ids.pending]: ['closed', ''],
      [ids.hidden]: ['closed', ''],
      [ids.closed]: ['closed', ''],
      [ids.rejected]: ['rejected', ''],
    });
    expect(vacancies.filter((v) => v.id !== ids.rejected).every((v) => v.closed_at instanceof Date)).toBe(true);
    expect((vacancies.find((v) => v.id === ids.closed)!.closed_at as Date).toISOString()).toBe(
      '2026-01-01T00:00:00.000Z',
    );
    const closedAudit = await db()
      .selectFrom('audit_log')
      .select('subject_id')
      .where('action', '=', 'vacancy.closed')
      .where('actor_person_id', '=', hanh)
      .orderBy('subject_id')
      .execute();
    expect(closedAudit.map((a) => Number(a.subject_id)).sort((a, b) => a - b)).toEqual([
      ids.approved,
      ids.pending,
      ids.hidden,
    ]);
    expect(
      await db().selectFrom('outbox').select('id').where('queue', '=', 'notify').where('sent_at', 'is', null).execute(),
    ).toEqual([]);
    // Nothing they wrote in their vacancies keeps their name or a phone number; the rest of the advert stays.
    const texts = await db()
      .selectFrom('vacancies')
      .select(['title', 'requirements', 'scam_reasons'])
      .where('employer_id', '=', employer.id)
      .orderBy('id')
      .execute();
    expect(texts[0]).toEqual({ title: 'Hái chè', requirements: 'Chăm chỉ. Gặp …, Zalo [phone].', scam_reasons: [] });
    expect(texts[2]!.scam_reasons).toEqual([{ code: 'deposit', evidence: 'đặt cọc 500k, chuyển khoản cho … …' }]);
    expect(
      JSON.stringify(await db().selectFrom('vacancies').selectAll().where('employer_id', '=', employer.id).execute()),
    ).not.toMatch(/0977|0912|Nguyễn Thị Hạnh/);
  });
});
