import { expect } from 'vitest';
import { freePort, waitFor } from './free-port.ts';
import { getJson, spawnRole, type RoleProcess } from './spawn-role.ts';

/** `npm start`'s entry point as a process, ready (readyz 200) before the test goes on. */
export async function startApp(env: Record<string, string>): Promise<RoleProcess & { port: number }> {
  const port = await freePort();
  const app = spawnRole('src/app/main.ts', { PORT: String(port), ...env });
  await waitFor(
    'the app',
    async () => {
      if (app.child.exitCode !== null) throw new Error(app.stderr());
      if ((await getJson(`http://127.0.0.1:${port}/readyz`)).status !== 200) throw new Error('not ready');
    },
    60_000,
  );
  return Object.assign(app, { port });
}

export async function stopApp(app: RoleProcess): Promise<void> {
  app.child.kill('SIGTERM');
  expect((await app.exited).code).toBe(0);
}

/** Sends one message as a person would, then waits for the bot's answer (all its pieces) and returns it. */
export async function say(send: () => void, replies: () => string[]): Promise<string> {
  const before = replies().length;
  send();
  await waitFor(
    'a reply',
    async () => {
      if (replies().length <= before) throw new Error('no reply yet');
    },
    20_000,
  );
  await new Promise((r) => setTimeout(r, 100)); // a long reply may arrive in pieces
  return replies().slice(before).join('\n');
}
