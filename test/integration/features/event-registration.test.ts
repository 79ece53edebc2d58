import { describe, expect } from 'vitest';
import { runEventReminders } from '../../../src/messaging/schedule/event-reminders.ts';
import { test, type World } from '../../harness/world.ts';

/**
 * Registering for an event through the real chat pipeline on PostgreSQL: the announcement's choices are stored as
 * the chat's last choices (as the delivery does), then the person types "1". Capacity 2: the third waits, and moves
 * up when a seat is given back (told by a notification row); twice shows the same ticket; reminders once; /xoa.
 */
const STARTS = new Date(Date.now() + 3 * 24 * 60 * 60 * 1000);

async function announce(world: World, who: string, eventId: number) {
  await world.person(who);
  await world.db
    .updateTable('channel_identities')
    .set({
      last_choices: JSON.stringify([
        { id: `event.register.${eventId}`, label: 'Đăng ký tham gia' },
        { id: `event.jobs.${eventId}`, label: 'Xem việc tại phiên' },
      ]),
    })
    .where('chat_id', '=', world.chatIdOf(who))
    .execute();
}

const registrationOf = async (world: World, who: string, eventId: number) =>
  world.db
    .selectFrom('event_registrations')
    .selectAll()
    .where('person_id', '=', await world.personOf(who))
    .where('event_id', '=', eventId)
    .executeTakeFirst();

describe('event registration', () => {
  let eventId = 0;
  let bare = 0;
  let vacancyId = 0;

  test.beforeAll(async ({ world }) => {
    const commune = await world.place('Phường Phổ Yên');
    const employer = await world.employer('Xưởng may Phổ Yên');
    vacancyId = await world.vacancy({ employer, title: 'Công nhân may', place: commune });
    const insert = (title: string, capacity: number | null) =>
      world.db
        .insertInto('events')
        .values({ kind: 'fair', title, starts_at: STARTS, commune_code: commune.code, capacity, status: 'announced' })
        .returning('id')
        .executeTakeFirstOrThrow();
    eventId = (await insert('Phiên việc làm Phổ Yên', 2)).id;
    bare = (await insert('Phiên không có việc', null)).id;
    await world.db.insertInto('event_employers').values({ event_id: eventId, employer_id: employer }).execute();
    await world.db.insertInto('event_vacancies').values({ event_id: eventId, vacancy_id: vacancyId }).execute();
  });

  test('"1" after the announcement, then "1": the ticket, shared with the employer, in 2 messages', async ({
    world,
    say,
  }) => {
    await announce(world, 'Lan', eventId);
    await world.db
      .updateTable('people')
      .set({ full_name: 'Nguyễn Thị Lan', phone_e164: '+84912345678' })
      .where('id', '=', await world.personOf('Lan'))
      .execute();
    expect(await say('Lan', '1')).toContain('Bạn muốn phỏng vấn việc nào?');
    const ticket = await say('Lan', '1');
    const row = await registrationOf(world, 'Lan', eventId);
    expect(row).toMatchObject({ status: 'registered', via: 'announcement', shares_contact: true });
    expect(ticket).toContain(`Vé của bạn: ${row!.ticket_code}`);
    expect(ticket).toContain('Phỏng vấn: Công nhân may');
    expect(ticket).toContain('1. Không đến được');
    expect(await world.db.selectFrom('event_registration_vacancies').select('vacancy_id').execute()).toEqual([
      { vacancy_id: vacancyId },
    ]);
  });

  test('twice: the same ticket, nothing new', async ({ world, say }) => {
    await announce(world, 'Lan', eventId);
    const before = await registrationOf(world, 'Lan', eventId);
    expect(await say('Lan', '1')).toContain(`Bạn đã đăng ký rồi. 🎫 Vé của bạn: ${before!.ticket_code}`);
    expect(await world.db.selectFrom('event_registrations').select('id').execute()).toHaveLength(1);
  });

  test('no profile, name and phone asked when sharing; the third person waits', async ({ world, say }) => {
    await announce(world, 'Hoa', eventId);
    await say('Hoa', '1');
    expect(await say('Hoa', '1')).toContain('Họ tên của bạn là gì?');
    expect(await say('Hoa', 'Trần Thị Hoa')).toContain('Số điện thoại');
    expect(await say('Hoa', '0987 654 321')).toContain('Vé của bạn');
    expect(
      await world.db
        .selectFrom('people')
        .select(['full_name', 'phone_e164'])
        .where('id', '=', await world.personOf('Hoa'))
        .executeTakeFirst(),
    ).toEqual({ full_name: 'Trần Thị Hoa', phone_e164: '+84987654321' });
    await announce(world, 'Mai', eventId);
    await say('Mai', '1');
    expect(await say('Mai', '2')).toContain('danh sách chờ, thứ 1');
    expect(await registrationOf(world, 'Mai', eventId)).toMatchObject({ status: 'waiting', shares_contact: false });
  });

  test('"Không đến được": the seat goes to the first waiting, told by a notification', async ({ world, say }) => {
    expect(await say('Hoa', '1')).toContain('Đã huỷ vé');
    expect(await registrationOf(world, 'Hoa', eventId)).toMatchObject({ status: 'cancelled' });
    const mai = await registrationOf(world, 'Mai', eventId);
    expect(mai).toMatchObject({ status: 'registered', waiting_since: null });
    expect(
      await world.db.selectFrom('notifications').select(['kind', 'ref_id']).where('kind', 'like', 'event%').execute(),
    ).toEqual([{ kind: 'event_moved_up', ref_id: mai!.id }]);
  });

  test('an event without jobs: the ticket at once; a /start f link too', async ({ world, say }) => {
    await announce(world, 'Tú', bare);
    expect(await say('Tú', '1')).toContain('Vé của bạn');
    expect(await say('Nam', `/start f${bare}`)).toContain('Vé của bạn');
    expect(await registrationOf(world, 'Nam', bare)).toMatchObject({ status: 'registered', via: 'link' });
  });

  test('reminders: the evening before and two hours before, once each, registered people only', async ({ world }) => {
    const run = (now: Date) => runEventReminders(world.db, { now, quietHours: { startHour: 0, endHour: 0 } });
    expect(await run(new Date(STARTS.getTime() - 2 * 24 * 60 * 60 * 1000))).toEqual({ reminded: 0 });
    const first = await run(new Date(STARTS.getTime() - 2.5 * 60 * 60 * 1000));
    expect(first.reminded).toBeGreaterThan(0);
    expect(await run(new Date(STARTS.getTime() - 2.4 * 60 * 60 * 1000))).toEqual({ reminded: 0 });
    const soon = await run(new Date(STARTS.getTime() - 60 * 60 * 1000));
    expect(soon.reminded).toBe(first.reminded);
    expect(await run(new Date(STARTS.getTime() - 30 * 60 * 1000))).toEqual({ reminded: 0 });
    const kinds = await world.db
      .selectFrom('notifications as n')
      .innerJoin('event_registrations as r', 'r.id', 'n.ref_id')
      .select(['n.kind', 'r.status'])
      .where('n.kind', 'like', 'event_reminder%')
      .execute();
    expect(kinds.every((k) => k.status === 'registered')).toBe(true);
    expect(new Set(kinds.map((k) => k.kind))).toEqual(new Set(['event_reminder_evening', 'event_reminder_soon']));
  });

  test('/xoa cancels the registrations and moves the waiting up', async ({ world, say }) => {
    await world.db.updateTable('events').set({ capacity: 2 }).where('id', '=', bare).execute();
    await announce(world, 'Bình', bare);
    expect(await say('Bình', '1')).toContain('danh sách chờ');
    const tu = await world.personOf('Tú');
    await world.apply(tu, [{ kind: 'erase_person' }]);
    const erased = await world.db
      .selectFrom('event_registrations')
      .select('status')
      .where('person_id', '=', tu)
      .executeTakeFirst();
    expect(erased).toEqual({ status: 'cancelled' });
    expect(await registrationOf(world, 'Bình', bare)).toMatchObject({ status: 'registered' });
  });
});
