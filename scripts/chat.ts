/**
 * Terminal client for the simulator: chat with the bot as one named person.
 *
 *   npm run chat -- --as Lan [--new] [--url http://localhost:3000] [--lang vi|en]
 *   node --import tsx scripts/chat.ts --as "Cán bộ Hùng"
 *
 * The first time a name is used the server hands out a session (the person's identity); it is kept in
 * DATA_DIR/simulator-sessions.json (mode 0600), so `--as Lan` is the same person next time; `--new` starts over
 * as a new person. With SIMULATOR_TOKEN in the environment every request carries `Authorization: Bearer <token>`.
 *
 * Lines typed are sent as messages (a number such as "2" picks a choice, as on Zalo); bot messages print as
 * they arrive, choices numbered. `/quit` or Ctrl-D leaves. With piped input it waits for the replies to settle
 * before leaving. Exit codes: 0 done, 1 server unreachable, refusing or lost, 2 usage error.
 */
import path from 'node:path';
import readline from 'node:readline';
import type { SimulatorEvent } from '../src/channels/simulator/adapter.ts';
import {
  normaliseSimulatorName,
  simulatorNameProblem,
  SIMULATOR_NAME_MAX,
} from '../src/channels/simulator/identity.ts';
import {
  readSavedPerson,
  savePerson,
  type SavedPerson,
  sessionFilePath,
} from '../src/channels/simulator/session-file.ts';
import { SIMULATOR_SESSION_HEADER } from '../src/channels/simulator/session.ts';
import { readServerSentEvents } from '../src/channels/simulator/sse-reader.ts';
import { isLang, type Lang } from '../src/kernel/i18n/index.ts';
import { t } from '../src/channels/simulator/messages.ts';

interface Options {
  name: string;
  url: URL;
  lang: Lang;
  /** --new: forget the saved session for this name and start as a new person. */
  fresh: boolean;
}

/** Piped input: once stdin ends, leave after this long without a new bot message (at most SETTLE_MAX_MS). */
const SETTLE_QUIET_MS = 1500;
const SETTLE_MAX_MS = 10_000;
const VALUE_FLAGS = new Set(['--as', '--url', '--lang']);

function fail(code: number, ...lines: string[]): never {
  for (const line of lines) process.stderr.write(`${line}\n`);
  process.exit(code);
}

function parseOptions(argv: string[]): Options {
  let name: string | undefined;
  let url = process.env['SIMULATOR_URL'] ?? `http://localhost:${process.env['PORT'] ?? '3000'}`;
  let lang: Lang = 'vi';
  let fresh = false;
  const langArg = argv.findIndex((arg) => arg === '--lang' || arg.startsWith('--lang='));
  if (langArg >= 0) {
    const value = argv[langArg]!.includes('=') ? argv[langArg]!.split('=')[1] : argv[langArg + 1];
    if (isLang(value)) lang = value;
  }
  const usage = t(lang, 'simulator.cli.usage');

  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') {
      process.stdout.write(`${usage}\n`);
      process.exit(0);
    }
    if (arg === '--new') {
      fresh = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const flag = arg.startsWith('--') && eq > 0 ? arg.slice(0, eq) : arg;
    if (!VALUE_FLAGS.has(flag)) fail(2, t(lang, 'simulator.cli.unknown_option', { option: arg }), usage);
    let value: string | undefined;
    if (eq > 0 && arg.startsWith('--')) value = arg.slice(eq + 1);
    else {
      value = argv[i + 1];
      i += 1;
    }
    if (value === undefined || (value.startsWith('--') && eq < 0)) {
      if (flag === '--as') fail(2, t(lang, 'simulator.cli.missing_as'), usage);
      fail(2, usage);
    }
    if (flag === '--as') name = value;
    else if (flag === '--url') url = value;
    else if (!isLang(value)) fail(2, t(lang, 'simulator.cli.unknown_option', { option: `--lang ${value}` }), usage);
  }

  if (name === undefined) fail(2, t(lang, 'simulator.cli.missing_as'), usage);
  const problem = simulatorNameProblem(name);
  if (problem === 'user_too_long')
    fail(2, t(lang, 'simulator.error.user_too_long', { max: SIMULATOR_NAME_MAX }), usage);
  if (problem) fail(2, t(lang, `simulator.error.${problem}`), usage);

  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    fail(2, t(lang, 'simulator.cli.bad_url', { url }), usage);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:')
    fail(2, t(lang, 'simulator.cli.bad_url', { url }), usage);
  return { name: normaliseSimulatorName(name), url: parsed, lang, fresh };
}

function reasonOf(error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  const code = (cause as { code?: unknown } | null)?.code;
  if (typeof code === 'string') return code;
  return cause instanceof Error ? cause.message : String(cause);
}

/** The server's short reason (`{ error }`), or the status when it gave none. */
async function refusalOf(response: Response): Promise<string> {
  const body = (await response.json().catch(() => ({}))) as { error?: unknown };
  return typeof body.error === 'string' ? body.error : String(response.status);
}

async function main(): Promise<void> {
  const { name, url, lang, fresh } = parseOptions(process.argv.slice(2));
  const base = url.origin + url.pathname.replace(/\/+$/, '');
  const shownUrl = url.origin;
  const token = process.env['SIMULATOR_TOKEN']?.trim() || null;
  const auth: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
  const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);
  const stream = new AbortController();

  /** Leaves with one line saying why the server said no, and exit code 2 for bad input, 1 otherwise. */
  const refused = async (response: Response): Promise<never> => {
    if (response.status === 401)
      fail(1, t(lang, token ? 'simulator.cli.token_wrong' : 'simulator.cli.token_needed', { url: shownUrl }));
    if (response.status === 400) fail(2, await refusalOf(response));
    if (response.status === 404 || !(response.headers.get('content-type') ?? '').includes('json')) {
      fail(1, t(lang, 'simulator.cli.no_simulator', { url: shownUrl, status: String(response.status) }));
    }
    fail(1, t(lang, 'simulator.cli.refused', { url: shownUrl, reason: await refusalOf(response) }));
  };

  // 1. Who: the saved session for this name, or a new one from the server.
  const file = sessionFilePath(process.env['DATA_DIR'] ?? path.resolve('data'));
  let person: SavedPerson | null = fresh ? null : readSavedPerson(file, name);
  if (person === null) {
    let response: Response;
    try {
      response = await fetch(`${base}/simulator/sessions?lang=${lang}`, {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json' },
        body: JSON.stringify({ name }),
      });
    } catch (error) {
      fail(1, t(lang, 'simulator.cli.unreachable', { url: shownUrl, reason: reasonOf(error) }));
    }
    if (response.status !== 201) await refused(response);
    const created = (await response.json()) as { session: string; chatId: string };
    person = { name, session: created.session, chatId: created.chatId };
    try {
      savePerson(file, person);
    } catch (error) {
      process.stderr.write(`${t(lang, 'simulator.cli.sessions_unsaved', { file, reason: reasonOf(error), name })}\n`);
    }
  }
  const { session, chatId } = person;

  // 2. Open the event stream: it proves the server is there, and replays recent messages.
  let response: Response;
  try {
    response = await fetch(`${base}/simulator/events?lang=${lang}`, {
      headers: { ...auth, accept: 'text/event-stream', [SIMULATOR_SESSION_HEADER]: session },
      signal: stream.signal,
    });
  } catch (error) {
    fail(1, t(lang, 'simulator.cli.unreachable', { url: shownUrl, reason: reasonOf(error) }));
  }
  const contentType = response.headers.get('content-type') ?? '';
  if (!response.ok || !response.body || !contentType.startsWith('text/event-stream')) await refused(response);

  const rl = readline.createInterface({ input: process.stdin, output: process.stdout, terminal: interactive });
  rl.setPrompt(`${name}> `);
  let leaving = false;
  let lastActivityAt = Date.now();
  let pendingSends = 0;

  const leave = (code: number) => {
    if (leaving) return;
    leaving = true;
    stream.abort();
    rl.close();
    process.exit(code);
  };

  const print = (text: string) => {
    if (interactive) {
      readline.clearLine(process.stdout, 0);
      readline.cursorTo(process.stdout, 0);
    }
    process.stdout.write(`${text}\n`);
    if (interactive && !leaving) rl.prompt(true);
  };

  const label = t(lang, 'simulator.cli.bot');
  const indent = ' '.repeat(label.length + 1);
  const show = (event: SimulatorEvent) => {
    lastActivityAt = Date.now();
    const lines = event.text
      .split('\n')
      .map((line, index) => (index === 0 ? `${label} ${line}` : line ? indent + line : ''));
    if (event.imageUrl) lines.push(`${indent}${t(lang, 'simulator.page.image_link')}: ${event.imageUrl}`);
    print(`${lines.join('\n')}\n`);
  };

  // 3. Bot messages, as they come.
  void (async () => {
    try {
      for await (const frame of readServerSentEvents(response.body!)) {
        if (frame.event !== 'message') continue;
        try {
          show(JSON.parse(frame.data) as SimulatorEvent);
        } catch {
          // a frame we cannot read: skip it
        }
      }
    } catch {
      // aborted by leave(), or the connection broke: handled below
    }
    if (!leaving) {
      process.stderr.write(`${t(lang, 'simulator.cli.disconnected')}\n`);
      leave(1);
    }
  })();

  process.stderr.write(
    `${t(lang, 'simulator.cli.connected', { name })}\n${t(lang, 'simulator.cli.chat_id', { id: chatId })}\n`,
  );
  if (interactive) rl.prompt();

  // 4. Lines typed, as messages.
  const send = async (text: string) => {
    pendingSends += 1;
    try {
      const result = await fetch(`${base}/simulator/messages?lang=${lang}`, {
        method: 'POST',
        headers: { ...auth, 'content-type': 'application/json' },
        body: JSON.stringify({ session, user: name, text }),
      });
      if (!result.ok) print(t(lang, 'simulator.cli.send_failed', { reason: await refusalOf(result) }));
    } catch (error) {
      print(t(lang, 'simulator.cli.send_failed', { reason: reasonOf(error) }));
    } finally {
      pendingSends -= 1;
      lastActivityAt = Date.now();
    }
  };

  // Lines are sent one after another, in order, even when pasted or piped in a burst.
  let queue = Promise.resolve();
  let inputEnded = false;
  rl.on('line', (line) => {
    if (inputEnded) return;
    const text = line.trim();
    if (text === '/quit') {
      inputEnded = true;
      // Typed: leave now. Piped: like the end of input, after the replies to earlier lines.
      if (interactive) leave(0);
      else rl.close();
      return;
    }
    if (text.length === 0) {
      if (interactive) rl.prompt();
      return;
    }
    queue = queue.then(() => send(line));
  });
  rl.on('SIGINT', () => leave(0));
  rl.on('close', () => {
    if (leaving) return;
    if (interactive) {
      process.stdout.write('\n');
      leave(0);
      return;
    }
    // Piped input ended: let the replies to the last lines arrive, then leave.
    const endedAt = Date.now();
    void queue.then(async () => {
      while (
        Date.now() - endedAt < SETTLE_MAX_MS &&
        (pendingSends > 0 || Date.now() - lastActivityAt < SETTLE_QUIET_MS)
      ) {
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      leave(0);
    });
  });
}

await main();
