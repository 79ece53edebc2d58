import { describe, expect } from 'vitest';
import type { CourseEnrolmentStatus } from '../../../src/db/schema.ts';
import { test, type Place, type World } from '../../harness/world.ts';

/**
 * /khoahoc on real PostgreSQL through the chat pipeline: a provider (and an official in scope) confirms enrolment,
 * records completion and dropping out, several people at once; each action writes the statuses, the learners'
 * notifications and an audit row in one transaction, and a place freed before the start goes to the first waiting.
 */
async function providerOf(world: World, who: string, name: string) {
  const personId = await world.person(who);
  await world.db
    .insertInto('roles')
    .values({ person_id: personId, role: 'provider', region_code: null, granted_via: 'cli' })
    .execute();
  const provider = await world.db
    .insertInto('providers')
    .values({ owner_person_id: personId, name })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { personId, providerId: provider.id };
}

async function courseOf(world: World, providerId: number, title: string, place: Place, seats: number | null = 20) {
  const row = await world.db
    .insertInto('courses')
    .values({
      provider_id: providerId,
      title,
      occupation: 'garment',
      level: 'short',
      commune_code: place.code,
      province_code: place.province_code,
      starts_on: '2099-01-05',
      duration_days: 90,
      seats,
      status: 'approved',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

async function enrol(
  world: World,
  courseId: number,
  who: string,
  status: CourseEnrolmentStatus,
  contact: { name: string; phone: string } | null = null,
) {
  const personId = await world.person(who);
  if (contact)
    await world.db
      .updateTable('people')
      .set({ full_name: contact.name, phone_e164: contact.phone })
      .where('id', '=', personId)
      .execute();
  const row = await world.db
    .insertInto('course_enrolments')
    .values({
      course_id: courseId,
      person_id: personId,
      status,
      shares_contact: contact !== null,
      ...(status === 'waiting' ? { waiting_since: new Date() } : {}),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

const statuses = (world: World, courseId: number) =>
  world.db
    .selectFrom('course_enrolments')
    .select(['id', 'status', 'status_by', 'enrolled_at', 'finished_at', 'waiting_since'])
    .where('course_id', '=', courseId)
    .orderBy('id')
    .execute();
const notices = (world: World, kind: string) =>
  world.db
    .selectFrom('notifications')
    .select(['ref_id', 'person_id'])
    .where('kind', '=', kind)
    .orderBy('ref_id')
    .execute();

describe('/khoahoc: the provider’s courses', () => {
  let commune: Place;
  test.beforeAll(async ({ world }) => {
    commune = await world.place('Phường Phổ Yên');
  });

  test('confirms enrolment of the people picked, tells them, and writes an audit row', async ({ world, say }) => {
    const { personId, providerId } = await providerOf(world, 'Trường nghề A', 'Trường Trung cấp nghề A');
    const courseId = await courseOf(world, providerId, 'May công nghiệp', commune);
    const lan = await enrol(world, courseId, 'Học viên Lan', 'signed_up', {
      name: 'Nguyễn Thị Lan',
      phone: '+84912345678',
    });
    const hoa = await enrol(world, courseId, 'Học viên Hoa', 'signed_up');
    const tu = await enrol(world, courseId, 'Học viên Tú', 'signed_up');

    const list = await say('Trường nghề A', '/khoahoc');
    expect(list).toContain('1. May công nghiệp — 05/01/2099 · đang nhận đăng ký · 3 đăng ký, 0 nhập học');
    const opened = await say('Trường nghề A', '1');
    expect(opened).toContain('1. Nguyễn Thị Lan · 0912 345 678 — đã đăng ký');
    expect(opened).toContain('2. Người đăng ký 2 — đã đăng ký');
    expect(opened).not.toContain('Hoa');
    expect(await say('Trường nghề A', '1')).toContain('Ai đã nhập học?');
    const saved = await say('Trường nghề A', '1 3');
    expect(saved).toContain('Đã xác nhận nhập học: 2 người');
    expect(saved).toContain('3. Người đăng ký 3 — đã nhập học');

    const rows = await statuses(world, courseId);
    expect(rows.map((r) => [r.id, r.status, r.status_by])).toEqual([
      [lan, 'enrolled', personId],
      [hoa, 'signed_up', null],
      [tu, 'enrolled', personId],
    ]);
    expect(rows[0]?.enrolled_at).toBeInstanceOf(Date);
    expect((await notices(world, 'course_enrolled')).map((n) => Number(n.ref_id))).toEqual([lan, tu]);
    const audit = await world.db
      .selectFrom('audit_log')
      .select(['actor_person_id', 'action', 'subject_id', 'details'])
      .where('action', '=', 'course.enrolled')
      .execute();
    expect(audit).toEqual([
      {
        actor_person_id: personId,
        action: 'course.enrolled',
        subject_id: String(courseId),
        details: { enrolmentIds: [lan, tu], movedUp: [] },
      },
    ]);

    // Completion: only the enrolled are offered; "tất cả" takes both.
    expect(await say('Trường nghề A', '2')).toContain('Ai đã hoàn thành khoá học?');
    expect(await say('Trường nghề A', 'tất cả')).toContain('Đã ghi hoàn thành: 2 người');
    const done = await statuses(world, courseId);
    expect(done.map((r) => r.status)).toEqual(['completed', 'signed_up', 'completed']);
    expect(done[0]?.finished_at).toBeInstanceOf(Date);
    expect((await notices(world, 'course_completed')).map((n) => Number(n.ref_id))).toEqual([lan, tu]);
  });

  test('dropping out before the start moves the first waiting person up, who is told', async ({ world, say }) => {
    const { providerId } = await providerOf(world, 'Trường nghề B', 'Trường nghề B');
    const courseId = await courseOf(world, providerId, 'Điện dân dụng', commune, 2);
    const first = await enrol(world, courseId, 'Người B1', 'signed_up');
    await enrol(world, courseId, 'Người B2', 'enrolled');
    const waiting = await enrol(world, courseId, 'Người B3', 'waiting');
    const later = await enrol(world, courseId, 'Người B4', 'waiting');

    await say('Trường nghề B', '/khoahoc');
    await say('Trường nghề B', '1');
    expect(await say('Trường nghề B', '3')).toContain('Ai đã bỏ học?');
    expect(await say('Trường nghề B', '1')).toContain('Đã ghi bỏ học: 1 người');

    const rows = await statuses(world, courseId);
    expect(rows.map((r) => r.status)).toEqual(['dropped', 'enrolled', 'signed_up', 'waiting']);
    expect(rows[0]?.finished_at).toBeInstanceOf(Date);
    expect(rows[2]?.waiting_since).toBeNull();
    const moved = await notices(world, 'course_moved_up');
    expect(moved.map((n) => Number(n.ref_id))).toEqual([waiting]);
    expect(moved.map((n) => Number(n.ref_id))).not.toContain(later);
    expect(first).toBeGreaterThan(0);
  });

  test('an official manages courses in their area only; others’ courses stay out of reach', async ({ world, say }) => {
    const { providerId } = await providerOf(world, 'Trường nghề C', 'Trường nghề C');
    const courseId = await courseOf(world, providerId, 'Chế biến thực phẩm', commune);
    const signed = await enrol(world, courseId, 'Người C1', 'signed_up');
    await world.official('Cán bộ Thái Nguyên', { region: commune.province_code });
    await world.official('Cán bộ nơi khác', { region: '01' });

    expect(await say('Cán bộ nơi khác', '/khoahoc')).toContain('Bạn chưa có khoá học nào');
    expect(await say('Trường nghề A', '/khoahoc')).not.toContain('Chế biến thực phẩm');

    const list = await say('Cán bộ Thái Nguyên', '/khoahoc');
    expect(list).toContain('Chế biến thực phẩm');
    const number = list
      .split('\n')
      .find((line) => line.includes('Chế biến thực phẩm'))
      ?.split('.')[0];
    await say('Cán bộ Thái Nguyên', number ?? '1');
    await say('Cán bộ Thái Nguyên', '1');
    expect(await say('Cán bộ Thái Nguyên', '1')).toContain('Đã xác nhận nhập học: 1 người');
    const [row] = await statuses(world, courseId);
    expect(row).toMatchObject({
      id: signed,
      status: 'enrolled',
      status_by: await world.personOf('Cán bộ Thái Nguyên'),
    });
  });

  test('the effect refuses a course the person does not manage, and writes nothing', async ({ world }) => {
    const { providerId } = await providerOf(world, 'Trường nghề D', 'Trường nghề D');
    const courseId = await courseOf(world, providerId, 'Nấu ăn', commune);
    const signed = await enrol(world, courseId, 'Người D1', 'signed_up');
    const stranger = await world.person('Người lạ D');
    const [outcome] = await world.apply(stranger, [
      { kind: 'mark_course_enrolments', courseId, enrolmentIds: [signed], action: 'enrol' },
    ]);
    expect(outcome?.ok).toBe(false);
    expect((await statuses(world, courseId)).map((r) => r.status)).toEqual(['signed_up']);
  });
});
