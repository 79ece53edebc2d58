import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../../../src/logger.ts';
import {
  findRedisServer,
  RedisNotInstalledError,
  startPrivateRedis,
} from '../../../../src/messaging/queue/private-redis.ts';
import { startupErrorLine } from '../../../../src/app/startup-errors.ts';
import { isAlive } from '../../../harness/spawn-role.ts';

function rawReply(port: number, command: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.write(`${command}\r\n`));
    socket.once('data', (data) => {
      socket.destroy();
      resolve(data.toString());
    });
    socket.once('error', reject);
  });
}

const logger = createLogger({ level: 'silent', secrets: [] });
const dirs: string[] = [];
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'knvl-private-redis-'));
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

describe('the private redis-server', () => {
  it('starts on loopback with a password and append-only data in DATA_DIR/redis, and keeps data across restarts', async () => {
    const dataDir = tempDir();
    const first = await startPrivateRedis(dataDir, logger);
    const url = new URL(first.url);
    expect(url.hostname).toBe('127.0.0.1');
    expect(url.password).not.toBe('');

    expect(await rawReply(Number(url.port), 'PING')).toMatch(/^-NOAUTH/); // no password, no access

    const client = new Redis(first.url);
    await client.set('knvl:test', 'giữ lại');
    await client.quit();
    await first.stop();
    expect(isAlive(first.pid)).toBe(false);
    expect(fs.readdirSync(path.join(dataDir, 'redis')).some((f) => f.startsWith('appendonly'))).toBe(true);

    const second = await startPrivateRedis(dataDir, logger);
    const again = new Redis(second.url);
    expect(await again.get('knvl:test')).toBe('giữ lại');
    await again.quit();
    await second.stop();
  });

  it('when redis-server is not installed, says how to install it in one line', async () => {
    expect(findRedisServer('/nonexistent', [])).toBeNull();
    const error = await startPrivateRedis(tempDir(), logger, null).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RedisNotInstalledError);
    const line = startupErrorLine(error);
    expect(line).toContain('sudo apt-get install -y redis-server');
    expect(line).toContain('REDIS_URL');
    expect(line).not.toContain('\n');
  });
});
