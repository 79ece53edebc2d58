import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../../../src/db/connect.ts';
import { migrateToLatest } from '../../../../src/db/migrate.ts';
import { seedReferenceData } from '../../../../src/db/reference-data.ts';
import { renderFollowup } from '../../../../src/features/followup/notification.ts';
import { REGISTRY } from '../../../../src/features/index.ts';

const renderer = (kind: string) => REGISTRY.notificationKinds.find((k) => k.kind === kind)!.renderer;
import { closeExpiredVacancies } from '../../../../src/messaging/schedule/deadlines.ts';
import { runFollowups } from '../../../../src/messaging/schedule/followups.ts';
import { backends } from '../../../harness/databases.ts';

/**
 * The 7-day follow-up and vacancy expiry jobs on real databases, run directly with a fixed `now`, and the
 * follow-up's renderer.
 */
const vn = (local: string): Date => new Date(`${local.replace(' ', 'T')}:00+07:00`);
const QUIET = { startHour: 21, endHour: 7 };

describe.each(backends)('follow-ups and deadlines on $name', (backend) => {
  let handle: DatabaseHandle;
  let cleanup: () => Promise<void>;
  let commune: { code: string; province_code: string };
  let employerId: number;
  let chats = 0;
  const db = () => handle.db;

  async function person(options: { status?: 'active' | 'stopped' | 'deleted'; reachable?: boolean } = {}) {
    const p = await db()
      .insertInto('people')
      .values({ status: options.status ?? 'active' })
      .returning('id')
      .executeTakeFirstOrThrow();
    chats += 1;
    const identity = await db()
      .insertInto('channel_identities')
      .values({
        person_id: p.id,
        channel: 'simulator',
        chat_id: `fu-${backend.name}-${chats}`,
        chat_type: 'private',
        reachable: options.reachable ?? true,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { id: p.id, identityId: identity.id };
  }

  async function vacancy(
    title: string,
    deadline = '2027-06-30',
    status: 'approved' | 'pending' | 'closed' = 'approved',
  ) {
    return (
      await db()
        .insertInto('vacancies')
        .values({
          employer_id: employerId,
          title,
          occupation: 'garment',
          commune_code: commune.code,
          province_code: commune.province_code,
          headcount: 3,
          wage_raw: '8 triệu',
          deadline,
          contact: '0208 3850 123',
          status,
          scam_reasons: '[]',
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  }

  async function application(
    personId: number,
    vacancyId: number,
    createdAt: string,
    status = 'interested',
    followupSent: Date | null = null,
  ) {
    return (
      await db()
        .insertInto('applications')
        .values({
          person_id: personId,
          vacancy_id: vacancyId,
          status,
          created_at: vn(createdAt),
          updated_at: vn(createdAt),
          followup_sent_at: followupSent,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
  }

  beforeAll(async () => {
    ({ handle, cleanup } = await backend.open());
    await migrateToLatest(handle.db);
    await seedReferenceData(handle.db);
    commune = await db()
      .selectFrom('regions')
      .select(['code', 'province_code'])
      .where('name', '=', 'Phường Phổ Yên')
      .executeTakeFirstOrThrow();
    employerId = (
      await db().insertInto('employers').values({ name: 'Xưởng may Phổ Yên' }).returning('id').executeTakeFirstOrThrow()
    ).id;
  });
  afterAll(async () => {
    await cleanup();
  });

  it('asks once, 7 days after "Quan tâm", active people with a reachable chat only', async () => {
    const now = vn('2026-11-20 09:00');
    const lan = await person();
    const stopped = await person({ status: 'stopped' });
    const unreachable = await person({ reachable: false });
    const v = await vacancy('Công nhân may');
    const w = await vacancy('Thợ cắt');
    const due = await application(lan.id, v, '2026-11-13 08:59');
    const exactlySeven = await application(lan.id, w, '2026-11-13 09:00');
    const tooRecent = await application((await person()).id, v, '2026-11-13 09:01');
    const notSuitable = await application((await person()).id, v, '2026-11-01 09:00', 'not_suitable');
    const alreadyAsked = await application(
      (await person()).id,
      v,
      '2026-11-01 09:00',
      'interested',
      vn('2026-11-08 09:00'),
    );
    const ofStopped = await application(stopped.id, v, '2026-11-01 09:00');
    const ofUnreachable = await application(unreachable.id, v, '2026-11-01 09:00');

    expect(await runFollowups(db(), { now, quietHours: QUIET })).toEqual({ asked: 2 });
    const rows = await db()
      .selectFrom('notifications')
      .select(['kind', 'ref_id', 'person_id', 'identity_id', 'status', 'not_before'])
      .where('kind', '=', 'followup')
      .orderBy('ref_id')
      .execute();
    expect(rows).toEqual([
      {
        kind: 'followup',
        ref_id: due,
        person_id: lan.id,
        identity_id: lan.identityId,
        status: 'pending',
        not_before: now,
      },
      {
        kind: 'followup',
        ref_id: exactlySeven,
        person_id: lan.id,
        identity_id: lan.identityId,
        status: 'pending',
        not_before: now,
      },
    ]);
    const sent = await db().selectFrom('applications').select(['id', 'followup_sent_at']).orderBy('id').execute();
    const sentAt = Object.fromEntries(sent.map((a) => [a.id, a.followup_sent_at]));
    expect(sentAt[due]).toEqual(now);
    expect(sentAt[exactlySeven]).toEqual(now);
    for (const id of [tooRecent, notSuitable, ofStopped, ofUnreachable]) expect(sentAt[id]).toBeNull();
    expect(sentAt[alreadyAsked]).toEqual(vn('2026-11-08 09:00'));

    // A re-run asks nobody twice; later the one now 7 days old is asked. Written in quiet time: due at 07:00.
    expect(await runFollowups(db(), { now, quietHours: QUIET })).toEqual({ asked: 0 });
    expect(await runFollowups(db(), { now: vn('2026-11-20 22:00'), quietHours: QUIET })).toEqual({ asked: 1 });
    const late = await db()
      .selectFrom('notifications')
      .select('not_before')
      .where('kind', '=', 'followup')
      .where('ref_id', '=', tooRecent)
      .executeTakeFirstOrThrow();
    expect(late.not_before).toEqual(vn('2026-11-21 07:00'));
  });

  it('renders the question for the application it is about, and nothing once answered or not theirs', async () => {
    const mai = await person();
    const other = await person();
    const v = await vacancy('Công nhân may công nghiệp');
    const app = await application(mai.id, v, '2026-11-01 08:00');
    const message = await renderFollowup(db(), { ref_id: app, person_id: mai.id }, 'vi');
    expect(message).toEqual({
      text: 'Tuần trước bạn đã bấm "Quan tâm" việc «Công nhân may công nghiệp» — Xưởng may Phổ Yên.',
      choices: [
        { id: `followup.hired.${app}`, label: 'Đã được nhận' },
        { id: `followup.not_hired.${app}`, label: 'Chưa / không được' },
        { id: `followup.waiting.${app}`, label: 'Đang chờ trả lời' },
      ],
      prompt: 'Bạn đã được nhận vào làm «Công nhân may công nghiệp» chưa?',
    });
    expect((await renderFollowup(db(), { ref_id: app, person_id: mai.id }, 'en'))!.prompt).toBe(
      'Did you get the job «Công nhân may công nghiệp»?',
    );
    expect(await renderFollowup(db(), { ref_id: app, person_id: other.id }, 'vi')).toBeNull();
    const target = {
      notificationId: 1,
      kind: 'followup',
      refId: app,
      personId: mai.id,
      identityId: mai.identityId,
      channel: 'simulator',
      chatType: 'private',
      lang: 'vi',
    } as const;
    expect(await renderer('followup').render(db(), target)).toEqual({ ok: true, message });
    expect(await renderer('followup').render(db(), { ...target, personId: other.id })).toEqual({
      ok: false,
      skip: 'application answered, moved on or not theirs',
    });
    expect(await renderFollowup(db(), { ref_id: app, person_id: null }, 'vi')).toBeNull();
    await db().updateTable('applications').set({ followup_answer: 'waiting' }).where('id', '=', app).execute();
    expect(await renderFollowup(db(), { ref_id: app, person_id: mai.id }, 'vi')).toBeNull();
    const withdrawn = await application(mai.id, await vacancy('Thợ phụ'), '2026-11-01 08:00', 'not_suitable');
    expect(await renderFollowup(db(), { ref_id: withdrawn, person_id: mai.id }, 'vi')).toBeNull();
  });

  it('closes approved vacancies the day after their deadline; their unsent alerts are never sent', async () => {
    const who = await person();
    const expired = await vacancy('Hết hạn hôm qua', '2026-11-19');
    const lastDay = await vacancy('Hạn hôm nay', '2026-11-20');
    const pending = await vacancy('Chờ duyệt quá hạn', '2026-11-01', 'pending');
    const closedByEmployer = await vacancy('Chủ đã đóng', '2027-01-01', 'closed');
    await db()
      .updateTable('vacancies')
      .set({ closed_at: vn('2026-11-20 10:00') })
      .where('id', '=', closedByEmployer)
      .execute();
    const alert = (ref: number, status: 'pending' | 'queued' | 'held' | 'sent', personId: number, identityId: number) =>
      db()
        .insertInto('notifications')
        .values({
          kind: 'vacancy',
          ref_id: ref,
          person_id: personId,
          identity_id: identityId,
          channel: 'simulator',
          status,
        })
        .execute();
    const others = [await person(), await person(), await person()];
    await alert(expired, 'pending', who.id, who.identityId);
    await alert(expired, 'queued', others[0]!.id, others[0]!.identityId);
    await alert(expired, 'held', others[1]!.id, others[1]!.identityId);
    await alert(expired, 'sent', others[2]!.id, others[2]!.identityId);
    await alert(lastDay, 'pending', who.id, who.identityId);
    await alert(closedByEmployer, 'pending', who.id, who.identityId);

    // 23:59 on the last day: still open.
    expect(await closeExpiredVacancies(db(), { now: vn('2026-11-19 23:59') })).toEqual({ closed: 0, skipped: 1 });
    const now = vn('2026-11-20 00:00');
    expect(await closeExpiredVacancies(db(), { now })).toEqual({ closed: 1, skipped: 3 });
    const statuses = Object.fromEntries(
      (
        await db()
          .selectFrom('vacancies')
          .select(['id', 'status', 'closed_at'])
          .where('id', 'in', [expired, lastDay, pending])
          .execute()
      ).map((v) => [v.id, [v.status, v.closed_at]]),
    );
    expect(statuses).toEqual({
      [expired]: ['closed', now],
      [lastDay]: ['approved', null],
      [pending]: ['pending', null],
    });
    const alerts = await db()
      .selectFrom('notifications')
      .select(['ref_id', 'status', 'last_error'])
      .where('ref_id', 'in', [expired, lastDay, closedByEmployer])
      .where('kind', '=', 'vacancy')
      .orderBy('id')
      .execute();
    expect(alerts).toEqual([
      { ref_id: expired, status: 'skipped', last_error: 'vacancy closed' },
      { ref_id: expired, status: 'skipped', last_error: 'vacancy closed' },
      { ref_id: expired, status: 'skipped', last_error: 'vacancy closed' },
      { ref_id: expired, status: 'sent', last_error: null },
      { ref_id: lastDay, status: 'pending', last_error: null },
      { ref_id: closedByEmployer, status: 'skipped', last_error: 'vacancy closed' },
    ]);
    const audit = await db()
      .selectFrom('audit_log')
      .select(['actor_label', 'action', 'subject_id', 'region_code', 'details'])
      .where('action', '=', 'vacancy.expired')
      .execute();
    expect(audit).toEqual([
      {
        actor_label: 'schedule',
        action: 'vacancy.expired',
        subject_id: String(expired),
        region_code: commune.province_code,
        details: { deadline: '2026-11-19' },
      },
    ]);
    // Hourly re-runs change nothing.
    expect(await closeExpiredVacancies(db(), { now: vn('2026-11-20 01:00') })).toEqual({ closed: 0, skipped: 0 });
    expect(
      (
        await sql<{ n: number }>`SELECT count(*)::int AS n FROM audit_log WHERE action = 'vacancy.expired'`.execute(
          db(),
        )
      ).rows[0]!.n,
    ).toBe(1);
  });
});
