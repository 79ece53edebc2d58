import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { freePort, waitFor } from './free-port.ts';

/**
 * A real, throwaway PostgreSQL 15 server in a temp dir on a random port.
 * initdb refuses to run as root, so as root the server runs as the `postgres` system user via runuser.
 */
export interface PostgresServer {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** PostgreSQL 15 from Debian's layout, else the newest installed major, else PG_BINDIR or pg_config. */
function binDir(): string {
  if (process.env.PG_BINDIR) return process.env.PG_BINDIR;
  const root = '/usr/lib/postgresql';
  const majors = fs.existsSync(root)
    ? fs
        .readdirSync(root)
        .filter((v) => fs.existsSync(path.join(root, v, 'bin', 'postgres')))
        .sort((a, b) => Number(a) - Number(b))
    : [];
  const chosen = majors.includes('15') ? '15' : majors.at(-1);
  if (chosen) return path.join(root, chosen, 'bin');
  try {
    return execFileSync('pg_config', ['--bindir'], { encoding: 'utf8' }).trim();
  } catch {
    throw new Error(
      'PostgreSQL server binaries not found. Run npm run setup (or: sudo apt-get install -y postgresql), or set PG_BINDIR',
    );
  }
}

function asServerUser(command: string, args: string[]): [string, string[]] {
  if (process.getuid?.() !== 0) return [command, args];
  return ['runuser', ['-u', 'postgres', '--', command, ...args]];
}

export async function startPostgres(): Promise<PostgresServer> {
  const bin = binDir();
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'knvl-pg-'));
  const dataDir = path.join(root, 'data');
  fs.mkdirSync(dataDir);
  if (process.getuid?.() === 0) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    fs.chownSync(root, uid, gid);
    fs.chownSync(dataDir, uid, gid);
  }
  const [initCmd, initArgs] = asServerUser(path.join(bin, 'initdb'), [
    '-D',
    dataDir,
    '-U',
    'postgres',
    '--auth=trust',
    '--encoding=UTF8',
    '--locale=C.UTF-8',
    '--no-sync',
  ]);
  execFileSync(initCmd, initArgs, { stdio: 'pipe' });

  const port = await freePort();
  const [cmd, args] = asServerUser(path.join(bin, 'postgres'), [
    '-D',
    dataDir,
    '-p',
    String(port),
    '-c',
    'listen_addresses=127.0.0.1',
    '-c',
    `unix_socket_directories=${root}`,
    '-c',
    'fsync=off',
    '-c',
    'synchronous_commit=off',
    '-c',
    'full_page_writes=off',
    '-c',
    'max_connections=300',
  ]);
  const child: ChildProcess = spawn(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  try {
    await waitFor('PostgreSQL to accept connections', async () => {
      if (child.exitCode !== null) throw new Error(`postgres exited: ${stderr}`);
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      await client.end();
    });
  } catch (error) {
    child.kill('SIGKILL');
    fs.rmSync(root, { recursive: true, force: true });
    throw error;
  }

  const postmasterPid = (): number | null => {
    try {
      return Number(fs.readFileSync(path.join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
    } catch {
      return null;
    }
  };
  const killNow = () => {
    const pid = postmasterPid();
    if (pid) {
      try {
        process.kill(pid, 'SIGQUIT');
      } catch {
        // gone
      }
    }
  };
  process.once('exit', killNow);

  return {
    url,
    port,
    async stop() {
      process.off('exit', killNow);
      const pid = postmasterPid();
      if (pid) {
        try {
          process.kill(pid, 'SIGINT'); // fast shutdown
        } catch {
          // already gone
        }
      }
      await new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        const timer = setTimeout(() => {
          child.kill('SIGKILL');
          resolve();
        }, 10_000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
      });
      fs.rmSync(root, { recursive: true, force: true });
    },
  };
}

/**
 * A fresh database on the test server, dropped by the returned function: a copy of `template1`, PostgreSQL's
 * default template, or with `{ empty: true }` of the pristine `template0`. On the run's server global-setup.ts has
 * migrated and seeded template1, so a test's database starts with the schema and the reference data (its own
 * migrateToLatest and seedReferenceData find nothing left to do); elsewhere (the benches' servers) both are empty.
 */
export async function createTestDatabase(
  serverUrl: string,
  prefix = 't',
  options: { empty?: boolean } = {},
): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `${prefix}_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${options.empty ? 'template0' : 'template1'}`);
  await admin.end();
  return {
    url: databaseUrl(serverUrl, name),
    drop: async () => {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

/** The address of another database on the same server. */
export function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
