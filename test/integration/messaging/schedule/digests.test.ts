import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../../../src/db/connect.ts';
import { migrateToLatest } from '../../../../src/db/migrate.ts';
import { seedReferenceData } from '../../../../src/db/reference-data.ts';
import { renderDigest } from '../../../../src/features/alerts/digest.ts';
import { REGISTRY } from '../../../../src/features/index.ts';

const renderer = (kind: string) => REGISTRY.notificationKinds.find((k) => k.kind === kind)!.renderer;
import { runDigests } from '../../../../src/messaging/schedule/digests.ts';
import { backends } from '../../../harness/databases.ts';

/**
 * The daily digest job on real databases, run directly with a fixed `now`: who is due at which hour, one digest per
 * person per day (a re-run writes nothing), held alerts of open vacancies digested into it, the closed ones
 * skipped, nothing due in quiet hours; and its renderer: the top 5 by score then freshness, "còn N việc nữa".
 */
const vn = (local: string): Date => new Date(`${local.replace(' ', 'T')}:00+07:00`);
const QUIET = { startHour: 21, endHour: 7 };

describe.each(backends)('daily digests on $name', (backend) => {
  let handle: DatabaseHandle;
  let cleanup: () => Promise<void>;
  let commune: { code: string; province_code: string; name: string };
  let employerId: number;
  let chatCounter = 0;

  const db = () => handle.db;

  async function person(options: {
    frequency: 'instant' | 'daily';
    hour?: number | null;
    status?: 'active' | 'stopped';
    consent?: boolean;
    paused?: boolean;
    reachable?: boolean;
    language?: 'vi' | 'en';
  }) {
    const p = await db()
      .insertInto('people')
      .values({ status: options.status ?? 'active', language: options.language ?? 'vi' })
      .returning('id')
      .executeTakeFirstOrThrow();
    chatCounter += 1;
    const identity = await db()
      .insertInto('channel_identities')
      .values({
        person_id: p.id,
        channel: 'simulator',
        chat_id: `digest-${backend.name}-${chatCounter}`,
        chat_type: 'private',
        reachable: options.reachable ?? true,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await db()
      .insertInto('worker_profiles')
      .values({
        person_id: p.id,
        commune_code: commune.code,
        province_code: commune.province_code,
        occupations: ['garment'],
        reach: 'province',
        frequency: options.frequency,
        digest_hour: options.frequency === 'daily' ? (options.hour ?? 7) : null,
        paused_at: options.paused ? new Date() : null,
      })
      .execute();
    if (options.consent ?? true)
      await db()
        .insertInto('consents')
        .values({ person_id: p.id, purpose: 'alerts', text_version: 'test', channel: 'simulator' })
        .execute();
    return { id: p.id, identityId: identity.id };
  }

  async function vacancy(
    title: string,
    options: { deadline?: string; status?: 'approved' | 'closed'; approved?: string; wage?: string } = {},
  ) {
    const v = await db()
      .insertInto('vacancies')
      .values({
        employer_id: employerId,
        title,
        occupation: 'garment',
        commune_code: commune.code,
        province_code: commune.province_code,
        headcount: 3,
        wage_raw: options.wage ?? '8 triệu/tháng',
        deadline: options.deadline ?? '2027-06-30',
        contact: '0208 3850 123',
        status: options.status ?? 'approved',
        scam_reasons: '[]',
        decided_at: options.approved ? vn(options.approved) : vn('2026-11-01 08:00'),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return v.id;
  }

  async function held(who: { id: number; identityId: number }, vacancyId: number, score = 0) {
    await db()
      .insertInto('notifications')
      .values({
        kind: 'vacancy',
        ref_id: vacancyId,
        person_id: who.id,
        identity_id: who.identityId,
        channel: 'simulator',
        status: 'held',
        score,
      })
      .execute();
  }

  const notificationsOf = (personId: number) =>
    db()
      .selectFrom('notifications')
      .select(['id', 'kind', 'ref_id', 'status', 'digest_id', 'not_before', 'identity_id'])
      .where('person_id', '=', personId)
      .orderBy('id')
      .execute();
  const digestsOf = async (personId: number) => (await notificationsOf(personId)).filter((n) => n.kind === 'digest');

  beforeAll(async () => {
    ({ handle, cleanup } = await backend.open());
    await migrateToLatest(handle.db);
    await seedReferenceData(handle.db);
    commune = await db()
      .selectFrom('regions')
      .select(['code', 'province_code', 'name'])
      .where('name', '=', 'Phường Phổ Yên')
      .executeTakeFirstOrThrow();
    employerId = (
      await db().insertInto('employers').values({ name: 'Xưởng may Phổ Yên' }).returning('id').executeTakeFirstOrThrow()
    ).id;
  });
  afterAll(async () => {
    await cleanup();
  });
  beforeEach(async () => {
    await db().deleteFrom('notifications').where('digest_id', 'is not', null).execute();
    await db().deleteFrom('notifications').execute();
  });

  it('at 18:00: daily subscribers of 18:00 and instant subscribers with held alerts; nobody else', async () => {
    const now = vn('2026-11-20 18:00');
    const daily18 = await person({ frequency: 'daily', hour: 18 });
    const instant = await person({ frequency: 'instant' });
    const daily19 = await person({ frequency: 'daily', hour: 19 });
    const daily7 = await person({ frequency: 'daily', hour: 7 });
    const stopped = await person({ frequency: 'daily', hour: 18, status: 'stopped' });
    const paused = await person({ frequency: 'daily', hour: 18, paused: true });
    const noConsent = await person({ frequency: 'daily', hour: 18, consent: false });
    const unreachable = await person({ frequency: 'daily', hour: 18, reachable: false });
    const nothingHeld = await person({ frequency: 'daily', hour: 18 });
    const open = await vacancy('May mẫu');
    const expired = await vacancy('May hết hạn', { deadline: '2026-11-19' });
    const closed = await vacancy('May đã đóng', { status: 'closed' });
    for (const who of [daily18, instant, daily19, daily7, stopped, paused, noConsent, unreachable])
      await held(who, open);
    await held(daily18, expired);
    await held(daily18, closed);
    const onlyClosed = await person({ frequency: 'daily', hour: 18 });
    await held(onlyClosed, closed);

    expect(await runDigests(db(), { now, quietHours: QUIET })).toEqual({ digests: 2, digested: 2, skipped: 2 });

    const [digest] = await digestsOf(daily18.id);
    expect(digest).toMatchObject({ ref_id: 20261120, status: 'pending', identity_id: daily18.identityId });
    expect(digest!.not_before).toEqual(now);
    const alerts = (await notificationsOf(daily18.id)).filter((n) => n.kind === 'vacancy');
    expect(alerts.map((a) => [a.ref_id, a.status, a.digest_id])).toEqual([
      [open, 'digested', digest!.id],
      [expired, 'skipped', null],
      [closed, 'skipped', null],
    ]);
    expect(await digestsOf(instant.id)).toHaveLength(1);
    for (const who of [daily19, daily7, stopped, paused, noConsent, unreachable, nothingHeld, onlyClosed])
      expect(await digestsOf(who.id)).toEqual([]);
    for (const who of [daily19, daily7, stopped, paused, noConsent, unreachable])
      expect((await notificationsOf(who.id))[0]!.status).toBe('held');

    // A re-run of the hour sends nothing twice; an alert held after today's digest waits for tomorrow's.
    const later = await vacancy('May muộn');
    await held(daily18, later);
    expect(await runDigests(db(), { now: vn('2026-11-20 18:30'), quietHours: QUIET })).toEqual({
      digests: 0,
      digested: 0,
      skipped: 0,
    });
    expect(await digestsOf(daily18.id)).toHaveLength(1);
    expect((await notificationsOf(daily18.id)).find((n) => n.ref_id === later)!.status).toBe('held');

    // 19:00: the 19:00 subscriber; the next day at 18:00, the alert that waited.
    expect(await runDigests(db(), { now: vn('2026-11-20 19:00'), quietHours: QUIET })).toMatchObject({ digests: 1 });
    expect(await digestsOf(daily19.id)).toHaveLength(1);
    expect(await runDigests(db(), { now: vn('2026-11-21 18:00'), quietHours: QUIET })).toMatchObject({
      digests: 1,
      digested: 1,
    });
    expect((await digestsOf(daily18.id)).map((d) => d.ref_id)).toEqual([20261120, 20261121]);
  });

  it('an hour chosen inside the quiet hours goes out when they end; nothing runs in quiet hours', async () => {
    const night = await person({ frequency: 'daily', hour: 22 });
    const morning = await person({ frequency: 'daily', hour: 7 });
    const instant = await person({ frequency: 'instant' });
    const open = await vacancy('Phụ may');
    for (const who of [night, morning, instant]) await held(who, open);
    expect(await runDigests(db(), { now: vn('2026-11-20 22:00'), quietHours: QUIET })).toEqual({
      digests: 0,
      digested: 0,
      skipped: 0,
    });
    expect(await runDigests(db(), { now: vn('2026-11-21 07:00'), quietHours: QUIET })).toEqual({
      digests: 2,
      digested: 2,
      skipped: 0,
    });
    expect((await digestsOf(night.id)).map((d) => d.ref_id)).toEqual([20261121]);
    expect(await digestsOf(instant.id)).toEqual([]);
  });

  it('a job that runs late covers the hours it missed; written in quiet time, it is due when they end', async () => {
    const at19 = await person({ frequency: 'daily', hour: 19 });
    const at20 = await person({ frequency: 'daily', hour: 20 });
    const open = await vacancy('Cắt chỉ');
    await held(at19, open);
    await held(at20, open);
    const result = await runDigests(db(), {
      now: vn('2026-11-20 21:15'),
      scheduledFor: vn('2026-11-20 19:00'),
      quietHours: QUIET,
    });
    expect(result).toEqual({ digests: 2, digested: 2, skipped: 0 });
    for (const who of [at19, at20]) {
      const [digest] = await digestsOf(who.id);
      expect(digest!.ref_id).toBe(20261120);
      expect(digest!.not_before).toEqual(vn('2026-11-21 07:00'));
    }
  });

  it('renders the top 5 by score then freshness, counts the rest, and opens job search', async () => {
    const reader = await person({ frequency: 'daily', hour: 18 });
    const english = await person({ frequency: 'daily', hour: 18, language: 'en' });
    const titles = ['A', 'B', 'C', 'D', 'E', 'F', 'G'];
    const scores = [0.1, 0.9, 0.5, 0.5, 0.7, 0.2, 0.3];
    const approved = [
      '2026-11-10 08:00',
      '2026-11-10 08:00',
      '2026-11-12 08:00',
      '2026-11-15 08:00',
      '2026-11-10 08:00',
      '2026-11-10 08:00',
      '2026-11-10 08:00',
    ];
    const ids: number[] = [];
    for (const [i, title] of titles.entries()) {
      ids.push(
        await vacancy(`Việc ${title}`, { approved: approved[i], wage: i === 0 ? 'thỏa thuận' : '7-9 triệu/tháng' }),
      );
      await held(reader, ids[i]!, scores[i]);
    }
    await held(english, ids[1]!, 1);
    await runDigests(db(), { now: vn('2026-11-20 18:00'), quietHours: QUIET });
    const [digest] = await digestsOf(reader.id);
    const message = await renderDigest(db(), { id: digest!.id, person_id: reader.id }, 'vi', vn('2026-11-20 18:00'));
    expect(message).toEqual({
      text: [
        '🔔 Việc mới hợp với bạn hôm nay',
        `• Việc B · ${commune.name} · 7–9 triệu/tháng`,
        `• Việc E · ${commune.name} · 7–9 triệu/tháng`,
        `• Việc D · ${commune.name} · 7–9 triệu/tháng`,
        `• Việc C · ${commune.name} · 7–9 triệu/tháng`,
        `• Việc G · ${commune.name} · 7–9 triệu/tháng`,
        'Còn 2 việc nữa — gõ /timviec để xem.',
        '⚠️ Không nộp bất kỳ khoản phí nào để được nhận việc.',
      ].join('\n'),
      choices: [{ id: 'menu.search', label: 'Xem tất cả việc hợp với bạn' }],
      prompt: 'Gõ 1 để xem chi tiết từng việc.',
    });

    // Closed meanwhile: gone from the digest (and from the count).
    await db().updateTable('vacancies').set({ status: 'closed' }).where('id', 'in', [ids[1]!, ids[5]!]).execute();
    const after = await renderDigest(db(), { id: digest!.id, person_id: reader.id }, 'vi', vn('2026-11-20 18:05'));
    expect(after!.text).not.toContain('Việc B');
    expect(after!.text).toContain('• Việc A');
    expect(after!.text).not.toContain('Còn');

    const [englishDigest] = await digestsOf(english.id);
    expect(
      await renderDigest(db(), { id: englishDigest!.id, person_id: english.id }, 'en', vn('2026-11-20 18:05')),
    ).toBeNull();
    // Through the delivery's registry: nothing open → the digest is skipped with a reason.
    const target = {
      notificationId: englishDigest!.id,
      kind: 'digest',
      refId: englishDigest!.ref_id,
      personId: english.id,
      identityId: englishDigest!.identity_id,
      channel: 'simulator',
      chatType: 'private',
      lang: 'en',
    } as const;
    expect(await renderer('digest').render(db(), target)).toEqual({
      ok: false,
      skip: 'no vacancy of the digest is still open',
    });
    expect(renderer('digest').cacheKey).toBeUndefined();
    expect(
      (
        await renderer('digest').render(db(), {
          ...target,
          notificationId: digest!.id,
          personId: reader.id,
          lang: 'vi',
        })
      ).ok,
    ).toBe(true);
    await db().updateTable('vacancies').set({ status: 'approved' }).where('id', '=', ids[1]!).execute();
    const en = await renderDigest(db(), { id: englishDigest!.id, person_id: english.id }, 'en', vn('2026-11-20 18:05'));
    expect(en!.text.split('\n')[0]).toBe('🔔 New jobs for you today');
    expect(en!.text).toContain('• Việc B');
    expect(en!.choices).toEqual([{ id: 'menu.search', label: 'See all jobs that fit you' }]);
    // Past the deadline by the time it is rendered: nothing to send.
    await db().updateTable('vacancies').set({ deadline: '2026-11-20' }).where('id', '=', ids[1]!).execute();
    expect(
      await renderDigest(db(), { id: englishDigest!.id, person_id: english.id }, 'en', vn('2026-11-21 07:00')),
    ).toBeNull();
  });
});
