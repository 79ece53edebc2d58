import { sql, type Kysely } from 'kysely';
import type { Database } from '../../src/db/schema.ts';

/**
 * Seeds N subscribers for the fan-out benchmark, in a few set-based statements (generate_series), and one pending
 * vacancy (garment work in Phường Phổ Yên, Thái Nguyên) that most of them match once approved.
 *
 * Person k (1..N) is derived from k, so runs are reproducible:
 *   - lives in Thái Nguyên (19) when k % 13 < 9 (of those, one in 7 in Phổ Yên itself), else anywhere in Vietnam;
 *   - occupations: ['garment'] or ['garment','factory']; one in 17 ['driver'] (no match);
 *   - reach: 60% country, 10% abroad, 20% province, 10% commune; one in 5 takes the daily digest (the properties
 *     come from different digits of k, so they are independent of each other);
 *   - k % 100: 1 stopped, 2 deleted, 3 no alerts consent, 4 consent withdrawn, 5 paused, 6 chat unreachable,
 *     7 chat tombstoned (each excluded);
 *   - one private chat (zalo, one in 4 telegram); one in 10 has a second chat on the other channel, seen more
 *     recently (the fan-out must pick that one, once);
 *   - earlier today, three other vacancies were fanned out: k % 7 = 1 already has 3 instant alerts due today (the
 *     new one is held: daily cap), k % 7 = 2 has 1.
 * Plus N / 1000 group chats subscribed to communes of Thái Nguyên (one in 10 to Phổ Yên) or to the province, and the
 * official (a role for Thái Nguyên) who may approve the vacancy.
 *
 * For the delivery benchmark (options): `channel: 'telegram'` puts every chat on Telegram with numeric ids as Telegram
 * has them (private: 5,000,000,000 + 2 × person id, + 1 for the second chat; groups: −(10^12 + base + g)), and
 * `earlierAlertsSent` records all of the day's earlier alerts as sent (they still count toward the daily cap, but the
 * delivery has nothing of them left to send).
 */
export interface SeedOptions {
  /** 'mixed' (default): Zalo, one in 4 on Telegram, ids like 'b0-17'; 'telegram': every chat on Telegram. */
  channel?: 'mixed' | 'telegram';
  earlierAlertsSent?: boolean;
}

/** The title of the vacancy the benchmark approves (its alert carries it). */
export const BENCH_VACANCY_TITLE = 'Công nhân may (200 người)';

export interface SeededSubscribers {
  subscribers: number;
  groupChats: number;
  vacancyId: number;
  employerId: number;
  officialId: number;
  /** Notification rows already there (the earlier alerts of the day). */
  earlierAlerts: number;
}

const PROVINCE = '19'; // Thái Nguyên
const COMMUNE = '05860'; // Phường Phổ Yên

export async function seedSubscribers(
  db: Kysely<Database>,
  n: number,
  now = new Date(),
  options: SeedOptions = {},
): Promise<SeededSubscribers> {
  const { rows: base } = await sql<{ base: number }>`SELECT coalesce(max(id), 0)::bigint AS base FROM people`.execute(
    db,
  );
  const b = Number(base[0]!.base);
  const tag = `b${b}`;
  const local = (
    await db
      .selectFrom('regions')
      .select('code')
      .where('province_code', '=', PROVINCE)
      .where('level', '=', 'commune')
      .orderBy('code')
      .execute()
  ).map((r) => r.code);
  const all = (
    await db.selectFrom('regions').select('code').where('level', '=', 'commune').orderBy('code').execute()
  ).map((r) => r.code);
  const telegram = options.channel === 'telegram';
  const firstChannel = telegram ? sql`'telegram'` : sql`CASE WHEN p.k % 4 = 0 THEN 'telegram' ELSE 'zalo' END`;
  const secondChannel = telegram ? sql`'telegram'` : sql`CASE WHEN p.k % 4 = 0 THEN 'zalo' ELSE 'telegram' END`;
  const firstChatId = telegram ? sql`(5000000000 + 2 * p.id)::text` : sql`${tag} || '-' || p.k`;
  const secondChatId = telegram ? sql`(5000000001 + 2 * p.id)::text` : sql`${tag} || '-2-' || p.k`;

  await sql`
    INSERT INTO people (full_name, status, stopped_at, deleted_at)
    SELECT CASE WHEN k % 100 = 2 THEN NULL ELSE 'Người lao động ' || k END,
      CASE k % 100 WHEN 1 THEN 'stopped' WHEN 2 THEN 'deleted' ELSE 'active' END,
      CASE WHEN k % 100 = 1 THEN now() END,
      CASE WHEN k % 100 = 2 THEN now() END
    FROM generate_series(1, ${n}::int) k`.execute(db);
  // Subscribers are the people with id in (b, b + n]: k = id - b (one statement, one session: consecutive ids).
  const people = sql`(SELECT id, id - ${b}::bigint AS k FROM people WHERE id > ${b}::bigint AND id <= ${b + n}::bigint)`;

  await sql`
    INSERT INTO worker_profiles (person_id, commune_code, province_code, occupations, reach, frequency, digest_hour, paused_at)
    SELECT p.id, r.code, r.province_code,
      CASE WHEN p.k % 17 = 16 THEN ARRAY['driver'] WHEN p.k % 3 = 0 THEN ARRAY['garment', 'factory'] ELSE ARRAY['garment'] END,
      CASE WHEN (p.k / 5) % 10 < 6 THEN 'country' WHEN (p.k / 5) % 10 = 6 THEN 'abroad' WHEN (p.k / 5) % 10 < 9 THEN 'province' ELSE 'commune' END,
      CASE WHEN p.k % 5 = 4 THEN 'daily' ELSE 'instant' END,
      CASE WHEN p.k % 5 = 4 THEN 18 END,
      CASE WHEN p.k % 100 = 5 THEN now() END
    FROM ${people} p
    JOIN regions r ON r.code = CASE
      WHEN p.k % 13 >= 9 THEN (${all}::text[])[1 + (p.k / 13) % ${all.length}::int]
      WHEN (p.k / 13) % 7 = 0 THEN ${COMMUNE}
      ELSE (${local}::text[])[1 + (p.k / 91) % ${local.length}::int]
    END`.execute(db);

  await sql`
    INSERT INTO channel_identities (person_id, channel, chat_id, chat_type, reachable, unreachable_reason, unreachable_at, tombstoned_at, last_seen_at, created_at)
    SELECT p.id, ${firstChannel}, ${firstChatId}, 'private',
      p.k % 100 <> 6, CASE WHEN p.k % 100 = 6 THEN 'blocked' END, CASE WHEN p.k % 100 = 6 THEN now() END,
      CASE WHEN p.k % 100 = 7 THEN now() END,
      now() - interval '2 days' - (p.k % 1440) * interval '1 minute', now() - interval '30 days'
    FROM ${people} p
    UNION ALL
    SELECT p.id, ${secondChannel}, ${secondChatId}, 'private',
      true, NULL, NULL, NULL, now() - (p.k % 1440) * interval '1 minute', now() - interval '10 days'
    FROM ${people} p WHERE p.k % 10 = 3 AND p.k % 100 NOT IN (6, 7)`.execute(db);

  await sql`
    INSERT INTO consents (person_id, purpose, text_version, channel, granted_at, withdrawn_at)
    SELECT p.id, 'alerts', 'bench', 'zalo', now() - interval '30 days', CASE WHEN p.k % 100 = 4 THEN now() END
    FROM ${people} p WHERE p.k % 100 <> 3`.execute(db);

  const groupChats = Math.floor(n / 1000);
  if (groupChats > 0) {
    await sql`
      WITH chats AS (
        INSERT INTO channel_identities (person_id, channel, chat_id, chat_type, display_name)
        SELECT NULL, ${telegram ? 'telegram' : 'zalo'}, ${telegram ? sql`(-(1000000000000 + ${b}::bigint + g))::text` : sql`${tag} || '-group-' || g`}, 'group', 'Nhóm thôn ' || g
        FROM generate_series(1, ${groupChats}::int) g
        RETURNING id, chat_id)
      INSERT INTO group_subscriptions (identity_id, region_code)
      SELECT c.id, CASE
        WHEN c.id % 10 = 0 THEN ${COMMUNE}
        WHEN c.id % 10 = 1 THEN ${PROVINCE}
        ELSE (${local}::text[])[1 + c.id % ${local.length}::int] END
      FROM chats c`.execute(db);
  }

  const official = await db
    .insertInto('people')
    .values({ full_name: 'Cán bộ Sở LĐ' })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('roles')
    .values({ person_id: official.id, role: 'official', region_code: PROVINCE, granted_via: 'cli' })
    .execute();
  const employer = await db
    .insertInto('employers')
    .values({ name: 'Công ty May Phổ Yên', verified_at: now })
    .returning('id')
    .executeTakeFirstOrThrow();
  const deadline = new Date(now.getTime() + 30 * 86_400_000 + 7 * 3_600_000).toISOString().slice(0, 10);
  const vacancy = (status: 'pending' | 'approved', title: string) =>
    db
      .insertInto('vacancies')
      .values({
        employer_id: employer.id,
        title,
        occupation: 'garment',
        commune_code: COMMUNE,
        province_code: PROVINCE,
        headcount: 200,
        wage_raw: '8-10 triệu/tháng',
        wage_min: '8000000',
        wage_max: '10000000',
        wage_currency: 'VND',
        wage_period: 'month',
        deadline,
        contact: '0208 3850 123',
        status,
        scam_reasons: '[]',
        ...(status === 'approved' ? { decided_at: now, decided_by: official.id, fanned_out_at: now } : {}),
      })
      .returning('id')
      .executeTakeFirstOrThrow();

  // The day's earlier alerts, as three earlier fan-outs left them (due now, some already sent).
  const earlierSent = options.earlierAlertsSent === true;
  const earlier = [
    await vacancy('approved', 'May công nghiệp ca sáng'),
    await vacancy('approved', 'Thợ may mẫu'),
    await vacancy('approved', 'Công nhân cắt chỉ'),
  ];
  const written = await sql<{ n: number }>`
    WITH e AS (
      INSERT INTO notifications (kind, ref_id, person_id, identity_id, channel, status, priority, not_before, score, created_at, sent_at)
      SELECT 'vacancy', v.id, p.id, ci.id, ci.channel, CASE WHEN v.n = 1 OR ${earlierSent}::boolean THEN 'sent' ELSE 'pending' END, 1,
        ${now}::timestamptz - interval '1 minute', 1, ${now}::timestamptz - interval '1 minute',
        CASE WHEN v.n = 1 OR ${earlierSent}::boolean THEN ${now}::timestamptz END
      FROM ${people} p
      JOIN (SELECT unnest(${earlier.map((e) => e.id)}::bigint[]) AS id, generate_series(1, 3) AS n) v ON p.k % 7 = 1 OR (p.k % 7 = 2 AND v.n = 1)
      CROSS JOIN LATERAL (
        SELECT id, channel FROM channel_identities WHERE person_id = p.id AND chat_type = 'private' ORDER BY last_seen_at DESC LIMIT 1) ci
      WHERE p.k % 100 NOT IN (1, 2, 3, 4, 5, 6, 7)
      RETURNING 1)
    SELECT count(*)::int AS n FROM e`.execute(db);

  const created = await vacancy('pending', BENCH_VACANCY_TITLE);
  for (const table of [
    'people',
    'channel_identities',
    'consents',
    'worker_profiles',
    'group_subscriptions',
    'notifications',
    'vacancies',
  ]) {
    await sql`VACUUM ANALYZE ${sql.table(table)}`.execute(db);
  }
  return {
    subscribers: n,
    groupChats,
    vacancyId: created.id,
    employerId: employer.id,
    officialId: official.id,
    earlierAlerts: Number(written.rows[0]?.n ?? 0),
  };
}
