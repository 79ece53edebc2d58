import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../../src/db/connect.ts';
import { courseRenderer } from '../../../src/features/courses/announcement.ts';
import { fanOutCourse } from '../../../src/features/courses/fanout.ts';
import { REGISTRY } from '../../../src/features/index.ts';
import { liveness } from '../../../src/messaging/delivery/liveness.ts';
import { readFanoutJob } from '../../../src/messaging/fanout/jobs.ts';
import { backends } from '../../harness/databases.ts';
import { addVacancy, DAI_TU, PHO_YEN, type PersonSeed, seedWorld, type World } from '../messaging/fanout/seed.ts';

/**
 * An approved course's announcement on PostgreSQL and PGlite: who gets a 'course' row (wants to learn the trade
 * within reach; or registered for it with no work in it for 30 days and no course offered in 30 days), who does not
 * (out of reach, not wanting, matched or applied lately, offered last week, stopped, no consent, paused, no chat),
 * quiet hours and the daily cap, online courses, idempotent re-runs, and the renderer's heading and order.
 */
const RULES = { quietHours: { startHour: 21, endHour: 7 }, alertsPerDay: 3 };
const vn = (local: string): Date => new Date(`${local.replace(' ', 'T')}:00+07:00`);
const NOW = vn('2026-11-20 10:00');
const daysAgo = (days: number): Date => new Date(NOW.getTime() - days * 86_400_000);

const wants = (seed: PersonSeed = {}): PersonSeed => ({ occupations: ['driver'], ...seed });

describe.each(backends)('course announcements on $name', (backend) => {
  let handle: DatabaseHandle;
  let cleanup: () => Promise<void>;
  let world: World;
  let providerId: number;
  let haNoi: string;
  const parallelism = backend.name === 'postgres' ? 2 : 1;
  const db = () => handle.db;

  const PEOPLE: Record<string, PersonSeed> = {};
  /** Who wants to learn garment making (training_occupations), and who registered long ago (created 60 days ago). */
  const WANTING = new Set<string>();
  const OLD = new Set<string>();

  beforeAll(async () => {
    ({ handle, cleanup } = await backend.open());
    haNoi = (
      await db()
        .selectFrom('regions')
        .select('code')
        .where('province_code', '=', '01')
        .where('level', '=', 'commune')
        .orderBy('code')
        .limit(1)
        .executeTakeFirstOrThrow()
    ).code;
    const hanoi = { commune: haNoi, province: '01' };
    const want = (name: string, seed: PersonSeed = {}) => {
      PEOPLE[name] = wants(seed);
      WANTING.add(name);
    };
    const old = (name: string, seed: PersonSeed = {}) => {
      PEOPLE[name] = seed;
      OLD.add(name);
    };
    want('wants_here');
    want('wants_commune_elsewhere', { reach: 'commune', commune: DAI_TU });
    want('wants_province_elsewhere', hanoi);
    want('wants_country_hanoi', { ...hanoi, reach: 'country' });
    want('wants_abroad_hanoi', { ...hanoi, reach: 'abroad' });
    want('wants_priority', { groups: ['poor'], priority: 'given' });
    want('wants_priority_no_consent', { groups: ['poor'] });
    want('wants_stopped', { status: 'stopped' });
    want('wants_no_consent', { alerts: 'none' });
    want('wants_withdrawn', { alerts: 'withdrawn' });
    want('wants_paused', { paused: true });
    want('wants_unreachable', { chats: [{ reachable: false }] });
    want('wants_capped');
    want('wants_offered_last_week');
    want('wants_daily', { frequency: 'daily' });
    PEOPLE.neither = { occupations: ['driver'] };
    PEOPLE.registered_lately = {};
    old('unmatched');
    old('unmatched_elsewhere', hanoi);
    old('unmatched_country_hanoi', { ...hanoi, reach: 'country' });
    old('matched_lately');
    old('matched_long_ago');
    old('matched_other_trade');
    old('applied_lately');
    old('offered_last_week');
    old('offered_long_ago');
    old('unmatched_stopped', { status: 'stopped' });
    old('unmatched_no_consent', { alerts: 'none' });
    world = await seedWorld(db(), PEOPLE, {}, NOW);
    const id = (name: string) => world.person[name]!;
    await db()
      .updateTable('worker_profiles')
      .set({ training_occupations: ['garment', 'mechanic_welding'] })
      .where('person_id', 'in', [...WANTING].map(id))
      .execute();
    await db()
      .updateTable('worker_profiles')
      .set({ training_occupations: ['mechanic_welding'] })
      .where('person_id', '=', id('neither'))
      .execute();
    await db()
      .updateTable('worker_profiles')
      .set({ created_at: daysAgo(60) })
      .where('person_id', 'in', [...OLD].map(id))
      .execute();
    await db()
      .updateTable('worker_profiles')
      .set({ course_offered_at: daysAgo(7) })
      .where('person_id', 'in', [id('offered_last_week'), id('wants_offered_last_week')])
      .execute();
    await db()
      .updateTable('worker_profiles')
      .set({ course_offered_at: daysAgo(40) })
      .where('person_id', '=', id('offered_long_ago'))
      .execute();
    // Vacancy alerts: a garment one 10 days ago, one 40 days ago, a driver one 10 days ago; an application 5 days ago.
    const garment = await addVacancy(db(), world);
    const garmentOld = await addVacancy(db(), world, { title: 'May cũ' });
    const driving = await addVacancy(db(), world, { occupation: 'driver', title: 'Lái xe' });
    const alert = (name: string, vacancyId: number, days: number, status: 'sent' | 'held' = 'sent') =>
      db()
        .insertInto('notifications')
        .values({
          kind: 'vacancy',
          ref_id: vacancyId,
          person_id: id(name),
          identity_id: world.chats[name]![0]!,
          channel: 'telegram',
          status,
          not_before: daysAgo(days),
          created_at: daysAgo(days),
        } as never)
        .execute();
    await alert('matched_lately', garment, 10, 'held');
    await alert('matched_long_ago', garmentOld, 40);
    await alert('matched_other_trade', driving, 10);
    await db()
      .insertInto('applications')
      .values({ vacancy_id: garmentOld, person_id: id('applied_lately'), created_at: daysAgo(5) } as never)
      .execute();
    // Three vacancy alerts due today: the course waits for tomorrow.
    for (const [i, status] of (['pending', 'queued', 'sent'] as const).entries())
      await db()
        .insertInto('notifications')
        .values({
          kind: 'vacancy',
          ref_id: 800_000 + i,
          person_id: id('wants_capped'),
          identity_id: world.chats.wants_capped![0]!,
          channel: 'telegram',
          status,
          not_before: vn('2026-11-20 08:00'),
        })
        .execute();
    providerId = (
      await db()
        .insertInto('providers')
        .values({ name: 'Trường Trung cấp nghề Thái Nguyên' })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  });
  afterAll(async () => cleanup?.());

  const addCourse = async (values: Record<string, unknown> = {}) =>
    (
      await db()
        .insertInto('courses')
        .values({
          provider_id: providerId,
          title: 'May công nghiệp',
          occupation: 'garment',
          level: 'elementary',
          commune_code: PHO_YEN,
          province_code: '19',
          starts_on: '2027-01-05',
          duration_days: 90,
          seats: 20,
          priority_support: true,
          support_amount_vnd: 3_000_000,
          status: 'approved',
          ...values,
        } as never)
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;

  interface Row {
    id: number;
    person_id: number;
    status: string;
    priority: number;
    not_before: Date;
    score: number;
  }
  async function rowsOf(courseId: number): Promise<Record<string, Row>> {
    const rows = (await db()
      .selectFrom('notifications')
      .select(['id', 'person_id', 'status', 'priority', 'not_before', 'score'])
      .where('kind', '=', 'course')
      .where('ref_id', '=', courseId)
      .execute()) as Row[];
    const names = new Map(Object.entries(world.person).map(([name, personId]) => [personId, name]));
    return Object.fromEntries(rows.map((row) => [names.get(row.person_id)!, row]));
  }
  const summary = (rows: Record<string, Row>) =>
    Object.fromEntries(
      Object.entries(rows)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([name, row]) => [name, `${row.score === 2 ? 'wants' : 'unmatched'} ${row.not_before.toISOString()}`]),
    );
  const offeredAt = async (name: string) =>
    (
      await db()
        .selectFrom('worker_profiles')
        .select('course_offered_at')
        .where('person_id', '=', world.person[name]!)
        .executeTakeFirstOrThrow()
    ).course_offered_at;

  it('announces a course to those wanting its trade in reach and those without work in it for a month', async () => {
    const courseId = await addCourse();
    const result = await fanOutCourse(db(), courseId, RULES, NOW, { parallelism });
    expect(result).toEqual({ courseId, outcome: 'written', pending: 13, held: 0, groupChats: 0 });
    const now = NOW.toISOString();
    const tomorrow = vn('2026-11-21 07:00').toISOString();
    const rows = await rowsOf(courseId);
    expect(summary(rows)).toEqual({
      matched_long_ago: `unmatched ${now}`,
      matched_other_trade: `unmatched ${now}`,
      offered_long_ago: `unmatched ${now}`,
      unmatched: `unmatched ${now}`,
      unmatched_country_hanoi: `unmatched ${now}`,
      wants_abroad_hanoi: `wants ${now}`,
      wants_capped: `wants ${tomorrow}`,
      wants_country_hanoi: `wants ${now}`,
      wants_daily: `wants ${now}`,
      wants_here: `wants ${now}`,
      wants_offered_last_week: `wants ${now}`,
      wants_priority: `wants ${now}`,
      wants_priority_no_consent: `wants ${now}`,
    });
    for (const row of Object.values(rows)) expect([row.status, row.priority]).toEqual(['pending', 3]);
    // Offered for lack of work: at most one such course a month, recorded in the same statement.
    expect(await offeredAt('unmatched')).toEqual(NOW);
    expect(await offeredAt('offered_long_ago')).toEqual(NOW);
    expect(await offeredAt('offered_last_week')).toEqual(daysAgo(7));
    expect(await offeredAt('wants_here')).toBeNull();
    const course = await db()
      .selectFrom('courses')
      .select('fanned_out_at')
      .where('id', '=', courseId)
      .executeTakeFirstOrThrow();
    expect(course.fanned_out_at).toBeInstanceOf(Date);

    // A repeated job writes nothing twice and changes nothing.
    const later = new Date(NOW.getTime() + 60_000);
    expect(await fanOutCourse(db(), courseId, RULES, later, { parallelism })).toEqual({
      courseId,
      outcome: 'already_fanned_out',
    });
    expect(await rowsOf(courseId)).toEqual(rows);
    // A run that stopped before marking the course (a slice failed): the retry writes only what is missing.
    const { id: missing } = rows.wants_here!;
    await db().deleteFrom('notifications').where('id', '=', missing).execute();
    await db().updateTable('courses').set({ fanned_out_at: null }).where('id', '=', courseId).execute();
    const again = await fanOutCourse(db(), courseId, RULES, later, { parallelism });
    expect(again).toEqual({ courseId, outcome: 'written', pending: 1, held: 0, groupChats: 0 });
    const retried = await rowsOf(courseId);
    expect(summary(retried)).toEqual({ ...summary(rows), wants_here: `wants ${later.toISOString()}` });
    expect(await offeredAt('unmatched')).toEqual(NOW);
  });

  it('offers the long-unmatched a second course only a month later, those wanting the trade always', async () => {
    const courseId = await addCourse({ title: 'May nâng cao', starts_on: '2027-02-01' });
    await fanOutCourse(db(), courseId, RULES, vn('2026-11-25 10:00'), { parallelism });
    const names = Object.keys(await rowsOf(courseId));
    expect(names.filter((name) => !WANTING.has(name))).toEqual([]);
    expect(names).toContain('wants_here');
  });

  it('reaches everyone who wants the trade when online, and waits for the end of quiet hours', async () => {
    const courseId = await addCourse({
      online: true,
      commune_code: null,
      province_code: null,
      occupation: 'mechanic_welding',
    });
    const result = await fanOutCourse(db(), courseId, RULES, vn('2026-11-20 22:30'), { parallelism });
    expect(result).toMatchObject({ outcome: 'written', pending: 11 });
    const rows = await rowsOf(courseId);
    expect(Object.keys(rows).sort()).toEqual(
      [
        'neither',
        'wants_abroad_hanoi',
        'wants_capped',
        'wants_commune_elsewhere',
        'wants_country_hanoi',
        'wants_daily',
        'wants_here',
        'wants_offered_last_week',
        'wants_priority',
        'wants_priority_no_consent',
        'wants_province_elsewhere',
      ].sort(),
    );
    for (const row of Object.values(rows)) expect(row.not_before).toEqual(vn('2026-11-21 07:00'));
  });

  it('writes nothing for a course not approved, started or gone', async () => {
    for (const values of [{ status: 'pending' }, { status: 'rejected' }, { starts_on: '2026-11-20' }]) {
      const courseId = await addCourse(values);
      expect(await fanOutCourse(db(), courseId, RULES, NOW)).toEqual({ courseId, outcome: 'not_open' });
      expect(await rowsOf(courseId)).toEqual({});
    }
    expect(await fanOutCourse(db(), 9_999_999, RULES, NOW)).toEqual({ courseId: 9_999_999, outcome: 'not_open' });
  });

  it('is the fan-out job "course.approved" the worker is given', () => {
    const jobs = REGISTRY.notificationKinds.flatMap((kind) => (kind.fanout ? [kind.fanout] : []));
    const read = readFanoutJob(jobs, 'course.approved', { courseId: 7 });
    expect(read.ok).toBe(true);
    expect(readFanoutJob(jobs, 'course.approved', { courseId: 'x' }).ok).toBe(false);
  });

  it('renders the card with a heading saying why, the support first for a consenting priority group', async () => {
    const courseId = await addCourse({ title: 'May mẫu', starts_on: '2099-03-01' });
    await fanOutCourse(db(), courseId, RULES, NOW, { parallelism });
    const rows = await rowsOf(courseId);
    const render = (name: string, lang: 'vi' | 'en' = 'vi') =>
      courseRenderer.render(db(), {
        notificationId: rows[name]!.id,
        kind: 'course',
        refId: courseId,
        personId: rows[name]!.person_id,
        identityId: world.chats[name]![0]!,
        channel: 'telegram',
        chatType: 'private',
        lang,
      });
    const wanting = await render('wants_here');
    if (!wanting.ok) throw new Error(wanting.skip);
    const lines = wanting.message.text.split('\n');
    expect(lines[0]).toBe('📢 Khoá học nghề mới gần bạn');
    expect(lines.indexOf('🎓 Khoá học nghề — Sơ cấp')).toBe(2);
    expect(lines.findIndex((l) => l.startsWith('🤝'))).toBeGreaterThan(lines.findIndex((l) => l.startsWith('🏫')));
    expect(wanting.message.choices?.map((c) => c.id)).toEqual([
      `course.signup.${courseId}`,
      `course.ask.${courseId}`,
      `course.no.${courseId}`,
    ]);

    const priority = await render('wants_priority');
    if (!priority.ok) throw new Error(priority.skip);
    const ordered = priority.message.text.split('\n');
    expect(ordered.findIndex((l) => l.startsWith('🤝'))).toBeLessThan(ordered.findIndex((l) => l.startsWith('🏫')));
    const noConsent = await render('wants_priority_no_consent');
    expect(noConsent.ok && noConsent.message.text).toBe(wanting.message.text);

    // Nobody unmatched is left for this course (offered one this month); make one to see their heading.
    await sql`UPDATE notifications SET score = 1 WHERE id = ${rows.wants_here!.id}`.execute(db());
    const unmatched = await render('wants_here', 'en');
    expect(unmatched.ok && unmatched.message.text.split('\n')[0]).toBe('No suitable job yet? This course may help');

    await db().updateTable('courses').set({ status: 'cancelled' }).where('id', '=', courseId).execute();
    expect(await render('wants_here')).toEqual({ ok: false, skip: 'course cancelled' });
    await db()
      .updateTable('courses')
      .set({ status: 'approved', starts_on: '2020-01-01' })
      .where('id', '=', courseId)
      .execute();
    expect(await render('wants_here')).toEqual({ ok: false, skip: 'course started' });
  });

  it('tells the delivery an announcement is no longer wanted once its course is cancelled or started', async () => {
    const courseId = await addCourse({ title: 'May ca tối', starts_on: '2026-12-01' });
    await fanOutCourse(db(), courseId, RULES, NOW, { parallelism });
    const row = (await rowsOf(courseId)).wants_here!;
    const reason = async (today: string) => {
      const alive = liveness(REGISTRY.notificationKinds, today);
      const { rows } = await sql<{ reason: string | null }>`
        SELECT ${alive.skipReason} AS reason FROM notifications n ${alive.joins} WHERE n.id = ${row.id}`.execute(db());
      return rows[0]?.reason;
    };
    expect(await reason('2026-11-20')).toBeNull();
    expect(await reason('2026-12-01')).toBe('course started');
    await db().updateTable('courses').set({ status: 'cancelled' }).where('id', '=', courseId).execute();
    expect(await reason('2026-11-20')).toBe('course cancelled');
    await db().updateTable('worker_profiles').set({ paused_at: NOW }).where('person_id', '=', row.person_id).execute();
    await db().updateTable('courses').set({ status: 'approved' }).where('id', '=', courseId).execute();
    expect(await reason('2026-11-20')).toBe('alerts paused');
    await db().updateTable('worker_profiles').set({ paused_at: null }).where('person_id', '=', row.person_id).execute();
  });
});
