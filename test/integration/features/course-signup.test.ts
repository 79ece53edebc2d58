import { describe, expect } from 'vitest';
import type { Insertable } from 'kysely';
import type { CoursesTable } from '../../../src/db/schema.ts';
import { REGISTRY } from '../../../src/features/index.ts';
import { vietnamIsoDate } from '../../../src/kernel/time.ts';
import { test, type World } from '../../harness/world.ts';

/**
 * A worker's answers to a course card through the real chat pipeline on PostgreSQL: the card's choices stored as the
 * chat's last choices (as the delivery does), then the person types a number. Two seats: consent and sign-up in two
 * messages, the name and phone asked once when missing, the waiting list, "Bạn đã đăng ký rồi", a cancellation from
 * "Khoá học của tôi" moving the first waiting person up (told by a 'course_moved_up' row, rendered), a question
 * relayed to the provider and the commune's official and answered back, "Không quan tâm" recorded (and gone from
 * /hocnghe), and /xoa.
 */
const inDays = (days: number): string => vietnamIsoDate(new Date(Date.now() + days * 86_400_000));

async function showCard(world: World, who: string, courseId: number, tag = '') {
  await world.person(who);
  await world.db
    .updateTable('channel_identities')
    .set({
      last_choices: JSON.stringify([
        { id: `course.signup.${courseId}${tag}`, label: 'Đăng ký học' },
        { id: `course.ask.${courseId}${tag}`, label: 'Hỏi thêm' },
        { id: `course.no.${courseId}${tag}`, label: 'Không quan tâm' },
      ]),
    })
    .where('chat_id', '=', world.chatIdOf(who))
    .execute();
}

async function pressLater(world: World, who: string, choices: { id: string; label: string }[]) {
  await world.db
    .updateTable('channel_identities')
    .set({ last_choices: JSON.stringify(choices) })
    .where('chat_id', '=', world.chatIdOf(who))
    .execute();
}

const enrolmentOf = async (world: World, who: string, courseId: number) =>
  world.db
    .selectFrom('course_enrolments')
    .selectAll()
    .where('person_id', '=', await world.personOf(who))
    .where('course_id', '=', courseId)
    .executeTakeFirst();

async function render(world: World, kind: string, refId: number, who: string) {
  const renderer = REGISTRY.notificationKinds.find((k) => k.kind === kind)!.renderer;
  const identity = await world.db
    .selectFrom('channel_identities')
    .select(['id', 'person_id'])
    .where('chat_id', '=', world.chatIdOf(who))
    .executeTakeFirstOrThrow();
  return renderer.render(world.db, {
    notificationId: 0,
    kind,
    refId,
    personId: identity.person_id,
    identityId: identity.id,
    channel: 'simulator',
    chatType: 'private',
    lang: 'vi',
  });
}

const withName = async (world: World, who: string, name: string, phone: string) =>
  world.db
    .updateTable('people')
    .set({ full_name: name, phone_e164: phone })
    .where('id', '=', await world.personOf(who))
    .execute();

describe('course sign-up', () => {
  let sewing = 0;
  let started = 0;
  let providerOwner = 0;

  test.beforeAll(async ({ world }) => {
    const phoYen = await world.place('Phường Phổ Yên');
    providerOwner = await world.person('Trường nghề');
    await world.official('Cán bộ xã', { region: phoYen.code });
    await world.official('Cán bộ tỉnh', { region: phoYen.province_code });
    const provider = await world.db
      .insertInto('providers')
      .values({ name: 'Trường Trung cấp nghề Thái Nguyên', owner_person_id: providerOwner })
      .returning('id')
      .executeTakeFirstOrThrow();
    const course = (values: Partial<Insertable<CoursesTable>>) =>
      world.db
        .insertInto('courses')
        .values({
          provider_id: provider.id,
          title: 'May công nghiệp',
          occupation: 'garment',
          level: 'elementary',
          commune_code: phoYen.code,
          province_code: phoYen.province_code,
          starts_on: inDays(10),
          duration_days: 90,
          seats: 2,
          status: 'approved',
          ...values,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
    sewing = (await course({})).id;
    started = (await course({ title: 'Hàn điện', starts_on: inDays(-1) })).id;
  });

  test('name and phone known: the consent naming the provider, then the place, in two messages', async ({
    world,
    say,
  }) => {
    await showCard(world, 'Lan', sewing);
    await withName(world, 'Lan', 'Nguyễn Thị Lan', '+84912345678');
    const consent = await say('Lan', '1');
    expect(consent).toContain('gửi họ tên và số điện thoại của bạn cho «Trường Trung cấp nghề Thái Nguyên»');
    expect(consent).toContain('1. Đồng ý và đăng ký');
    expect(await say('Lan', '1')).toContain('sẽ liên hệ xác nhận');
    expect(await enrolmentOf(world, 'Lan', sewing)).toMatchObject({
      status: 'signed_up',
      via: 'card',
      shares_contact: true,
    });
  });

  test('again: "Bạn đã đăng ký rồi", nothing new', async ({ world, say }) => {
    await showCard(world, 'Lan', sewing);
    expect(await say('Lan', '1')).toContain('Bạn đã đăng ký khoá «May công nghiệp» rồi');
    expect(await world.db.selectFrom('course_enrolments').select('id').execute()).toHaveLength(1);
  });

  test('from /hocnghe, name and phone asked once; the third person waits', async ({ world, say }) => {
    await world.worker('Mai', { commune: await world.place('Phường Phổ Yên') });
    const list = await say('Mai', '/hocnghe');
    expect(list).toContain('May công nghiệp');
    expect(list).not.toContain('Hàn điện');
    expect(await say('Mai', '1')).toContain('1. Đăng ký học');
    expect(await say('Mai', '1')).toContain('Bạn đồng ý chứ?');
    expect(await say('Mai', '1')).toContain('Họ tên của bạn là gì?');
    expect(await say('Mai', 'lò thị mai')).toContain('Số điện thoại');
    expect(await say('Mai', '0912 000 111')).toContain('sẽ liên hệ xác nhận');
    expect(await enrolmentOf(world, 'Mai', sewing)).toMatchObject({ status: 'signed_up', via: 'search' });
    const person = await world.db
      .selectFrom('people')
      .select(['full_name', 'phone_e164'])
      .where('id', '=', await world.personOf('Mai'))
      .executeTakeFirst();
    expect(person).toEqual({ full_name: 'Lò Thị Mai', phone_e164: '+84912000111' });

    await showCard(world, 'Tú', sewing);
    await withName(world, 'Tú', 'Trần Văn Tú', '+84913000222');
    await say('Tú', '1');
    expect(await say('Tú', '1')).toContain('danh sách chờ, thứ 1');
    const waiting = await enrolmentOf(world, 'Tú', sewing);
    expect(waiting).toMatchObject({ status: 'waiting' });
    expect(waiting!.waiting_since).not.toBeNull();
  });

  test('"Huỷ đăng ký" from "Khoá học của tôi": the first waiting moves up and is told', async ({ world, say }) => {
    // Without a profile: their commune is asked, with "Khoá học của tôi" offered alongside.
    const mine = await say('Lan', '/hocnghe');
    expect(mine).toContain('Bạn ở xã/phường nào?');
    const mineNumber = mine
      .split('\n')
      .find((l) => l.includes('Khoá học của tôi'))!
      .split('.')[0]!;
    const own = await say('Lan', mineNumber);
    expect(own).toContain('May công nghiệp — đã đăng ký, chờ cơ sở xác nhận');
    expect(await say('Lan', '1')).toContain('Đã huỷ đăng ký khoá «May công nghiệp»');
    expect(await enrolmentOf(world, 'Lan', sewing)).toMatchObject({ status: 'cancelled' });
    const tu = await enrolmentOf(world, 'Tú', sewing);
    expect(tu).toMatchObject({ status: 'signed_up', waiting_since: null });
    const told = await world.db
      .selectFrom('notifications')
      .select(['kind', 'ref_id'])
      .where('person_id', '=', await world.personOf('Tú'))
      .execute();
    expect(told).toEqual([{ kind: 'course_moved_up', ref_id: tu!.id }]);
    const message = await render(world, 'course_moved_up', tu!.id, 'Tú');
    expect(message.ok && message.message.text).toContain('Tin vui: đã có chỗ cho bạn ở khoá «May công nghiệp»');
  });

  test('a course already started: a polite no', async ({ world, say }) => {
    await showCard(world, 'Lan', started);
    expect(await say('Lan', '1')).toContain('khoá «Hàn điện» không còn nhận đăng ký');
    expect(await enrolmentOf(world, 'Lan', started)).toBeUndefined();
  });

  test('"Hỏi thêm": to the provider and the commune official (not the province one), answered back', async ({
    world,
    say,
  }) => {
    await showCard(world, 'Hoa', sewing);
    expect(await say('Hoa', '2')).toContain('Bạn muốn hỏi gì về khoá «May công nghiệp»?');
    expect(await say('Hoa', 'Có hỗ trợ tiền ăn trưa không?')).toContain('Đã gửi câu hỏi');
    const question = await world.db.selectFrom('course_questions').selectAll().executeTakeFirstOrThrow();
    expect(question).toMatchObject({ text: 'Có hỗ trợ tiền ăn trưa không?', answer_text: null });
    const sent = await world.db
      .selectFrom('notifications')
      .select('person_id')
      .where('kind', '=', 'course_question')
      .where('ref_id', '=', question.id)
      .orderBy('person_id')
      .execute();
    const commune = await world.personOf('Cán bộ xã');
    expect(sent.map((n) => n.person_id)).toEqual([providerOwner, commune].sort((a, b) => a - b));
    const notice = await render(world, 'course_question', question.id, 'Trường nghề');
    expect(notice.ok && notice.message.text).toContain('«Có hỗ trợ tiền ăn trưa không?»');
    expect(notice.ok && notice.message.text).not.toContain('Hoa');

    // Someone it was not sent to may not answer it.
    await pressLater(world, 'Cán bộ tỉnh', [{ id: `course.reply.${question.id}`, label: 'Trả lời' }]);
    expect(await say('Cán bộ tỉnh', '1')).toContain('không phụ trách');

    await pressLater(world, 'Trường nghề', notice.ok ? notice.message.choices! : []);
    expect(await say('Trường nghề', '1')).toContain('Câu hỏi: «Có hỗ trợ tiền ăn trưa không?»');
    expect(await say('Trường nghề', 'Có, 30.000 đồng mỗi ngày học.')).toContain('Đã gửi câu trả lời');
    const answered = await world.db.selectFrom('course_questions').selectAll().executeTakeFirstOrThrow();
    expect(answered).toMatchObject({ answer_text: 'Có, 30.000 đồng mỗi ngày học.', answered_by: providerOwner });
    const hoa = await world.personOf('Hoa');
    expect(
      await world.db
        .selectFrom('notifications')
        .select('kind')
        .where('person_id', '=', hoa)
        .where('ref_id', '=', question.id)
        .execute(),
    ).toEqual([{ kind: 'course_answer' }]);
    const relayed = await render(world, 'course_answer', question.id, 'Hoa');
    expect(relayed.ok && relayed.message.text).toContain('Đáp: Có, 30.000 đồng mỗi ngày học.');
    // The person can ask again from the answer.
    expect(relayed.ok && relayed.message.choices?.map((c) => c.id)).toContain(`course.ask.${sewing}`);
    // Answered once: the commune official's "Trả lời" now says so.
    await pressLater(world, 'Cán bộ xã', [{ id: `course.reply.${question.id}`, label: 'Trả lời' }]);
    expect(await say('Cán bộ xã', '1')).toContain('đã được trả lời');
  });

  test('"Không quan tâm": recorded, no enrolment, and gone from /hocnghe', async ({ world, say }) => {
    await world.worker('Bình', { commune: await world.place('Phường Phổ Yên') });
    expect(await say('Bình', '/hocnghe')).toContain('May công nghiệp');
    await showCard(world, 'Bình', sewing);
    expect(await say('Bình', '3')).toContain('Đã ghi nhận');
    const binh = await world.personOf('Bình');
    expect(
      await world.db.selectFrom('course_dismissals').select('course_id').where('person_id', '=', binh).execute(),
    ).toEqual([{ course_id: sewing }]);
    expect(await enrolmentOf(world, 'Bình', sewing)).toBeUndefined();
    expect(await say('Bình', '/hocnghe')).toContain('Hiện chưa có khoá học nghề nào');
  });

  test('/xoa: the place given back (the waiting moves up), the question and answer erased', async ({ world, say }) => {
    // Tú holds a seat; Lan signs up again and waits.
    await showCard(world, 'Lan', sewing);
    await say('Lan', '1');
    expect(await say('Lan', '1')).toContain('danh sách chờ, thứ 1');
    await showCard(world, 'Hoa', sewing);
    await say('Hoa', '3');
    const tu = await world.personOf('Tú');
    await say('Tú', '/xoa');
    expect(await say('Tú', '1')).toContain('Đã xoá');
    const erased = await world.db
      .selectFrom('course_enrolments')
      .select(['status', 'shares_contact'])
      .where('person_id', '=', tu)
      .execute();
    expect(erased).toEqual([{ status: 'cancelled', shares_contact: false }]);
    expect(await enrolmentOf(world, 'Lan', sewing)).toMatchObject({ status: 'signed_up' });

    await say('Hoa', '/xoa');
    expect(await say('Hoa', '1')).toContain('Đã xoá');
    const hoa = (await world.db.selectFrom('course_questions').select(['text', 'answer_text']).execute())[0];
    expect(hoa).toEqual({ text: null, answer_text: null });
    const binh = await world.personOf('Bình');
    expect(await world.db.selectFrom('course_dismissals').select('person_id').execute()).toEqual([{ person_id: binh }]);
  });
});
