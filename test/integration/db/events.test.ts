import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventVacancies, loadEvent } from '../../../src/db/events.ts';
import type { VacancyStatus } from '../../../src/db/schema.ts';
import { backends, type OpenedDatabase } from '../../harness/databases.ts';

/** An event as every event feature reads it (src/db/events.ts), on PostgreSQL and PGlite, over migration 0016. */
describe.each(backends)('reading events, on $name', (backend) => {
  let opened: OpenedDatabase;
  let eventId = 0;
  let openVacancy = 0;

  beforeAll(async () => {
    opened = await backend.open();
    const db = opened.handle.db;
    const person = async () =>
      (await db.insertInto('people').defaultValues().returning('id').executeTakeFirstOrThrow()).id;
    const employer = async (name: string) =>
      (await db.insertInto('employers').values({ name }).returning('id').executeTakeFirstOrThrow()).id;
    const vacancy = async (employerId: number, title: string, status: VacancyStatus, deadline: string) =>
      (
        await db
          .insertInto('vacancies')
          .values({
            employer_id: employerId,
            title,
            occupation: 'garment',
            commune_code: '05860',
            province_code: '19',
            headcount: 10,
            wage_raw: '8 triệu',
            deadline,
            contact: '0912 345 678',
            status,
            scam_reasons: '[]',
          })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    eventId = (
      await db
        .insertInto('events')
        .values({
          kind: 'fair',
          title: 'Phiên giao dịch việc làm tháng 12',
          starts_at: new Date('2026-12-19T01:00:00Z'),
          commune_code: '05860',
          address: 'Nhà văn hoá tổ 5',
          target_region_codes: ['19'],
          capacity: 2,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    const joined = await employer('Công ty May Phổ Yên');
    const invited = await employer('Công ty Điện tử');
    openVacancy = await vacancy(joined, 'Công nhân may', 'approved', '2026-12-31');
    const closed = await vacancy(joined, 'Thợ cắt', 'approved', '2026-11-30');
    const pending = await vacancy(joined, 'Tổ trưởng', 'pending', '2026-12-31');
    const notJoined = await vacancy(invited, 'Công nhân điện tử', 'approved', '2026-12-31');
    await db
      .insertInto('event_employers')
      .values([
        { event_id: eventId, employer_id: joined, status: 'joined' },
        { event_id: eventId, employer_id: invited, status: 'invited' },
      ])
      .execute();
    await db
      .insertInto('event_vacancies')
      .values([openVacancy, closed, pending, notJoined].map((id) => ({ event_id: eventId, vacancy_id: id })))
      .execute();
    await db.updateTable('event_vacancies').set({ extra_headcount: 5 }).where('vacancy_id', '=', openVacancy).execute();
    const statuses = ['registered', 'attended', 'waiting', 'cancelled'] as const;
    for (const [index, status] of statuses.entries()) {
      await db
        .insertInto('event_registrations')
        .values({ event_id: eventId, person_id: await person(), ticket_code: `ABCDE${index + 2}`, status, via: 'link' })
        .execute();
    }
  });
  afterAll(async () => opened?.cleanup());

  it('loads the event with the seats taken and the waiting list', async () => {
    expect(await loadEvent(opened.handle.db, eventId)).toMatchObject({
      id: eventId,
      kind: 'fair',
      title: 'Phiên giao dịch việc làm tháng 12',
      communeCode: '05860',
      capacity: 2,
      status: 'scheduled',
      seatsTaken: 2,
      waiting: 1,
    });
  });

  it('finds nothing for an unknown or impossible id', async () => {
    expect(await loadEvent(opened.handle.db, eventId + 1000)).toBeNull();
    expect(await loadEvent(opened.handle.db, -1)).toBeNull();
    expect(await loadEvent(opened.handle.db, 1.5)).toBeNull();
  });

  it('lists only the open, approved vacancies of employers who joined', async () => {
    const vacancies = await eventVacancies(opened.handle.db, eventId, '2026-12-07');
    expect(vacancies.map((v) => [v.id, v.title, v.employerName, v.extraHeadcount])).toEqual([
      [openVacancy, 'Công nhân may', 'Công ty May Phổ Yên', 5],
    ]);
  });

  it('refuses a ticket code twice in one event and a second seat for one person', async () => {
    const db = opened.handle.db;
    const someone = (await db.insertInto('people').defaultValues().returning('id').executeTakeFirstOrThrow()).id;
    await expect(
      db
        .insertInto('event_registrations')
        .values({ event_id: eventId, person_id: someone, ticket_code: 'ABCDE2', status: 'registered', via: 'link' })
        .execute(),
    ).rejects.toThrow();
  });
});
