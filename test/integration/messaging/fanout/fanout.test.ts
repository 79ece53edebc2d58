import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countBroadcastAudience } from '../../../../src/db/broadcast-audience.ts';
import type { DatabaseHandle } from '../../../../src/db/connect.ts';
import { migrateToLatest } from '../../../../src/db/migrate.ts';
import { seedReferenceData } from '../../../../src/db/reference-data.ts';
import { fanOutBroadcast } from '../../../../src/messaging/fanout/broadcast.ts';
import { fanOutVacancy } from '../../../../src/messaging/fanout/vacancy.ts';
import { backends } from '../../../harness/databases.ts';
import { addVacancy, DAI_TU, PHO_YEN, seedWorld, THAI_NGUYEN, type World } from './seed.ts';

/**
 * The fan-out on PostgreSQL and PGlite over a seeded world with every exclusion: who gets a row, on which chat,
 * with which status, score and not_before; the daily cap, quiet hours, group chats, overseas work, closed
 * vacancies, idempotent re-runs, parallel slices, and broadcasts with their targets and priority groups.
 */
const RULES = { quietHours: { startHour: 21, endHour: 7 }, alertsPerDay: 3 };
/** A Vietnam wall-clock time as an instant. */
const vn = (local: string): Date => new Date(`${local.replace(' ', 'T')}:00+07:00`);

describe.each(backends)('fan-out on $name', (backend) => {
  let handle: DatabaseHandle;
  let cleanup: () => Promise<void>;
  let world: World;
  let haNoi: string;
  const parallelism = backend.name === 'postgres' ? 2 : 1;
  const db = () => handle.db;

  beforeAll(async () => {
    ({ handle, cleanup } = await backend.open());
    await migrateToLatest(handle.db);
    await seedReferenceData(handle.db);
    haNoi = (
      await handle.db
        .selectFrom('regions')
        .select('code')
        .where('province_code', '=', '01')
        .where('level', '=', 'commune')
        .orderBy('code')
        .limit(1)
        .executeTakeFirstOrThrow()
    ).code;
    const hanoi = { commune: haNoi, province: '01' };
    world = await seedWorld(
      handle.db,
      {
        commune_here: { reach: 'commune' },
        province_daitu: { commune: DAI_TU },
        country_hanoi: { ...hanoi, reach: 'country' },
        abroad_hanoi: { ...hanoi, reach: 'abroad' },
        two_chats: {
          chats: [
            { channel: 'telegram', minutesAgo: 120 },
            { channel: 'zalo', minutesAgo: 5 },
          ],
        },
        newest_unreachable: {
          chats: [
            { channel: 'telegram', minutesAgo: 120 },
            { channel: 'zalo', minutesAgo: 5, reachable: false },
          ],
        },
        newest_tombstoned: {
          chats: [
            { channel: 'zalo', minutesAgo: 120 },
            { channel: 'telegram', minutesAgo: 5, tombstoned: true },
          ],
        },
        daily: { frequency: 'daily' },
        capped: {},
        capped_not_counting: {},
        capped_tomorrow: {},
        poor_consent: { groups: ['poor'], priority: 'given' },
        poor_no_consent: { groups: ['poor'] },
        poor_withdrawn: { groups: ['poor'], priority: 'withdrawn' },
        stopped: { status: 'stopped' },
        deleted: { status: 'deleted', chats: [{ tombstoned: true }] },
        paused: { paused: true },
        no_consent: { alerts: 'none' },
        consent_withdrawn: { alerts: 'withdrawn' },
        unreachable: { chats: [{ reachable: false }] },
        tombstoned: { chats: [{ tombstoned: true }] },
        no_chat: { chats: [] },
        other_trade: { occupations: ['driver'] },
        commune_elsewhere: { reach: 'commune', commune: DAI_TU },
        province_elsewhere: { ...hanoi },
      },
      {
        g_commune: { region: PHO_YEN },
        g_province: { region: THAI_NGUYEN, channel: 'telegram' },
        g_daitu: { region: DAI_TU },
        g_hanoi: { region: haNoi },
        g_stopped: { region: PHO_YEN, stopped: true },
        g_unreachable: { region: PHO_YEN, reachable: false },
      },
      vn('2026-11-20 08:00'),
    );
  });
  afterAll(async () => cleanup?.());

  let otherRef = 900_000;
  /** Earlier alerts of other vacancies for a person: [status, due at (Vietnam time)], and the kind if not 'vacancy'. */
  async function earlier(
    name: string,
    alerts: [
      status: 'pending' | 'queued' | 'sent' | 'failed' | 'held' | 'skipped',
      due: string,
      kind?: 'vacancy' | 'broadcast',
    ][],
  ) {
    for (const [status, due, kind] of alerts) {
      otherRef += 1;
      await db()
        .insertInto('notifications')
        .values({
          kind: kind ?? 'vacancy',
          ref_id: otherRef,
          person_id: world.person[name]!,
          identity_id: world.chats[name]![0]!,
          channel: 'telegram',
          status,
          priority: 1,
          not_before: vn(due),
        })
        .execute();
    }
  }

  interface Row {
    person_id: number | null;
    identity_id: number;
    channel: string;
    status: string;
    priority: number;
    not_before: Date;
    score: number;
  }

  async function rowsOf(kind: 'vacancy' | 'broadcast', refId: number) {
    const rows = await db()
      .selectFrom('notifications')
      .select(['person_id', 'identity_id', 'channel', 'status', 'priority', 'not_before', 'score'])
      .where('kind', '=', kind)
      .where('ref_id', '=', refId)
      .execute();
    const nameOfPerson = new Map(Object.entries(world.person).map(([name, id]) => [id, name]));
    const nameOfGroup = new Map(Object.entries(world.group).map(([name, id]) => [id, name]));
    const byName: Record<string, Row> = {};
    for (const row of rows as Row[]) {
      const name = row.person_id === null ? nameOfGroup.get(row.identity_id) : nameOfPerson.get(row.person_id);
      if (!name || byName[name]) throw new Error(`unexpected or duplicate row ${JSON.stringify(row)}`);
      byName[name] = row;
    }
    return byName;
  }

  /** name → "status score" (and the chat, when not the person's first). */
  function summary(rows: Record<string, Row>): Record<string, string> {
    return Object.fromEntries(
      Object.entries(rows)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([name, row]) => {
          const chatIndex = row.person_id === null ? 0 : world.chats[name]!.indexOf(row.identity_id);
          return [name, `${row.status} ${row.score}${chatIndex > 0 ? ` chat${chatIndex}` : ''}`];
        }),
    );
  }

  it('writes one row per matched person and subscribed group chat, and none for every exclusion', async () => {
    const now = vn('2026-11-20 10:00');
    await earlier('capped', [
      ['pending', '2026-11-20 09:00'],
      ['queued', '2026-11-20 09:30'],
      ['sent', '2026-11-20 08:00'],
    ]);
    // Only pending/queued/sent vacancy alerts due today count: 1 here.
    await earlier('capped_not_counting', [
      ['sent', '2026-11-20 08:00'],
      ['failed', '2026-11-20 08:00'],
      ['held', '2026-11-20 08:00'],
      ['skipped', '2026-11-20 08:00'],
      ['sent', '2026-11-19 20:00'],
      ['pending', '2026-11-20 08:00', 'broadcast'],
    ]);
    const vacancyId = await addVacancy(db(), world);
    const result = await fanOutVacancy(db(), vacancyId, RULES, now, { parallelism });
    expect(result).toEqual({ vacancyId, outcome: 'written', pending: 12, held: 2, groupChats: 2 });

    const rows = await rowsOf('vacancy', vacancyId);
    expect(summary(rows)).toEqual({
      abroad_hanoi: 'pending 1',
      capped: 'held 3',
      capped_not_counting: 'pending 3',
      capped_tomorrow: 'pending 3',
      commune_here: 'pending 3',
      country_hanoi: 'pending 1',
      daily: 'held 3',
      g_commune: 'pending 3',
      g_province: 'pending 2',
      newest_tombstoned: 'pending 3',
      newest_unreachable: 'pending 3',
      poor_consent: 'pending 3',
      poor_no_consent: 'pending 3',
      poor_withdrawn: 'pending 3',
      province_daitu: 'pending 2',
      two_chats: 'pending 3 chat1',
    });
    for (const row of Object.values(rows)) {
      expect(row.priority).toBe(1);
      expect(row.not_before).toEqual(now);
    }
    expect(rows.two_chats!.channel).toBe('zalo');
    expect(rows.newest_tombstoned!.channel).toBe('zalo');
    expect(rows.g_province!.channel).toBe('telegram');
    const vacancy = await db()
      .selectFrom('vacancies')
      .select('fanned_out_at')
      .where('id', '=', vacancyId)
      .executeTakeFirstOrThrow();
    expect(vacancy.fanned_out_at).toBeInstanceOf(Date);

    // Run again (a retried or duplicated job): nothing new, nothing changed, fanned_out_at kept.
    const again = await fanOutVacancy(db(), vacancyId, RULES, new Date(now.getTime() + 60_000), { parallelism });
    expect(again).toEqual({ vacancyId, outcome: 'written', pending: 0, held: 0, groupChats: 0 });
    expect(await rowsOf('vacancy', vacancyId)).toEqual(rows);
    expect(
      (await db().selectFrom('vacancies').select('fanned_out_at').where('id', '=', vacancyId).executeTakeFirstOrThrow())
        .fanned_out_at,
    ).toEqual(vacancy.fanned_out_at);
  });

  it('sends overseas work only to reach "abroad", and never to group chats', async () => {
    const vacancyId = await addVacancy(db(), world, { title: 'May tại Nhật Bản', overseas: true });
    const result = await fanOutVacancy(db(), vacancyId, RULES, vn('2026-11-21 10:00'), { parallelism });
    expect(result).toMatchObject({ outcome: 'written', pending: 1, held: 0, groupChats: 0 });
    expect(summary(await rowsOf('vacancy', vacancyId))).toEqual({ abroad_hanoi: 'pending 1' });
  });

  it('inside quiet hours: everything waits for 07:00, and the cap counts the day it goes out', async () => {
    // 22:30 on the 22nd: the alert goes out on the 23rd at 07:00. Three alerts due on the 22nd do not stop it;
    // three already due on the 23rd (written before) do.
    await earlier('capped', [
      ['sent', '2026-11-22 09:00'],
      ['sent', '2026-11-22 10:00'],
      ['sent', '2026-11-22 11:00'],
    ]);
    await earlier('capped_tomorrow', [
      ['pending', '2026-11-23 07:00'],
      ['pending', '2026-11-23 07:00'],
      ['pending', '2026-11-23 07:00'],
    ]);
    const vacancyId = await addVacancy(db(), world, { commune: DAI_TU, title: 'May ở Đại Từ' });
    await fanOutVacancy(db(), vacancyId, RULES, vn('2026-11-22 22:30'), { parallelism });
    const rows = await rowsOf('vacancy', vacancyId);
    expect(rows.capped!.status).toBe('pending');
    expect(rows.capped_tomorrow!.status).toBe('held');
    expect(rows.commune_elsewhere!.score).toBe(3); // reach commune, lives in Đại Từ
    expect(rows.g_daitu!.status).toBe('pending');
    expect(rows.commune_here).toBeUndefined();
    for (const row of Object.values(rows)) expect(row.not_before).toEqual(vn('2026-11-23 07:00'));
    // Just after midnight it is still quiet: the same morning.
    const late = await addVacancy(db(), world, { title: 'Ca đêm' });
    await fanOutVacancy(db(), late, RULES, vn('2026-11-24 00:15'), { parallelism });
    expect(new Set(Object.values(await rowsOf('vacancy', late)).map((r) => r.not_before.toISOString()))).toEqual(
      new Set([vn('2026-11-24 07:00').toISOString()]),
    );
  });

  it('a vacancy closed, rejected, pending or past its deadline writes nothing and is not marked fanned out', async () => {
    const now = vn('2026-11-25 10:00');
    for (const seed of [
      { status: 'closed' as const },
      { status: 'rejected' as const },
      { status: 'pending' as const },
      { deadline: '2026-11-24' },
    ]) {
      const vacancyId = await addVacancy(db(), world, seed);
      expect(await fanOutVacancy(db(), vacancyId, RULES, now, { parallelism })).toEqual({
        vacancyId,
        outcome: 'not_open',
      });
      expect(await rowsOf('vacancy', vacancyId)).toEqual({});
      expect(
        (
          await db()
            .selectFrom('vacancies')
            .select('fanned_out_at')
            .where('id', '=', vacancyId)
            .executeTakeFirstOrThrow()
        ).fanned_out_at,
      ).toBeNull();
    }
    // Due today is still open.
    const today = await addVacancy(db(), world, { deadline: '2026-11-25' });
    expect(await fanOutVacancy(db(), today, RULES, now, { parallelism })).toMatchObject({ outcome: 'written' });
    expect(await fanOutVacancy(db(), 987_654_321, RULES, now, { parallelism })).toEqual({
      vacancyId: 987_654_321,
      outcome: 'not_open',
    });
  });

  it('four vacancies fanned out at once still give each person at most 3 instant alerts that day', async () => {
    const now = vn('2026-11-26 10:00');
    const ids = await Promise.all([1, 2, 3, 4].map((n) => addVacancy(db(), world, { title: `Đợt ${n}` })));
    await Promise.all(ids.map((id) => fanOutVacancy(db(), id, RULES, now, { parallelism })));
    const { rows } = await sql<{ status: string; n: number }>`
      SELECT status, count(*)::int AS n FROM notifications
      WHERE kind = 'vacancy' AND person_id = ${world.person.commune_here!} AND ref_id IN (${sql.join(ids)})
      GROUP BY status ORDER BY status`.execute(db());
    expect(rows).toEqual([
      { status: 'held', n: 1 },
      { status: 'pending', n: 3 },
    ]);
  });

  it('slices written at once give the same rows as one statement', async () => {
    const now = vn('2026-11-27 10:00');
    const one = await addVacancy(db(), world, { title: 'Một lần' });
    const sliced = await addVacancy(db(), world, { title: 'Nhiều phần' });
    const a = await fanOutVacancy(db(), one, { ...RULES, alertsPerDay: 50 }, now, { parallelism: 1 });
    const b = await fanOutVacancy(db(), sliced, { ...RULES, alertsPerDay: 50 }, now, {
      parallelism: backend.name === 'postgres' ? 5 : 1,
    });
    expect({ ...b, vacancyId: one }).toEqual(a);
    expect(summary(await rowsOf('vacancy', sliced))).toEqual(summary(await rowsOf('vacancy', one)));
  });

  describe('broadcasts', () => {
    async function addBroadcast(
      targets: string[],
      groups: string[],
      sendAt: Date,
      status: 'scheduled' | 'cancelled' = 'scheduled',
    ) {
      return (
        await db()
          .insertInto('broadcasts')
          .values({
            official_person_id: world.officialId,
            scope_region_code: THAI_NGUYEN,
            text: 'Phiên giao dịch việc làm',
            target_region_codes: targets,
            priority_groups: groups,
            send_at: sendAt,
            status,
          })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    }

    it('reaches exactly the audience the preview counted, as pending priority 3 at the send time', async () => {
      const sendAt = vn('2026-11-28 09:00');
      const id = await addBroadcast([THAI_NGUYEN], [], sendAt);
      const preview = await countBroadcastAudience(db(), [THAI_NGUYEN], []);
      const result = await fanOutBroadcast(db(), id, RULES, new Date(sendAt.getTime() + 30_000), { parallelism });
      expect(result).toEqual({
        broadcastId: id,
        outcome: 'written',
        pending: preview.people,
        held: 0,
        groupChats: preview.groupChats,
      });
      const rows = await rowsOf('broadcast', id);
      expect(Object.keys(rows).sort()).toEqual([
        'capped',
        'capped_not_counting',
        'capped_tomorrow',
        'commune_elsewhere',
        'commune_here',
        'daily',
        'g_commune',
        'g_daitu',
        'g_province',
        'newest_tombstoned',
        'newest_unreachable',
        'other_trade',
        'poor_consent',
        'poor_no_consent',
        'poor_withdrawn',
        'province_daitu',
        'two_chats',
      ]);
      for (const row of Object.values(rows))
        expect([row.status, row.priority, row.not_before]).toEqual(['pending', 3, sendAt]);
      expect(rows.two_chats!.identity_id).toBe(world.chats.two_chats![1]);
      const broadcast = await db()
        .selectFrom('broadcasts')
        .select(['status', 'fanned_out_at'])
        .where('id', '=', id)
        .executeTakeFirstOrThrow();
      expect(broadcast.status).toBe('sending');
      expect(broadcast.fanned_out_at).toBeInstanceOf(Date);
      expect(await fanOutBroadcast(db(), id, RULES, vn('2026-11-28 09:05'), { parallelism })).toEqual({
        broadcastId: id,
        outcome: 'written',
        pending: 0,
        held: 0,
        groupChats: 0,
      });
    });

    it('narrowed to priority groups: only people whose priority consent stands, and no group chats', async () => {
      const id = await addBroadcast([PHO_YEN], ['poor', 'disability'], vn('2026-11-28 10:00'));
      const result = await fanOutBroadcast(db(), id, RULES, vn('2026-11-28 10:00'), { parallelism });
      expect(result).toMatchObject({ outcome: 'written', pending: 1, groupChats: 0 });
      expect(Object.keys(await rowsOf('broadcast', id))).toEqual(['poor_consent']);
    });

    it('a commune target reaches its commune group chat but not the province one', async () => {
      const id = await addBroadcast([DAI_TU], [], vn('2026-11-28 11:00'));
      await fanOutBroadcast(db(), id, RULES, vn('2026-11-28 11:00'), { parallelism });
      expect(Object.keys(await rowsOf('broadcast', id)).sort()).toEqual([
        'commune_elsewhere',
        'g_daitu',
        'province_daitu',
      ]);
    });

    it('a cancelled broadcast writes nothing; one relayed late at night waits for the morning', async () => {
      const cancelled = await addBroadcast([THAI_NGUYEN], [], vn('2026-11-28 12:00'), 'cancelled');
      expect(await fanOutBroadcast(db(), cancelled, RULES, vn('2026-11-28 12:00'))).toEqual({
        broadcastId: cancelled,
        outcome: 'cancelled',
      });
      expect(await rowsOf('broadcast', cancelled)).toEqual({});
      expect(await fanOutBroadcast(db(), 987_654_321, RULES, vn('2026-11-28 12:00'))).toEqual({
        broadcastId: 987_654_321,
        outcome: 'missing',
      });

      const late = await addBroadcast([DAI_TU], [], vn('2026-11-28 20:00'));
      await fanOutBroadcast(db(), late, RULES, vn('2026-11-28 23:10'), { parallelism });
      const rows = Object.values(await rowsOf('broadcast', late));
      expect(rows).toHaveLength(3);
      for (const row of rows) expect(row.not_before).toEqual(vn('2026-11-29 07:00'));
    });
  });
});
