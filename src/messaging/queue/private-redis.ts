import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { acquireDataDirLock } from '../../db/data-dir-lock.ts';
import type { Logger } from '../../logger.ts';
import { freeLoopbackPort } from '../../net/free-port.ts';
import { pingRedisPort } from './redis-ping.ts';

/**
 * A redis-server child owned by this process, for `npm start` without REDIS_URL: data in DATA_DIR/redis,
 * append-only on, loopback only, a free port and a fresh password; stopped when we stop.
 */
export interface PrivateRedis {
  url: string;
  password: string;
  pid: number;
  stop(): Promise<void>;
}

export class RedisNotInstalledError extends Error {
  constructor() {
    super(
      'redis-server is not installed. Install it with: sudo apt-get install -y redis-server (or run: npm run setup), or set REDIS_URL to an existing Redis.',
    );
    this.name = 'RedisNotInstalledError';
  }
}

export class PrivateRedisFailedError extends Error {
  constructor(reason: string) {
    super(`The private redis-server did not start: ${reason}`);
    this.name = 'PrivateRedisFailedError';
  }
}

const SEARCH_DIRS = ['/usr/bin', '/usr/sbin', '/usr/local/bin', '/usr/local/sbin', '/bin', '/sbin'];

export function findRedisServer(
  envPath = process.env.PATH ?? '',
  searchDirs: readonly string[] = SEARCH_DIRS,
): string | null {
  const dirs = [...envPath.split(path.delimiter).filter(Boolean), ...searchDirs];
  for (const dir of dirs) {
    const candidate = path.join(dir, 'redis-server');
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return null;
}

function isRedisProcess(pid: number): boolean {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('redis-server');
  } catch {
    return false;
  }
}

/** A redis-server left behind by a previous run of ours that was killed (SIGKILL gives us no chance to stop it). */
async function stopLeftover(pidFile: string, logger: Logger): Promise<void> {
  let pid: number;
  try {
    pid = Number(fs.readFileSync(pidFile, 'utf8').trim());
  } catch {
    return;
  }
  if (!Number.isInteger(pid) || pid <= 0 || !isRedisProcess(pid)) return;
  logger.warn({ pid }, 'stopping a redis-server left running by an earlier run');
  try {
    process.kill(pid, 'SIGTERM');
  } catch {
    return;
  }
  const deadline = Date.now() + 5000;
  while (Date.now() < deadline && isRedisProcess(pid)) await new Promise((r) => setTimeout(r, 50));
  if (isRedisProcess(pid)) process.kill(pid, 'SIGKILL');
}

function waitForExit(child: ChildProcess, timeoutMs: number): Promise<boolean> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

export async function startPrivateRedis(
  dataDir: string,
  logger: Logger,
  binary = findRedisServer(),
): Promise<PrivateRedis> {
  if (!binary) throw new RedisNotInstalledError();
  const releaseLock = acquireDataDirLock(dataDir); // never touch a redis-server another live process owns
  try {
    return await launch(binary, dataDir, logger, releaseLock);
  } catch (error) {
    releaseLock();
    throw error;
  }
}

async function launch(binary: string, dataDir: string, logger: Logger, releaseLock: () => void): Promise<PrivateRedis> {
  const dir = path.join(dataDir, 'redis');
  fs.mkdirSync(dir, { recursive: true });
  const pidFile = path.join(dir, 'redis.pid');
  await stopLeftover(pidFile, logger);

  const port = await freeLoopbackPort();
  const password = randomBytes(18).toString('base64url');
  const args = [
    '--bind',
    '127.0.0.1',
    '--port',
    String(port),
    '--protected-mode',
    'yes',
    '--requirepass',
    password,
    '--dir',
    dir,
    '--appendonly',
    'yes',
    '--appendfsync',
    'everysec',
    '--save',
    '',
    '--pidfile',
    pidFile,
    '--daemonize',
    'no',
    '--maxmemory-policy',
    'noeviction',
    '--logfile',
    '',
  ];
  // Its own process group: a Ctrl-C in the terminal reaches only us, and we stop redis last, after the work.
  const child = spawn(binary, args, { stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  let stopping = false;
  let recentOutput = '';
  const onOutput = (chunk: Buffer) => {
    recentOutput = (recentOutput + chunk.toString()).slice(-2000);
    for (const line of chunk.toString().split('\n'))
      if (line.trim()) logger.debug({ redis: line.trim() }, 'redis-server');
  };
  child.stdout.on('data', onOutput);
  child.stderr.on('data', onOutput);
  child.on('exit', (code, signal) => {
    if (!stopping) logger.error({ code, signal }, 'the private redis-server exited unexpectedly');
  });

  const deadline = Date.now() + 15_000;
  for (;;) {
    if (child.exitCode !== null) {
      const lastLine = recentOutput.trim().split('\n').pop() ?? '';
      throw new PrivateRedisFailedError(`it exited with code ${child.exitCode}${lastLine ? `: ${lastLine}` : ''}`);
    }
    try {
      await pingRedisPort(port);
      break;
    } catch {
      if (Date.now() > deadline) {
        child.kill('SIGKILL');
        throw new PrivateRedisFailedError('it did not answer within 15 s');
      }
      await new Promise((r) => setTimeout(r, 50));
    }
  }
  logger.info({ port, dir }, 'private redis-server started');

  return {
    url: `redis://:${encodeURIComponent(password)}@127.0.0.1:${port}`,
    password,
    pid: child.pid ?? -1,
    async stop() {
      if (stopping) return;
      stopping = true;
      child.kill('SIGTERM'); // redis-server flushes the append-only file and exits
      if (!(await waitForExit(child, 5000))) {
        child.kill('SIGKILL');
        await waitForExit(child, 2000);
      }
      releaseLock();
      logger.info('private redis-server stopped');
    },
  };
}
