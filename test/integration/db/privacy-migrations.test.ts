import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DatabaseHandle } from '../../../src/db/connect.ts';
import { inviteCodeHash, redeemInvite } from '../../../src/db/invites.ts';
import { createMigrator, migrateToLatest } from '../../../src/db/migrate.ts';
import { seedReferenceData } from '../../../src/db/reference-data.ts';
import { backends } from '../../harness/databases.ts';

/**
 * Migrations 0012–0014 on a database that already has data, on PostgreSQL and PGlite: invite codes are hashed in
 * place (a code handed out before still works) and the audit log keeps only their last 4 characters;
 * notifications get replied_at; the worker's name and phone leave the notify payloads already written.
 */
describe.each(backends)('migrations 0012–0014 (invite hashes, retention, notice payloads) on $name', (backend) => {
  let handle: DatabaseHandle;
  let cleanup: () => Promise<void>;
  let official: number;

  beforeAll(async () => {
    ({ handle, cleanup } = await backend.open({ empty: true }));
    const { error } = await createMigrator(handle.db).migrateTo('0011_wage_floor');
    if (error) throw error;
    await seedReferenceData(handle.db);
    // Written by the code of before: the code in clear, in the invite and in the audit log.
    await sql`INSERT INTO invites (code, role, region_code, expires_at) VALUES ('ABCD-EF23', 'official', '19', now() + interval '30 days'), ('WXYZ-2345', 'employer', NULL, now() + interval '30 days')`.execute(
      handle.db,
    );
    await sql`INSERT INTO audit_log (actor_label, action, subject_type, subject_id, region_code, details) VALUES
      ('cli', 'invite.created', 'invite', 'ABCD-EF23', '19', '{"role":"official"}'),
      ('invite', 'role.granted', 'person', '7', NULL, '{"role":"employer","code":"WXYZ-2345"}'),
      ('cli', 'role.granted', 'person', '8', '19', '{"role":"official"}')`.execute(handle.db);
    const notices = [
      {
        personId: 1,
        key: 'notice.interest_employer',
        params: { title: 'Thợ may', name: 'Lò Thị Mai', phone: '0912345678' },
      },
      {
        personId: 2,
        key: 'notice.interest_official',
        params: { title: 'Thợ may', name: 'Lò Thị Mai', phone: '0912345678' },
      },
      { personId: 3, key: 'notice.vacancy_approved', params: { title: 'Thợ may' } },
    ];
    for (const [i, payload] of notices.entries()) {
      await sql`INSERT INTO outbox (queue, job_name, payload, sent_at) VALUES ('notify', 'notice', ${JSON.stringify(payload)}::jsonb, ${i === 0 ? new Date() : null})`.execute(
        handle.db,
      );
    }
    official = (
      await sql<{ id: number }>`INSERT INTO people (full_name) VALUES ('Cán bộ') RETURNING id`.execute(handle.db)
    ).rows[0]!.id;
    expect((await migrateToLatest(handle.db)).map((r) => r.migrationName)).toEqual([
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
  });
  afterAll(async () => cleanup?.());

  it('hashes the codes already there (SHA-256, hex, the same as the code does) and drops them in clear', async () => {
    const invites = await handle.db.selectFrom('invites').selectAll().orderBy('role').execute();
    expect(invites.map((i) => [i.role, i.code_hash, i.allow_simulator])).toEqual([
      ['employer', createHash('sha256').update('WXYZ-2345').digest('hex'), false],
      ['official', inviteCodeHash('ABCD-EF23'), false],
    ]);
    expect(JSON.stringify(invites)).not.toMatch(/ABCD|WXYZ/);
    const { rows } = await sql<{
      column_name: string;
    }>`SELECT column_name FROM information_schema.columns WHERE table_name = 'invites' ORDER BY column_name`.execute(
      handle.db,
    );
    expect(rows.map((r) => r.column_name)).toEqual([
      'allow_simulator',
      'code_hash',
      'created_at',
      'expires_at',
      'redeemed_at',
      'redeemed_by',
      'region_code',
      'role',
    ]);
  });

  it('a code handed out before the migration still works, once', async () => {
    expect(await redeemInvite(handle.db, 'ABCD-EF23', official, 'telegram')).toEqual({
      ok: true,
      role: 'official',
      regionName: 'Thái Nguyên',
    });
    expect(await redeemInvite(handle.db, 'ABCD-EF23', official, 'telegram')).toEqual({ ok: false, reason: 'used' });
  });

  it('the audit log keeps only the last 4 characters of the codes it had', async () => {
    const audit = await handle.db
      .selectFrom('audit_log')
      .select(['action', 'subject_id', 'details'])
      .orderBy('id')
      .execute();
    expect(audit.slice(0, 3)).toEqual([
      { action: 'invite.created', subject_id: 'EF23', details: { role: 'official' } },
      { action: 'role.granted', subject_id: '7', details: { role: 'employer', codeSuffix: '2345' } },
      { action: 'role.granted', subject_id: '8', details: { role: 'official' } },
    ]);
    expect(JSON.stringify(audit)).not.toMatch(/ABCD-EF23|WXYZ-2345/);
  });

  it('removes the name and phone from the notify payloads already written, sent or not', async () => {
    const rows = await handle.db
      .selectFrom('outbox')
      .select('payload')
      .where('queue', '=', 'notify')
      .orderBy('id')
      .execute();
    expect(rows.map((r) => r.payload)).toEqual([
      { personId: 1, key: 'notice.interest_employer', params: { title: 'Thợ may' } },
      { personId: 2, key: 'notice.interest_official', params: { title: 'Thợ may' } },
      { personId: 3, key: 'notice.vacancy_approved', params: { title: 'Thợ may' } },
    ]);
  });

  it('gives notifications a replied_at, empty', async () => {
    const { rows } = await sql<{
      data_type: string;
    }>`SELECT data_type FROM information_schema.columns WHERE table_name = 'notifications' AND column_name = 'replied_at'`.execute(
      handle.db,
    );
    expect(rows).toEqual([{ data_type: 'timestamp with time zone' }]);
  });
});
