import { sql, type Kysely } from 'kysely';
import type { ChannelName } from '../../src/kernel/message.ts';
import type { Database } from '../../src/db/schema.ts';
import { addToOutbox } from '../../src/messaging/queue/outbox.ts';
import { addGroupChats, addPeople, type DeliveryWorld, type Recipient } from './delivery-world.ts';

/**
 * An audience for a real fan-out, in a few statements: subscribers (delivery-world's people, plus a worker profile:
 * garment work, reach = the world's commune, instant alerts) and group chats subscribed to the commune; a vacancy
 * waiting for moderation that every one of them matches; and its approval as an official makes it (status, decision
 * and the fan-out's outbox row in one transaction). Reach 'commune' keeps audiences of different worlds apart.
 */
export async function addSubscribers(world: DeliveryWorld, n: number, channel: ChannelName): Promise<Recipient[]> {
  const people = await addPeople(world, n, channel);
  await sql`
    INSERT INTO worker_profiles (person_id, commune_code, province_code, occupations, reach, frequency)
    SELECT person_id, ${world.communeCode}, ${world.provinceCode}, ARRAY['garment'], 'commune', 'instant'
    FROM unnest(${people.map((p) => p.personId)}::bigint[]) AS person_id`.execute(world.db);
  return people;
}

/** `people` subscribers and `groups` subscribed group chats: the recipients of one vacancy in the world's commune. */
export async function addAudience(
  world: DeliveryWorld,
  counts: { people: number; groups: number },
  channel: ChannelName,
): Promise<Recipient[]> {
  const people = await addSubscribers(world, counts.people, channel);
  const groups = await addGroupChats(world, counts.groups, channel);
  return [...people, ...groups];
}

/** A garment vacancy in the world's commune, waiting for an official's decision (not fanned out). */
export async function addVacancyToModerate(world: DeliveryWorld, title = 'Công nhân may công nghiệp'): Promise<number> {
  const row = await world.db
    .insertInto('vacancies')
    .values({
      employer_id: world.employerId,
      title,
      occupation: 'garment',
      commune_code: world.communeCode,
      province_code: world.provinceCode,
      headcount: 200,
      wage_raw: '8-10 triệu/tháng',
      deadline: '2099-12-31',
      contact: '0208 3850 123',
      status: 'pending',
      scam_reasons: '[]',
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Approves it as /duyet does: the decision and the fan-out's outbox row commit together. Returns the outbox row id. */
export async function approveVacancy(db: Kysely<Database>, vacancyId: number, officialId: number): Promise<number> {
  return db.transaction().execute(async (trx) => {
    await trx
      .updateTable('vacancies')
      .set({ status: 'approved', decided_at: new Date(), decided_by: officialId })
      .where('id', '=', vacancyId)
      .execute();
    const [outboxId] = await addToOutbox(trx, { queue: 'fanout', name: 'vacancy.approved', payload: { vacancyId } });
    return outboxId!;
  });
}

/** The vacancy's notification rows by status (empty until its fan-out ran). */
export async function vacancyRowStatus(db: Kysely<Database>, vacancyId: number): Promise<Record<string, number>> {
  const rows = await db
    .selectFrom('notifications')
    .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
    .where('kind', '=', 'vacancy')
    .where('ref_id', '=', vacancyId)
    .groupBy('status')
    .execute();
  return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
}

/** How the messages at a fake platform fall on the recipients: who got none, who got more than one, who was not one. */
export interface Tally {
  /** Recipients with at least one message. */
  reached: number;
  /** Recipients with none. */
  missing: string[];
  /** Recipients with more than one, and how many each got. */
  repeated: Array<{ chatId: string; times: number }>;
  /** Extra messages beyond the first, over all recipients. */
  repeats: number;
  /** Messages to chats that are not recipients. */
  strangers: number;
}

export function tally(sent: ReadonlyArray<{ chatId: string }>, recipients: readonly Recipient[]): Tally {
  const counts = new Map<string, number>(recipients.map((r) => [r.chatId, 0]));
  let strangers = 0;
  for (const message of sent) {
    const n = counts.get(message.chatId);
    if (n === undefined) strangers += 1;
    else counts.set(message.chatId, n + 1);
  }
  const missing: string[] = [];
  const repeated: Tally['repeated'] = [];
  for (const [chatId, times] of counts) {
    if (times === 0) missing.push(chatId);
    if (times > 1) repeated.push({ chatId, times });
  }
  return {
    reached: counts.size - missing.length,
    missing,
    repeated,
    repeats: repeated.reduce((sum, r) => sum + r.times - 1, 0),
    strangers,
  };
}
