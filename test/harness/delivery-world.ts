import { sql, type Kysely } from 'kysely';
import type { ChannelName } from '../../src/kernel/message.ts';
import type { Database, StoredNotificationKind as NotificationKind } from '../../src/db/schema.ts';

/**
 * Rows for delivery tests, written in bulk (a few statements for thousands of people): a verified employer, an
 * official, people with a private chat and the 'alerts' consent, group chats subscribed to a commune, vacancies,
 * broadcasts and notification rows. Needs the reference data (seedReferenceData) for regions and occupations.
 */
export interface DeliveryWorld {
  db: Kysely<Database>;
  communeCode: string;
  provinceCode: string;
  employerId: number;
  officialId: number;
}

export interface Recipient {
  personId: number | null;
  identityId: number;
  chatId: string;
}

let chatSeq = 0;

/** A chat id unique in this process: numeric (as Telegram's), negative for groups. */
function nextChatIds(n: number, group: boolean): string[] {
  const base = 700_000_000 + process.pid * 10_000 + chatSeq;
  chatSeq += n;
  return Array.from({ length: n }, (_, i) => String(group ? -(base + i) : base + i));
}

export async function createDeliveryWorld(db: Kysely<Database>, communeCode = '05443'): Promise<DeliveryWorld> {
  const region = await db
    .selectFrom('regions')
    .select(['code', 'province_code'])
    .where('code', '=', communeCode)
    .executeTakeFirstOrThrow();
  const official = await db
    .insertInto('people')
    .values({ full_name: 'Cán bộ Hùng' })
    .returning('id')
    .executeTakeFirstOrThrow();
  const employer = await db
    .insertInto('employers')
    .values({ name: 'Công ty TNHH May Phổ Yên', verified_at: new Date() })
    .returning('id')
    .executeTakeFirstOrThrow();
  return {
    db,
    communeCode: region.code,
    provinceCode: region.province_code,
    employerId: employer.id,
    officialId: official.id,
  };
}

/** `n` active people, each with one private chat on `channel` and the 'alerts' consent. */
export async function addPeople(
  world: DeliveryWorld,
  n: number,
  channel: ChannelName,
  options: { language?: 'vi' | 'en' } = {},
): Promise<Recipient[]> {
  const chatIds = nextChatIds(n, false);
  const { rows } = await sql<{ person_id: number; identity_id: number; chat_id: string }>`
    WITH chats AS (
      SELECT chat_id, row_number() OVER () AS k FROM unnest(${chatIds}::text[]) AS chat_id
    ), people_made AS (
      INSERT INTO people (language, status) SELECT ${options.language ?? 'vi'}, 'active' FROM chats RETURNING id
    ), numbered AS (
      SELECT id, row_number() OVER (ORDER BY id) AS k FROM people_made
    ), identities AS (
      INSERT INTO channel_identities (person_id, channel, chat_id, chat_type)
      SELECT numbered.id, ${channel}, chats.chat_id, 'private' FROM numbered JOIN chats USING (k)
      RETURNING id, person_id, chat_id
    ), consented AS (
      INSERT INTO consents (person_id, purpose, text_version, channel) SELECT id, 'alerts', 'test', ${channel} FROM people_made
    )
    SELECT person_id, id AS identity_id, chat_id FROM identities ORDER BY id`.execute(world.db);
  return rows.map((r) => ({ personId: r.person_id, identityId: r.identity_id, chatId: r.chat_id }));
}

/** `n` group chats on `channel`, subscribed to the world's commune. */
export async function addGroupChats(world: DeliveryWorld, n: number, channel: ChannelName): Promise<Recipient[]> {
  const recipients: Recipient[] = [];
  for (const chatId of nextChatIds(n, true)) {
    const identity = await world.db
      .insertInto('channel_identities')
      .values({ person_id: null, channel, chat_id: chatId, chat_type: 'group' })
      .returning('id')
      .executeTakeFirstOrThrow();
    await world.db
      .insertInto('group_subscriptions')
      .values({ identity_id: identity.id, region_code: world.communeCode, subscribed_by: world.officialId })
      .execute();
    recipients.push({ personId: null, identityId: identity.id, chatId });
  }
  return recipients;
}

export async function addVacancy(
  world: DeliveryWorld,
  values: { title?: string; status?: 'approved' | 'closed'; deadline?: string; overseas?: boolean } = {},
): Promise<number> {
  const row = await world.db
    .insertInto('vacancies')
    .values({
      employer_id: world.employerId,
      title: values.title ?? 'Công nhân may công nghiệp',
      occupation: 'garment',
      commune_code: world.communeCode,
      province_code: world.provinceCode,
      headcount: 50,
      wage_raw: '7-9 triệu/tháng',
      deadline: values.deadline ?? '2099-12-31',
      contact: '0208 3850 123',
      status: values.status ?? 'approved',
      overseas: values.overseas ?? false,
      scam_reasons: '[]',
      fanned_out_at: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A broadcast whose fan-out is done ('sending', fanned_out_at set), as the fan-out leaves it. */
export async function addBroadcast(
  world: DeliveryWorld,
  text = 'Phiên giao dịch việc làm 8:00 thứ Bảy tại UBND xã.',
): Promise<number> {
  const row = await world.db
    .insertInto('broadcasts')
    .values({
      official_person_id: world.officialId,
      text,
      target_region_codes: [world.communeCode],
      status: 'sending',
      fanned_out_at: new Date(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** One 'pending' notification per recipient, due now; returns their ids in recipient order. */
export async function addNotifications(
  world: DeliveryWorld,
  kind: NotificationKind,
  refId: number,
  recipients: readonly Recipient[],
  channel: ChannelName,
  options: { priority?: number; notBefore?: Date } = {},
): Promise<number[]> {
  if (recipients.length === 0) return [];
  const priority = options.priority ?? (kind === 'vacancy' ? 1 : kind === 'broadcast' ? 3 : 5);
  const { rows } = await sql<{ id: number }>`
    INSERT INTO notifications (kind, ref_id, person_id, identity_id, channel, priority, not_before)
    SELECT ${kind}, ${refId}::bigint, r.person_id, r.identity_id, ${channel}, ${priority}, ${options.notBefore ?? new Date()}::timestamptz
    FROM unnest(${recipients.map((r) => r.personId)}::bigint[], ${recipients.map((r) => r.identityId)}::bigint[]) WITH ORDINALITY AS r(person_id, identity_id, k)
    ORDER BY r.k
    RETURNING id`.execute(world.db);
  return rows.map((r) => r.id);
}

/** How many rows of these ids are in each status. */
export async function statusCounts(db: Kysely<Database>, ids: readonly number[]): Promise<Record<string, number>> {
  if (ids.length === 0) return {};
  const rows = await db
    .selectFrom('notifications')
    .select(['status', (eb) => eb.fn.countAll<number>().as('n')])
    .where('id', 'in', ids)
    .groupBy('status')
    .execute();
  return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
}
