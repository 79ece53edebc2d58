import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readCliEndpoint } from '../../../src/cli/endpoint-file.ts';
import { forwardToRunningService } from '../../../src/cli/forward.ts';
import { openDatabase, type DatabaseHandle } from '../../../src/db/connect.ts';
import { migrateToLatest } from '../../../src/db/migrate.ts';
import { createLogger } from '../../../src/logger.ts';
import { startCliEndpoint } from '../../../src/app/cli-endpoint.ts';
import { createTestDatabase } from '../../harness/postgres.ts';

/**
 * `npm run cli` while the service holds DATA_DIR: the command goes to the service's loopback endpoint and runs on
 * the service's own database. Here the "service" is this test process with a real PostgreSQL database.
 */
describe('the CLI endpoint of a running service', () => {
  let database: { url: string; drop: () => Promise<void> };
  let handle: DatabaseHandle;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'knvl-cli-endpoint-'));
  const closers: (() => Promise<void> | void)[] = [];
  const env = { DATA_DIR: dataDir };

  beforeAll(async () => {
    database = await createTestDatabase(inject('postgresUrl'), 'cli_endpoint');
    handle = await openDatabase({ databaseUrl: database.url, dataDir });
    await migrateToLatest(handle.db);
    // databaseUrl null: as on the embedded defaults, where the service holds DATA_DIR.
    await startCliEndpoint(
      { databaseUrl: null, redisUrl: null, dataDir },
      { database: handle, redisUrl: inject('redisUrl') },
      createLogger({ level: 'silent', secrets: [] }),
      {
        add: (_name, close) => closers.push(close),
      },
    );
  });
  afterAll(async () => {
    for (const close of closers.reverse()) await close();
    await handle.close();
    await database.drop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  const run = async (argv: string[]) => {
    let stdout = '';
    let stderr = '';
    const code = await forwardToRunningService(
      argv,
      { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) },
      env,
    );
    return { code, stdout, stderr };
  };

  it('writes its address and token to DATA_DIR, readable by the owner only', () => {
    const endpoint = readCliEndpoint(dataDir);
    expect(endpoint).toMatchObject({ pid: process.pid });
    expect(fs.statSync(path.join(dataDir, 'cli-endpoint.json')).mode & 0o777).toBe(0o600);
  });

  it('runs a command on the service database and answers with its output and exit code', async () => {
    // What the CLI sends (the forwarder itself steps aside here: the endpoint belongs to this very process).
    const endpoint = readCliEndpoint(dataDir)!;
    const answer = await fetch(`http://127.0.0.1:${endpoint.port}/cli`, {
      method: 'POST',
      headers: { authorization: `Bearer ${endpoint.token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ argv: ['invite', '--role', 'employer'], cwd: dataDir }),
    });
    expect(answer.status).toBe(200);
    const body = (await answer.json()) as { exitCode: number; stdout: string; stderr: string };
    expect(body.exitCode).toBe(0);
    expect(body.stdout).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}\n/);
    const invites = await handle.db.selectFrom('invites').selectAll().execute();
    expect(invites).toHaveLength(1);

    const usage = await fetch(`http://127.0.0.1:${endpoint.port}/cli`, {
      method: 'POST',
      headers: { authorization: `Bearer ${endpoint.token}` },
      body: JSON.stringify({ argv: ['invite', '--role', 'king'], cwd: dataDir }),
    });
    expect(await usage.json()).toMatchObject({
      exitCode: 2,
      stderr: expect.stringMatching(/^invite: --role must be one of/),
    });
  });

  it.each([
    ['no token', {}, JSON.stringify({ argv: ['audit'], cwd: '/' }), 401],
    ['a wrong token', { authorization: 'Bearer not-the-token' }, JSON.stringify({ argv: ['audit'], cwd: '/' }), 401],
    ['a body that is not JSON', 'token', '{argv', 400],
    ['no command', 'token', JSON.stringify({ argv: [], cwd: '/' }), 400],
    ['a relative directory', 'token', JSON.stringify({ argv: ['audit'], cwd: 'data' }), 400],
    ['a body over 64 KiB', 'token', JSON.stringify({ argv: ['audit', 'x'.repeat(70_000)], cwd: '/' }), 413],
  ])('refuses %s', async (_name, headers, body, status) => {
    const endpoint = readCliEndpoint(dataDir)!;
    const authorization = headers === 'token' ? { authorization: `Bearer ${endpoint.token}` } : headers;
    const answer = await fetch(`http://127.0.0.1:${endpoint.port}/cli`, {
      method: 'POST',
      headers: authorization,
      body,
    });
    expect(answer.status).toBe(status);
  });

  it('leaves the command to run locally when no service holds DATA_DIR, or for commands that need none of it', async () => {
    expect(await run(['help'])).toMatchObject({ code: null });
    expect(await run(['webhooks', 'info'])).toMatchObject({ code: null });
    // This process wrote the endpoint: a CLI never forwards to itself.
    expect(await run(['audit'])).toMatchObject({ code: null });
    const empty = fs.mkdtempSync(path.join(os.tmpdir(), 'knvl-cli-none-'));
    expect(
      await forwardToRunningService(
        ['audit'],
        { stdout: () => undefined, stderr: () => undefined },
        { DATA_DIR: empty },
      ),
    ).toBeNull();
    fs.rmSync(empty, { recursive: true, force: true });
  });

  it('removes its file when the service stops', async () => {
    const other = fs.mkdtempSync(path.join(os.tmpdir(), 'knvl-cli-stop-'));
    const steps: (() => Promise<void> | void)[] = [];
    await startCliEndpoint(
      { databaseUrl: null, redisUrl: null, dataDir: other },
      { database: handle, redisUrl: inject('redisUrl') },
      createLogger({ level: 'silent', secrets: [] }),
      {
        add: (_name, close) => steps.push(close),
      },
    );
    expect(readCliEndpoint(other)).not.toBeNull();
    for (const close of steps) await close();
    expect(fs.existsSync(path.join(other, 'cli-endpoint.json'))).toBe(false);
    fs.rmSync(other, { recursive: true, force: true });
  });
});
