import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { freePort, waitFor } from '../harness/free-port.ts';
import { getJson, isAlive, spawnRole } from '../harness/spawn-role.ts';
import { seedEmbeddedDatabase } from '../harness/data-dirs.ts';

// Each test starts real processes (embedded PostgreSQL, redis-server); a loaded 2-core machine needs time.
vi.setConfig({ testTimeout: 90_000 });

const dirs: string[] = [];
function tempDataDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'knvl-e2e-'));
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

function redisPid(dataDir: string): number {
  return Number(fs.readFileSync(path.join(dataDir, 'redis', 'redis.pid'), 'utf8').trim());
}

async function waitUntilReady(port: number, timeoutMs: number): Promise<void> {
  await waitFor(
    '/healthz and /readyz to answer 200',
    async () => {
      const health = await getJson(`http://127.0.0.1:${port}/healthz`);
      const ready = await getJson(`http://127.0.0.1:${port}/readyz`);
      if (health.status !== 200 || ready.status !== 200)
        throw new Error(`healthz ${health.status}, readyz ${ready.status}`);
    },
    timeoutMs,
  );
}

describe('npm start with no environment (embedded PGlite, private redis-server)', () => {
  const dataDir = tempDataDir();

  it('answers /healthz and /readyz (the time printed), serves /metrics, and Ctrl-C leaves nothing behind', async () => {
    const port = await freePort();
    const started = performance.now();
    const app = spawnRole('src/app/main.ts', { PORT: String(port), DATA_DIR: dataDir });
    try {
      // A bound for a stuck start, not a target: beside the rest of the suite on 2 cores a first start (PGlite, every
      // migration, the reference data) has taken over 20 s; alone it takes about 10 s. bench:startup measures it.
      await waitUntilReady(port, 60_000);
      const startupMs = Math.round(performance.now() - started);
      console.info(`first start on a fresh DATA_DIR: ready after ${startupMs} ms`);

      const ready = await getJson(`http://127.0.0.1:${port}/readyz`);
      expect(ready.body).toMatchObject({ status: 'ready', checks: { database: { ok: true }, redis: { ok: true } } });
      const metrics = await fetch(`http://127.0.0.1:${port}/metrics`);
      expect(metrics.headers.get('content-type')).toContain('text/plain');
      const text = await metrics.text();
      expect(text).toContain('knvl_outbox_pending');
      expect(text).toContain('knvl_http_requests_total');
      expect((await getJson(`http://127.0.0.1:${port}/no-such-page`)).status).toBe(404);

      const redis = redisPid(dataDir);
      expect(isAlive(redis)).toBe(true);
      const stopAsked = performance.now();
      app.child.kill('SIGINT');
      const exit = await app.exited;
      const stopMs = performance.now() - stopAsked;
      expect(exit.code).toBe(0);
      expect(stopMs).toBeLessThan(10_000);
      // Every step closed by itself: none hung until its timeout (what once made a first Ctrl-C take 8 s).
      expect(app.stdout()).not.toContain('could not close cleanly');
      expect(isAlive(redis)).toBe(false);
      expect(fs.existsSync(path.join(dataDir, 'pg.lock'))).toBe(false);
    } finally {
      app.child.kill('SIGKILL');
    }
  });

  it('restarts on the same data, and cleans up a redis-server left by a process that was killed', async () => {
    const port = await freePort();
    const first = spawnRole('src/app/main.ts', { PORT: String(port), DATA_DIR: dataDir });
    await waitUntilReady(port, 60_000);
    const orphan = redisPid(dataDir);
    first.child.kill('SIGKILL'); // no chance to stop its redis-server
    await first.exited;
    expect(isAlive(orphan)).toBe(true);

    const started = performance.now();
    const second = spawnRole('src/app/main.ts', { PORT: String(port), DATA_DIR: dataDir });
    try {
      await waitUntilReady(port, 60_000);
      console.info(`restart on existing DATA_DIR: ready after ${Math.round(performance.now() - started)} ms`);
      expect(isAlive(orphan)).toBe(false);
      const current = redisPid(dataDir);
      second.child.kill('SIGTERM');
      expect((await second.exited).code).toBe(0);
      expect(second.stdout()).not.toContain('could not close cleanly');
      expect(isAlive(current)).toBe(false);
    } finally {
      second.child.kill('SIGKILL');
    }
  });

  it.each([800, 1600, 2400])('Ctrl-C %i ms into start-up still leaves no redis-server behind', async (delayMs) => {
    const app = spawnRole('src/app/main.ts', { PORT: String(await freePort()), DATA_DIR: dataDir });
    await new Promise((r) => setTimeout(r, delayMs));
    app.child.kill('SIGINT');
    const exit = await app.exited;
    expect(exit.code === 0 || exit.signal === 'SIGINT').toBe(true);
    const pidFile = path.join(dataDir, 'redis', 'redis.pid');
    if (fs.existsSync(pidFile)) expect(isAlive(redisPid(dataDir))).toBe(false);
    expect(fs.existsSync(path.join(dataDir, 'pg.lock'))).toBe(false);
  });

  it('runs npm run cli inside the running service, and refuses a second service on the same DATA_DIR', async () => {
    const port = await freePort();
    const app = spawnRole('src/app/main.ts', { PORT: String(port), DATA_DIR: dataDir });
    try {
      await waitUntilReady(port, 60_000);
      const endpointFile = path.join(dataDir, 'cli-endpoint.json');
      expect(fs.statSync(endpointFile).mode & 0o777).toBe(0o600);

      const cli = async (args: string[], cwd?: string) => {
        const run = spawnRole('src/app/cli.ts', { DATA_DIR: dataDir }, args, { cwd });
        return { code: (await run.exited).code, stdout: run.stdout(), stderr: run.stderr() };
      };
      // The first thing a new official needs: an invite, made while the bot runs.
      const invite = await cli(['invite', '--role', 'official', '--region', '19']);
      expect(invite).toMatchObject({ code: 0, stderr: '' });
      expect(invite.stdout).toMatch(/^[A-Z0-9]{4}-[A-Z0-9]{4}\n/);
      expect((await cli(['migrate'])).stdout).toMatch(/up to date/);
      expect((await cli(['audit', '--limit', '5'])).stdout).toContain('invite.created');
      // Usage errors keep their exit code and message.
      const wrong = await cli(['grant', '--bogus']);
      expect(wrong.code).toBe(2);
      expect(wrong.stderr).toMatch(/^grant: /);
      // A file is found from the directory the command was typed in, not the service's.
      const cwd = tempDataDir();
      const deadline = new Date(Date.now() + 60 * 86_400_000).toISOString().slice(0, 10);
      fs.writeFileSync(
        path.join(cwd, 'vacancies.csv'),
        `employer,title,occupation,commune,province,headcount,wage,requirements,deadline,contact\nCông ty May Phổ Yên,Công nhân may,May mặc,Xã Văn Lăng,Thái Nguyên,20,8 triệu/tháng,,${deadline},0912 345 678\n`,
      );
      const imported = await cli(['import-vacancies', 'vacancies.csv'], cwd);
      expect(imported).toMatchObject({ code: 0, stderr: '' });
      expect(imported.stdout).toMatch(/1/);

      const redis = redisPid(dataDir);
      const second = spawnRole('src/app/main.ts', { PORT: String(await freePort()), DATA_DIR: dataDir });
      expect((await second.exited).code).toBe(1);
      expect(second.stderr().trim()).toMatch(new RegExp(`^DATA_DIR .* is in use by process ${app.child.pid}\\.`));
      expect(isAlive(redis)).toBe(true);
      expect((await getJson(`http://127.0.0.1:${port}/readyz`)).status).toBe(200);
      app.child.kill('SIGINT');
      expect((await app.exited).code).toBe(0);
      expect(fs.existsSync(endpointFile)).toBe(false);
    } finally {
      app.child.kill('SIGINT');
      await app.exited;
    }
  });
});

describe('bad configuration stops the process with one readable line and exit code 1', () => {
  it.each([
    [{ PORT: 'abc' }, 'Configuration error: PORT: got "abc", expected a whole number from 1 to 65535'],
    [{ DATABASE_URL: 'not-a-url' }, 'Configuration error: DATABASE_URL: got "not-a-url", expected a PostgreSQL URL'],
    [
      { DATABASE_URL: 'postgres://knvl:pw@127.0.0.1:1/knvl' },
      'Cannot connect to the database at postgres://knvl:***@127.0.0.1:1/knvl: nothing is listening there',
    ],
    [{ LOG_LEVEL: 'chatty' }, 'Configuration error: LOG_LEVEL'],
    [
      { REDIS_URL: 'redis://:pw@127.0.0.1:1' },
      'Cannot connect to Redis at redis://:***@127.0.0.1:1: nothing is listening there',
    ],
  ])('%j', async (env, expected) => {
    const app = spawnRole('src/app/main.ts', {
      DATA_DIR: seedEmbeddedDatabase(tempDataDir()),
      PORT: String(await freePort()),
      ...env,
    });
    const exit = await app.exited;
    expect(exit.code).toBe(1);
    const lines = app.stderr().trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(expected);
    expect(app.stderr()).not.toMatch(/^\s+at /m); // no stack trace
    expect(app.stderr()).not.toContain(':pw@');
  });

  it('a port already in use', async () => {
    const port = await freePort();
    const dataDir = seedEmbeddedDatabase(tempDataDir());
    const first = spawnRole('src/app/main.ts', { PORT: String(port), DATA_DIR: dataDir });
    try {
      await waitUntilReady(port, 60_000);
      const second = spawnRole('src/app/main.ts', {
        PORT: String(port),
        DATA_DIR: seedEmbeddedDatabase(tempDataDir()),
      });
      const exit = await second.exited;
      expect(exit.code).toBe(1);
      expect(second.stderr().trim()).toBe(
        `Port ${port} is already in use. Stop the other program or set PORT to a free port.`,
      );
    } finally {
      first.child.kill('SIGINT');
      await first.exited;
    }
  });

  it.each(['src/app/gateway.ts', 'src/app/worker.ts'])('%s without DATABASE_URL and REDIS_URL', async (script) => {
    const role = spawnRole(script, { DATA_DIR: tempDataDir() });
    expect((await role.exited).code).toBe(1);
    expect(role.stderr().trim()).toMatch(/^npm run (gateway|worker) needs DATABASE_URL and REDIS_URL: /);
  });
});
