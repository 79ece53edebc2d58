import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { FakeStats } from './fake-telegram.ts';

/** The fake Telegram Bot API of bench:fanout, in its own process (fake-telegram.ts says why and what it counts). */
export interface FakeTelegramProcess {
  apiRoot: string;
  token: string;
  /** Makes every Telegram chat in the database known to the fake (unknown chats get "chat not found"). */
  knowChats(databaseUrl: string): Promise<number>;
  stats(): Promise<FakeStats>;
  /** Each chat that got the marked message, with how many times. */
  reached(): Promise<Array<[chatId: string, times: number]>>;
  close(): Promise<void>;
}

export async function startFakeTelegramProcess(options: {
  rate: number;
  marker: string;
}): Promise<FakeTelegramProcess> {
  const child: ChildProcess = fork(
    fileURLToPath(new URL('./fake-telegram.ts', import.meta.url)),
    [String(options.rate), options.marker],
    {
      execArgv: ['--import', 'tsx'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    },
  );
  const waiting = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  let nextId = 1;
  const ready = new Promise<{ apiRoot: string; token: string }>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`the fake Telegram API exited with ${code}`)));
    child.on('message', (raw) => {
      const message = raw as {
        ready?: { apiRoot: string; token: string };
        id?: number;
        result?: unknown;
        error?: string;
      };
      if (message.ready) return resolve(message.ready);
      const call = message.id === undefined ? undefined : waiting.get(message.id);
      if (!call) return;
      waiting.delete(message.id!);
      if (message.error !== undefined) call.reject(new Error(message.error));
      else call.resolve(message.result);
    });
  });
  child.on('exit', () => {
    for (const call of waiting.values()) call.reject(new Error('the fake Telegram API exited'));
    waiting.clear();
  });
  const { apiRoot, token } = await ready;

  function ask<T>(request: Record<string, unknown>): Promise<T> {
    const id = nextId++;
    return new Promise<T>((resolve, reject) => {
      waiting.set(id, { resolve: resolve as (value: unknown) => void, reject });
      child.send({ ...request, id });
    });
  }

  return {
    apiRoot,
    token,
    knowChats: (databaseUrl) => ask<number>({ op: 'know', databaseUrl }),
    stats: () => ask<FakeStats>({ op: 'stats' }),
    reached: () => ask<Array<[string, number]>>({ op: 'reached' }),
    async close() {
      if (child.exitCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.disconnect();
      const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    },
  };
}
