import { describe, expect } from 'vitest';
import type { EventRegistrationStatus } from '../../../src/db/schema.ts';
import { eventFollowupRenderer } from '../../../src/features/event-door/followup.ts';
import { invitationRenderer } from '../../../src/features/event-door/notifications.ts';
import { DEFAULT_QUIET_HOURS } from '../../../src/kernel/quiet-hours.ts';
import { runEventFollowups } from '../../../src/messaging/schedule/event-followups.ts';
import { vietnamIsoDate } from '../../../src/kernel/time.ts';
import { computeFunnel, resolveScope } from '../../../src/reporting/funnel.ts';
import { eventFacts, eventHeader } from '../../../src/reporting/events-queries.ts';
import { eventTotal } from '../../../src/reporting/events-report.ts';
import { test, type Place, type World } from '../../harness/world.ts';

/**
 * The event door through the real chat pipeline on PostgreSQL:
 * - an employer with an open vacancy in the fair's province joins with two jobs and an extra headcount, then
 *   changes to one (event_employers 'joined', event_vacancies replaced);
 * - an official in scope checks tickets in: a registered ticket → 'attended' with who and when, told back with the
 *   name; the same code again says when; an unknown code says so; a joined employer may run the door too;
 * - an official of another province is not offered the event, and a check-in asked for anyway is refused in SQL;
 * - a walk-in is registered at the door in three messages: attended at once, with a code, consent and jobs;
 * - a joined employer records a hire by ticket code: the worker's application (made by the system as interested,
 *   then hired by the employer, remembering the event) is counted once by the funnel, however often it is typed;
 * - an official invites a verified employer: event_employers 'invited' and one invitation notification, whose
 *   "Tham gia phiên" starts joining;
 * - an invited employer declines from the invitation's answer;
 * - the day after, an attendee with no result (not a hired one, not a walk-in without a chat) is asked once whether
 *   they got a job; "yes" is recorded on the job they asked for there, as the 7-day follow-up records it.
 */
const DAY = 24 * 60 * 60 * 1000;

async function fair(world: World, title: string, place: Place): Promise<number> {
  const row = await world.db
    .insertInto('events')
    .values({
      kind: 'fair',
      title,
      starts_at: new Date(Date.now() + 2 * DAY),
      commune_code: place.code,
      address: 'Nhà văn hoá',
      scope_region_code: place.province_code,
      status: 'announced',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

async function ticket(
  world: World,
  eventId: number,
  personId: number,
  code: string,
  status: EventRegistrationStatus = 'registered',
) {
  const row = await world.db
    .insertInto('event_registrations')
    .values({ event_id: eventId, person_id: personId, ticket_code: code, status, via: 'announcement' })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

const registration = (world: World, id: number) =>
  world.db
    .selectFrom('event_registrations')
    .select(['status', 'checked_in_at', 'checked_in_by_person_id'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();

describe('event door', () => {
  let phoYen: Place;
  let eventId: number;
  let otherEventId: number;
  const person: Record<string, number> = {};
  const vacancy: Record<string, number> = {};
  let employerId: number;
  let binhTicket: number;

  test.beforeAll(async ({ world }) => {
    phoYen = await world.place('Phường Phổ Yên');
    const haNoi = await world.communeIn('01');
    person.hung = await world.official('Cán bộ Hùng', { region: phoYen.province_code });
    person.nga = await world.official('Cán bộ Nga', { region: haNoi.province_code });
    person.mai = await world.person('Chị Mai');
    person.lan = await world.worker('Lan', { commune: phoYen });
    person.binh = await world.worker('Bình', { commune: phoYen });
    await world.db
      .updateTable('people')
      .set({ full_name: 'Lò Thị Lan', phone_e164: '+84912345678' })
      .where('id', '=', person.lan)
      .execute();
    employerId = await world.employer('Công ty May Mai Anh', { owner: person.mai });
    vacancy.may = await world.vacancy({ employer: employerId, title: 'Công nhân may', place: phoYen });
    vacancy.kho = await world.vacancy({ employer: employerId, title: 'Phụ kho', place: phoYen });
    eventId = await fair(world, 'Phiên việc làm Phổ Yên', phoYen);
    otherEventId = await fair(world, 'Phiên việc làm Hà Nội', haNoi);
  });

  test('an employer joins with two jobs, then changes to one', async ({ world, say }) => {
    const list = await say('Chị Mai', '/cuaphien');
    expect(list).toContain('1. Phiên việc làm Phổ Yên');
    expect(list).not.toContain('Hà Nội');
    expect(await say('Chị Mai', '1')).toContain('Có thể chọn nhiều số');
    expect(await say('Chị Mai', '1 2')).toContain('"Công nhân may": tuyển thêm');
    expect(await say('Chị Mai', '5')).toContain('"Phụ kho"');
    expect(await say('Chị Mai', 'không')).toContain('với 2 vị trí');
    const joined = () =>
      world.db
        .selectFrom('event_vacancies')
        .select(['vacancy_id', 'extra_headcount'])
        .where('event_id', '=', eventId)
        .orderBy('vacancy_id')
        .execute();
    expect(await joined()).toEqual([
      { vacancy_id: vacancy.may, extra_headcount: 5 },
      { vacancy_id: vacancy.kho, extra_headcount: 0 },
    ]);
    const standing = await world.db
      .selectFrom('event_employers')
      .select('status')
      .where('event_id', '=', eventId)
      .where('employer_id', '=', employerId)
      .executeTakeFirstOrThrow();
    expect(standing.status).toBe('joined');

    // Joined: the door and the jobs are offered; picking only "Phụ kho" replaces the two.
    await say('Chị Mai', '/cuaphien');
    expect(await say('Chị Mai', '1')).toContain('3. Đổi vị trí tuyển tại phiên');
    await world.sayAll('Chị Mai', ['3', '2', '3']);
    expect(await joined()).toEqual([{ vacancy_id: vacancy.kho, extra_headcount: 3 }]);
  });

  test('an official checks a ticket in; the same code again says when; an unknown code says so', async ({
    world,
    say,
  }) => {
    const lan = await ticket(world, eventId, person.lan!, 'K7M2QD');
    const list = await say('Cán bộ Hùng', '/cuaphien');
    expect(list).not.toContain('Hà Nội');
    expect(await say('Cán bộ Hùng', '1')).toContain('2. Mời doanh nghiệp tham gia');
    expect(await say('Cán bộ Hùng', '1')).toContain('mã vé');
    const first = await say('Cán bộ Hùng', 'k7m-2qd');
    expect(first).toContain('✅ Lò Thị Lan — đã vào');
    expect(first).not.toContain('0912345678');
    const row = await registration(world, lan);
    expect(row.status).toBe('attended');
    expect(row.checked_in_by_person_id).toBe(person.hung);
    expect(row.checked_in_at).not.toBeNull();
    expect(await say('Cán bộ Hùng', 'K7M2QD')).toMatch(/☑️ Lò Thị Lan — đã vào lúc \d{1,2}:\d{2}/);
    expect(await say('Cán bộ Hùng', 'ABCDEF')).toContain('Không có vé ABCDEF');
    expect(await say('Cán bộ Hùng', '/huy')).toBeTruthy();
  });

  test('a joined employer may run the door too (a waiting ticket, no name)', async ({ world, say }) => {
    const binh = await ticket(world, eventId, person.binh!, 'PQR234', 'waiting');
    binhTicket = binh;
    await say('Chị Mai', '/cuaphien');
    await say('Chị Mai', '1');
    expect(await say('Chị Mai', '1')).toContain('mã vé');
    expect(await say('Chị Mai', 'PQR234')).toContain('✅ PQR234 — đã vào');
    expect((await registration(world, binh)).checked_in_by_person_id).toBe(person.mai);
    await say('Chị Mai', '/huy');
  });

  test('an official of another province is not offered the event, and a check-in is refused', async ({
    world,
    say,
  }) => {
    const other = await ticket(world, otherEventId, person.binh!, 'XYZ789');
    const list = await say('Cán bộ Nga', '/cuaphien');
    expect(list).toContain('Phiên việc làm Hà Nội');
    expect(list).not.toContain('Phổ Yên');
    expect(await say('Cán bộ Nga', '/huy')).toBeTruthy();
    const [outcome] = await world.apply(person.nga!, [
      { kind: 'check_in', eventId, registrationId: await ticket(world, eventId, person.mai!, 'MNP456') },
    ]);
    expect(outcome?.ok).toBe(false);
    const [own] = await world.apply(person.nga!, [{ kind: 'check_in', eventId: otherEventId, registrationId: other }]);
    expect(own?.ok).toBe(true);
  });

  test('a walk-in is registered in three messages and let in with a code', async ({ world, say }) => {
    await world.sayAll('Cán bộ Hùng', ['/cuaphien', '1', '1']);
    expect(await say('Cán bộ Hùng', 'moi')).toContain('họ và tên');
    expect(await say('Cán bộ Hùng', 'Lò Văn Tú')).toContain('chỉ khi họ đồng ý');
    expect(await say('Cán bộ Hùng', '0987 654 321')).toContain('1. Phụ kho — Công ty May Mai Anh');
    const reply = await say('Cán bộ Hùng', '1');
    const code = /Mã vé: ([A-Z0-9]{6})/.exec(reply)?.[1];
    expect(code).toBeDefined();
    const row = await world.db
      .selectFrom('event_registrations as r')
      .innerJoin('people as p', 'p.id', 'r.person_id')
      .select([
        'r.id',
        'r.person_id',
        'r.status',
        'r.via',
        'r.shares_contact',
        'r.checked_in_by_person_id',
        'p.full_name',
      ])
      .where('r.event_id', '=', eventId)
      .where('r.ticket_code', '=', code!)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      status: 'attended',
      via: 'walk_in',
      shares_contact: true,
      checked_in_by_person_id: person.hung,
      full_name: 'Lò Văn Tú',
    });
    const picked = await world.db
      .selectFrom('event_registration_vacancies')
      .select('vacancy_id')
      .where('registration_id', '=', row.id)
      .execute();
    expect(picked).toEqual([{ vacancy_id: vacancy.kho }]);
    const consent = await world.db
      .selectFrom('consents')
      .select('purpose')
      .where('person_id', '=', row.person_id)
      .execute();
    expect(consent).toEqual([{ purpose: 'share_with_employer' }]);
    // The same phone again is the same person: their code is told instead of a second registration.
    await world.sayAll('Cán bộ Hùng', ['moi', 'Lò Văn Tú']);
    await say('Cán bộ Hùng', '0987654321');
    expect(await say('Cán bộ Hùng', 'không')).toContain(`(vé ${code})`);
    await say('Cán bộ Hùng', '/huy');
  });

  test('a joined employer records an interview, an offer and the hire by ticket code, each counted once', async ({
    world,
    say,
  }) => {
    await say('Chị Mai', '/cuaphien');
    expect(await say('Chị Mai', '1')).toContain('2. Ghi kết quả phỏng vấn');
    expect(await say('Chị Mai', '2')).toContain('mã vé');
    expect(await say('Chị Mai', 'K7M2QD')).toContain('Lò Thị Lan — "Phụ kho": kết quả thế nào?');
    expect(await say('Chị Mai', '1')).toContain('✅ Đã ghi: Lò Thị Lan — "Phụ kho": Đã phỏng vấn.');
    await say('Chị Mai', 'K7M2QD');
    expect(await say('Chị Mai', '2')).toContain('✅ Đã ghi: Lò Thị Lan — "Phụ kho": Đã mời nhận việc.');
    await say('Chị Mai', 'K7M2QD');
    expect(await say('Chị Mai', '3')).toContain('✅ Đã ghi: Lò Thị Lan — "Phụ kho": Nhận vào làm.');
    // Typed again: nothing changes.
    await say('Chị Mai', 'K7M2QD');
    await say('Chị Mai', '3');
    await say('Chị Mai', '/huy');
    const applications = await world.db
      .selectFrom('applications')
      .select(['id', 'status', 'event_id'])
      .where('person_id', '=', person.lan!)
      .execute();
    expect(applications).toEqual([{ id: expect.any(Number), status: 'hired', event_id: eventId }]);
    const steps = await world.db
      .selectFrom('application_events')
      .select(['status', 'actor_role', 'actor_person_id'])
      .where('application_id', '=', applications[0]!.id)
      .orderBy('id')
      .execute();
    expect(steps).toEqual([
      { status: 'interested', actor_role: 'system', actor_person_id: null },
      { status: 'introduced', actor_role: 'employer', actor_person_id: person.mai },
      { status: 'offered', actor_role: 'employer', actor_person_id: person.mai },
      { status: 'hired', actor_role: 'employer', actor_person_id: person.mai },
    ]);
    const today = vietnamIsoDate(new Date());
    const scope = await resolveScope(world.db, phoYen.province_code);
    const funnel = await computeFunnel(world.db, scope!, { from: today, to: today });
    expect(funnel.total).toMatchObject({ introduced: 1, hired: 1 });
    const header = await eventHeader(world.db, eventId);
    const report = eventTotal((await eventFacts(world.db, [header!]))[0]!);
    expect(report).toMatchObject({ interviewed: 1, offered: 1, hired: 1 });
  });

  test('an official invites a verified employer, whose "Tham gia phiên" starts joining', async ({ world, say }) => {
    const owner = await world.person('Chị Hoa');
    const hoa = await world.employer('Công ty Giày Hoa Sen', { owner });
    await world.db.updateTable('employers').set({ verified_at: new Date() }).where('id', '=', hoa).execute();
    const job = await world.vacancy({ employer: hoa, title: 'Công nhân giày', place: phoYen });
    await world.sayAll('Cán bộ Hùng', ['/cuaphien', '1']);
    expect(await say('Cán bộ Hùng', '2')).toContain('1. Công ty Giày Hoa Sen');
    expect(await say('Cán bộ Hùng', '1')).toContain('Đã mời 1 doanh nghiệp');
    const standing = await world.db
      .selectFrom('event_employers')
      .select(['status', 'invited_by_person_id'])
      .where('event_id', '=', eventId)
      .where('employer_id', '=', hoa)
      .executeTakeFirstOrThrow();
    expect(standing).toEqual({ status: 'invited', invited_by_person_id: person.hung });
    const notice = await world.db
      .selectFrom('notifications')
      .select(['id', 'kind', 'ref_id', 'person_id', 'identity_id', 'channel'])
      .where('kind', '=', 'event_invite')
      .where('person_id', '=', owner)
      .executeTakeFirstOrThrow();
    expect(Number(notice.ref_id)).toBe(eventId);
    const rendered = await invitationRenderer.render(world.db, {
      notificationId: notice.id,
      kind: notice.kind,
      refId: Number(notice.ref_id),
      personId: owner,
      identityId: notice.identity_id,
      channel: 'simulator',
      chatType: 'private',
      lang: 'vi',
    });
    expect(rendered.ok && rendered.message.text).toContain(
      'mời Công ty Giày Hoa Sen tuyển dụng tại "Phiên việc làm Phổ Yên"',
    );
    expect(rendered.ok && rendered.message.choices?.map((c) => c.id)).toEqual([
      `event.join.${eventId}`,
      `event.decline.${eventId}`,
    ]);
    // The owner presses "Tham gia phiên" on the invitation.
    world.chat.pipeline.enqueue([
      {
        ...world.chat.simulator.receive({ user: 'Chị Hoa', text: 'x' })[0]!,
        eventId: 'press-join',
        text: null,
        choiceId: `event.join.${eventId}`,
      },
    ]);
    await world.chat.pipeline.drain();
    expect(await say('Chị Hoa', '1')).toContain('"Công nhân giày": tuyển thêm');
    expect(await say('Chị Hoa', '20')).toContain('Bạn đã tham gia');
    const joined = await world.db
      .selectFrom('event_vacancies')
      .select('extra_headcount')
      .where('event_id', '=', eventId)
      .where('vacancy_id', '=', job)
      .executeTakeFirstOrThrow();
    expect(joined.extra_headcount).toBe(20);
  });

  test('the day after, an attendee with no result is asked once; "yes" is recorded on their job', async ({ world }) => {
    await world.db
      .insertInto('event_registration_vacancies')
      .values({ registration_id: binhTicket, vacancy_id: vacancy.kho! })
      .execute();
    const starts = await world.db
      .selectFrom('events')
      .select('starts_at')
      .where('id', '=', eventId)
      .executeTakeFirstOrThrow();
    const dayAfter = new Date(starts.starts_at.getTime() + DAY);
    // The day of the fair itself: nobody yet.
    expect(await runEventFollowups(world.db, { now: starts.starts_at, quietHours: DEFAULT_QUIET_HOURS })).toEqual({
      asked: 0,
    });
    await runEventFollowups(world.db, { now: dayAfter, quietHours: DEFAULT_QUIET_HOURS });
    expect(await runEventFollowups(world.db, { now: dayAfter, quietHours: DEFAULT_QUIET_HOURS })).toEqual({
      asked: 0,
    });
    const asked = await world.db
      .selectFrom('notifications as n')
      .innerJoin('event_registrations as r', 'r.id', 'n.ref_id')
      .select(['n.id', 'n.person_id', 'n.identity_id', 'r.id as registration'])
      .where('n.kind', '=', 'event_followup')
      .where('r.event_id', '=', eventId)
      .execute();
    // Lan was hired there (a result) and the walk-in has no chat: only Bình is asked.
    expect(asked.map((row) => [row.person_id, row.registration])).toEqual([[person.binh, binhTicket]]);
    const rendered = await eventFollowupRenderer.render(world.db, {
      notificationId: asked[0]!.id,
      kind: 'event_followup',
      refId: binhTicket,
      personId: person.binh!,
      identityId: asked[0]!.identity_id,
      channel: 'simulator',
      chatType: 'private',
      lang: 'vi',
    });
    expect(rendered.ok && rendered.message.text).toContain('Bạn đã đến "Phiên việc làm Phổ Yên"');
    expect(rendered.ok && rendered.message.choices?.[0]?.id).toBe(`event.followup.hired.${binhTicket}`);
    world.chat.pipeline.enqueue([
      {
        ...world.chat.simulator.receive({ user: 'Bình', text: 'x' })[0]!,
        eventId: 'press-hired',
        text: null,
        choiceId: `event.followup.hired.${binhTicket}`,
      },
    ]);
    await world.chat.pipeline.drain();
    const application = await world.db
      .selectFrom('applications')
      .select(['status', 'event_id', 'followup_answer'])
      .where('person_id', '=', person.binh!)
      .where('vacancy_id', '=', vacancy.kho!)
      .executeTakeFirstOrThrow();
    expect(application).toEqual({ status: 'hired', event_id: eventId, followup_answer: 'hired' });
  });

  test("an invited employer declines from the invitation's answer", async ({ world, say }) => {
    const owner = await world.person('Anh Tuấn');
    const tuan = await world.employer('Xưởng mộc Tuấn Phát', { owner });
    await world.vacancy({ employer: tuan, title: 'Thợ mộc', place: phoYen });
    await world.db
      .insertInto('event_employers')
      .values({ event_id: eventId, employer_id: tuan, status: 'invited', invited_by_person_id: person.hung! })
      .execute();
    expect(await say('Anh Tuấn', '/cuaphien')).toContain('Phiên việc làm Phổ Yên');
    await say('Anh Tuấn', '/huy');
    // The invitation's "Không tham gia", pressed (a Telegram button).
    world.chat.pipeline.enqueue([
      {
        ...world.chat.simulator.receive({ user: 'Anh Tuấn', text: 'x' })[0]!,
        eventId: 'press-decline',
        text: null,
        choiceId: `event.decline.${eventId}`,
      },
    ]);
    await world.chat.pipeline.drain();
    const row = await world.db
      .selectFrom('event_employers')
      .select('status')
      .where('event_id', '=', eventId)
      .where('employer_id', '=', tuan)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe('declined');
  });
});
