import { describe, expect } from 'vitest';
import { renderFollowup } from '../../../src/features/followup/notification.ts';
import { loadApplicants } from '../../../src/db/own-vacancies.ts';
import { test, type World } from '../../harness/world.ts';

/**
 * Application outcomes through the real chat pipeline. Every step writes the status, an application_events row
 * (who, when) and, for an employer's or official's step, an audit entry:
 * - a worker's "Quan tâm" / "Không phù hợp" create the application with its first event;
 * - the employer records "hired" in /tincuatoi (name and phone only of workers who shared them); someone else's
 *   vacancy is refused in SQL;
 * - an official records and corrects in /ketqua within their area (the worker's commune), confirming a move away
 *   from "hired"; out of their area nothing is listed and the write is refused;
 * - the worker's "yes" to the 7-day follow-up is "hired" by the worker;
 * - erasure keeps the worker's area, so their application stays in its officials' view, anonymous;
 * - /theodoi edits the optional sex.
 */
const REGISTER = ['/dangky', '1', '1995', 'Phổ Yên', '1', '2', '2', '1'];

const status = async ({ db }: World, id: number) =>
  (await db.selectFrom('applications').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status;
const events = ({ db }: World, id: number) =>
  db
    .selectFrom('application_events')
    .select(['status', 'actor_person_id', 'actor_role', 'note'])
    .where('application_id', '=', id)
    .orderBy('id')
    .execute();
const audits = ({ db }: World, id: number) =>
  db
    .selectFrom('audit_log')
    .select(['actor_person_id', 'actor_label', 'action', 'region_code', 'details'])
    .where('subject_type', '=', 'application')
    .where('subject_id', '=', String(id))
    .orderBy('id')
    .execute();
const applicationOf = async ({ db }: World, worker: number, vacancyId: number) =>
  (
    await db
      .selectFrom('applications')
      .select('id')
      .where('person_id', '=', worker)
      .where('vacancy_id', '=', vacancyId)
      .executeTakeFirstOrThrow()
  ).id;

describe('application outcomes', () => {
  const person: Record<string, number> = {};
  const vacancy: Record<string, number> = {};
  const app: Record<string, number> = {};
  let phoYen: { code: string; province_code: string };
  let haNoi: { code: string; province_code: string };

  test.beforeAll(async ({ world }) => {
    phoYen = await world.place('Phường Phổ Yên');
    haNoi = await world.communeIn('01');

    for (const [key, name] of [
      ['mai', 'Chị Mai'],
      ['tuan', 'Anh Tuấn'],
      ['hung', 'Cán bộ Hùng'],
      ['nga', 'Cán bộ Nga'],
      ['binh', 'Bình'],
    ] as const) {
      person[key] = await world.person(name);
    }
    await world.official('Cán bộ Hùng', { region: phoYen.province_code });
    await world.official('Cán bộ Nga', { region: haNoi.province_code });
    // Lan registers in chat (Phổ Yên, Thái Nguyên); Bình lives in Hà Nội.
    await world.sayAll('Lan', REGISTER);
    person.lan = await world.personOf('Lan');
    await world.worker('Bình', { commune: haNoi, reach: 'country' });
    await world.db.updateTable('people').set({ full_name: 'Trần Văn Bình' }).where('id', '=', person.binh!).execute();

    const post = async (owner: number, company: string, title: string) =>
      world.vacancy({ employer: await world.employer(company, { owner }), title, place: phoYen });
    vacancy.mai = await post(person.mai!, 'Công ty TNHH May Mai Anh', 'Công nhân may');
    vacancy.tuan = await post(person.tuan!, 'Xưởng mộc Tuấn Phát', 'Thợ mộc');
  });

  test("a worker's first answer creates the application with its event; a repeat writes nothing", async ({
    world,
    say,
  }) => {
    await world.apply(person.lan!, [
      {
        kind: 'record_interest',
        vacancyId: vacancy.mai!,
        share: true,
        phoneE164: '+84912345678',
        fullName: 'Nguyễn Thị Lan',
      },
    ]);
    await world.apply(person.binh!, [
      { kind: 'record_interest', vacancyId: vacancy.mai!, share: false, phoneE164: null, fullName: null },
      { kind: 'mark_not_suitable', vacancyId: vacancy.tuan! },
    ]);
    await world.apply(person.lan!, [
      { kind: 'record_interest', vacancyId: vacancy.tuan!, share: false, phoneE164: null, fullName: null },
    ]);
    app.lanMai = await applicationOf(world, person.lan!, vacancy.mai!);
    app.binhMai = await applicationOf(world, person.binh!, vacancy.mai!);
    app.binhTuan = await applicationOf(world, person.binh!, vacancy.tuan!);
    app.lanTuan = await applicationOf(world, person.lan!, vacancy.tuan!);
    expect(await events(world, app.lanMai)).toEqual([
      { status: 'interested', actor_person_id: person.lan, actor_role: 'worker', note: null },
    ]);
    expect(await events(world, app.binhTuan)).toEqual([
      { status: 'not_suitable', actor_person_id: person.binh, actor_role: 'worker', note: null },
    ]);
    // "Không phù hợp" after "Quan tâm" moves; "Quan tâm" again moves back; a second "Quan tâm" changes nothing.
    await world.apply(person.lan!, [{ kind: 'mark_not_suitable', vacancyId: vacancy.tuan! }]);
    await world.apply(person.lan!, [
      { kind: 'record_interest', vacancyId: vacancy.tuan!, share: false, phoneE164: null, fullName: null },
    ]);
    await world.apply(person.lan!, [
      { kind: 'record_interest', vacancyId: vacancy.tuan!, share: false, phoneE164: null, fullName: null },
    ]);
    expect((await events(world, app.lanTuan)).map((e) => e.status)).toEqual([
      'interested',
      'not_suitable',
      'interested',
    ]);
    expect(await status(world, app.lanTuan)).toBe('interested');
    // A worker's own steps are not audited as application steps.
    expect(await audits(world, app.lanMai)).toEqual([]);
  });

  test('the employer records "hired" in /tincuatoi; only those who shared are named', async ({ world, say }) => {
    expect(await say('Chị Mai', '/tincuatoi')).toContain(
      '1. Công nhân may — đã duyệt, đang gửi · 📅 31/12/2099 · 2 người quan tâm',
    );
    const detail = await say('Chị Mai', '1');
    expect(detail).toContain('1. Xem người quan tâm (2)');
    const list = await say('Chị Mai', '1');
    expect(list).toContain('Người quan tâm "Công nhân may" (1–2 trong 2):');
    expect(list).toContain('1. Người lao động 2 — đã quan tâm');
    expect(list).toContain('2. Nguyễn Thị Lan · ☎️ 0912 345 678 — đã quan tâm');
    expect(list).not.toContain('Bình');
    const lan = await say('Chị Mai', '2');
    expect(lan).toContain('Hiện tại: đã quan tâm');
    const saved = await say('Chị Mai', '2');
    expect(saved).toContain('✅ Đã ghi: Nguyễn Thị Lan · ☎️ 0912 345 678 — đã nhận vào làm.');
    expect(saved).toContain('2. Nguyễn Thị Lan · ☎️ 0912 345 678 — đã nhận vào làm');

    expect(await status(world, app.lanMai!)).toBe('hired');
    expect(await events(world, app.lanMai!)).toEqual([
      { status: 'interested', actor_person_id: person.lan, actor_role: 'worker', note: null },
      { status: 'hired', actor_person_id: person.mai, actor_role: 'employer', note: null },
    ]);
    expect(await audits(world, app.lanMai!)).toEqual([
      {
        actor_person_id: person.mai,
        actor_label: 'employer',
        action: 'application.hired',
        region_code: phoYen.province_code,
        details: { from: 'interested', vacancyId: vacancy.mai },
      },
    ]);
    // Hired: the employer is offered no other step (an official corrects it).
    await world.sayAll('Chị Mai', ['/tincuatoi', '1', '1']);
    expect(await say('Chị Mai', '2')).toContain('Nếu cần sửa, bạn liên hệ cán bộ');
    await say('Chị Mai', '/huy');
  });

  test("someone else's vacancy: its applicants are not read, and a step on them is refused in SQL", async ({
    world,
    say,
  }) => {
    expect(await loadApplicants(world.db, person.tuan!, vacancy.mai!)).toEqual([]);
    expect(await say('Anh Tuấn', '/tincuatoi')).not.toContain('Công nhân may');
    await world.apply(person.tuan!, [
      { kind: 'move_application', applicationId: app.binhMai!, status: 'hired', as: 'employer' },
      { kind: 'move_application', applicationId: app.lanMai!, status: 'not_hired', as: 'employer' },
    ]);
    expect(await status(world, app.binhMai!)).toBe('interested');
    expect(await status(world, app.lanMai!)).toBe('hired');
    expect((await events(world, app.binhMai!)).map((e) => e.actor_role)).toEqual(['worker']);
    expect(await audits(world, app.binhMai!)).toEqual([]);
    // Not even as an "official": Tuấn holds no such role.
    await world.apply(person.tuan!, [
      { kind: 'move_application', applicationId: app.binhMai!, status: 'hired', as: 'official' },
    ]);
    expect(await status(world, app.binhMai!)).toBe('interested');
  });

  test('an official of Thái Nguyên sees and corrects the applications of workers living there, confirming a move away from "hired"', async ({
    world,
    say,
  }) => {
    const list = await say('Cán bộ Hùng', '/ketqua');
    expect(list).toContain('Hồ sơ quan tâm trong địa bàn (1–2 trong 2, mới nhất trước):');
    expect(list).toContain('1. Thợ mộc — Xưởng mộc Tuấn Phát · Người lao động (ẩn danh) · đã quan tâm');
    expect(list).toContain('2. Công nhân may — Công ty TNHH May Mai Anh · Nguyễn Thị Lan · đã nhận vào làm');
    expect(list).not.toContain('Bình');

    expect(await say('Cán bộ Hùng', '2')).toContain('Hiện tại: đã nhận vào làm');
    expect(await say('Cán bộ Hùng', '2')).toContain('Sửa thành "không được nhận"?');
    const corrected = await say('Cán bộ Hùng', '1');
    expect(corrected).toContain('✅ Đã ghi: Nguyễn Thị Lan — không được nhận.');
    expect(await status(world, app.lanMai!)).toBe('not_hired');

    await say('Cán bộ Hùng', '1'); // the Thợ mộc application, from the list shown again
    expect(await say('Cán bộ Hùng', '1')).toContain('✅ Đã ghi: Người lao động (ẩn danh) — đã giới thiệu.');
    expect(await status(world, app.lanTuan!)).toBe('introduced');

    expect((await events(world, app.lanMai!)).at(-1)).toEqual({
      status: 'not_hired',
      actor_person_id: person.hung,
      actor_role: 'official',
      note: null,
    });
    expect((await audits(world, app.lanMai!)).at(-1)).toEqual({
      actor_person_id: person.hung,
      actor_label: 'official',
      action: 'application.not_hired',
      region_code: phoYen.province_code,
      details: { from: 'hired', vacancyId: vacancy.mai },
    });
    expect((await audits(world, app.lanTuan!)).map((a) => [a.actor_label, a.action])).toEqual([
      ['official', 'application.introduced'],
    ]);
  });

  test("an official of Hà Nội sees only Hà Nội's workers; a step on a Thái Nguyên worker is refused", async ({
    world,
    say,
  }) => {
    const list = await say('Cán bộ Nga', '/ketqua');
    expect(list).toContain('(1–1 trong 1, mới nhất trước)');
    expect(list).toContain('1. Công nhân may — Công ty TNHH May Mai Anh · Người lao động (ẩn danh) · đã quan tâm');
    expect(list).not.toContain('Nguyễn Thị Lan');
    await say('Cán bộ Nga', '/huy');
    await world.apply(person.nga!, [
      { kind: 'move_application', applicationId: app.lanMai!, status: 'hired', as: 'official' },
    ]);
    expect(await status(world, app.lanMai!)).toBe('not_hired');
    expect((await events(world, app.lanMai!)).filter((e) => e.actor_person_id === person.nga)).toEqual([]);
    // A worker or an employer typing /ketqua is refused.
    expect(await say('Chị Mai', '/outcomes')).toContain('dành cho cán bộ');
  });

  test('the worker\'s "yes" to the 7-day follow-up is "hired", by the worker', async ({ world, say }) => {
    const message = await renderFollowup(world.db, { ref_id: app.binhMai!, person_id: person.binh! }, 'vi');
    await world.db
      .updateTable('channel_identities')
      .set({ last_choices: JSON.stringify(message!.choices) })
      .where('chat_id', '=', world.chatIdOf('Bình'))
      .execute();
    expect(await say('Bình', '1')).toContain('Chúc mừng bạn đã có việc');
    expect(await status(world, app.binhMai!)).toBe('hired');
    expect((await events(world, app.binhMai!)).at(-1)).toEqual({
      status: 'hired',
      actor_person_id: person.binh,
      actor_role: 'worker',
      note: 'followup',
    });
    expect((await audits(world, app.binhMai!)).map((a) => a.action)).toEqual(['application.followup']);
  });

  test('erasure keeps the area: the application stays in its officials’ view, anonymous', async ({ world, say }) => {
    await say('Bình', '/xoa');
    expect(await say('Bình', '1')).toContain('Đã xoá thông tin');
    const erased = await world.db
      .selectFrom('people')
      .select(['status', 'full_name', 'erased_commune_code', 'erased_province_code'])
      .where('id', '=', person.binh!)
      .executeTakeFirstOrThrow();
    expect(erased).toEqual({
      status: 'deleted',
      full_name: null,
      erased_commune_code: haNoi.code,
      erased_province_code: haNoi.province_code,
    });
    expect(
      await world.db.selectFrom('worker_profiles').select('person_id').where('person_id', '=', person.binh!).execute(),
    ).toEqual([]);
    const list = await say('Cán bộ Nga', '/ketqua');
    expect(list).toContain('1. Công nhân may — Công ty TNHH May Mai Anh · Người lao động (ẩn danh) · đã nhận vào làm');
    await say('Cán bộ Nga', '/huy');
    // A worker who never had a profile keeps no area.
    await say('Khách', '/start');
    const guest = await world.personOf('Khách');
    await world.apply(guest, [{ kind: 'erase_person' }]);
    expect(
      await world.db
        .selectFrom('people')
        .select(['erased_commune_code', 'erased_province_code'])
        .where('id', '=', guest)
        .executeTakeFirstOrThrow(),
    ).toEqual({ erased_commune_code: null, erased_province_code: null });
  });

  test('/theodoi edits the optional sex, and "rather not say" clears it', async ({ world, say }) => {
    const sexOf = async () =>
      (
        await world.db
          .selectFrom('worker_profiles')
          .select('sex')
          .where('person_id', '=', person.lan!)
          .executeTakeFirstOrThrow()
      ).sex;
    expect(await sexOf()).toBeNull();
    expect(await world.sayAll('Lan', ['/theodoi', '1'])).toContain('8. Giới tính');
    expect(await say('Lan', '8')).toContain('3. Không muốn trả lời');
    const saved = await say('Lan', '1');
    expect(saved).toContain('✅ Đã lưu thay đổi.');
    expect(saved).toContain('· Năm sinh: 1995 · Nữ');
    expect(await sexOf()).toBe('female');
    expect(await say('Lan', '/theodoi')).toContain('· Nữ');
    expect(await world.sayAll('Lan', ['1', '8'])).toContain('Đang lưu: Nữ.');
    expect(await say('Lan', 'khong muon tra loi')).toContain('✅ Đã xoá thông tin giới tính.');
    expect(await sexOf()).toBeNull();
  });
});
