import { describe, expect } from 'vitest';
import { renderFollowup } from '../../../src/features/followup/notification.ts';
import { test, type World } from '../../harness/world.ts';

/**
 * The answer to the 7-day follow-up through the real chat pipeline: the question is rendered and its choices
 * stored as the chat's last choices (as the delivery does), then the person types a number — outside a flow or
 * in the middle of one. The answer lands on their own application only (status, answer, time, audit entry).
 */
const identityOf = ({ db, chatIdOf }: World, name: string) =>
  db
    .selectFrom('channel_identities')
    .select(['id', 'person_id'])
    .where('chat_id', '=', chatIdOf(name))
    .executeTakeFirstOrThrow();
const applicationRow = ({ db }: World, id: number) =>
  db
    .selectFrom('applications')
    .select(['status', 'followup_answer', 'followup_answered_at', 'updated_at'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();

describe('follow-up answers', () => {
  let vacancyIds: number[] = [];

  async function applied(world: World, name: string, vacancyIndex: number) {
    const personId = await world.person(name);
    const app = await world.db
      .insertInto('applications')
      .values({
        person_id: personId,
        vacancy_id: vacancyIds[vacancyIndex]!,
        status: 'interested',
        created_at: new Date('2026-01-01T00:00:00Z'),
        updated_at: new Date('2026-01-01T00:00:00Z'),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    return { personId, applicationId: app.id };
  }

  /** What the delivery does: render the follow-up and remember its choices as the chat's last choices. */
  async function deliverFollowup(world: World, name: string, applicationId: number, personId: number) {
    const message = await renderFollowup(world.db, { ref_id: applicationId, person_id: personId }, 'vi');
    const { id } = await identityOf(world, name);
    await world.db
      .updateTable('channel_identities')
      .set({ last_choices: JSON.stringify(message!.choices) })
      .where('id', '=', id)
      .execute();
    return message!;
  }

  test.beforeAll(async ({ world }) => {
    const commune = await world.place('Phường Phổ Yên');
    const employer = await world.employer('Xưởng may Phổ Yên');
    vacancyIds = [];
    for (const title of ['Công nhân may', 'Thợ cắt', 'Phụ kho']) {
      vacancyIds.push(
        await world.vacancy({
          employer,
          title,
          place: commune,
          headcount: 3,
          wage_raw: '8 triệu',
          deadline: '2027-06-30',
        }),
      );
    }
  });

  test('"1" after the question: hired, with congratulations and the no-fee reminder, and an audit entry', async ({
    world,
  }) => {
    const { personId, applicationId } = await applied(world, 'Lan', 0);
    const question = await deliverFollowup(world, 'Lan', applicationId, personId);
    expect(question.prompt).toBe('Bạn đã được nhận vào làm «Công nhân may» chưa?');
    const [reply] = await world.replies('Lan', '1');
    expect(reply).toContain('Chúc mừng bạn đã có việc');
    expect(reply).toContain('không nộp bất kỳ khoản phí nào');
    const row = await applicationRow(world, applicationId);
    expect(row).toMatchObject({ status: 'hired', followup_answer: 'hired' });
    expect(row.followup_answered_at).toBeInstanceOf(Date);
    expect(row.updated_at.getTime()).toBeGreaterThan(new Date('2026-01-02').getTime());
    const audit = await world.db
      .selectFrom('audit_log')
      .select(['actor_person_id', 'action', 'subject_type', 'subject_id', 'details'])
      .where('action', '=', 'application.followup')
      .execute();
    expect(audit).toEqual([
      {
        actor_person_id: personId,
        action: 'application.followup',
        subject_type: 'application',
        subject_id: String(applicationId),
        details: { answer: 'hired', vacancyId: vacancyIds[0] },
      },
    ]);
  });

  test('"2" in the middle of registration: not hired, the flow is left, job search is offered', async ({ world }) => {
    const { personId, applicationId } = await applied(world, 'Mai', 1);
    await world.replies('Mai', '/dangky');
    expect(
      await world.db
        .selectFrom('dialog_states')
        .select('flow')
        .where('identity_id', '=', (await identityOf(world, 'Mai')).id)
        .executeTakeFirst(),
    ).toEqual({ flow: 'registration' });
    await deliverFollowup(world, 'Mai', applicationId, personId);
    const [reply] = await world.replies('Mai', '2');
    expect(reply).toContain('Cảm ơn bạn đã cho biết');
    expect(reply).toContain('1. Tìm việc khác');
    expect(await applicationRow(world, applicationId)).toMatchObject({
      status: 'not_hired',
      followup_answer: 'not_hired',
    });
    expect(
      await world.db
        .selectFrom('dialog_states')
        .select('flow')
        .where('identity_id', '=', (await identityOf(world, 'Mai')).id)
        .executeTakeFirst(),
    ).toBeUndefined();
  });

  test('"3": still waiting changes no status; a later answer replaces it', async ({ world }) => {
    const { personId, applicationId } = await applied(world, 'Cúc', 2);
    await deliverFollowup(world, 'Cúc', applicationId, personId);
    expect((await world.replies('Cúc', '3'))[0]).toContain('Chúc bạn sớm có tin vui');
    const waiting = await applicationRow(world, applicationId);
    expect(waiting).toMatchObject({ status: 'interested', followup_answer: 'waiting' });
    expect(waiting.updated_at).toEqual(new Date('2026-01-01T00:00:00Z'));
    // Later they press "Đã được nhận" on the question still on their screen (Telegram button).
    world.chat.pipeline.enqueue([
      {
        ...world.chat.simulator.receive({ user: 'Cúc', text: 'x' })[0]!,
        eventId: 'press-hired',
        text: null,
        choiceId: `followup.hired.${applicationId}`,
      },
    ]);
    await world.chat.pipeline.drain();
    expect(await applicationRow(world, applicationId)).toMatchObject({ status: 'hired', followup_answer: 'hired' });
  });

  test('an application offered meanwhile (at a job fair) is still asked about; "1" makes it hired', async ({
    world,
  }) => {
    const { personId, applicationId } = await applied(world, 'Thu', 1);
    await world.db.updateTable('applications').set({ status: 'offered' }).where('id', '=', applicationId).execute();
    await deliverFollowup(world, 'Thu', applicationId, personId);
    expect((await world.replies('Thu', '1'))[0]).toContain('Chúc mừng bạn đã có việc');
    expect(await applicationRow(world, applicationId)).toMatchObject({ status: 'hired', followup_answer: 'hired' });
  });

  test('"1" after a digest opens job search, from inside a flow too', async ({ world }) => {
    await world.worker('Bình', { commune: await world.place('Phường Phổ Yên'), frequency: 'daily', digestHour: 19 });
    const { id } = await identityOf(world, 'Bình');
    await world.replies('Bình', '/dangtin');
    await world.db
      .updateTable('channel_identities')
      .set({ last_choices: JSON.stringify([{ id: 'menu.search', label: 'Xem tất cả việc hợp với bạn' }]) })
      .where('id', '=', id)
      .execute();
    const [list] = await world.replies('Bình', '1');
    expect(list).toContain('Có 3 việc hợp với bạn');
    expect(
      await world.db.selectFrom('dialog_states').select('flow').where('identity_id', '=', id).executeTakeFirst(),
    ).toEqual({ flow: 'search' });
  });

  test("someone else's application is never touched", async ({ world }) => {
    const { applicationId } = await applied(world, 'Hoa', 2);
    await world.replies('Đào', '/start');
    const { id } = await identityOf(world, 'Đào');
    await world.db
      .updateTable('channel_identities')
      .set({ last_choices: JSON.stringify([{ id: `followup.hired.${applicationId}`, label: 'Đã được nhận' }]) })
      .where('id', '=', id)
      .execute();
    await world.replies('Đào', '1');
    expect(await applicationRow(world, applicationId)).toMatchObject({ status: 'interested', followup_answer: null });
    expect(
      await world.db
        .selectFrom('audit_log')
        .select('id')
        .where('subject_id', '=', String(applicationId))
        .where('action', '=', 'application.followup')
        .execute(),
    ).toEqual([]);
  });
});
