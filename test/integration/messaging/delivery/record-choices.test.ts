import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../../../src/db/connect.ts';
import { recordSent } from '../../../../src/messaging/delivery/record.ts';
import { backends } from '../../../harness/databases.ts';

/**
 * A sent notification's choices become what the person's typed number picks, unless they are inside a flow: answered
 * within the last 30 minutes, the flow keeps their numbers; a flow left alone longer (a follow-up arriving weeks
 * after they walked away from a search) no longer does.
 */
describe.each(backends)('the choices a sent notification leaves on $name', (backend) => {
  let handle: DatabaseHandle;
  let cleanup: () => Promise<void>;
  const choices = [{ id: 'course_outcome.works.1', label: 'Có' }];

  beforeAll(async () => {
    ({ handle, cleanup } = await backend.open());
  });
  afterAll(async () => cleanup?.());

  async function chatWithFlow(chatId: string, answeredMinutesAgo: number | null): Promise<number> {
    const person = await handle.db
      .insertInto('people')
      .values({ full_name: chatId })
      .returning('id')
      .executeTakeFirstOrThrow();
    const identity = await handle.db
      .insertInto('channel_identities')
      .values({ person_id: person.id, channel: 'zalo', chat_id: chatId, chat_type: 'private' })
      .returning('id')
      .executeTakeFirstOrThrow();
    if (answeredMinutesAgo !== null)
      await handle.db
        .insertInto('dialog_states')
        .values({
          identity_id: identity.id,
          flow: 'search',
          step: 'results',
          data: {},
          updated_at: new Date(Date.now() - answeredMinutesAgo * 60_000),
        })
        .execute();
    const notification = await handle.db
      .insertInto('notifications')
      .values({ kind: 'course_followup', ref_id: 1, person_id: person.id, identity_id: identity.id, channel: 'zalo' })
      .returning('id')
      .executeTakeFirstOrThrow();
    expect(await recordSent(handle.db, notification.id, ['m1'], choices)).toBe(true);
    return identity.id;
  }

  const lastChoices = async (identityId: number) =>
    (
      await handle.db
        .selectFrom('channel_identities')
        .select('last_choices')
        .where('id', '=', identityId)
        .executeTakeFirstOrThrow()
    ).last_choices;

  it.each([
    ['outside any flow', null, choices],
    ['a flow answered 5 minutes ago', 5, null],
    ['a flow answered 29 minutes ago', 29, null],
    ['a flow left 31 minutes ago', 31, choices],
    ['a flow left 60 days ago', 60 * 24 * 60, choices],
  ])('%s', async (name, minutes, expected) => {
    const identityId = await chatWithFlow(`chat-${name}`, minutes);
    expect(await lastChoices(identityId)).toEqual(expected);
  });
});
