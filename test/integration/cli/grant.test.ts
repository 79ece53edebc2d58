import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { grantCommand } from '../../../src/cli/grant.ts';
import { UsageError } from '../../../src/cli/usage-error.ts';
import { loadConfig } from '../../../src/app/config.ts';
import { openDatabase, type DatabaseHandle } from '../../../src/db/connect.ts';
import { migrateToLatest } from '../../../src/db/migrate.ts';
import { seedReferenceData } from '../../../src/db/reference-data.ts';
import { createTestDatabase } from '../../harness/postgres.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

describe('npm run cli -- grant, with real PostgreSQL', () => {
  let database: { url: string; drop: () => Promise<void> };
  let handle: DatabaseHandle;
  let personId: number;
  let simulatorPersonId: number;

  beforeAll(async () => {
    database = await createTestDatabase(inject('postgresUrl'), 'grant');
    handle = await openDatabase({ databaseUrl: database.url, dataDir: '/tmp' });
    await migrateToLatest(handle.db);
    await seedReferenceData(handle.db);
    personId = (await handle.db.insertInto('people').defaultValues().returning('id').executeTakeFirstOrThrow()).id;
    await handle.db
      .insertInto('channel_identities')
      .values({
        person_id: personId,
        channel: 'zalo',
        chat_id: 'a1b2c3',
        chat_type: 'private',
        display_name: 'Cán bộ Hùng',
      })
      .execute();
    simulatorPersonId = (await handle.db.insertInto('people').defaultValues().returning('id').executeTakeFirstOrThrow())
      .id;
    await handle.db
      .insertInto('channel_identities')
      .values({
        person_id: simulatorPersonId,
        channel: 'simulator',
        chat_id: 'sim-demo',
        chat_type: 'private',
        display_name: 'Demo',
      })
      .execute();
  });
  afterAll(async () => {
    await handle.close();
    await database.drop();
  });

  const run = async (args: string[]) => {
    const lines: string[] = [];
    await grantCommand(loadConfig({ DATABASE_URL: database.url }), args, (line) => lines.push(line));
    return lines;
  };

  it('grants an official role scoped to a province, once, with an audit entry', async () => {
    expect(await run(['--channel', 'zalo', '--chat', 'a1b2c3', '--role', 'official', '--region', '19'])).toEqual([
      'Granted official for Thái Nguyên (19) to Cán bộ Hùng (zalo chat a1b2c3).',
    ]);
    expect(await run(['--channel', 'zalo', '--chat', 'a1b2c3', '--role', 'official', '--region', '19'])).toEqual([
      'Cán bộ Hùng already is official for Thái Nguyên (19).',
    ]);
    const roles = await handle.db.selectFrom('roles').selectAll().where('person_id', '=', personId).execute();
    expect(roles).toHaveLength(1);
    expect(roles[0]).toMatchObject({ role: 'official', region_code: '19', granted_via: 'cli', revoked_at: null });
    const audit = await handle.db.selectFrom('audit_log').selectAll().where('action', '=', 'role.granted').execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({
      actor_label: 'cli',
      subject_id: String(personId),
      region_code: '19',
      details: { role: 'official' },
    });
  });

  it('a national admin has no region', async () => {
    expect(await run(['--channel', 'zalo', '--chat', 'a1b2c3', '--role', 'admin'])).toEqual([
      'Granted admin for the whole country to Cán bộ Hùng (zalo chat a1b2c3).',
    ]);
    expect(await run(['--channel', 'zalo', '--chat', 'a1b2c3', '--role', 'admin'])).toEqual([
      'Cán bộ Hùng already is admin for the whole country.',
    ]);
  });

  it('refuses a simulator chat unless --allow-simulator is given (then grants, for a demo)', async () => {
    const error = await run(['--channel', 'simulator', '--chat', 'sim-demo', '--role', 'admin']).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toBe(
      'simulator chats are not real people: add --allow-simulator to grant a role to one anyway (demos only)',
    );
    expect(
      await handle.db.selectFrom('roles').selectAll().where('person_id', '=', simulatorPersonId).execute(),
    ).toEqual([]);
    expect(
      await run([
        '--channel',
        'simulator',
        '--chat',
        'sim-demo',
        '--role',
        'official',
        '--region',
        '19',
        '--allow-simulator',
      ]),
    ).toEqual(['Granted official for Thái Nguyên (19) to Demo (simulator chat sim-demo).']);
  });

  it('through npm run cli: exit code 2 and one line for a simulator chat without --allow-simulator', () => {
    const cli = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'src/app/cli.ts', 'grant', '--channel', 'simulator', '--chat', 'sim-demo', '--role', 'admin'],
      {
        cwd: ROOT,
        env: { ...process.env, DATABASE_URL: database.url, LOG_LEVEL: 'silent' },
        encoding: 'utf8',
        timeout: 60_000,
      },
    );
    expect(cli.status).toBe(2);
    expect(cli.stderr).toBe(
      'grant: simulator chats are not real people: add --allow-simulator to grant a role to one anyway (demos only)\n',
    );
  }, 60_000);

  it.each([
    [['--chat', 'a1b2c3', '--role', 'official'], /--channel must be one of/],
    [['--channel', 'viber', '--chat', 'x', '--role', 'official'], /--channel must be one of/],
    [['--channel', 'zalo', '--role', 'official'], /--chat is required/],
    [['--channel', 'zalo', '--chat', 'a1b2c3', '--role', 'boss'], /--role must be one of/],
    [
      ['--channel', 'zalo', '--chat', 'a1b2c3', '--role', 'official', '--region', 'Thai Nguyen'],
      /2-digit province code/,
    ],
    [
      ['--channel', 'zalo', '--chat', 'a1b2c3', '--role', 'official', '--region', '99'],
      /no province or commune has the code 99/,
    ],
    [['--channel', 'zalo', '--chat', 'nobody', '--role', 'official'], /send \/start to the bot first/],
    [['--channel', 'zalo', '--chat', 'a1b2c3', '--role', 'official', '--colour', 'red'], /Unknown option/],
  ])('%j is refused with a usage error', async (args, message) => {
    const error = await run(args).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UsageError);
    expect((error as Error).message).toMatch(message);
  });
});
