import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pingRedisPort } from '../../src/messaging/queue/redis-ping.ts';
import { freePort, waitFor } from './free-port.ts';

/** A real redis-server on a random loopback port, which a test may stop and start again on the same port. */
export interface RedisServer {
  url: string;
  port: number;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** Stops it for good and removes its directory. */
  destroy(): Promise<void>;
}

export async function startRedis(options: { appendonly?: boolean } = {}): Promise<RedisServer> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'knvl-redis-'));
  const port = await freePort();
  let child: ChildProcess | null = null;
  const killNow = () => child?.kill('SIGKILL');
  process.once('exit', killNow);

  const start = async () => {
    if (child && child.exitCode === null) return;
    const args = [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--dir',
      dir,
      '--save',
      '',
      '--appendonly',
      options.appendonly ? 'yes' : 'no',
      '--daemonize',
      'no',
      '--maxmemory-policy',
      'noeviction',
    ];
    const spawned = spawn('redis-server', args, { stdio: 'ignore' });
    child = spawned;
    await waitFor('redis-server to answer PING', async () => {
      if (spawned.exitCode !== null) throw new Error(`redis-server exited with ${spawned.exitCode}`);
      await pingRedisPort(port);
    });
  };

  const stop = async () => {
    const running = child;
    if (!running || running.exitCode !== null) return;
    await new Promise<void>((resolve) => {
      running.once('exit', () => resolve());
      running.kill('SIGTERM');
    });
  };

  await start();
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    start,
    stop,
    async destroy() {
      process.off('exit', killNow);
      await stop();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
