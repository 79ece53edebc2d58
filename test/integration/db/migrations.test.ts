import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../../src/db/connect.ts';
import { migrateToLatest } from '../../../src/db/migrate.ts';
import { backends } from '../../harness/databases.ts';

const EXPECTED_TABLES = [
  'app_meta',
  'application_events',
  'applications',
  'audit_log',
  'broadcasts',
  'channel_identities',
  'consents',
  'course_dismissals',
  'course_enrolments',
  'course_questions',
  'courses',
  'dashboard_links',
  'dashboard_sessions',
  'dialog_states',
  'employers',
  'event_employers',
  'event_registration_vacancies',
  'event_registrations',
  'event_vacancies',
  'events',
  'group_subscriptions',
  'inbound_events',
  'invites',
  'notifications',
  'occupations',
  'outbox',
  'people',
  'providers',
  'regions',
  'roles',
  'scam_reports',
  'vacancies',
  'worker_profiles',
];

describe.each(backends)('migrations on $name', (backend) => {
  let handle: DatabaseHandle;
  let cleanup: () => Promise<void>;

  beforeAll(async () => {
    ({ handle, cleanup } = await backend.open({ empty: true }));
  });
  afterAll(async () => cleanup?.());

  it('applies every migration, then nothing on a second run', async () => {
    const first = await migrateToLatest(handle.db);
    expect(first.map((r) => r.migrationName)).toEqual([
      '0001_foundation',
      '0002_identity_choices',
      '0003_worker_profiles',
      '0004_vacancies',
      '0005_invites',
      '0006_groups_priority_search',
      '0007_notifications',
      '0008_fanout_indexes',
      '0009_outcomes_dashboard',
      '0010_funnel_indexes',
      '0011_wage_floor',
      '0012_invite_hashes',
      '0013_retention',
      '0014_notice_payload_ids',
      '0015_language_packs',
      '0016_events',
      '0018_event_registration',
      '0019_offered_step',
      '0020_courses',
      '0021_provider_invites',
      '0022_course_dismissals',
    ]);
    const second = await migrateToLatest(handle.db);
    expect(second).toEqual([]);
  });

  it('creates the foundation tables', async () => {
    const { rows } = await sql<{ table_name: string }>`
      SELECT table_name FROM information_schema.tables
      WHERE table_schema = 'public' AND table_name NOT LIKE 'kysely_%' ORDER BY table_name`.execute(handle.db);
    expect(rows.map((r) => r.table_name)).toEqual(EXPECTED_TABLES);
  });

  it('reads ids and counts as numbers on both drivers', async () => {
    const person = await handle.db
      .insertInto('people')
      .values({ full_name: 'Lò Thị Mai' })
      .returning(['id', 'created_at'])
      .executeTakeFirstOrThrow();
    expect(typeof person.id).toBe('number');
    expect(person.created_at).toBeInstanceOf(Date);
    const { count } = await handle.db
      .selectFrom('people')
      .select((eb) => eb.fn.countAll<number>().as('count'))
      .executeTakeFirstOrThrow();
    expect(count).toBe(1);
  });

  it('keeps one identity per (channel, chat) and lets one person have several channels', async () => {
    const person = await handle.db.insertInto('people').defaultValues().returning('id').executeTakeFirstOrThrow();
    await handle.db
      .insertInto('channel_identities')
      .values([
        { person_id: person.id, channel: 'telegram', chat_id: '111', chat_type: 'private' },
        { person_id: person.id, channel: 'zalo', chat_id: 'abc', chat_type: 'private' },
        { person_id: null, channel: 'zalo', chat_id: 'group-1', chat_type: 'group' },
      ])
      .execute();
    await expect(
      handle.db
        .insertInto('channel_identities')
        .values({ person_id: person.id, channel: 'telegram', chat_id: '111', chat_type: 'private' })
        .execute(),
    ).rejects.toThrow(/unique|duplicate/i);
    await expect(
      handle.db
        .insertInto('channel_identities')
        .values({ person_id: null, channel: 'telegram', chat_id: '222', chat_type: 'private' })
        .execute(),
    ).rejects.toThrow(/check/i);
  });

  it('records an inbound event once per channel', async () => {
    await handle.db.insertInto('inbound_events').values({ channel: 'telegram', event_id: '42' }).execute();
    const again = await handle.db
      .insertInto('inbound_events')
      .values({ channel: 'telegram', event_id: '42' })
      .onConflict((oc) => oc.doNothing())
      .executeTakeFirst();
    expect(Number(again.numInsertedOrUpdatedRows)).toBe(0);
    await handle.db.insertInto('inbound_events').values({ channel: 'zalo', event_id: '42' }).execute();
  });

  it('rejects a malformed phone number and a deleted person who still has a name', async () => {
    await expect(handle.db.insertInto('people').values({ phone_e164: '0912345678' }).execute()).rejects.toThrow(
      /check/i,
    );
    await expect(
      handle.db.insertInto('people').values({ full_name: 'A', status: 'deleted', deleted_at: new Date() }).execute(),
    ).rejects.toThrow(/check/i);
    await handle.db.insertInto('people').values({ phone_e164: '+84912345678' }).execute();
  });

  it('keeps a transaction whole while other queries wait, and rolls back entirely on error', async () => {
    const before = await handle.db
      .selectFrom('outbox')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    const failing = handle.db.transaction().execute(async (trx) => {
      await trx
        .insertInto('outbox')
        .values({ queue: 'q', job_name: 'j', payload: JSON.stringify({ a: 1 }) })
        .execute();
      await new Promise((r) => setTimeout(r, 50));
      await trx
        .insertInto('outbox')
        .values({ queue: 'q', job_name: 'j', payload: JSON.stringify({ a: 2 }) })
        .execute();
      throw new Error('boom');
    });
    const concurrent = handle.db
      .insertInto('outbox')
      .values({ queue: 'q', job_name: 'other', payload: JSON.stringify({}) })
      .execute();
    await expect(failing).rejects.toThrow('boom');
    await concurrent;
    const rows = await handle.db.selectFrom('outbox').select('job_name').execute();
    expect(rows.length).toBe(before.n + 1);
    expect(rows.map((r) => r.job_name)).toEqual(['other']);
  });

  it('reads calendar dates as YYYY-MM-DD strings on both drivers', async () => {
    const { rows } = await sql<{ d: string }>`SELECT DATE '2026-12-31' AS d`.execute(handle.db);
    expect(rows[0]!.d).toBe('2026-12-31');
  });

  it('stores jsonb payloads and reads them back as objects', async () => {
    const row = await handle.db
      .insertInto('audit_log')
      .values({ actor_label: 'cli', action: 'grant', details: JSON.stringify({ role: 'official', region: '19' }) })
      .returning('details')
      .executeTakeFirstOrThrow();
    expect(row.details).toEqual({ role: 'official', region: '19' });
  });
});
