import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** Runs one of the service's entry points as its own process, the way npm scripts do (node + tsx). */
export interface RoleProcess {
  child: ChildProcess;
  stdout(): string;
  stderr(): string;
  /** Resolves with the exit code (null if killed by a signal) and how long the exit took after `since`. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const ROOT = path.resolve(import.meta.dirname, '../..');
/** tsx by its full address, so a process started in another directory finds it too. */
const TSX = import.meta.resolve('tsx');

export function spawnRole(
  script: string,
  env: Record<string, string | undefined>,
  args: string[] = [],
  options: { cwd?: string } = {},
): RoleProcess {
  const cleanEnv: Record<string, string> = {};
  for (const [key, value] of Object.entries({
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    LOG_LEVEL: 'info',
    ...env,
  })) {
    if (value !== undefined) cleanEnv[key] = value;
  }
  const child = spawn(
    process.execPath,
    [
      ...(process.env.ROLE_NODE_FLAGS?.split(' ').filter(Boolean) ?? []),
      '--import',
      TSX,
      path.join(ROOT, script),
      ...args,
    ],
    {
      cwd: options.cwd ?? ROOT,
      env: cleanEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let out = '';
  let err = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    out += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    err += chunk.toString();
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => {
    child.once('exit', (code, signal) => {
      running.delete(role);
      resolve({ code, signal });
    });
  });
  const role: RoleProcess = { child, stdout: () => out, stderr: () => err, exited };
  running.add(role);
  return role;
}

/** Processes started by spawnRole that have not exited yet. */
const running = new Set<RoleProcess>();

/**
 * Stops what a test file left running: a test that timed out never reaches its own `finally`, and an app left
 * behind (with its redis-server) would slow every file after it. SIGTERM first, so the app stops its redis-server
 * too; SIGKILL after `graceMs`. Called after each file (test/harness/stop-leftover-roles.ts).
 */
export async function stopLeftoverRoles(graceMs = 10_000): Promise<number> {
  const left = [...running];
  for (const role of left) role.child.kill('SIGTERM');
  await Promise.all(
    left.map(async (role) => {
      const timer = setTimeout(() => role.child.kill('SIGKILL'), graceMs);
      await role.exited;
      clearTimeout(timer);
    }),
  );
  return left.length;
}

/** True while the process runs; a zombie (exited, not yet reaped by its new parent) counts as gone. */
export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
  } catch {
    return false;
  }
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) !== 'Z';
  } catch {
    return false;
  }
}

export async function getJson(url: string): Promise<{ status: number; body: unknown }> {
  const response = await fetch(url, { signal: AbortSignal.timeout(3000) });
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: keep the text
  }
  return { status: response.status, body };
}
