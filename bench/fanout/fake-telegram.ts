/**
 * Child process of bench:fanout (started by fake-telegram-process.ts): the fake Telegram Bot API
 * (test/fakes/telegram-api.ts) enforcing a global rate (`globalPerSecond`, answered with 429 + retry_after), apart
 * from the bench process so that its work and memory are not counted as the delivery's (rss_peak_mb) and it does not
 * share the delivery's event loop.
 *
 * It keeps no message: every send the fake accepts is tallied per chat with its time (the fake's `sent.push`,
 * replaced), every request counted (`requests.push`), and every 429 it answers counted where the status is written
 * (the only place the fake's answers pass through). Messages whose text holds the marker (the benchmark vacancy's
 * title) are the ones measured; any other is only counted.
 *
 *   argv: <rate per second> <marker>
 *   IPC in:  {id, op: 'know', databaseUrl}  (every Telegram chat of the database becomes known to the fake)
 *            {id, op: 'stats'} | {id, op: 'reached'}
 *   IPC out: {ready: {apiRoot, token}} once, then {id, result} | {id, error}
 */
import http from 'node:http';
import pg from 'pg';
import { type RecordedRequest, type SentMessage, startFakeTelegramApi } from '../../test/fakes/telegram-api.ts';

const rate = Number(process.argv[2]);
const marker = process.argv[3] ?? '';
if (!(rate > 0) || !marker || !process.send) {
  process.stderr.write('fake-telegram.ts runs as a child of bench/fanout.ts (argv: rate marker, with IPC)\n');
  process.exit(2);
}

export interface FakeStats {
  /** Accepted sends of the marked message: how many, and the first and last (Date.now() when accepted; 0: none). */
  accepted: number;
  firstAt: number;
  lastAt: number;
  /** Accepted sends of anything else. */
  other: number;
  /** sendMessage / sendPhoto requests, accepted or not. */
  sendRequests: number;
  /** 429 answers. */
  http429: number;
  /** Chats that got the marked message more than once. */
  duplicateChats: number;
  /** CPU time of this process so far (user + system). */
  cpuMs: number;
}

let http429 = 0;
const writeHead = http.ServerResponse.prototype.writeHead;
http.ServerResponse.prototype.writeHead = function (this: http.ServerResponse, ...args: unknown[]) {
  if (args[0] === 429) http429 += 1;
  return (writeHead as (...a: unknown[]) => http.ServerResponse).apply(this, args);
} as typeof writeHead;

const fake = await startFakeTelegramApi({ globalPerSecond: rate });
const perChat = new Map<string, number>();
const stats: FakeStats = {
  accepted: 0,
  firstAt: 0,
  lastAt: 0,
  other: 0,
  sendRequests: 0,
  http429: 0,
  duplicateChats: 0,
  cpuMs: 0,
};

(fake.sent as SentMessage[]).push = (...messages: SentMessage[]): number => {
  const at = Date.now();
  for (const message of messages) {
    if (message.text === null || !message.text.includes(marker)) {
      stats.other += 1;
      continue;
    }
    stats.accepted += 1;
    if (stats.firstAt === 0) stats.firstAt = at;
    stats.lastAt = at;
    const seen = (perChat.get(message.chatId) ?? 0) + 1;
    perChat.set(message.chatId, seen);
    if (seen === 2) stats.duplicateChats += 1;
  }
  return 0;
};
(fake.requests as RecordedRequest[]).push = (...requests: RecordedRequest[]): number => {
  for (const request of requests) if (/^send(message|photo)$/i.test(request.method)) stats.sendRequests += 1;
  return 0;
};

function cpuMs(): number {
  const { user, system } = process.cpuUsage();
  return Math.round((user + system) / 1000);
}

async function knowChats(databaseUrl: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ chat_id: string }>(
      `SELECT chat_id FROM channel_identities WHERE channel = 'telegram'`,
    );
    for (const { chat_id } of rows) fake.knowChat(chat_id);
    return rows.length;
  } finally {
    await client.end();
  }
}

type Request =
  | { id: number; op: 'know'; databaseUrl: string }
  | { id: number; op: 'stats' }
  | { id: number; op: 'reached' };

process.on('message', (raw) => {
  const request = raw as Request;
  const answer = async (): Promise<unknown> => {
    switch (request.op) {
      case 'know':
        return knowChats(request.databaseUrl);
      case 'stats':
        return { ...stats, http429, cpuMs: cpuMs() };
      case 'reached':
        return [...perChat];
    }
  };
  answer().then(
    (result) => process.send!({ id: request.id, result }),
    (error: unknown) => process.send!({ id: request.id, error: String(error) }),
  );
});
process.on('disconnect', () => {
  void fake.close().finally(() => process.exit(0));
});
process.send({ ready: { apiRoot: fake.apiRoot, token: fake.token } });
