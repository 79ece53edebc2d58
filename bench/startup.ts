/**
 * npm run bench:startup
 * Starts `npm start`'s entry point on a fresh DATA_DIR and again on the same one, measuring the time until
 * /healthz and /readyz both answer 200, and the time from SIGINT to exit. Prints one JSON line per start.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freeLoopbackPort } from '../src/net/free-port.ts';

const root = path.resolve(import.meta.dirname, '..');
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'knvl-bench-start-'));

async function ok(url: string): Promise<boolean> {
  try {
    return (await fetch(url, { signal: AbortSignal.timeout(1000) })).status === 200;
  } catch {
    return false;
  }
}

async function measure(label: string): Promise<void> {
  const port = await freeLoopbackPort();
  const started = performance.now();
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/app/main.ts'], {
    cwd: root,
    env: { PATH: process.env.PATH, DATA_DIR: dataDir, PORT: String(port), LOG_LEVEL: 'warn' },
    stdio: 'ignore',
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  while (!((await ok(`http://127.0.0.1:${port}/healthz`)) && (await ok(`http://127.0.0.1:${port}/readyz`)))) {
    if (performance.now() - started > 60_000) throw new Error('not ready after 60 s');
    await new Promise((r) => setTimeout(r, 50));
  }
  const readyMs = performance.now() - started;
  const stopAsked = performance.now();
  child.kill('SIGINT');
  const exitCode = await exited;
  process.stdout.write(
    `${JSON.stringify({ bench: 'startup', run: label, readyMs: Math.round(readyMs), stopMs: Math.round(performance.now() - stopAsked), exitCode })}\n`,
  );
}

try {
  await measure('fresh DATA_DIR');
  await measure('existing DATA_DIR');
} finally {
  fs.rmSync(dataDir, { recursive: true, force: true });
}
