import { sql } from 'kysely';
import { describe, expect } from 'vitest';
import { countCourseReviewQueue } from '../../../src/db/course-review.ts';
import { REGISTRY } from '../../../src/features/index.ts';
import { readFanoutJob } from '../../../src/messaging/fanout/jobs.ts';
import { test, type World } from '../../harness/world.ts';

/**
 * /duyet with courses on real PostgreSQL through the real inbound path: when vacancies and courses both wait, the
 * official chooses which; a course shows its card and who sent it; approving writes the decision, an audit entry and
 * the 'course.approved' outbox row in one transaction (and that job announces the course), rejecting keeps the
 * reason and tells the sender. Scope: the course's province; an online course is for country-wide officials and
 * admins, and for the official who posted it.
 */
const ids: Record<string, number> = {};
const people: Record<string, number> = {};

const course = ({ db }: World, id: number) =>
  db
    .selectFrom('courses')
    .select(['status', 'reject_reason', 'decided_by', 'decided_at'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();

describe('officials review courses in /duyet', () => {
  test.beforeAll(async ({ world }) => {
    people.owner = await world.person('Cô Thảo');
    await world.db
      .insertInto('roles')
      .values({ person_id: people.owner, role: 'provider', region_code: '19', granted_via: 'cli' })
      .execute();
    people.hung = await world.official('Cán bộ Hùng', { region: '19' });
    people.lan = await world.official('Cán bộ Lan', { region: '19' });
    people.minh = await world.person('Cán bộ Minh');
    await world.db
      .insertInto('roles')
      .values({ person_id: people.minh, role: 'official', region_code: null, granted_via: 'cli' })
      .execute();
    const provider = (
      await world.db
        .insertInto('providers')
        .values({ name: 'Trường Trung cấp nghề Thái Nguyên', owner_person_id: people.owner })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    const phoYen = await world.place('Phường Phổ Yên');
    const haNoi = await world.communeIn('01');
    const add = async (title: string, place: { code: string; province_code: string } | null, by: number) =>
      (
        await world.db
          .insertInto('courses')
          .values({
            provider_id: provider,
            title,
            occupation: 'garment',
            level: 'elementary',
            online: place === null,
            commune_code: place?.code ?? null,
            province_code: place?.province_code ?? null,
            starts_on: '2099-01-05',
            duration_days: 90,
            seats: 20,
            submitted_by: by,
          })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    ids.phoYen = await add('May công nghiệp', phoYen, people.owner);
    ids.haNoi = await add('Nấu ăn', haNoi, people.owner);
    ids.onlineByLan = await add('Tin học văn phòng', null, people.lan);
    ids.onlineByOwner = await add('Kế toán cơ bản', null, people.owner);
    const employer = await world.employer('Công ty TNHH May Phổ Yên');
    ids.vacancy = await world.vacancy({ employer, title: 'Công nhân may', place: phoYen, status: 'pending' });
  });

  test('an official of 19 chooses courses, sees the card and its sender, and approves in one transaction', async ({
    world,
  }) => {
    const [question] = await world.replies('Cán bộ Hùng', '/duyet');
    expect(question).toMatch(/Bạn muốn duyệt gì\?\n+1\. Tin tuyển dụng \(1\)\n2\. Khoá học \(1\)/);
    const [card] = await world.replies('Cán bộ Hùng', '2');
    expect(card).toContain('Khoá học chờ duyệt (1/1) — người gửi: Cô Thảo');
    expect(card).toContain('🎓 Khoá học nghề — Sơ cấp');
    expect(card).toContain('May công nghiệp (3 tháng)');
    expect(card).not.toContain('Nấu ăn');

    const replies = await world.replies('Cán bộ Hùng', '1');
    expect(replies).toEqual([
      'Đã duyệt khoá học: May công nghiệp. Khoá học sẽ được gửi tới người lao động phù hợp.',
      'Hết khoá học chờ duyệt. Cảm ơn bạn!',
      'Còn 1 tin tuyển dụng chờ duyệt: gõ /duyet để xem.',
    ]);
    expect(await course(world, ids.phoYen!)).toMatchObject({ status: 'approved', decided_by: people.hung });
    const outbox = await world.db.selectFrom('outbox').select(['queue', 'job_name', 'payload']).orderBy('id').execute();
    expect(outbox).toEqual([
      { queue: 'fanout', job_name: 'course.approved', payload: { courseId: ids.phoYen } },
      {
        queue: 'notify',
        job_name: 'notice',
        payload: { personId: people.owner, key: 'notice.course_approved', params: { title: 'May công nghiệp' } },
      },
    ]);
    const audit = await world.db
      .selectFrom('audit_log')
      .select(['action', 'subject_type', 'subject_id', 'region_code', 'actor_person_id'])
      .where('subject_type', '=', 'course')
      .execute();
    expect(audit).toEqual([
      {
        action: 'course.approved',
        subject_type: 'course',
        subject_id: String(ids.phoYen),
        region_code: '19',
        actor_person_id: people.hung,
      },
    ]);
    expect(await world.replies('Cán bộ Hùng', '/duyet')).toEqual([expect.stringContaining('Tin chờ duyệt (1/1)')]);
  });

  test('the outbox job announces the approved course to a worker who wants to learn the trade', async ({ world }) => {
    const worker = await world.worker('Lan', { commune: await world.place('Phường Phổ Yên') });
    await world.db
      .updateTable('worker_profiles')
      .set({ training_occupations: ['garment'] })
      .where('person_id', '=', worker)
      .execute();
    const row = await world.db
      .selectFrom('outbox')
      .select(['job_name', 'payload'])
      .where('job_name', '=', 'course.approved')
      .executeTakeFirstOrThrow();
    const jobs = REGISTRY.notificationKinds.flatMap((kind) => (kind.fanout ? [kind.fanout] : []));
    const read = readFanoutJob(jobs, row.job_name, row.payload);
    if (!read.ok) throw new Error(read.reason);
    const rules = { quietHours: { startHour: 0, endHour: 0 }, alertsPerDay: 3 };
    expect(await read.job.run(world.db, rules, new Date(), {})).toMatchObject({ outcome: 'written', pending: 1 });
    const written = await world.db
      .selectFrom('notifications')
      .select(['kind', 'ref_id', 'person_id'])
      .where('kind', '=', 'course')
      .execute();
    expect(written).toEqual([{ kind: 'course', ref_id: ids.phoYen, person_id: worker }]);
    const { fanned_out_at } = await world.db
      .selectFrom('courses')
      .select('fanned_out_at')
      .where('id', '=', ids.phoYen!)
      .executeTakeFirstOrThrow();
    expect(fanned_out_at).toBeInstanceOf(Date);
  });

  test('the official who posted an online course reviews it and rejects it with a reason', async ({ world }) => {
    expect(await world.replies('Cán bộ Lan', '/duyet')).toEqual([expect.stringContaining('2. Khoá học (1)')]);
    const [card] = await world.replies('Cán bộ Lan', '2');
    expect(card).toContain('Khoá học chờ duyệt (1/1) — người gửi: Cán bộ Lan');
    expect(card).toContain('💻 Học trực tuyến');
    expect((await world.replies('Cán bộ Lan', '2'))[0]).toContain('Lý do từ chối?');
    const replies = await world.replies('Cán bộ Lan', 'Chưa có giấy phép đào tạo');
    expect(replies[0]).toBe('Đã từ chối khoá học: Tin học văn phòng.');
    expect(await course(world, ids.onlineByLan!)).toMatchObject({
      status: 'rejected',
      reject_reason: 'Chưa có giấy phép đào tạo',
      decided_by: people.lan,
    });
    // She decided it herself: the provider's owner is told, not her; no announcement for a rejected course.
    const notices = await world.db
      .selectFrom('outbox')
      .select(['job_name', 'payload'])
      .where('payload', '@>', sql<never>`${JSON.stringify({ key: 'notice.course_rejected' })}::jsonb`)
      .execute();
    expect(notices).toEqual([
      {
        job_name: 'notice',
        payload: {
          personId: people.owner,
          key: 'notice.course_rejected',
          params: { title: 'Tin học văn phòng', reason: 'Chưa có giấy phép đào tạo' },
        },
      },
    ]);
    expect(
      await world.db.selectFrom('outbox').select('id').where('job_name', '=', 'course.approved').execute(),
    ).toHaveLength(1);
  });

  test('scope: a province sees its own; online ones and other provinces are for country-wide officials', async ({
    world,
  }) => {
    expect(await countCourseReviewQueue(world.db, people.hung!)).toBe(0);
    expect(await countCourseReviewQueue(world.db, people.owner!)).toBe(0);
    expect(await countCourseReviewQueue(world.db, people.minh!)).toBe(2);
    const [question] = await world.replies('Cán bộ Minh', '/duyet');
    expect(question).toContain('2. Khoá học (2)');
    const [card] = await world.replies('Cán bộ Minh', '2');
    expect(card).toContain('Khoá học chờ duyệt (1/2) — người gửi: Cô Thảo');
    expect(card).toContain('Nấu ăn');
    // A course decided meanwhile elsewhere: the answer moves on to the next one, and changes nothing.
    await world.db.updateTable('courses').set({ status: 'rejected' }).where('id', '=', ids.haNoi!).execute();
    const [next] = await world.replies('Cán bộ Minh', '1');
    expect(next).toContain('Kế toán cơ bản');
    expect(await course(world, ids.haNoi!)).toMatchObject({ status: 'rejected', decided_by: null });
  });
});
