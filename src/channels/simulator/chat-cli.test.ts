import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionFilePath } from './session-file.ts';
import { sessionChatId } from './session.ts';
import { t } from './messages.ts';
import { freePort } from '../../../test/harness/free-port.ts';
import { type EchoApp, startEchoApp } from './testdata/echo-app.ts';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const TOKEN = 'a-simulator-token-12';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs scripts/chat.ts the way `npm run chat` does, with `input` piped to stdin. */
function chat(args: string[], input = '', env: Record<string, string> = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'scripts/chat.ts'), ...args], {
      cwd: ROOT,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
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

/** The chat id the client printed ("Mã trò chuyện: sim-…"). */
function chatIdIn(run: Run): string {
  const id = /(sim-[0-9a-f]{20})/.exec(run.stderr)?.[1];
  if (!id) throw new Error(`no chat id in ${run.stderr}`);
  return id;
}

describe('scripts/chat.ts, the terminal client', () => {
  let echo: EchoApp;
  let dataDir: string;
  const env = () => ({ DATA_DIR: dataDir });
  beforeAll(async () => {
    echo = await startEchoApp();
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'knvl-chat-cli-'));
  });
  afterAll(async () => {
    await echo.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('sends each line, prints the replies with numbered choices, and leaves at the end of input', async () => {
    const run = await chat(['--as', 'Lan', '--url', echo.url], '/start\n\n2\n', env());
    expect(run.code).toBe(0);
    expect(run.stderr).toContain('Đã kết nối với tư cách Lan.');
    expect(run.stderr).toMatch(/Mã trò chuyện: sim-[0-9a-f]{20} \(thêm --new/);
    expect(run.stdout).toContain('Bot: Bạn nói: /start');
    expect(run.stdout).toContain('1. Đồng ý');
    expect(run.stdout).toContain('2. Không đồng ý');
    expect(run.stdout.indexOf('Bạn nói: /start')).toBeLessThan(run.stdout.indexOf('Bạn nói: 2'));
    expect(echo.received.flat().map((m) => m.text)).toEqual(['/start', '2']);
    expect(echo.received.flat().map((m) => m.chatId)).toEqual([chatIdIn(run), chatIdIn(run)]);
  });

  it('remembers the session per name in DATA_DIR (0600): "--as lan" is Lan again, with her history; --new is someone else', async () => {
    const file = sessionFilePath(dataDir);
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const saved = JSON.parse(fs.readFileSync(file, 'utf8')) as {
      people: Record<string, { name: string; session: string; chatId: string }>;
    };
    const lan = Object.values(saved.people)[0]!;
    expect(lan.name).toBe('Lan');
    expect(lan.chatId).toBe(sessionChatId(lan.session));

    const again = await chat(['--as=lan', `--url=${echo.url}`, '--lang', 'en'], 'hi\n/quit\nnot sent\n', env());
    expect(again.code).toBe(0);
    expect(again.stderr).toContain('Connected as lan.');
    expect(chatIdIn(again)).toBe(lan.chatId);
    expect(again.stdout).toContain('Bạn nói: /start'); // replayed: the same person
    expect(again.stdout).toContain('Bạn nói: hi');
    expect(again.stdout).not.toContain('not sent');

    const fresh = await chat(['--as', 'Lan', '--new', '--url', echo.url], 'xin chào\n', env());
    expect(fresh.code).toBe(0);
    expect(chatIdIn(fresh)).not.toBe(lan.chatId);
    expect(fresh.stdout).not.toContain('Bạn nói: /start');
    expect(fresh.stdout).toContain('Bạn nói: xin chào');
    // From now on "Lan" is the new person.
    const after = await chat(['--as', 'Lan', '--url', echo.url], '', env());
    expect(chatIdIn(after)).toBe(chatIdIn(fresh));
  });

  it('two names are two people, and nobody can be reached by name alone', async () => {
    const hoa = await chat(['--as', 'Hoa', '--url', echo.url], 'tôi là Hoa\n', env());
    expect(chatIdIn(hoa)).not.toBe(chatIdIn(await chat(['--as', 'Lan', '--url', echo.url], '', env())));
    // Another machine (another DATA_DIR) asking for "Hoa" gets a new person, not Hoa's chat.
    const elsewhere = fs.mkdtempSync(path.join(os.tmpdir(), 'knvl-chat-cli-'));
    try {
      const stranger = await chat(['--as', 'Hoa', '--url', echo.url], '', { DATA_DIR: elsewhere });
      expect(chatIdIn(stranger)).not.toBe(chatIdIn(hoa));
      expect(stranger.stdout).not.toContain('tôi là Hoa');
    } finally {
      fs.rmSync(elsewhere, { recursive: true, force: true });
    }
  });

  it('a missing --as is a usage error (exit 2) with a clear line', async () => {
    const run = await chat(['--url', echo.url], '', env());
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
    const run = await chat(args, '', env());
    expect(run.code).toBe(2);
    expect(run.stderr.split('\n')[0]).toMatch(message);
  });

  it('an unreachable server is one clear line and exit 1', async () => {
    const port = await freePort();
    const run = await chat(['--as', 'Lan', '--url', `http://127.0.0.1:${port}`, '--new'], '', env());
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual([
      `Không kết nối được tới http://127.0.0.1:${port} (ECONNREFUSED). Máy chủ đã chạy chưa? Thử: npm start`,
    ]);
  });
});

describe('scripts/chat.ts against a server with SIMULATOR_TOKEN and small limits', () => {
  let echo: EchoApp;
  let dataDir: string;
  beforeAll(async () => {
    echo = await startEchoApp({ token: TOKEN, limits: { streamsPerIp: 1 } });
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'knvl-chat-cli-'));
  });
  afterAll(async () => {
    await echo.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('sends the token from SIMULATOR_TOKEN as a Bearer header', async () => {
    const run = await chat(['--as', 'Lan', '--url', echo.url], 'xin chào\n', {
      DATA_DIR: dataDir,
      SIMULATOR_TOKEN: TOKEN,
    });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Bạn nói: xin chào');
  });

  it.each([
    ['without a token', {}, 'simulator.cli.token_needed'],
    ['with a wrong one', { SIMULATOR_TOKEN: 'not-the-token-at-all' }, 'simulator.cli.token_wrong'],
  ] as const)('%s it says so in one line and exits 1', async (_name, extra, key) => {
    const run = await chat(['--as', 'Lan', '--url', echo.url, '--new'], '', { DATA_DIR: dataDir, ...extra });
    expect(run.code).toBe(1);
    expect(run.stderr.trim().split('\n')).toEqual([t('vi', key, { url: echo.url })]);
  });

  it('shows the server’s reason when its stream is refused (too many streams)', async () => {
    const holder = new AbortController();
    const session = 'H'.repeat(43);
    const held = await fetch(`${echo.url}/simulator/events`, {
      headers: { authorization: `Bearer ${TOKEN}`, 'x-simulator-session': session },
      signal: holder.signal,
    });
    expect(held.status).toBe(200);
    try {
      const run = await chat(['--as', 'Lan', '--url', echo.url], '', { DATA_DIR: dataDir, SIMULATOR_TOKEN: TOKEN });
      expect(run.code).toBe(1);
      expect(run.stderr.trim()).toMatch(/từ chối: Máy này đã mở 1 kết nối tới trình mô phỏng/);
    } finally {
      holder.abort();
    }
  });
});
