import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../../src/db/connect.ts';
import { migrateToLatest } from '../../../src/db/migrate.ts';
import { seedReferenceData } from '../../../src/db/reference-data.ts';
import { renderFollowup } from '../../../src/messaging/delivery/render-followup.ts';
import { startChatPipeline, type ChatPipeline } from '../../harness/chat-pipeline.ts';
import { backends } from '../../harness/databases.ts';

/**
 * The answer to the 7-day follow-up through the real chat pipeline: the question is rendered and its choices
 * stored as the chat's last choices (as the delivery does), then the person types a number — outside a flow or
 * in the middle of one. The answer lands on their own application only (status, answer, time, audit entry).
 */
describe.each(backends)('follow-up answers on $name', (backend) => {
  let handle: DatabaseHandle;
  let cleanup: () => Promise<void>;
  let chat: ChatPipeline;
  let vacancyIds: number[] = [];

  const db = () => handle.db;
  const chatIdOf = (name: string) => chat.simulator.receive({ user: name, text: 'x' })[0]!.chatId;
  const identityOf = (name: string) => db().selectFrom('channel_identities').select(['id', 'person_id']).where('chat_id', '=', chatIdOf(name)).executeTakeFirstOrThrow();

  async function applied(name: string, vacancyIndex: number) {
    await chat.say(name, '/start');
    const { person_id } = await identityOf(name);
    const app = await db()
      .insertInto('applications')
      .values({ person_id: person_id!, vacancy_id: vacancyIds[vacancyIndex]!, status: 'interested', created_at: new Date('2026-01-01T00:00:00Z'), updated_at: new Date('2026-01-01T00:00:00Z') })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { personId: person_id!, applicationId: app.id };
  }

  /** What the delivery does: render the follow-up and remember its choices as the chat's last choices. */
  async function deliverFollowup(name: string, applicationId: number, personId: number) {
    const message = await renderFollowup(db(), { ref_id: applicationId, person_id: personId }, 'vi');
    const { id } = await identityOf(name);
    await db().updateTable('channel_identities').set({ last_choices: JSON.stringify(message!.choices) }).where('id', '=', id).execute();
    return message!;
  }

  const applicationRow = (id: number) =>
    db().selectFrom('applications').select(['status', 'followup_answer', 'followup_answered_at', 'updated_at']).where('id', '=', id).executeTakeFirstOrThrow();

  beforeAll(async () => {
    ({ handle, cleanup } = await backend.open());
    await migrateToLatest(handle.db);
    await seedReferenceData(handle.db);
    chat = startChatPipeline(handle.db, { floodLimit: 1000 });
    const commune = await db().selectFrom('regions').select(['code', 'province_code']).where('name', '=', 'Phường Phổ Yên').executeTakeFirstOrThrow();
    const employer = await db().insertInto('employers').values({ name: 'Xưởng may Phổ Yên' }).returning('id').executeTakeFirstOrThrow();
    vacancyIds = [];
    for (const title of ['Công nhân may', 'Thợ cắt', 'Phụ kho']) {
      const v = await db()
        .insertInto('vacancies')
        .values({ employer_id: employer.id, title, occupation: 'garment', commune_code: commune.code, province_code: commune.province_code, headcount: 3, wage_raw: '8 triệu', deadline: '2027-06-30', contact: '0208 3850 123', status: 'approved', scam_reasons: '[]' })
        .returning('id')
        .executeTakeFirstOrThrow();
      vacancyIds.push(v.id);
    }
  });
  afterAll(async () => {
    chat.close();
    await cleanup();
  });

  it('"1" after the question: hired, with congratulations and the no-fee reminder, and an audit entry', async () => {
    const { personId, applicationId } = await applied('Lan', 0);
    const question = await deliverFollowup('Lan', applicationId, personId);
    expect(question.prompt).toBe('Bạn đã được nhận vào làm «Công nhân may» chưa?');
    const [reply] = await chat.say('Lan', '1');
    expect(reply).toContain('Chúc mừng bạn đã có việc');
    expect(reply).toContain('không nộp bất kỳ khoản phí nào');
    const row = await applicationRow(applicationId);
    expect(row).toMatchObject({ status: 'hired', followup_answer: 'hired' });
    expect(row.followup_answered_at).toBeInstanceOf(Date);
    expect(row.updated_at.getTime()).toBeGreaterThan(new Date('2026-01-02').getTime());
    const audit = await db().selectFrom('audit_log').select(['actor_person_id', 'action', 'subject_type', 'subject_id', 'details']).where('action', '=', 'application.followup').execute();
    expect(audit).toEqual([
      { actor_person_id: personId, action: 'application.followup', subject_type: 'application', subject_id: String(applicationId), details: { answer: 'hired', vacancyId: vacancyIds[0] } },
    ]);
  });

  it('"2" in the middle of registration: not hired, the flow is left, job search is offered', async () => {
    const { personId, applicationId } = await applied('Mai', 1);
    await chat.say('Mai', '/dangky');
    expect(await db().selectFrom('dialog_states').select('flow').where('identity_id', '=', (await identityOf('Mai')).id).executeTakeFirst()).toEqual({ flow: 'registration' });
    await deliverFollowup('Mai', applicationId, personId);
    const [reply] = await chat.say('Mai', '2');
    expect(reply).toContain('Cảm ơn bạn đã cho biết');
    expect(reply).toContain('1. Tìm việc khác');
    expect(await applicationRow(applicationId)).toMatchObject({ status: 'not_hired', followup_answer: 'not_hired' });
    expect(await db().selectFrom('dialog_states').select('flow').where('identity_id', '=', (await identityOf('Mai')).id).executeTakeFirst()).toBeUndefined();
  });

  it('"3": still waiting changes no status; a later answer replaces it', async () => {
    const { personId, applicationId } = await applied('Cúc', 2);
    await deliverFollowup('Cúc', applicationId, personId);
    expect((await chat.say('Cúc', '3'))[0]).toContain('Chúc bạn sớm có tin vui');
    const waiting = await applicationRow(applicationId);
    expect(waiting).toMatchObject({ status: 'interested', followup_answer: 'waiting' });
    expect(waiting.updated_at).toEqual(new Date('2026-01-01T00:00:00Z'));
    // Later they press "Đã được nhận" on the question still on their screen (Telegram button).
    chat.pipeline.enqueue([{ ...chat.simulator.receive({ user: 'Cúc', text: 'x' })[0]!, eventId: 'press-hired', text: null, choiceId: `followup.hired.${applicationId}` }]);
    await chat.pipeline.drain();
    expect(await applicationRow(applicationId)).toMatchObject({ status: 'hired', followup_answer: 'hired' });
  });

  it('"1" after a digest opens job search, from inside a flow too', async () => {
    await chat.say('Bình', '/start');
    const { id, person_id } = await identityOf('Bình');
    const commune = await db().selectFrom('regions').select(['code', 'province_code']).where('name', '=', 'Phường Phổ Yên').executeTakeFirstOrThrow();
    await db().insertInto('worker_profiles').values({ person_id: person_id!, commune_code: commune.code, province_code: commune.province_code, occupations: ['garment'], reach: 'province', frequency: 'daily', digest_hour: 19 }).execute();
    await db().insertInto('consents').values({ person_id: person_id!, purpose: 'alerts', text_version: 'test', channel: 'simulator' }).execute();
    await chat.say('Bình', '/dangtin');
    await db().updateTable('channel_identities').set({ last_choices: JSON.stringify([{ id: 'menu.search', label: 'Xem tất cả việc hợp với bạn' }]) }).where('id', '=', id).execute();
    const [list] = await chat.say('Bình', '1');
    expect(list).toContain('Có 3 việc hợp với bạn');
    expect(await db().selectFrom('dialog_states').select('flow').where('identity_id', '=', id).executeTakeFirst()).toEqual({ flow: 'search' });
  });

  it("someone else's application is never touched", async () => {
    const { applicationId } = await applied('Hoa', 2);
    await chat.say('Đào', '/start');
    const { id } = await identityOf('Đào');
    await db()
      .updateTable('channel_identities')
      .set({ last_choices: JSON.stringify([{ id: `followup.hired.${applicationId}`, label: 'Đã được nhận' }]) })
      .where('id', '=', id)
      .execute();
    await chat.say('Đào', '1');
    expect(await applicationRow(applicationId)).toMatchObject({ status: 'interested', followup_answer: null });
    expect(await db().selectFrom('audit_log').select('id').where('subject_id', '=', String(applicationId)).where('action', '=', 'application.followup').execute()).toEqual([]);
  });
});
