import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../../src/db/connect.ts';
import { migrateToLatest } from '../../../src/db/migrate.ts';
import { seedReferenceData } from '../../../src/db/reference-data.ts';
import { renderFollowup } from '../../../src/messaging/delivery/render-followup.ts';
import { applyEffects } from '../../../src/dialogs/engine/effects.ts';
import { loadApplicants } from '../../../src/dialogs/engine/own-vacancies.ts';
import type { Effect } from '../../../src/dialogs/engine/types.ts';
import { startChatPipeline, type ChatPipeline } from '../../harness/chat-pipeline.ts';
import { backends } from '../../harness/databases.ts';

/**
 * Application outcomes through the real chat pipeline, on PostgreSQL and PGlite. Every step writes the status, an
 * application_events row (who, when) and, for an employer's or official's step, an audit entry:
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

describe.each(backends)('application outcomes on $name', (backend) => {
  let cleanup: () => Promise<void>;
  let handle: DatabaseHandle;
  let chat: ChatPipeline;
  const person: Record<string, number> = {};
  const vacancy: Record<string, number> = {};
  const app: Record<string, number> = {};
  let phoYen: { code: string; province_code: string };
  let haNoi: { code: string; province_code: string };

  const db = () => handle.db;
  const say = async (user: string, text: string) => (await chat.say(user, text)).join('\n---\n');
  const sayAll = async (user: string, texts: string[]) => {
    let last = '';
    for (const text of texts) last = await say(user, text);
    return last;
  };
  const chatIdOf = (user: string) => chat.simulator.receive({ user, text: 'x' })[0]!.chatId;
  const personOf = async (user: string) =>
    (await db().selectFrom('channel_identities').select('person_id').where('chat_id', '=', chatIdOf(user)).executeTakeFirstOrThrow()).person_id!;
  const apply = (personId: number, effects: Effect[]) => db().transaction().execute((trx) => applyEffects(trx, personId, 'simulator', effects));
  const status = async (id: number) => (await db().selectFrom('applications').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status;
  const events = (id: number) =>
    db().selectFrom('application_events').select(['status', 'actor_person_id', 'actor_role', 'note']).where('application_id', '=', id).orderBy('id').execute();
  const audits = (id: number) =>
    db().selectFrom('audit_log').select(['actor_person_id', 'actor_label', 'action', 'region_code', 'details']).where('subject_type', '=', 'application').where('subject_id', '=', String(id)).orderBy('id').execute();
  const applicationOf = async (worker: number, vacancyId: number) =>
    (await db().selectFrom('applications').select('id').where('person_id', '=', worker).where('vacancy_id', '=', vacancyId).executeTakeFirstOrThrow()).id;

  beforeAll(async () => {
    ({ handle, cleanup } = await backend.open());
    await migrateToLatest(handle.db);
    await seedReferenceData(handle.db);
    chat = startChatPipeline(handle.db, { floodLimit: 10_000 });
    phoYen = await db().selectFrom('regions').select(['code', 'province_code']).where('name', '=', 'Phường Phổ Yên').executeTakeFirstOrThrow();
    haNoi = await db().selectFrom('regions').select(['code', 'province_code']).where('province_code', '=', '01').where('level', '=', 'commune').orderBy('code').limit(1).executeTakeFirstOrThrow();

    for (const [key, name] of [['mai', 'Chị Mai'], ['tuan', 'Anh Tuấn'], ['hung', 'Cán bộ Hùng'], ['nga', 'Cán bộ Nga'], ['binh', 'Bình']] as const) {
      await say(name, '/start');
      person[key] = await personOf(name);
    }
    await db()
      .insertInto('roles')
      .values([
        { person_id: person.hung!, role: 'official', region_code: phoYen.province_code, granted_via: 'cli' },
        { person_id: person.nga!, role: 'official', region_code: haNoi.province_code, granted_via: 'cli' },
      ])
      .execute();
    // Lan registers in chat (Phổ Yên, Thái Nguyên); Bình lives in Hà Nội.
    await sayAll('Lan', REGISTER);
    person.lan = await personOf('Lan');
    await db().insertInto('worker_profiles').values({ person_id: person.binh!, commune_code: haNoi.code, province_code: haNoi.province_code, occupations: ['garment'], reach: 'country', frequency: 'instant' }).execute();
    await db().insertInto('consents').values({ person_id: person.binh!, purpose: 'alerts', text_version: 'test', channel: 'simulator' }).execute();
    await db().updateTable('people').set({ full_name: 'Trần Văn Bình' }).where('id', '=', person.binh!).execute();

    const employer = async (owner: number, name: string) => (await db().insertInto('employers').values({ owner_person_id: owner, name }).returning('id').executeTakeFirstOrThrow()).id;
    const post = async (employerId: number, title: string) =>
      (
        await db()
          .insertInto('vacancies')
          .values({
            employer_id: employerId, title, occupation: 'garment', commune_code: phoYen.code, province_code: phoYen.province_code, headcount: 10,
            wage_raw: '7-9 triệu/tháng', deadline: '2099-12-31', contact: '0208 3850 123', scam_reasons: '[]', status: 'approved',
          })
          .returning('id')
          .executeTakeFirstOrThrow()
      ).id;
    vacancy.mai = await post(await employer(person.mai!, 'Công ty TNHH May Mai Anh'), 'Công nhân may');
    vacancy.tuan = await post(await employer(person.tuan!, 'Xưởng mộc Tuấn Phát'), 'Thợ mộc');
  });
  afterAll(async () => {
    chat.close();
    await cleanup();
  });

  it("a worker's first answer creates the application with its event; a repeat writes nothing", async () => {
    await apply(person.lan!, [{ kind: 'record_interest', vacancyId: vacancy.mai!, share: true, phoneE164: '+84912345678', fullName: 'Nguyễn Thị Lan' }]);
    await apply(person.binh!, [
      { kind: 'record_interest', vacancyId: vacancy.mai!, share: false, phoneE164: null, fullName: null },
      { kind: 'mark_not_suitable', vacancyId: vacancy.tuan! },
    ]);
    await apply(person.lan!, [{ kind: 'record_interest', vacancyId: vacancy.tuan!, share: false, phoneE164: null, fullName: null }]);
    app.lanMai = await applicationOf(person.lan!, vacancy.mai!);
    app.binhMai = await applicationOf(person.binh!, vacancy.mai!);
    app.binhTuan = await applicationOf(person.binh!, vacancy.tuan!);
    app.lanTuan = await applicationOf(person.lan!, vacancy.tuan!);
    expect(await events(app.lanMai)).toEqual([{ status: 'interested', actor_person_id: person.lan, actor_role: 'worker', note: null }]);
    expect(await events(app.binhTuan)).toEqual([{ status: 'not_suitable', actor_person_id: person.binh, actor_role: 'worker', note: null }]);
    // "Không phù hợp" after "Quan tâm" moves; "Quan tâm" again moves back; a second "Quan tâm" changes nothing.
    await apply(person.lan!, [{ kind: 'mark_not_suitable', vacancyId: vacancy.tuan! }]);
    await apply(person.lan!, [{ kind: 'record_interest', vacancyId: vacancy.tuan!, share: false, phoneE164: null, fullName: null }]);
    await apply(person.lan!, [{ kind: 'record_interest', vacancyId: vacancy.tuan!, share: false, phoneE164: null, fullName: null }]);
    expect((await events(app.lanTuan)).map((e) => e.status)).toEqual(['interested', 'not_suitable', 'interested']);
    expect(await status(app.lanTuan)).toBe('interested');
    // A worker's own steps are not audited as application steps.
    expect(await audits(app.lanMai)).toEqual([]);
  });

  it('the employer records "hired" in /tincuatoi; only those who shared are named', async () => {
    expect(await say('Chị Mai', '/tincuatoi')).toContain('1. Công nhân may — đã duyệt, đang gửi · 📅 31/12/2099 · 2 người quan tâm');
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

    expect(await status(app.lanMai!)).toBe('hired');
    expect(await events(app.lanMai!)).toEqual([
      { status: 'interested', actor_person_id: person.lan, actor_role: 'worker', note: null },
      { status: 'hired', actor_person_id: person.mai, actor_role: 'employer', note: null },
    ]);
    expect(await audits(app.lanMai!)).toEqual([
      { actor_person_id: person.mai, actor_label: 'employer', action: 'application.hired', region_code: phoYen.province_code, details: { from: 'interested', vacancyId: vacancy.mai } },
    ]);
    // Hired: the employer is offered no other step (an official corrects it).
    await sayAll('Chị Mai', ['/tincuatoi', '1', '1']);
    expect(await say('Chị Mai', '2')).toContain('Nếu cần sửa, bạn liên hệ cán bộ');
    await say('Chị Mai', '/huy');
  });

  it("someone else's vacancy: its applicants are not read, and a step on them is refused in SQL", async () => {
    expect(await loadApplicants(db(), person.tuan!, vacancy.mai!)).toEqual([]);
    expect(await say('Anh Tuấn', '/tincuatoi')).not.toContain('Công nhân may');
    await apply(person.tuan!, [
      { kind: 'move_application', applicationId: app.binhMai!, status: 'hired', as: 'employer' },
      { kind: 'move_application', applicationId: app.lanMai!, status: 'not_hired', as: 'employer' },
    ]);
    expect(await status(app.binhMai!)).toBe('interested');
    expect(await status(app.lanMai!)).toBe('hired');
    expect((await events(app.binhMai!)).map((e) => e.actor_role)).toEqual(['worker']);
    expect(await audits(app.binhMai!)).toEqual([]);
    // Not even as an "official": Tuấn holds no such role.
    await apply(person.tuan!, [{ kind: 'move_application', applicationId: app.binhMai!, status: 'hired', as: 'official' }]);
    expect(await status(app.binhMai!)).toBe('interested');
  });

  it('an official of Thái Nguyên sees and corrects the applications of workers living there, confirming a move away from "hired"', async () => {
    const list = await say('Cán bộ Hùng', '/ketqua');
    expect(list).toContain('Hồ sơ quan tâm trong địa bàn (1–2 trong 2, mới nhất trước):');
    expect(list).toContain('1. Thợ mộc — Xưởng mộc Tuấn Phát · Người lao động (ẩn danh) · đã quan tâm');
    expect(list).toContain('2. Công nhân may — Công ty TNHH May Mai Anh · Nguyễn Thị Lan · đã nhận vào làm');
    expect(list).not.toContain('Bình');

    expect(await say('Cán bộ Hùng', '2')).toContain('Hiện tại: đã nhận vào làm');
    expect(await say('Cán bộ Hùng', '2')).toContain('Sửa thành "không được nhận"?');
    const corrected = await say('Cán bộ Hùng', '1');
    expect(corrected).toContain('✅ Đã ghi: Nguyễn Thị Lan — không được nhận.');
    expect(await status(app.lanMai!)).toBe('not_hired');

    await say('Cán bộ Hùng', '1'); // the Thợ mộc application, from the list shown again
    expect(await say('Cán bộ Hùng', '1')).toContain('✅ Đã ghi: Người lao động (ẩn danh) — đã giới thiệu.');
    expect(await status(app.lanTuan!)).toBe('introduced');

    expect((await events(app.lanMai!)).at(-1)).toEqual({ status: 'not_hired', actor_person_id: person.hung, actor_role: 'official', note: null });
    expect((await audits(app.lanMai!)).at(-1)).toEqual({
      actor_person_id: person.hung, actor_label: 'official', action: 'application.not_hired', region_code: phoYen.province_code, details: { from: 'hired', vacancyId: vacancy.mai },
    });
    expect((await audits(app.lanTuan!)).map((a) => [a.actor_label, a.action])).toEqual([['official', 'application.introduced']]);
  });

  it("an official of Hà Nội sees only Hà Nội's workers; a step on a Thái Nguyên worker is refused", async () => {
    const list = await say('Cán bộ Nga', '/ketqua');
    expect(list).toContain('(1–1 trong 1, mới nhất trước)');
    expect(list).toContain('1. Công nhân may — Công ty TNHH May Mai Anh · Người lao động (ẩn danh) · đã quan tâm');
    expect(list).not.toContain('Nguyễn Thị Lan');
    await say('Cán bộ Nga', '/huy');
    await apply(person.nga!, [{ kind: 'move_application', applicationId: app.lanMai!, status: 'hired', as: 'official' }]);
    expect(await status(app.lanMai!)).toBe('not_hired');
    expect((await events(app.lanMai!)).filter((e) => e.actor_person_id === person.nga)).toEqual([]);
    // A worker or an employer typing /ketqua is refused.
    expect(await say('Chị Mai', '/outcomes')).toContain('dành cho cán bộ');
  });

  it('the worker\'s "yes" to the 7-day follow-up is "hired", by the worker', async () => {
    const message = await renderFollowup(db(), { ref_id: app.binhMai!, person_id: person.binh! }, 'vi');
    await db().updateTable('channel_identities').set({ last_choices: JSON.stringify(message!.choices) }).where('chat_id', '=', chatIdOf('Bình')).execute();
    expect(await say('Bình', '1')).toContain('Chúc mừng bạn đã có việc');
    expect(await status(app.binhMai!)).toBe('hired');
    expect((await events(app.binhMai!)).at(-1)).toEqual({ status: 'hired', actor_person_id: person.binh, actor_role: 'worker', note: 'followup' });
    expect((await audits(app.binhMai!)).map((a) => a.action)).toEqual(['application.followup']);
  });

  it('erasure keeps the area: the application stays in its officials’ view, anonymous', async () => {
    await say('Bình', '/xoa');
    expect(await say('Bình', '1')).toContain('Đã xoá thông tin');
    const erased = await db().selectFrom('people').select(['status', 'full_name', 'erased_commune_code', 'erased_province_code']).where('id', '=', person.binh!).executeTakeFirstOrThrow();
    expect(erased).toEqual({ status: 'deleted', full_name: null, erased_commune_code: haNoi.code, erased_province_code: haNoi.province_code });
    expect(await db().selectFrom('worker_profiles').select('person_id').where('person_id', '=', person.binh!).execute()).toEqual([]);
    const list = await say('Cán bộ Nga', '/ketqua');
    expect(list).toContain('1. Công nhân may — Công ty TNHH May Mai Anh · Người lao động (ẩn danh) · đã nhận vào làm');
    await say('Cán bộ Nga', '/huy');
    // A worker who never had a profile keeps no area.
    await say('Khách', '/start');
    const guest = await personOf('Khách');
    await apply(guest, [{ kind: 'erase_person' }]);
    expect(await db().selectFrom('people').select(['erased_commune_code', 'erased_province_code']).where('id', '=', guest).executeTakeFirstOrThrow()).toEqual({ erased_commune_code: null, erased_province_code: null });
  });

  it('/theodoi edits the optional sex, and "rather not say" clears it', async () => {
    const sexOf = async () => (await db().selectFrom('worker_profiles').select('sex').where('person_id', '=', person.lan!).executeTakeFirstOrThrow()).sex;
    expect(await sexOf()).toBeNull();
    expect(await sayAll('Lan', ['/theodoi', '1'])).toContain('8. Giới tính');
    expect(await say('Lan', '8')).toContain('3. Không muốn trả lời');
    const saved = await say('Lan', '1');
    expect(saved).toContain('✅ Đã lưu thay đổi.');
    expect(saved).toContain('· Năm sinh: 1995 · Nữ');
    expect(await sexOf()).toBe('female');
    expect(await say('Lan', '/theodoi')).toContain('· Nữ');
    expect(await sayAll('Lan', ['1', '8'])).toContain('Đang lưu: Nữ.');
    expect(await say('Lan', 'khong muon tra loi')).toContain('✅ Đã xoá thông tin giới tính.');
    expect(await sexOf()).toBeNull();
  });
});
