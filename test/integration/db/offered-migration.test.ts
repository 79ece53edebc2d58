import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../../src/db/connect.ts';
import { createMigrator, migrateToLatest } from '../../../src/db/migrate.ts';
import { seedReferenceData } from '../../../src/db/reference-data.ts';
import { backends } from '../../harness/databases.ts';

/**
 * Migration 0019 on PostgreSQL and PGlite: applications.status and application_events.status admit 'offered' (the
 * employer offered the job), keep the rows already there, and still refuse a status that is not a step.
 */
describe.each(backends)('migration 0019 (the offered step) on $name', (backend) => {
  let handle: DatabaseHandle;
  let cleanup: () => Promise<void>;
  let applicationId: number;

  const setStatus = (status: string) =>
    handle.db.updateTable('applications').set({ status }).where('id', '=', applicationId).execute();
  const addEvent = (status: string) =>
    handle.db
      .insertInto('application_events')
      .values({ application_id: applicationId, status: status as 'offered', actor_role: 'employer' })
      .execute();

  beforeAll(async () => {
    ({ handle, cleanup } = await backend.open({ empty: true }));
    const { error } = await createMigrator(handle.db).migrateTo('0018_event_registration');
    if (error) throw error;
    await seedReferenceData(handle.db);
    const employer = await handle.db
      .insertInto('employers')
      .values({ name: 'Xưởng may Phổ Yên' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const vacancy = await handle.db
      .insertInto('vacancies')
      .values({
        employer_id: employer.id,
        title: 'Công nhân may',
        occupation: 'garment',
        commune_code: '05860',
        province_code: '19',
        headcount: 5,
        wage_raw: '8 triệu',
        deadline: '2027-06-30',
        contact: '0208 3850 123',
        status: 'approved',
        scam_reasons: '[]',
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const worker = await handle.db
      .insertInto('people')
      .values({ full_name: 'Lò Thị Mai' })
      .returning('id')
      .executeTakeFirstOrThrow();
    applicationId = (
      await handle.db
        .insertInto('applications')
        .values({ vacancy_id: vacancy.id, person_id: worker.id, status: 'introduced' })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    await addEvent('introduced');
  });
  afterAll(async () => cleanup?.());

  it('refuses "offered" before, admits it after, on both tables; other statuses are still refused', async () => {
    await expect(setStatus('offered')).rejects.toThrow(/check/i);
    await expect(addEvent('offered')).rejects.toThrow(/check/i);
    expect((await migrateToLatest(handle.db)).map((r) => r.migrationName)).toContain('0019_offered_step');
    await setStatus('offered');
    await addEvent('offered');
    const events = await handle.db
      .selectFrom('application_events')
      .select('status')
      .where('application_id', '=', applicationId)
      .orderBy('id')
      .execute();
    expect(events.map((e) => e.status)).toEqual(['introduced', 'offered']);
    await expect(setStatus('interviewed')).rejects.toThrow(/check/i);
    await expect(addEvent('interviewed')).rejects.toThrow(/check/i);
    for (const status of ['hired', 'not_hired', 'withdrawn', 'not_suitable', 'interested']) await setStatus(status);
  });
});
