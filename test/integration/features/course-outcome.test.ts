import { describe, expect } from 'vitest';
import { courseOutcomeNotifications } from '../../../src/features/course-outcome/notifications.ts';
import { DEFAULT_QUIET_HOURS } from '../../../src/kernel/quiet-hours.ts';
import { occupationLabel } from '../../../src/kernel/occupations/lookup.ts';
import { DAY_MS, fromVietnamWallClock, vietnamWallClock } from '../../../src/kernel/time.ts';
import { runScheduleJob } from '../../../src/messaging/workers/schedule.ts';
import { test, type Place, type World } from '../../harness/world.ts';

/**
 * From course to job on real PostgreSQL through the chat pipeline: the completed learner's "add the trade?" answered
 * "1" adds the course's occupation to their profile and answers at once with the open vacancies of that trade; the
 * 60-day job asks once, 60 days after completion, outside the quiet hours; the answer is recorded.
 */
async function completedCourse(world: World, who: string, place: Place, finishedAt = new Date()) {
  const personId = await world.person(who);
  const owner = await world.person(`Chủ trường ${who}`);
  const provider = await world.db
    .insertInto('providers')
    .values({ owner_person_id: owner, name: `Trường nghề ${who}` })
    .returning('id')
    .executeTakeFirstOrThrow();
  const course = await world.db
    .insertInto('courses')
    .values({
      provider_id: provider.id,
      title: 'Hàn điện cơ bản',
      occupation: 'mechanic_welding',
      level: 'short',
      commune_code: place.code,
      province_code: place.province_code,
      starts_on: '2026-01-05',
      duration_days: 60,
      status: 'approved',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const enrolment = await world.db
    .insertInto('course_enrolments')
    .values({ course_id: course.id, person_id: personId, status: 'completed', finished_at: finishedAt })
    .returning('id')
    .executeTakeFirstOrThrow();
  return { personId, enrolmentId: enrolment.id };
}

/** What the delivery does: render the notification and keep its choices as the chat's last choices. */
async function deliver(world: World, who: string, kind: string, enrolmentId: number, personId: number) {
  const renderer = courseOutcomeNotifications.find((k) => k.kind === kind)!.renderer;
  const rendered = await renderer.render(world.db, { refId: enrolmentId, personId, lang: 'vi' } as never);
  if (!rendered.ok) throw new Error(`skipped: ${rendered.skip}`);
  await world.db
    .updateTable('channel_identities')
    .set({ last_choices: JSON.stringify(rendered.message.choices) })
    .where('chat_id', '=', world.chatIdOf(who))
    .execute();
  return rendered.message;
}

const enrolmentRow = (world: World, id: number) =>
  world.db
    .selectFrom('course_enrolments')
    .select(['trade_added_at', 'followup_asked_at', 'works_in_trade', 'followup_answered_at'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();

describe('from course to job', () => {
  let commune: Place;
  test.beforeAll(async ({ world }) => {
    commune = await world.place('Phường Phổ Yên');
    const employer = await world.employer('Cơ khí Phổ Yên');
    for (const title of ['Thợ hàn khung thép', 'Thợ hàn ống'])
      await world.vacancy({ employer, title, place: commune, occupation: 'mechanic_welding' });
    await world.vacancy({ employer, title: 'Công nhân may', place: commune });
  });

  test('"1" adds the trade to the profile and answers with the matching open vacancies', async ({ world }) => {
    const { personId, enrolmentId } = await completedCourse(world, 'Học viên Minh', commune);
    await world.worker('Học viên Minh', { commune, occupations: ['garment'] });
    const question = await deliver(world, 'Học viên Minh', 'course_completed', enrolmentId, personId);
    expect(question.text).toContain('Chúc mừng bạn đã hoàn thành khoá «Hàn điện cơ bản»');
    expect(question.prompt).toContain('vào hồ sơ để nhận tin việc làm?');
    expect(question.choices?.map((c) => c.label)).toEqual(['Có', 'Không']);

    const replies = await world.replies('Học viên Minh', '1');
    expect(replies[0]).toContain('Đã thêm nghề');
    expect(replies[1]).toContain('Thợ hàn khung thép');
    expect(replies[1]).toContain('Thợ hàn ống');
    expect(replies[1]).not.toContain('Công nhân may');
    const profile = await world.db
      .selectFrom('worker_profiles')
      .select('occupations')
      .where('person_id', '=', personId)
      .executeTakeFirstOrThrow();
    expect(profile.occupations).toEqual(['garment', 'mechanic_welding']);
    expect((await enrolmentRow(world, enrolmentId)).trade_added_at).toBeInstanceOf(Date);
    // The list is job search's own: a number opens the vacancy there.
    expect((await world.replies('Học viên Minh', '1')).join('\n')).toContain('Cơ khí Phổ Yên');
  });

  test('a learner without a profile is offered registration, and nothing is written', async ({ world }) => {
    const { personId, enrolmentId } = await completedCourse(world, 'Học viên Không Hồ Sơ', commune);
    await deliver(world, 'Học viên Không Hồ Sơ', 'course_completed', enrolmentId, personId);
    const [reply] = await world.replies('Học viên Không Hồ Sơ', '1');
    expect(reply).toContain('Bạn chưa có hồ sơ tìm việc');
    expect(reply).toContain('Đăng ký nhận tin việc làm');
    expect((await enrolmentRow(world, enrolmentId)).trade_added_at).toBeNull();
  });

  test('the 60-day question: asked once, 60 days after completion, outside the quiet hours', async ({ world }) => {
    // Tomorrow 09:00: the learners of the other tests, who completed today, are not due yet.
    const today = vietnamWallClock(new Date());
    const now = fromVietnamWallClock(today.y, today.m, today.d + 1, 9);
    const due = await completedCourse(world, 'Học viên Sáu Mươi', commune, new Date(now.getTime() - 60 * DAY_MS));
    const early = await completedCourse(world, 'Học viên Năm Chín', commune, new Date(now.getTime() - 59 * DAY_MS));
    const run = (at: Date) =>
      runScheduleJob({ db: world.db, quietHours: DEFAULT_QUIET_HOURS, retentionDays: 30 }, 'courseFollowups', at);

    expect(await run(now)).toEqual({ asked: 1 });
    expect(await run(now)).toEqual({ asked: 0 });
    const rows = await world.db
      .selectFrom('notifications')
      .select(['ref_id', 'person_id', 'not_before'])
      .where('kind', '=', 'course_followup')
      .execute();
    expect(rows.map((r) => [Number(r.ref_id), r.person_id])).toEqual([[due.enrolmentId, due.personId]]);
    expect(rows[0]?.not_before.getTime()).toBe(now.getTime());
    expect((await enrolmentRow(world, due.enrolmentId)).followup_asked_at).toEqual(now);
    expect((await enrolmentRow(world, early.enrolmentId)).followup_asked_at).toBeNull();

    // The next day at 22:00 (quiet): the other is due, and waits until 07:00.
    const late = fromVietnamWallClock(today.y, today.m, today.d + 2, 22);
    expect(await run(late)).toEqual({ asked: 1 });
    const waiting = await world.db
      .selectFrom('notifications')
      .select('not_before')
      .where('kind', '=', 'course_followup')
      .where('ref_id', '=', early.enrolmentId)
      .executeTakeFirstOrThrow();
    expect(waiting.not_before).toEqual(fromVietnamWallClock(today.y, today.m, today.d + 3, 7));

    const question = await deliver(world, 'Học viên Sáu Mươi', 'course_followup', due.enrolmentId, due.personId);
    expect(question.prompt).toBe(`Bạn có đang làm nghề ${occupationLabel('mechanic_welding', 'vi')} không?`);
    expect(question.choices?.map((c) => c.label)).toEqual(['Có', 'Chưa']);
    const [reply] = await world.replies('Học viên Sáu Mươi', '2');
    expect(reply).toContain('Cảm ơn bạn đã cho biết');
    const answered = await enrolmentRow(world, due.enrolmentId);
    expect(answered.works_in_trade).toBe(false);
    expect(answered.followup_answered_at).toBeInstanceOf(Date);
  });
});
