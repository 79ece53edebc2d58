import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../../src/db/connect.ts';
import { migrateToLatest } from '../../../src/db/migrate.ts';
import { seedReferenceData } from '../../../src/db/reference-data.ts';
import type {
  ApplicationActorRole,
  ApplicationStatus,
  StoredNotificationKind as NotificationKind,
  NotificationStatus,
  VacancyStatus,
} from '../../../src/db/schema.ts';
import {
  computeFunnel,
  resolveScope,
  type FunnelBreakdownId,
  type FunnelCounts,
  type FunnelMeasure,
  type FunnelReport,
  type FunnelScope,
  funnelCounts,
} from '../../../src/reporting/funnel.ts';
import { funnelBreakdownCsv, funnelCsv } from '../../../src/reporting/funnel-format.ts';
import { purgeOldRecords } from '../../../src/messaging/schedule/retention.ts';
import { backends } from '../../harness/databases.ts';

/** A moment in Vietnam time: '2026-03-04 10:00'. */
const vn = (local: string) => new Date(`${local.replace(' ', 'T')}:00+07:00`);
/** 15 February to 31 March 2026: two months, the first partial. */
const PERIOD = { from: '2026-02-15', to: '2026-03-31' };

const VL = '05665'; // Xã Văn Lăng, Thái Nguyên (19); former district Đồng Hỷ
const PY = '05860'; // Phường Phổ Yên (19); former Thành phố Phổ Yên
const TC = '05503'; // Xã Tân Cương (19); made of parts of former Thành phố Sông Công and Thành phố Thái Nguyên
const TP = '03970'; // Xã Tân Phong, Sơn La (14)

/**
 * The dataset, and every number of the funnel worked out by hand below it (period 15/02–31/03/2026).
 *
 * Workers (commune; registered; sex; born; occupations; extra):
 *   a1 VL 02/03 F 2000 garment, priority poor (consent)     a2 VL 03/03 M 2005 garment+factory
 *   a3 VL 20/02 – –    driver, priority poor+ethnic minority WITHOUT the consent (must not count in priority groups)
 *   a4 VL 10/01 F 1970 garment, stopped 10/03               a5 VL 16/02 M 2012 factory, stopped 05/04 (after the end)
 *   a6 VL 02/04 F 1990 garment (after the end)              a7 VL 14/02 23:30 F 1990 garment (just before the start)
 *   b1 PY 11/03 F 1985 factory, priority near-poor (consent) b2 PY 31/03 23:30 M 1980 garment
 *   b3 PY first contact 05/03, erased 20/03 (area kept)     c1 TC 25/02 M 1995 driver
 *   d1 TP (Sơn La) 15/03 F 2001 garment
 *   e0 VL first contact 05/01, erased 01/02 (before the start); x0: erased 12/03 but never a worker (no area)
 * Vacancies (employer; commune; status; approved; headcount; trade):
 *   v1 E1 VL approved 03/03 1200 garment · v2 E1 PY approved 20/02 10 factory · v3 E2 VL closed (approved 20/03) 5
 *   garment · v4 E2 VL pending 100 · v5 E3 TP approved 10/02 8 (before) · v6 E3 TP rejected 05/03 · v7 E3 TP hidden
 *   (approved 07/03) 7 driver · v8 E3 TC approved 08/03 3 driver
 * Application events (worker → vacancy: step by actor on day):
 *   a1→v1 interested 04/03 · a1→v2 interested 16/03 · a2→v1 interested 20/02, introduced by an official 10/03 ·
 *   a3→v1 interested 05/03, introduced by the employer 06/03, offered by the employer 20/03, hired by the worker
 *   25/03 (introduced and hired once each) · a4→v1 interested 01/02, hired 03/04 (both outside) · a5→v1 not
 *   suitable 06/03 · a7→v3 interested 21/02, withdrawn 01/03 · a7→v1 not hired by an official 12/03 · b1→v2
 *   interested 16/03, hired by the employer 28/03 · b3→v2 interested 06/03 · c1→v8 interested 20/01, offered by an
 *   official 09/03 (introduced skipped: offered counts as introduced) · d1→v1 interested 16/03
 * Notifications sent (to): vacancy a1 03/03, a2 03/03, b1 20/02, b3 06/03; digest a4 05/03; not counted: a3 failed,
 *   a5 sent 01/04 00:30, a1 digested, a3 follow-up.
 * Broadcasts: B1 → VL sent 10/03 (a1, a2 sent; a4 skipped; group chat G1 of VL); B2 → province 19 sent 25/02 (a1, b1,
 *   c1; group chat G2 subscribed to the whole province); B3 → TP 15/03 (d1); B4 → PY scheduled for 05/04; B5 → PY
 *   cancelled. Chats writing to the bot: a1 10/03 12:00 (within 48 h of B1), a2 13/03 10:00 (too late), b1 25/02
 *   08:00 (before B2) and 27/02 09:00 (47 h 59 min after), d1 15/03 (1 h after B3).
 *
 * Thái Nguyên (19), by commune                VL    PY    TC   total
 *   registered (a1 a2 a3 a5 | b1 b2 b3 | c1)    4     3     1     8
 *   totalAtEnd (+a4 a7; b3 erased; a6 later)    6     2     1     9
 *   activeAtEnd (a4 stopped)                    5     2     1     8
 *   stopped (a4) / deleted (b3)               1/0   0/1   0/0   1/1
 *   counselled (registered + a7, c1 by officials) 5  3     1     9
 *   vacancies / headcount / employers       2/1205/2 1/10/1 1/3/1  4/1218/3
 *   alertsDelivered                             3     2     0     5
 *   interested (a1 a2 a3 a7 | b1 b3)            4     2     0     6
 *   introduced (a2 a3 | b1 | c1)                2     1     1     4
 *   hired (a3 | b1)                             1     1     0     2
 *   broadcasts (B1 B2 | B2 | B2)                2     1     1     2
 *   broadcastReach (a1 a2 a1 G1 | b1 | c1; G2)  4     1     1     7
 *   broadcastReplies (a1 | b1)                  1     1     0     2
 * Sơn La (14): d1 registered, at the end, active, counselled, interested; v7 1/7/1; B3; reach 1; replies 1.
 */
const zero = funnelCounts();
const counts = (c: Partial<FunnelCounts>): FunnelCounts => ({ ...zero, ...c });

const VAN_LANG = counts({
  registered: 4,
  totalAtEnd: 6,
  activeAtEnd: 5,
  stopped: 1,
  counselled: 5,
  vacanciesApproved: 2,
  headcountApproved: 1205,
  employers: 2,
  alertsDelivered: 3,
  interested: 4,
  introduced: 2,
  hired: 1,
  broadcasts: 2,
  broadcastReach: 4,
  broadcastReplies: 1,
});
const PHO_YEN = counts({
  registered: 3,
  totalAtEnd: 2,
  activeAtEnd: 2,
  deleted: 1,
  counselled: 3,
  vacanciesApproved: 1,
  headcountApproved: 10,
  employers: 1,
  alertsDelivered: 2,
  interested: 2,
  introduced: 1,
  hired: 1,
  broadcasts: 1,
  broadcastReach: 1,
  broadcastReplies: 1,
});
const TAN_CUONG = counts({
  registered: 1,
  totalAtEnd: 1,
  activeAtEnd: 1,
  counselled: 1,
  vacanciesApproved: 1,
  headcountApproved: 3,
  employers: 1,
  introduced: 1,
  broadcasts: 1,
  broadcastReach: 1,
});
const THAI_NGUYEN = counts({
  registered: 8,
  totalAtEnd: 9,
  activeAtEnd: 8,
  stopped: 1,
  deleted: 1,
  counselled: 9,
  vacanciesApproved: 4,
  headcountApproved: 1218,
  employers: 3,
  alertsDelivered: 5,
  interested: 6,
  introduced: 4,
  hired: 2,
  broadcasts: 2,
  broadcastReach: 7,
  broadcastReplies: 2,
});
const SON_LA = counts({
  registered: 1,
  totalAtEnd: 1,
  activeAtEnd: 1,
  counselled: 1,
  vacanciesApproved: 1,
  headcountApproved: 7,
  employers: 1,
  interested: 1,
  broadcasts: 1,
  broadcastReach: 1,
  broadcastReplies: 1,
});

describe.each(backends)('the funnel on $name, against a dataset computed by hand', (backend) => {
  let cleanup: () => Promise<void>;
  let handle: DatabaseHandle;

  beforeAll(async () => {
    ({ handle, cleanup } = await backend.open());
    await migrateToLatest(handle.db);
    await seedReferenceData(handle.db);
    const db = handle.db;
    const people = new Map<string, { id: number; chat: number }>();
    const province = (commune: string) => (commune === TP ? '14' : '19');

    const chatOf = async (personId: number | null, name: string, type: 'private' | 'group' = 'private') =>
      (
        await db
          .insertInto('channel_identities')
          .values({ person_id: personId, channel: 'telegram', chat_id: name, chat_type: type })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    const worker = async (
      name: string,
      commune: string,
      registered: string,
      o: {
        sex?: 'female' | 'male';
        born?: number;
        occupations?: string[];
        stopped?: string;
        priority?: string[];
        consent?: boolean;
      } = {},
    ) => {
      const at = vn(registered);
      const { id } = await db
        .insertInto('people')
        .values({
          full_name: `Người ${name}`,
          birth_year: o.born ?? null,
          status: o.stopped ? 'stopped' : 'active',
          stopped_at: o.stopped ? vn(o.stopped) : null,
          created_at: at,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await db
        .insertInto('worker_profiles')
        .values({
          person_id: id,
          commune_code: commune,
          province_code: province(commune),
          occupations: o.occupations ?? ['garment'],
          reach: 'province',
          frequency: 'instant',
          priority_groups: o.priority ?? [],
          sex: o.sex ?? null,
          created_at: at,
        })
        .execute();
      if (o.consent)
        await db
          .insertInto('consents')
          .values({ person_id: id, purpose: 'priority_status', text_version: 't', channel: 'telegram', granted_at: at })
          .execute();
      people.set(name, { id, chat: await chatOf(id, name) });
    };
    const erased = async (name: string, commune: string | null, firstContact: string, erasedAt: string) => {
      const { id } = await db
        .insertInto('people')
        .values({
          status: 'deleted',
          deleted_at: vn(erasedAt),
          created_at: vn(firstContact),
          erased_commune_code: commune,
          erased_province_code: commune === null ? null : province(commune),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      people.set(name, { id, chat: await chatOf(id, `erased-${name}`) });
    };
    await worker('a1', VL, '2026-03-02 08:00', { sex: 'female', born: 2000, priority: ['poor'], consent: true });
    await worker('a2', VL, '2026-03-03 08:00', { sex: 'male', born: 2005, occupations: ['garment', 'factory'] });
    await worker('a3', VL, '2026-02-20 08:00', { occupations: ['driver'], priority: ['poor', 'ethnic_minority'] });
    await worker('a4', VL, '2026-01-10 08:00', { sex: 'female', born: 1970, stopped: '2026-03-10 08:00' });
    await worker('a5', VL, '2026-02-16 08:00', {
      sex: 'male',
      born: 2012,
      occupations: ['factory'],
      stopped: '2026-04-05 08:00',
    });
    await worker('a6', VL, '2026-04-02 08:00', { sex: 'female', born: 1990 });
    await worker('a7', VL, '2026-02-14 23:30', { sex: 'female', born: 1990 });
    await worker('b1', PY, '2026-03-11 08:00', {
      sex: 'female',
      born: 1985,
      occupations: ['factory'],
      priority: ['near_poor'],
      consent: true,
    });
    await worker('b2', PY, '2026-03-31 23:30', { sex: 'male', born: 1980 });
    await erased('b3', PY, '2026-03-05 08:00', '2026-03-20 08:00');
    await worker('c1', TC, '2026-02-25 08:00', { sex: 'male', born: 1995, occupations: ['driver'] });
    await worker('d1', TP, '2026-03-15 08:00', { sex: 'female', born: 2001 });
    await erased('e0', VL, '2026-01-05 08:00', '2026-02-01 08:00');
    await erased('x0', null, '2026-01-05 08:00', '2026-03-12 08:00');
    const person = (name: string) => people.get(name) ?? { id: 0, chat: 0 };

    const official = await db
      .insertInto('people')
      .values({ full_name: 'Cán bộ' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const employer = async (name: string) =>
      (await db.insertInto('employers').values({ name }).returning('id').executeTakeFirstOrThrow()).id;
    const [e1, e2, e3] = [
      await employer('Công ty Một'),
      await employer('Công ty Hai'),
      await employer('Hợp tác xã Ba'),
    ];
    const vacancies = new Map<string, number>();
    const vacancy = async (
      name: string,
      employerId: number,
      commune: string,
      status: VacancyStatus,
      decided: string | null,
      headcount: number,
      occupation: string,
    ) => {
      const { id } = await db
        .insertInto('vacancies')
        .values({
          employer_id: employerId,
          title: `Việc ${name}`,
          occupation,
          commune_code: commune,
          province_code: province(commune),
          headcount,
          wage_raw: '8 triệu',
          deadline: '2026-05-31',
          contact: '0912 345 678',
          status,
          scam_reasons: '[]',
          decided_at: decided ? vn(decided) : null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      vacancies.set(name, id);
    };
    await vacancy('v1', e1, VL, 'approved', '2026-03-03 09:00', 1200, 'garment');
    await vacancy('v2', e1, PY, 'approved', '2026-02-20 09:00', 10, 'factory');
    await vacancy('v3', e2, VL, 'closed', '2026-03-20 09:00', 5, 'garment');
    await vacancy('v4', e2, VL, 'pending', null, 100, 'garment');
    await vacancy('v5', e3, TP, 'approved', '2026-02-10 09:00', 8, 'driver');
    await vacancy('v6', e3, TP, 'rejected', '2026-03-05 09:00', 9, 'driver');
    await vacancy('v7', e3, TP, 'hidden', '2026-03-07 09:00', 7, 'driver');
    await vacancy('v8', e3, TC, 'approved', '2026-03-08 09:00', 3, 'driver');

    const application = async (w: string, v: string, steps: [ApplicationStatus, ApplicationActorRole, string][]) => {
      const last = steps.at(-1)!;
      const { id } = await db
        .insertInto('applications')
        .values({
          person_id: person(w).id,
          vacancy_id: vacancies.get(v) ?? 0,
          status: last[0],
          created_at: vn(steps[0]![2]),
          updated_at: vn(last[2]),
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      for (const [status, role, at] of steps) {
        await db
          .insertInto('application_events')
          .values({
            application_id: id,
            status,
            actor_role: role,
            actor_person_id: role === 'official' ? official.id : role === 'worker' ? person(w).id : null,
            at: vn(at),
          })
          .execute();
      }
    };
    await application('a1', 'v1', [['interested', 'worker', '2026-03-04 10:00']]);
    await application('a1', 'v2', [['interested', 'worker', '2026-03-16 10:00']]);
    await application('a2', 'v1', [
      ['interested', 'worker', '2026-02-20 10:00'],
      ['introduced', 'official', '2026-03-10 10:00'],
    ]);
    await application('a3', 'v1', [
      ['interested', 'worker', '2026-03-05 10:00'],
      ['introduced', 'employer', '2026-03-06 10:00'],
      ['offered', 'employer', '2026-03-20 10:00'],
      ['hired', 'worker', '2026-03-25 10:00'],
    ]);
    await application('a4', 'v1', [
      ['interested', 'worker', '2026-02-01 10:00'],
      ['hired', 'employer', '2026-04-03 10:00'],
    ]);
    await application('a5', 'v1', [['not_suitable', 'worker', '2026-03-06 10:00']]);
    await application('a7', 'v3', [
      ['interested', 'worker', '2026-02-21 10:00'],
      ['withdrawn', 'worker', '2026-03-01 10:00'],
    ]);
    await application('a7', 'v1', [['not_hired', 'official', '2026-03-12 10:00']]);
    await application('b1', 'v2', [
      ['interested', 'worker', '2026-03-16 10:00'],
      ['hired', 'employer', '2026-03-28 10:00'],
    ]);
    await application('b3', 'v2', [['interested', 'worker', '2026-03-06 10:00']]);
    await application('c1', 'v8', [
      ['interested', 'worker', '2026-01-20 10:00'],
      ['offered', 'official', '2026-03-09 10:00'],
    ]);
    await application('d1', 'v1', [['interested', 'worker', '2026-03-16 10:00']]);

    const notify = async (
      kind: NotificationKind,
      ref: number,
      who: { id: number | null; chat: number },
      status: NotificationStatus,
      sent: string | null,
    ) => {
      await db
        .insertInto('notifications')
        .values({
          kind,
          ref_id: ref,
          person_id: who.id,
          identity_id: who.chat,
          channel: 'telegram',
          status,
          sent_at: sent ? vn(sent) : null,
          created_at: vn('2026-02-01 08:00'),
        })
        .execute();
    };
    const v = (name: string) => vacancies.get(name) ?? 0;
    await notify('vacancy', v('v1'), person('a1'), 'sent', '2026-03-03 10:00');
    await notify('vacancy', v('v1'), person('a2'), 'sent', '2026-03-03 10:00');
    await notify('vacancy', v('v1'), person('a3'), 'failed', null);
    await notify('digest', 20260305, person('a4'), 'sent', '2026-03-05 18:00');
    await notify('vacancy', v('v3'), person('a5'), 'sent', '2026-04-01 00:30');
    await notify('vacancy', v('v2'), person('b1'), 'sent', '2026-02-20 10:00');
    await notify('vacancy', v('v2'), person('b3'), 'sent', '2026-03-06 10:00');
    await notify('vacancy', v('v3'), person('a1'), 'digested', null);
    await notify('followup', 1, person('a3'), 'sent', '2026-03-12 10:00');

    const g1 = await chatOf(null, 'group-vl', 'group');
    const g2 = await chatOf(null, 'group-19', 'group');
    await db
      .insertInto('group_subscriptions')
      .values([
        { identity_id: g1, region_code: VL },
        { identity_id: g2, region_code: '19' },
      ])
      .execute();
    const broadcast = async (targets: string[], sendAt: string, status: string) =>
      (
        await db
          .insertInto('broadcasts')
          .values({
            official_person_id: official.id,
            scope_region_code: null,
            text: 'Phiên giao dịch việc làm',
            target_region_codes: targets,
            send_at: vn(sendAt),
            status,
          })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    const b1 = await broadcast([VL], '2026-03-10 10:00', 'sent');
    const b2 = await broadcast(['19'], '2026-02-25 09:00', 'sent');
    const b3 = await broadcast([TP], '2026-03-15 09:00', 'sent');
    await broadcast([PY], '2026-04-05 09:00', 'scheduled');
    await broadcast([PY], '2026-03-20 09:00', 'cancelled');
    await notify('broadcast', b1, person('a1'), 'sent', '2026-03-10 10:05');
    await notify('broadcast', b1, person('a2'), 'sent', '2026-03-10 10:05');
    await notify('broadcast', b1, person('a4'), 'skipped', null);
    await notify('broadcast', b1, { id: null, chat: g1 }, 'sent', '2026-03-10 10:06');
    for (const w of ['a1', 'b1', 'c1']) await notify('broadcast', b2, person(w), 'sent', '2026-02-25 09:01');
    await notify('broadcast', b2, { id: null, chat: g2 }, 'sent', '2026-02-25 09:02');
    await notify('broadcast', b3, person('d1'), 'sent', '2026-03-15 09:00');

    let event = 0;
    const wrote = (w: string, at: string) =>
      db
        .insertInto('inbound_events')
        .values({ channel: 'telegram', event_id: String(++event), identity_id: person(w).chat, received_at: vn(at) })
        .execute();
    await wrote('a1', '2026-03-10 12:00');
    await wrote('a2', '2026-03-13 10:00');
    await wrote('b1', '2026-02-25 08:00');
    await wrote('b1', '2026-02-27 09:00');
    await wrote('d1', '2026-03-15 10:00');
  });
  afterAll(async () => cleanup?.());

  const scope = async (code: string | null): Promise<FunnelScope> => {
    const found = await resolveScope(handle.db, code);
    if (found === null) throw new Error(`no region ${code}`);
    return found;
  };
  const breakdown = (report: FunnelReport, id: FunnelBreakdownId) => {
    const found = report.breakdowns.find((b) => b.id === id);
    if (found === undefined) throw new Error(`no breakdown ${id}`);
    return found;
  };
  /** A breakdown's rows as { key: values } (only the rows with a number other than 0). */
  const table = (report: FunnelReport, id: FunnelBreakdownId) =>
    Object.fromEntries(
      breakdown(report, id)
        .rows.filter((r) => Object.values(r.values).some((n) => n !== 0))
        .map((r) => [r.key, Object.fromEntries(Object.entries(r.values).filter(([, n]) => n !== 0))]),
    );

  let province: FunnelReport;
  beforeAll(async () => {
    province = await computeFunnel(handle.db, await scope('19'), PERIOD);
  });

  it('a province: every commune (zeros too); the three with data and the total as computed by hand', async () => {
    expect(province.groupBy).toBe('commune');
    const communes = await handle.db
      .selectFrom('regions')
      .select('code')
      .where('province_code', '=', '19')
      .where('level', '=', 'commune')
      .orderBy('code')
      .execute();
    expect(province.rows.map((r) => r.code)).toEqual(communes.map((c) => c.code));
    const withData = province.rows.filter(
      (r) => r.registered + r.totalAtEnd + r.vacanciesApproved + r.broadcastReach > 0,
    );
    expect(withData).toEqual([
      { code: TC, name: 'Xã Tân Cương', ...TAN_CUONG },
      { code: VL, name: 'Xã Văn Lăng', ...VAN_LANG },
      { code: PY, name: 'Phường Phổ Yên', ...PHO_YEN },
    ]);
    // Every other commune: only the province-wide broadcast B2.
    expect(
      province.rows
        .filter((r) => ![TC, VL, PY].includes(r.code))
        .every((r) => JSON.stringify(r).includes('"broadcasts":1') && r.registered === 0),
    ).toBe(true);
    expect(province.total).toEqual(THAI_NGUYEN);
  });

  it('the whole country: one row per province, and the total', async () => {
    const country = await computeFunnel(handle.db, await scope(null), PERIOD);
    expect(country.groupBy).toBe('province');
    expect(country.rows).toHaveLength(34);
    expect(country.rows.find((r) => r.code === '19')).toEqual({ code: '19', name: 'Thái Nguyên', ...THAI_NGUYEN });
    expect(country.rows.find((r) => r.code === '14')).toEqual({ code: '14', name: 'Sơn La', ...SON_LA });
    expect(
      country.rows
        .filter((r) => r.code !== '19' && r.code !== '14')
        .every((r) => Object.values({ ...r, code: 0, name: 0 }).every((n) => n === 0)),
    ).toBe(true);
    const sum = (m: FunnelMeasure) => (THAI_NGUYEN[m] ?? 0) + (SON_LA[m] ?? 0);
    expect(country.total).toEqual(
      counts({ ...Object.fromEntries((Object.keys(zero) as FunnelMeasure[]).map((m) => [m, sum(m)])), employers: 3 }),
    );
  });

  it('scope: one commune sees only its own people, vacancies, messages and the broadcasts that reached it', async () => {
    const commune = await computeFunnel(handle.db, await scope(VL), PERIOD);
    expect(commune.rows).toEqual([{ code: VL, name: 'Xã Văn Lăng', ...VAN_LANG }]);
    expect(commune.total).toEqual(VAN_LANG);
    const sonLa = await computeFunnel(handle.db, await scope('14'), PERIOD);
    expect(sonLa.total).toEqual(SON_LA);
    expect(table(sonLa, 'sex')).toEqual({
      female: { registered: 1, totalAtEnd: 1, activeAtEnd: 1, counselled: 1, interested: 1 },
    });
  });

  it('by sex and by age band at the end of the period (erased workers: unknown)', () => {
    expect(table(province, 'sex')).toEqual({
      female: {
        registered: 2,
        totalAtEnd: 4,
        activeAtEnd: 3,
        stopped: 1,
        counselled: 3,
        interested: 3,
        introduced: 1,
        hired: 1,
      },
      male: { registered: 4, totalAtEnd: 4, activeAtEnd: 4, counselled: 4, interested: 1, introduced: 2 },
      unknown: {
        registered: 2,
        totalAtEnd: 1,
        activeAtEnd: 1,
        deleted: 1,
        counselled: 2,
        interested: 2,
        introduced: 1,
        hired: 1,
      },
    });
    expect(breakdown(province, 'age_band').rows.map((r) => [r.key, r.name])).toEqual([
      ['under_15', 'Dưới 15'],
      ['15_24', '15–24'],
      ['25_34', '25–34'],
      ['35_44', '35–44'],
      ['45_54', '45–54'],
      ['55_plus', 'Từ 55'],
      ['unknown', 'Không rõ năm sinh'],
    ]);
    expect(table(province, 'age_band')).toEqual({
      under_15: { registered: 1, totalAtEnd: 1, activeAtEnd: 1, counselled: 1 },
      '15_24': { registered: 1, totalAtEnd: 1, activeAtEnd: 1, counselled: 1, interested: 1, introduced: 1 },
      '25_34': { registered: 2, totalAtEnd: 2, activeAtEnd: 2, counselled: 2, interested: 1, introduced: 1 },
      '35_44': { registered: 1, totalAtEnd: 2, activeAtEnd: 2, counselled: 2, interested: 2, introduced: 1, hired: 1 },
      '45_54': { registered: 1, totalAtEnd: 1, activeAtEnd: 1, counselled: 1 },
      '55_plus': { totalAtEnd: 1, stopped: 1 },
      unknown: {
        registered: 2,
        totalAtEnd: 1,
        activeAtEnd: 1,
        deleted: 1,
        counselled: 2,
        interested: 2,
        introduced: 1,
        hired: 1,
      },
    });
  });

  it('by priority group: only groups given with the consent (a3 has none)', () => {
    expect(breakdown(province, 'priority_group').rows.map((r) => [r.key, r.name])).toEqual([
      ['poor', 'Hộ nghèo'],
      ['near_poor', 'Hộ cận nghèo'],
      ['newly_out_of_poverty', 'Hộ mới thoát nghèo'],
      ['ethnic_minority', 'Người dân tộc thiểu số'],
      ['disability', 'Người khuyết tật'],
    ]);
    expect(table(province, 'priority_group')).toEqual({
      poor: { registered: 1, totalAtEnd: 1, activeAtEnd: 1, counselled: 1, interested: 1 },
      near_poor: {
        registered: 1,
        totalAtEnd: 1,
        activeAtEnd: 1,
        counselled: 1,
        interested: 1,
        introduced: 1,
        hired: 1,
      },
    });
  });

  it("by occupation: workers under the trades they chose, vacancies and application steps under the vacancy's", () => {
    expect(table(province, 'occupation')).toEqual({
      garment: {
        registered: 3,
        totalAtEnd: 5,
        vacanciesApproved: 2,
        headcountApproved: 1205,
        employers: 2,
        interested: 4,
        introduced: 2,
        hired: 1,
      },
      factory: {
        registered: 3,
        totalAtEnd: 3,
        vacanciesApproved: 1,
        headcountApproved: 10,
        employers: 1,
        interested: 3,
        introduced: 1,
        hired: 1,
      },
      driver: { registered: 2, totalAtEnd: 2, vacanciesApproved: 1, headcountApproved: 3, employers: 1, introduced: 1 },
    });
    expect(breakdown(province, 'occupation').rows.find((r) => r.key === 'garment')?.name).toBe('May mặc, dệt, da giày');
  });

  it('by former district: sums of its communes (Tân Cương in two districts), employers counted once, the province-wide broadcast everywhere', () => {
    const districts = breakdown(province, 'former_district');
    expect(districts.rows).toHaveLength(17);
    expect(districts.notes).toEqual(['funnel.note.former_district']);
    const row = (key: string) => districts.rows.find((r) => r.key === key)?.values;
    expect(row('Tỉnh Thái Nguyên/Huyện Đồng Hỷ')).toEqual({ ...VAN_LANG });
    expect(row('Tỉnh Thái Nguyên/Thành phố Phổ Yên')).toEqual({ ...PHO_YEN });
    expect(row('Tỉnh Thái Nguyên/Thành phố Sông Công')).toEqual({ ...TAN_CUONG });
    expect(row('Tỉnh Thái Nguyên/Thành phố Thái Nguyên')).toEqual({ ...TAN_CUONG });
    expect(row('Tỉnh Bắc Kạn/Huyện Ba Bể')).toEqual({ ...zero, broadcasts: 1 });
    expect(districts.rows.find((r) => r.key === 'Tỉnh Thái Nguyên/Huyện Đồng Hỷ')?.name).toBe(
      'Huyện Đồng Hỷ (Thái Nguyên)',
    );
  });

  it("by month: flows in each month (the first one partial), the number of workers at each month's end", () => {
    const months = breakdown(province, 'month');
    expect(months.rows.map((r) => [r.key, r.name])).toEqual([
      ['2026-02', '02/2026'],
      ['2026-03', '03/2026'],
    ]);
    expect(months.rows[0]?.values).toEqual(
      counts({
        registered: 3,
        totalAtEnd: 5,
        activeAtEnd: 5,
        counselled: 3,
        vacanciesApproved: 1,
        headcountApproved: 10,
        employers: 1,
        alertsDelivered: 1,
        interested: 2,
        broadcasts: 1,
        broadcastReach: 4,
        broadcastReplies: 1,
      }),
    );
    expect(months.rows[1]?.values).toEqual(
      counts({
        registered: 5,
        totalAtEnd: 9,
        activeAtEnd: 8,
        stopped: 1,
        deleted: 1,
        counselled: 7,
        vacanciesApproved: 3,
        headcountApproved: 1208,
        employers: 3,
        alertsDelivered: 4,
        interested: 4,
        introduced: 4,
        hired: 2,
        broadcasts: 1,
        broadcastReach: 3,
        broadcastReplies: 1,
      }),
    );
  });

  it('exports suppress small counts of people, and one more cell where a column has a single one', async () => {
    const columns = (line: string | undefined) => line?.split(',').slice(2);
    const byProvince = await computeFunnel(handle.db, await scope(null), PERIOD);
    const country = funnelCsv(byProvince);
    // Sơn La's single person in registered, totalAtEnd, activeAtEnd, counselled and interested could be worked out
    // from the total and Thái Nguyên's figure: Thái Nguyên's is hidden too ("…"). Vacancies and messages are shown.
    expect(columns(country.find((l) => l.startsWith('19,')))).toEqual([
      '…',
      '…',
      '…',
      '<5',
      '<5',
      '…',
      '4',
      '1218',
      '3',
      '5',
      '…',
      '<5',
      '<5',
      '2',
      '7',
      '<5',
      '0',
      '0',
      '0',
      '0',
      '0',
      '0',
      '0',
    ]);
    expect(columns(country.find((l) => l.startsWith('14,')))).toEqual([
      '<5',
      '<5',
      '<5',
      '0',
      '0',
      '<5',
      '1',
      '7',
      '1',
      '0',
      '<5',
      '0',
      '0',
      '1',
      '1',
      '<5',
      '0',
      '0',
      '0',
      '0',
      '0',
      '0',
      '0',
    ]);
    expect(columns(country.at(-1))).toEqual([
      '9',
      '10',
      '9',
      '<5',
      '<5',
      '10',
      '5',
      '1225',
      '3',
      '5',
      '7',
      '<5',
      '<5',
      '3',
      '8',
      '<5',
      '0',
      '0',
      '0',
      '0',
      '0',
      '0',
      '0',
    ]);
    expect(columns(country.find((l) => l.startsWith('01,')))).toEqual(Array(23).fill('0'));

    const communes = funnelCsv(province);
    expect(communes[0]).toBe(
      '\uFEFFcode,commune,registered,total_at_end,active_at_end,stopped,deleted,counselled,vacancies_approved,headcount_approved,employers,alerts_delivered,interested,introduced,hired,broadcasts,broadcast_reach,broadcast_replies,events,meeting_attendees,training_wanted,signed_up,enrolled,completed,working_in_trade',
    );
    expect(columns(communes.find((l) => l.startsWith(`${VL},`)))).toEqual([
      '<5',
      '6',
      '5',
      '<5',
      '0',
      '5',
      '2',
      '1205',
      '2',
      '3',
      '<5',
      '<5',
      '<5',
      '2',
      '4',
      '<5',
      '0',
      '0',
      '0',
      '0',
      '0',
      '0',
      '0',
    ]);
    expect(columns(communes.at(-1))).toEqual([
      '8',
      '9',
      '8',
      '<5',
      '<5',
      '9',
      '4',
      '1218',
      '3',
      '5',
      '6',
      '<5',
      '<5',
      '2',
      '7',
      '<5',
      '0',
      '0',
      '0',
      '0',
      '0',
      '0',
      '0',
    ]);

    const sex = funnelBreakdownCsv(province, 'sex') ?? [];
    expect(sex).toEqual([
      '\uFEFFkey,name,registered,total_at_end,active_at_end,stopped,deleted,counselled,interested,introduced,hired',
      'female,Nữ,<5,<5,<5,<5,0,<5,<5,<5,<5',
      'male,Nam,<5,<5,<5,0,0,<5,<5,<5,0',
      'unknown,Không khai,<5,<5,<5,0,<5,<5,<5,<5,<5',
      ',Total,8,9,8,<5,<5,9,6,<5,<5',
    ]);
    // Former districts are a province's; the country has no such table.
    expect(byProvince.breakdowns.map((b) => b.id)).toEqual([
      'priority_group',
      'sex',
      'age_band',
      'occupation',
      'month',
    ]);
    expect(funnelBreakdownCsv(byProvince, 'former_district')).toBeNull();
  });

  // Last: it deletes the message records the other tests read.
  it('purging the message records (RETENTION_DAYS) changes no number: the replies are kept on the broadcasts first', async () => {
    const everyScope = async () =>
      Promise.all([null, '19', '14', VL, PY].map(async (code) => computeFunnel(handle.db, await scope(code), PERIOD)));
    const before = await everyScope();
    const purged = await purgeOldRecords(handle.db, { now: vn('2026-06-01 03:00'), retentionDays: 30, batchSize: 2 });
    expect(purged).toMatchObject({ eventsDeleted: 5, repliesRecorded: 3 });
    expect(await handle.db.selectFrom('inbound_events').selectAll().execute()).toEqual([]);
    expect(await everyScope()).toEqual(before);
    expect(before[1]!.total.broadcastReplies).toBe(2);
    // a1 to B1, b1 to B2 (47 h 59 min after, not the message before it), d1 to B3; a2 wrote too late.
    const replied = await handle.db
      .selectFrom('notifications')
      .select(['person_id', 'replied_at'])
      .where('replied_at', 'is not', null)
      .orderBy('replied_at')
      .execute();
    const ids = await handle.db
      .selectFrom('people')
      .select(['id', 'full_name'])
      .where('full_name', 'in', ['Người b1', 'Người a1', 'Người d1'])
      .execute();
    const name = (id: number | null) => ids.find((p) => p.id === id)?.full_name;
    expect(replied.map((r) => [name(r.person_id), r.replied_at])).toEqual([
      ['Người b1', vn('2026-02-27 09:00')],
      ['Người a1', vn('2026-03-10 12:00')],
      ['Người d1', vn('2026-03-15 10:00')],
    ]);
  });
});
