import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../../src/db/connect.ts';
import { loadCourse } from '../../../src/db/courses.ts';
import { createMigrator, migrateToLatest } from '../../../src/db/migrate.ts';
import { seedReferenceData } from '../../../src/db/reference-data.ts';
import { backends } from '../../harness/databases.ts';

/**
 * Migration 0020 on PostgreSQL and PGlite: the 'provider' role; notifications of any well-formed kind (the features
 * declare theirs) but not a malformed one; a course needs a commune unless online, a known level, a sane fee; one
 * enrolment per course and person; and loadCourse reads a course with its provider and its seats taken and waiting.
 */
describe.each(backends)('migration 0020 (courses) on $name', (backend) => {
  let handle: DatabaseHandle;
  let cleanup: () => Promise<void>;
  let personId: number;
  let providerId: number;

  const course = (values: Record<string, unknown> = {}) =>
    handle.db
      .insertInto('courses')
      .values({
        provider_id: providerId,
        title: 'May công nghiệp',
        occupation: 'garment',
        level: 'elementary',
        commune_code: '05860',
        province_code: '19',
        starts_on: '2027-01-05',
        duration_days: 90,
        seats: 2,
        status: 'approved',
        ...values,
      } as never)
      .returning('id')
      .executeTakeFirstOrThrow();

  beforeAll(async () => {
    ({ handle, cleanup } = await backend.open({ empty: true }));
    const { error } = await createMigrator(handle.db).migrateTo('0019_offered_step');
    if (error) throw error;
    await seedReferenceData(handle.db);
    personId = (
      await handle.db.insertInto('people').values({ full_name: 'Lò Thị Mai' }).returning('id').executeTakeFirstOrThrow()
    ).id;
  });
  afterAll(async () => cleanup?.());

  it('admits the provider role and any well-formed notification kind only after it', async () => {
    const grant = () =>
      sql`INSERT INTO roles (person_id, role, granted_via) VALUES (${personId}, 'provider', 'cli')`.execute(handle.db);
    await expect(grant()).rejects.toThrow(/check/i);
    expect((await migrateToLatest(handle.db)).map((r) => r.migrationName)).toContain('0020_courses');
    await grant();
    const identity = await handle.db
      .insertInto('channel_identities')
      .values({ person_id: personId, channel: 'telegram', chat_id: '42', chat_type: 'private' })
      .returning('id')
      .executeTakeFirstOrThrow();
    const notify = (kind: string) =>
      handle.db
        .insertInto('notifications')
        .values({ kind, ref_id: 1, person_id: personId, identity_id: identity.id, channel: 'telegram' })
        .execute();
    await notify('course');
    await notify('course_moved_up');
    await notify('vacancy');
    for (const bad of ['', 'Course', 'course-1', 'x'.repeat(50), "course'; DROP"])
      await expect(notify(bad)).rejects.toThrow(/check/i);
  });

  it('keeps courses well-formed and reads one with its provider and seats', async () => {
    providerId = (
      await handle.db
        .insertInto('providers')
        .values({ name: 'Trường Trung cấp nghề Thái Nguyên', owner_person_id: personId })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    await expect(
      handle.db.insertInto('providers').values({ name: 'trường trung cấp nghề thái nguyên' }).execute(),
    ).rejects.toThrow(/unique|duplicate/i);
    await expect(course({ commune_code: null, province_code: null })).rejects.toThrow(/check/i);
    await expect(course({ level: 'phd' })).rejects.toThrow(/check/i);
    await expect(course({ fee_vnd: -1 })).rejects.toThrow(/check/i);
    const online = await course({ online: true, commune_code: null, province_code: null });
    expect(online.id).toBeGreaterThan(0);

    const { id } = await course();
    const others = await Promise.all(
      ['An', 'Bình', 'Chi'].map(
        async (name) =>
          (await handle.db.insertInto('people').values({ full_name: name }).returning('id').executeTakeFirstOrThrow())
            .id,
      ),
    );
    await handle.db
      .insertInto('course_enrolments')
      .values([
        { course_id: id, person_id: personId, status: 'enrolled' },
        { course_id: id, person_id: others[0]!, status: 'signed_up' },
        { course_id: id, person_id: others[1]!, status: 'waiting', waiting_since: new Date() },
        { course_id: id, person_id: others[2]!, status: 'cancelled' },
      ])
      .execute();
    await expect(
      handle.db.insertInto('course_enrolments').values({ course_id: id, person_id: personId }).execute(),
    ).rejects.toThrow(/unique|duplicate/i);
    expect(await loadCourse(handle.db, id)).toMatchObject({
      id,
      providerName: 'Trường Trung cấp nghề Thái Nguyên',
      providerVerified: false,
      startsOn: '2027-01-05',
      feeVnd: 0,
      seats: 2,
      seatsTaken: 2,
      waiting: 1,
      online: false,
      status: 'approved',
    });
    expect(await loadCourse(handle.db, 0)).toBeNull();
    expect(await loadCourse(handle.db, 999_999)).toBeNull();
  });
});
