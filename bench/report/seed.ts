import { sql, type Kysely } from 'kysely';
import type { Database } from '../../src/db/schema.ts';

/**
 * Seeds the funnel benchmark in set-based statements (generate_series): N people, N / 10 vacancies, 3 × N
 * notifications, 0.3 × N applications with their events, N / 1000 broadcasts and group chats, and the chats'
 * messages to the bot. Everything is derived from the row number, so runs are reproducible. Times spread over the
 * 700 days before `now`, so "this year" holds a part of everything and the rest lies before it.
 *
 * Person k (1..N), registered at t(k) = now − ((k × 7919) mod 700) days − (k mod 1440) minutes:
 *   - lives in a commune of PROVINCES (commune index (k × 31) mod count);
 *   - k % 100 = 1 stopped (halfway between t(k) and now); k % 100 = 2 erased (halfway; no profile, the area kept
 *     in erased_*_code, no birth year);
 *   - born 1955 + (k × 13) mod 55 (k % 20 = 0: not given; k % 97 = 0: 2013, under 15);
 *   - sex: k % 5 in 0, 1 female; 2, 3 male; 4 not given;
 *   - one or (k % 3 = 0) two occupations; k % 11 = 0 poor, k % 11 = 1 ethnic minority and near-poor (with the
 *     'priority_status' consent);
 *   - one private chat.
 * Vacancy j: employer j mod (N / 200), a commune of PROVINCES, 70 % approved, 20 % closed, 5 % pending, 5 % rejected.
 * Application a: person (a × 7) mod N, vacancy (a × 13) mod V; events: interested (the worker), then for a % 9 in
 * 5..7 introduced two days later (an official when a is even, else the employer), for a % 9 = 7 hired ten days later.
 * Notification j: person (j − 1) mod N, round (j − 1) div N: vacancy alerts, digests (one in 5 of round 1),
 * broadcasts (one in 2 of round 2); 80 % sent, then failed, skipped. One in 7 broadcast recipients writes to the bot
 * 3 hours after receiving it; and every other person wrote once at a random time.
 */
export const PROVINCES = ['19', '08', '01', '79'] as const;
/** The province and commune the benchmark times besides the country. */
export const BENCH_PROVINCE = '19';
export const BENCH_COMMUNE = '05860';

const OCCUPATION_KEYS = [
  'factory',
  'garment',
  'electronics',
  'food_processing',
  'construction',
  'mechanic_welding',
  'electrician',
  'agriculture',
  'forestry_fishing',
  'driver',
  'delivery',
  'warehouse',
  'hospitality',
  'sales',
  'security',
  'domestic_care',
  'cleaning',
  'craft_wood',
  'general_labour',
  'other',
];

export interface SeededFunnel {
  people: number;
  vacancies: number;
  applications: number;
  applicationEvents: number;
  notifications: number;
  broadcasts: number;
  inboundEvents: number;
}

export async function seedFunnel(
  db: Kysely<Database>,
  n: number,
  now: Date,
  log: (step: string) => void = () => {},
): Promise<SeededFunnel> {
  const communes = (
    await db
      .selectFrom('regions')
      .select('code')
      .where('level', '=', 'commune')
      .where('province_code', 'in', [...PROVINCES])
      .orderBy('code')
      .execute()
  ).map((r) => r.code);
  if (!communes.includes(BENCH_COMMUNE)) throw new Error(`commune ${BENCH_COMMUNE} is not among the seeded provinces`);
  const nowTs = sql`${now}::timestamptz`;
  const at = (k: unknown) =>
    sql`(${nowTs} - ((${k})::bigint * 7919 % 700) * interval '1 day' - ((${k})::bigint % 1440) * interval '1 minute')`;
  const { rows: baseRows } = await sql<{
    base: string;
  }>`SELECT coalesce(max(id), 0)::bigint AS base FROM people`.execute(db);
  const b = Number(baseRows[0]!.base);
  const commune = (k: unknown) => sql`(${communes}::text[])[1 + (${k} * 31) % ${communes.length}::int]`;

  log('people');
  await sql`
    INSERT INTO people (full_name, birth_year, status, created_at, updated_at, stopped_at, deleted_at, erased_commune_code, erased_province_code)
    SELECT CASE WHEN k % 100 = 2 THEN NULL ELSE 'Người lao động ' || k END,
      CASE WHEN k % 100 = 2 OR k % 20 = 0 THEN NULL WHEN k % 97 = 0 THEN 2013 ELSE 1955 + (k * 13) % 55 END,
      CASE k % 100 WHEN 1 THEN 'stopped' WHEN 2 THEN 'deleted' ELSE 'active' END,
      t, t,
      CASE WHEN k % 100 = 1 THEN t + (${nowTs} - t) / 2 END,
      CASE WHEN k % 100 = 2 THEN t + (${nowTs} - t) / 2 END,
      CASE WHEN k % 100 = 2 THEN c END,
      CASE WHEN k % 100 = 2 THEN (SELECT province_code FROM regions WHERE code = c) END
    FROM generate_series(1, ${n}::int) k, LATERAL (SELECT ${at(sql`k`)} AS t, ${commune(sql`k`)} AS c) x`.execute(db);
  const people = sql`(SELECT id, id - ${b}::bigint AS k, created_at FROM people WHERE id > ${b}::bigint AND id <= ${b + n}::bigint)`;

  log('worker_profiles');
  await sql`
    INSERT INTO worker_profiles (person_id, commune_code, province_code, occupations, reach, frequency, digest_hour, priority_groups, sex, created_at, updated_at)
    SELECT p.id, r.code, r.province_code,
      CASE WHEN p.k % 3 = 0 THEN ARRAY[(${OCCUPATION_KEYS}::text[])[1 + p.k % 20], (${OCCUPATION_KEYS}::text[])[1 + (p.k / 20) % 20]]
           ELSE ARRAY[(${OCCUPATION_KEYS}::text[])[1 + p.k % 20]] END,
      'province', CASE WHEN p.k % 5 = 4 THEN 'daily' ELSE 'instant' END, CASE WHEN p.k % 5 = 4 THEN 18 END,
      CASE p.k % 11 WHEN 0 THEN ARRAY['poor'] WHEN 1 THEN ARRAY['ethnic_minority', 'near_poor'] ELSE ARRAY[]::text[] END,
      CASE WHEN p.k % 5 < 2 THEN 'female' WHEN p.k % 5 < 4 THEN 'male' END,
      p.created_at, p.created_at
    FROM ${people} p JOIN regions r ON r.code = ${commune(sql`p.k`)}
    WHERE p.k % 100 <> 2`.execute(db);
  await sql`
    INSERT INTO consents (person_id, purpose, text_version, channel, granted_at)
    SELECT p.id, 'priority_status', 'bench', 'zalo', p.created_at FROM ${people} p WHERE p.k % 11 IN (0, 1) AND p.k % 100 <> 2`.execute(
    db,
  );

  log('channel_identities');
  await sql`
    INSERT INTO channel_identities (person_id, channel, chat_id, chat_type, reachable, tombstoned_at, created_at, last_seen_at)
    SELECT p.id, 'zalo', 'rb' || ${b}::bigint || '-' || p.k, 'private', p.k % 100 <> 2, CASE WHEN p.k % 100 = 2 THEN ${nowTs} END, p.created_at, p.created_at
    FROM ${people} p`.execute(db);
  const groups = Math.max(1, Math.floor(n / 1000));
  await sql`
    WITH chats AS (
      INSERT INTO channel_identities (person_id, channel, chat_id, chat_type, display_name)
      SELECT NULL, 'zalo', 'rb' || ${b}::bigint || '-group-' || g, 'group', 'Nhóm thôn ' || g FROM generate_series(1, ${groups}::int) g
      RETURNING id)
    INSERT INTO group_subscriptions (identity_id, region_code)
    SELECT id, ${commune(sql`id`)} FROM chats`.execute(db);

  log('employers, vacancies');
  const official = await db
    .insertInto('people')
    .values({ full_name: 'Cán bộ Sở LĐ' })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('roles')
    .values({ person_id: official.id, role: 'official', region_code: null, granted_via: 'cli' })
    .execute();
  const employers = Math.max(1, Math.floor(n / 200));
  const { rows: employerRows } = await sql<{ first: string }>`
    WITH e AS (INSERT INTO employers (name) SELECT 'Công ty ' || e FROM generate_series(1, ${employers}::int) e RETURNING id)
    SELECT min(id)::bigint AS first FROM e`.execute(db);
  const firstEmployer = Number(employerRows[0]!.first);
  const vacancies = Math.max(1, Math.floor(n / 10));
  const { rows: vacancyRows } = await sql<{ first: string }>`
    WITH v AS (
      INSERT INTO vacancies (employer_id, title, occupation, commune_code, province_code, headcount, wage_raw, deadline, contact, status, scam_reasons,
        submitted_at, decided_at, decided_by, closed_at)
      SELECT ${firstEmployer}::bigint + j % ${employers}::int, 'Tuyển dụng ' || j, (${OCCUPATION_KEYS}::text[])[1 + (j * 7) % 20], r.code, r.province_code,
        1 + j % 50, '7 triệu/tháng', (t + interval '60 days')::date, '0208 3850 123',
        CASE WHEN j % 20 < 14 THEN 'approved' WHEN j % 20 < 18 THEN 'closed' WHEN j % 20 = 18 THEN 'pending' ELSE 'rejected' END, '[]',
        t, CASE WHEN j % 20 <> 18 THEN t + interval '1 day' END, CASE WHEN j % 20 <> 18 THEN ${official.id}::bigint END,
        CASE WHEN j % 20 BETWEEN 14 AND 17 THEN t + interval '30 days' END
      FROM generate_series(1, ${vacancies}::int) j
      CROSS JOIN LATERAL (SELECT ${at(sql`(j * 3)`)} AS t) x
      JOIN regions r ON r.code = ${commune(sql`(j * 17)`)}
      RETURNING id)
    SELECT min(id)::bigint AS first FROM v`.execute(db);
  const firstVacancy = Number(vacancyRows[0]!.first);

  log('applications, events');
  const applications = Math.floor(n * 0.3);
  await sql`
    INSERT INTO applications (vacancy_id, person_id, status, created_at, updated_at)
    SELECT ${firstVacancy}::bigint + (a * 13) % ${vacancies}::int, ${b}::bigint + 1 + (a * 7) % ${n}::int,
      CASE WHEN a % 9 < 5 THEN 'interested' WHEN a % 9 < 7 THEN 'introduced' WHEN a % 9 = 7 THEN 'hired' ELSE 'not_suitable' END,
      t, t + CASE WHEN a % 9 = 7 THEN interval '10 days' WHEN a % 9 >= 5 THEN interval '2 days' ELSE interval '0' END
    FROM generate_series(1, ${applications}::int) a, LATERAL (SELECT ${at(sql`(a * 5)`)} AS t) x
    ON CONFLICT (vacancy_id, person_id) DO NOTHING`.execute(db);
  const firstApplication = sql`(SELECT min(id) FROM applications WHERE person_id > ${b}::bigint AND person_id <= ${b + n}::bigint)`;
  await sql`
    INSERT INTO application_events (application_id, status, actor_person_id, actor_role, at)
    SELECT a.id, s.status, CASE s.role WHEN 'worker' THEN a.person_id WHEN 'official' THEN ${official.id}::bigint END, s.role, a.created_at + s.after
    FROM applications a
    CROSS JOIN LATERAL (VALUES
      ('interested', 'worker', interval '0', a.status <> 'not_suitable'),
      ('not_suitable', 'worker', interval '0', a.status = 'not_suitable'),
      ('introduced', CASE WHEN a.id % 2 = 0 THEN 'official' ELSE 'employer' END, interval '2 days', a.status IN ('introduced', 'hired')),
      ('hired', CASE a.id % 3 WHEN 0 THEN 'worker' WHEN 1 THEN 'employer' ELSE 'official' END, interval '10 days', a.status = 'hired')
    ) s (status, role, after, wanted)
    WHERE a.id >= ${firstApplication} AND s.wanted AND a.created_at + s.after <= ${nowTs}`.execute(db);

  log('broadcasts');
  const broadcasts = Math.max(1, Math.floor(n / 1000));
  const { rows: broadcastRows } = await sql<{ first: string }>`
    WITH x AS (
      INSERT INTO broadcasts (official_person_id, scope_region_code, text, target_region_codes, send_at, status, created_at, fanned_out_at)
      SELECT ${official.id}::bigint, NULL, 'Phiên giao dịch việc làm ' || g,
        CASE WHEN g % 4 = 0 THEN ARRAY[(${[...PROVINCES]}::text[])[1 + g % ${PROVINCES.length}::int]] ELSE ARRAY[${commune(sql`g`)}, ${commune(sql`(g + 1)`)}] END,
        t, 'sent', t, t
      FROM generate_series(1, ${broadcasts}::int) g, LATERAL (SELECT ${at(sql`(g * 11)`)} AS t) x
      RETURNING id)
    SELECT min(id)::bigint AS first FROM x`.execute(db);
  const firstBroadcast = Number(broadcastRows[0]!.first);

  log('notifications');
  // Three rounds over the people; within a round a person appears once, so (kind, ref_id, person_id) never repeats.
  await sql`
    INSERT INTO notifications (kind, ref_id, person_id, identity_id, channel, status, priority, not_before, created_at, queued_at, sent_at, finished_at)
    SELECT x.kind,
      CASE x.kind
        WHEN 'vacancy' THEN ${firstVacancy}::bigint + (x.pidx * 3 + x.round) % ${vacancies}::int
        WHEN 'digest' THEN to_char(x.t + interval '7 hours', 'YYYYMMDD')::bigint
        ELSE ${firstBroadcast}::bigint + x.pidx % ${broadcasts}::int END,
      ${b}::bigint + 1 + x.pidx, ci.id, 'zalo', x.status, CASE WHEN x.kind = 'broadcast' THEN 3 ELSE 1 END, x.t, x.t, x.t,
      CASE WHEN x.status = 'sent' THEN x.t END, CASE WHEN x.status IN ('sent', 'failed', 'skipped') THEN x.t END
    FROM (
      SELECT (j - 1) % ${n}::int AS pidx, (j - 1) / ${n}::int AS round,
        CASE WHEN (j - 1) / ${n}::int = 1 AND j % 5 = 0 THEN 'digest' WHEN (j - 1) / ${n}::int = 2 AND j % 2 = 0 THEN 'broadcast' ELSE 'vacancy' END AS kind,
        CASE WHEN j % 10 < 8 THEN 'sent' WHEN j % 10 = 8 THEN 'failed' ELSE 'skipped' END AS status,
        ${nowTs} - ((j * 13) % 600) * interval '1 day' - (j % 1440) * interval '1 minute' AS t
      FROM generate_series(1, ${3 * n}::int) j) x
    JOIN channel_identities ci ON ci.channel = 'zalo' AND ci.chat_id = 'rb' || ${b}::bigint || '-' || (x.pidx + 1)`.execute(
    db,
  );
  await sql`
    INSERT INTO notifications (kind, ref_id, person_id, identity_id, channel, status, priority, not_before, created_at, sent_at, finished_at)
    SELECT 'broadcast', bc.id, NULL, gs.identity_id, 'zalo', 'sent', 3, bc.send_at, bc.send_at, bc.send_at, bc.send_at
    FROM broadcasts bc JOIN group_subscriptions gs ON gs.region_code = ANY (bc.target_region_codes)
    WHERE bc.id >= ${firstBroadcast}::bigint`.execute(db);

  log('inbound_events');
  await sql`
    INSERT INTO inbound_events (channel, event_id, identity_id, received_at)
    SELECT 'zalo', 'rb' || ${b}::bigint || '-reply-' || n.id, n.identity_id, n.sent_at + interval '3 hours'
    FROM notifications n
    WHERE n.kind = 'broadcast' AND n.status = 'sent' AND n.person_id > ${b}::bigint AND n.id % 7 = 0
    UNION ALL
    SELECT 'zalo', 'rb' || ${b}::bigint || '-msg-' || p.k, ci.id, ${at(sql`(p.k * 3)`)}
    FROM ${people} p JOIN channel_identities ci ON ci.person_id = p.id`.execute(db);

  log('vacuum analyze');
  for (const table of [
    'people',
    'worker_profiles',
    'consents',
    'channel_identities',
    'group_subscriptions',
    'employers',
    'vacancies',
    'applications',
    'application_events',
    'broadcasts',
    'notifications',
    'inbound_events',
  ]) {
    await sql`VACUUM ANALYZE ${sql.table(table)}`.execute(db);
  }
  const count = async (table: string) =>
    Number((await sql<{ n: string }>`SELECT count(*) AS n FROM ${sql.table(table)}`.execute(db)).rows[0]!.n);
  return {
    people: n,
    vacancies,
    applications: await count('applications'),
    applicationEvents: await count('application_events'),
    notifications: await count('notifications'),
    broadcasts,
    inboundEvents: await count('inbound_events'),
  };
}
