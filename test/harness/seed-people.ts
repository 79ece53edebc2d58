import type pg from 'pg';

/**
 * People as the bot would have them after they registered, written in one statement for an e2e test that starts the
 * app (test/harness/app-with-fakes.ts): Zalo workers with name, phone, the alerts consent and a worker profile, and
 * single people behind a chat (an official, a provider, an employer's owner).
 */
export interface SeededWorker {
  chatId: string;
  name: string;
  phone: string;
}

export interface SeededProfile {
  commune: string;
  occupations: string[];
  reach: 'commune' | 'province' | 'country';
  /** Trades they want to learn (asked now when any). */
  training?: string[];
  /** Days since they registered (0: now). */
  registeredDaysAgo?: number;
  courseOfferedDaysAgo?: number;
}

export async function seedZaloWorkers(db: pg.Client, workers: SeededWorker[], profile: SeededProfile): Promise<void> {
  await db.query(
    `WITH input AS (
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[]) AS t(chat_id, name, phone)
     ), made AS (
       INSERT INTO people (full_name, phone_e164, language, status)
       SELECT name, phone, 'vi', 'active' FROM input RETURNING id, full_name
     ), identities AS (
       INSERT INTO channel_identities (person_id, channel, chat_id, chat_type)
       SELECT made.id, 'zalo', input.chat_id, 'private' FROM made JOIN input ON input.name = made.full_name
     ), consented AS (
       INSERT INTO consents (person_id, purpose, text_version, channel) SELECT id, 'alerts', 'test', 'zalo' FROM made
     )
     INSERT INTO worker_profiles (person_id, commune_code, province_code, occupations, training_occupations,
       training_asked_at, reach, frequency, created_at, course_offered_at)
     SELECT id, $4, (SELECT province_code FROM regions WHERE code = $4), $5::text[], $6::text[],
       CASE WHEN cardinality($6::text[]) > 0 THEN now() END, $7, 'instant', now() - make_interval(days => $8::int),
       CASE WHEN $9::int IS NOT NULL THEN now() - make_interval(days => $9::int) END
     FROM made`,
    [
      workers.map((w) => w.chatId),
      workers.map((w) => w.name),
      workers.map((w) => w.phone),
      profile.commune,
      profile.occupations,
      profile.training ?? [],
      profile.reach,
      profile.registeredDaysAgo ?? 0,
      profile.courseOfferedDaysAgo ?? null,
    ],
  );
}

/** One person behind a private chat, with a role when given; returns their id. */
export async function seedChatPerson(
  db: pg.Client,
  person: { name: string; channel: 'telegram' | 'zalo'; chatId: string; role?: string; region?: string | null },
): Promise<number> {
  const { rows } = await db.query(
    `WITH made AS (INSERT INTO people (full_name, language, status) VALUES ($1, 'vi', 'active') RETURNING id),
     identity AS (
       INSERT INTO channel_identities (person_id, channel, chat_id, chat_type) SELECT id, $2, $3, 'private' FROM made),
     granted AS (
       INSERT INTO roles (person_id, role, region_code, granted_via)
       SELECT id, $4::text, $5::text, 'cli' FROM made WHERE $4::text IS NOT NULL)
     SELECT id FROM made`,
    [person.name, person.channel, person.chatId, person.role ?? null, person.region ?? null],
  );
  return Number(rows[0].id);
}
