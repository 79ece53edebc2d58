import { spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../../harness/free-port.ts';
import { type EchoApp, startEchoApp } from './echo-app.ts';

const ROOT = path.resolve(import.meta.dirname, '../../../..');

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs scripts/chat.ts the way `npm run chat` does, with `input` piped to stdin. */
function chat(args: string[], input = ''): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts/chat.ts'), ...args], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, HOME: process.env.HOME },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), 25_000);
    child.on('error', reject);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
    child.stdin.end(input);
  });
}

describe('scripts/chat.ts, the terminal client', () => {
  let echo: EchoApp;
  beforeAll(async () => {
    echo = await startEchoApp();
  });
  afterAll(async () => {
    await echo.close();
  });

  it('sends each line, prints the replies with numbered choices, and leaves at the end of input', async () => {
    const run = await chat(['--as', 'Lan', '--url', echo.url], '/start\n\n2\n');
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('Đã kết nối với tư cách Lan.');
    expect(run.stdout).toContain('Bot: Bạn nói: /start');
    expect(run.stdout).toContain('1. Đồng ý');
    expect(run.stdout).toContain('2. Không đồng ý');
    expect(run.stdout.indexOf('Bạn nói: /start')).toBeLessThan(run.stdout.indexOf('Bạn nói: 2'));
    expect(echo.received.flat().map((m) => m.text)).toEqual(['/start', '2']);
  });

  it('/quit leaves; lines after it are not sent; earlier replies and history still print', async () => {
    const run = await chat(['--as=lan', `--url=${echo.url}`, '--lang', 'en'], 'hi\n/quit\nnot sent\n');
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('Connected as lan.');
    expect(run.stdout).toContain('Bạn nói: /start'); // replayed: "lan" is "Lan"
    expect(run.stdout).toContain('Bạn nói: hi');
    expect(run.stdout).not.toContain('not sent');
  });

  it('a missing --as is a usage error (exit 2) with a clear line', async () => {
    const run = await chat(['--url', echo.url]);
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')[0]).toMatch(/^Thiếu --as TÊN/);
    expect(run.stderr).toContain('npm run chat -- --as');
  });

  it.each([
    [['--as'], /--as/],
    [['--as', 'Lan', '--colour'], /--colour/],
    [['--as', 'x'.repeat(41)], /40/],
    [['--as', 'Lan', '--url', 'localhost'], /--url/],
  ])('%j is a usage error (exit 2)', async (args, message) => {
    const run = await chat(args);
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')[0]).toMatch(message);
  });

  it('an unreachable server is one clear line and exit 1', async () => {
    const port = await freePort();
    const run = await chat(['--as', 'Lan', '--url', `http://127.0.0.1:${port}`]);
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual([`Không kết nối được tới http://127.0.0.1:${port} (ECONNREFUSED). Máy chủ đã chạy chưa? Thử: npm start`]);
  });
});
