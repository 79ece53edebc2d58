import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { auditCommand } from '../../../src/cli/audit.ts';
import { UsageError } from '../../../src/cli/usage-error.ts';
import { loadConfig } from '../../../src/app/config.ts';
import { openDatabase, type DatabaseHandle } from '../../../src/db/connect.ts';
import { migrateToLatest } from '../../../src/db/migrate.ts';
import { writeAudit } from '../../../src/db/audit-log.ts';
import { createTestDatabase } from '../../harness/postgres.ts';

/** npm run cli -- audit on real PostgreSQL: newest first, in Vietnam time, filtered by day, actor and count. */
describe('npm run cli -- audit, with real PostgreSQL', () => {
  let database: { url: string; drop: () => Promise<void> };
  let handle: DatabaseHandle;
  let official = 0;

  beforeAll(async () => {
    database = await createTestDatabase(inject('postgresUrl'), 'audit');
    handle = await openDatabase({ databaseUrl: database.url, dataDir: '/tmp' });
    await migrateToLatest(handle.db);
    official = (
      await handle.db
        .insertInto('people')
        .values({ full_name: 'Cán bộ Hùng', phone_e164: '+84912345678' })
        .returning('id')
        .executeTakeFirstOrThrow()
    ).id;
    await writeAudit(handle.db, {
      actorPersonId: null,
      actorLabel: 'cli',
      action: 'role.granted',
      subjectType: 'person',
      subjectId: String(official),
      regionCode: '19',
      details: { role: 'official' },
    });
    await writeAudit(handle.db, {
      actorPersonId: official,
      actorLabel: 'official',
      action: 'vacancy.approved',
      subjectType: 'vacancy',
      subjectId: '7',
      regionCode: '19',
    });
    await writeAudit(handle.db, {
      actorPersonId: official,
      actorLabel: 'official',
      action: 'dashboard.export',
      subjectType: 'report',
      subjectId: 'all',
      regionCode: '19',
      details: { format: 'xlsx', from: '2026-03-01', to: '2026-03-31' },
    });
    // Times: 28 Feb 23:30, 1 Mar 00:30 and 2 Mar 09:00 in Vietnam, in that order of ids.
    const times = ['2026-02-28T16:30:00Z', '2026-02-28T17:30:00Z', '2026-03-02T02:00:00Z'];
    const rows = await handle.db.selectFrom('audit_log').select('id').orderBy('id').execute();
    for (const [i, row] of rows.entries())
      await handle.db
        .updateTable('audit_log')
        .set({ at: new Date(times[i]!) })
        .where('id', '=', row.id)
        .execute();
  });
  afterAll(async () => {
    await handle.close();
    await database.drop();
  });

  const run = async (args: string[]) => {
    const lines: string[] = [];
    await auditCommand(loadConfig({ DATABASE_URL: database.url }), args, (line) => lines.push(line));
    return lines;
  };

  it('prints every entry, newest first, with who, what, where, in Vietnam time; no names or phone numbers', async () => {
    const lines = await run([]);
    expect(lines[0]).toMatch(/^When +Who +Action +Subject +Region +Details$/);
    expect(lines.slice(1).map((l) => l.split(/ {2,}/))).toEqual([
      [
        '02/03/2026 09:00',
        `official #${official}`,
        'dashboard.export',
        'report all',
        '19',
        'format=xlsx, from=2026-03-01, to=2026-03-31',
      ],
      ['01/03/2026 00:30', `official #${official}`, 'vacancy.approved', 'vacancy 7', '19'],
      ['28/02/2026 23:30', 'cli', 'role.granted', `person ${official}`, '19', 'role=official'],
    ]);
    expect(lines.join('\n')).not.toMatch(/Hùng|0912|\+849/);
  });

  it('--since a day (from midnight in Vietnam), --actor an id or a label, --limit', async () => {
    expect((await run(['--since', '01/03/2026'])).slice(1).map((l) => l.split(/ {2,}/)[2])).toEqual([
      'dashboard.export',
      'vacancy.approved',
    ]);
    expect((await run(['--actor', 'cli'])).slice(1).map((l) => l.split(/ {2,}/)[2])).toEqual(['role.granted']);
    expect((await run(['--actor', String(official), '--limit', '1'])).slice(1).map((l) => l.split(/ {2,}/)[2])).toEqual(
      ['dashboard.export'],
    );
    expect(await run(['--since', '2030-01-01'])).toEqual(['No audit entries match.']);
  });

  it.each([
    [['--since', '31/02/2026'], /--since "31\/02\/2026": expected a date/],
    [['--limit', '0'], /--limit "0": expected a whole number from 1 to 1000/],
    [['--actor', 'a b'], /--actor "a b": expected a person's id or a label/],
    [['--colour'], /Unknown option/],
  ])('%j is a usage error', async (args, message) => {
    const error = await run(args).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toMatch(message);
  });
});
