/**
 * The simulator over HTTP: the page and its two assets, a POST for what a person types or presses, and one
 * Server-Sent Events stream per person that replays their recent messages and then delivers new ones live.
 * Local-only tooling: no build step, nothing fetched from outside this server (the page's CSP says so too).
 */
import fs from 'node:fs';
import type { ServerResponse } from 'node:http';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { SimulatorAdapter, SimulatorEvent } from '../channels/simulator/adapter.ts';
import { SIMULATOR_NAME_MAX, simulatorChatId, simulatorNameProblem } from '../channels/simulator/identity.ts';
import { parseSimulatorRequest, SIMULATOR_TEXT_MAX, type SimulatorRequestProblem } from '../channels/simulator/request.ts';
import type { InboundMessage } from '../channels/types.ts';
import { en, type Lang, type MessageKey, resolveLang, t, vi } from '../core/i18n/index.ts';

export interface SimulatorRoutesOptions {
  adapter: SimulatorAdapter;
  /** Gets every accepted message; not awaited (replies arrive on the event stream). Rejections are logged. */
  onInbound: (messages: InboundMessage[]) => Promise<void>;
  /** Interval of the keep-alive comment on event streams; default 15 s. */
  pingIntervalMs?: number;
}

const PUBLIC_DIR = new URL('../channels/simulator/public/', import.meta.url);
/** A message is at most 4,096 characters; 64 KiB is plenty for it and its JSON. */
const MESSAGE_BODY_LIMIT = 64 * 1024;
const PAGE_PREFIX = 'simulator.page.';
const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i;

/** The page may load only what this server serves, and talk only to it. */
const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy':
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cache-control': 'no-cache',
};

interface Asset {
  body: string;
  contentType: string;
}

function readAsset(file: string, contentType: string): Asset {
  return { body: fs.readFileSync(new URL(file, PUBLIC_DIR), 'utf8'), contentType };
}

function langOf(request: FastifyRequest): Lang {
  return resolveLang((request.query as Record<string, unknown> | undefined)?.['lang']);
}

function problemText(lang: Lang, problem: SimulatorRequestProblem): string {
  switch (problem) {
    case 'user_too_long':
      return t(lang, 'simulator.error.user_too_long', { max: SIMULATOR_NAME_MAX });
    case 'text_too_long':
      return t(lang, 'simulator.error.text_too_long', { max: SIMULATOR_TEXT_MAX });
    default:
      return t(lang, `simulator.error.${problem}`);
  }
}

/** One SSE frame: the event id lets a reconnecting EventSource say where it stopped (Last-Event-ID). */
function frame(event: SimulatorEvent): string {
  return `id: ${event.id}\nevent: message\ndata: ${JSON.stringify(event)}\n\n`;
}

/** The page's own strings, keys without the `simulator.page.` prefix, as templates with `{name}` placeholders. */
function pageStrings(lang: Lang): Record<string, string> {
  const catalogue: Readonly<Record<MessageKey, string>> = lang === 'en' ? en : vi;
  const strings: Record<string, string> = {};
  for (const [key, text] of Object.entries(catalogue)) {
    if (key.startsWith(PAGE_PREFIX)) strings[key.slice(PAGE_PREFIX.length)] = text;
  }
  return strings;
}

/** Body errors Fastify finds before the handler (bad JSON, wrong content type, too large) become short 4xx. */
function messageBodyErrorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const lang = langOf(request);
  const status = error.statusCode ?? 500;
  if (status === 413) return reply.code(413).send({ error: t(lang, 'simulator.error.too_large'), code: 'too_large' });
  if (status >= 400 && status < 500) return reply.code(400).send({ error: t(lang, 'simulator.error.not_json'), code: 'not_json' });
  request.log.error({ err: error }, 'simulator: message route failed');
  return reply.code(500).send({ error: 'internal error' });
}

export function registerSimulatorRoutes(app: FastifyInstance, options: SimulatorRoutesOptions): void {
  const { adapter, onInbound } = options;
  const pingIntervalMs = options.pingIntervalMs ?? 15_000;
  const assets = {
    page: readAsset('index.html', 'text/html; charset=utf-8'),
    script: readAsset('app.js', 'text/javascript; charset=utf-8'),
    style: readAsset('app.css', 'text/css; charset=utf-8'),
  };
  /** Open event streams, ended when the server closes (otherwise close() would wait for them forever). */
  const streams = new Set<ServerResponse>();

  const serve = (asset: Asset) => (_request: FastifyRequest, reply: FastifyReply) =>
    reply.headers(SECURITY_HEADERS).type(asset.contentType).send(asset.body);
  app.get('/', serve(assets.page));
  app.get('/simulator/app.js', serve(assets.script));
  app.get('/simulator/app.css', serve(assets.style));

  app.get('/simulator/i18n.json', (request, reply) => {
    const lang = langOf(request);
    return reply
      .headers(SECURITY_HEADERS)
      .send({ lang, strings: pageStrings(lang), limits: { nameMax: SIMULATOR_NAME_MAX, textMax: SIMULATOR_TEXT_MAX } });
  });

  app.post('/simulator/messages', { bodyLimit: MESSAGE_BODY_LIMIT, errorHandler: messageBodyErrorHandler }, (request, reply) => {
    const lang = langOf(request);
    // JSON only: this also keeps other web pages from posting here with a "simple" cross-origin form or text body.
    if (!JSON_TYPE.test(request.headers['content-type'] ?? '')) {
      return reply.code(400).send({ error: t(lang, 'simulator.error.not_json'), code: 'not_json' });
    }
    const parsed = parseSimulatorRequest(request.body);
    if (!parsed.ok) return reply.code(400).send({ error: problemText(lang, parsed.problem), code: parsed.problem });
    const messages = adapter.receive(request.body);
    const logFailure = (err: unknown) => app.log.error({ err }, 'simulator: handling an inbound message failed');
    try {
      Promise.resolve(onInbound(messages)).catch(logFailure);
    } catch (err) {
      logFailure(err);
    }
    return reply.code(202).send({ accepted: messages.length });
  });

  app.get('/simulator/events', (request, reply) => {
    const lang = langOf(request);
    const user = (request.query as Record<string, unknown>)['user'];
    const problem = typeof user === 'string' ? simulatorNameProblem(user) : user === undefined ? 'user_missing' : 'user_invalid';
    if (problem || typeof user !== 'string') {
      const reason = problem ?? 'user_invalid';
      return reply.code(400).send({ error: problemText(lang, reason), code: reason });
    }
    const chatId = simulatorChatId(user);

    reply.hijack();
    const response = reply.raw;
    response.writeHead(200, {
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-cache',
      connection: 'keep-alive',
      'x-accel-buffering': 'no',
      'x-content-type-options': 'nosniff',
    });
    const write = (chunk: string) => {
      if (!response.destroyed && !response.writableEnded) response.write(chunk);
    };
    write('retry: 2000\n\n');

    // Replay, then live: both in this same tick, so nothing sent in between is lost or doubled.
    let replay = adapter.history(chatId);
    const lastEventId = request.headers['last-event-id'];
    if (typeof lastEventId === 'string') {
      const seen = replay.findIndex((event) => event.id === lastEventId);
      if (seen >= 0) replay = replay.slice(seen + 1);
    }
    for (const event of replay) write(frame(event));
    const unsubscribe = adapter.subscribe(chatId, (event) => write(frame(event)));
    const ping = setInterval(() => write(': ping\n\n'), pingIntervalMs);
    streams.add(response);

    let closed = false;
    const cleanup = () => {
      if (closed) return;
      closed = true;
      clearInterval(ping);
      unsubscribe();
      streams.delete(response);
    };
    // 'close' fires when the client goes away, when the socket breaks, and after end() on server close.
    response.on('close', cleanup);
    response.on('error', cleanup);
    if (response.destroyed) cleanup(); // gone before we were listening
  });

  app.addHook('preClose', (done) => {
    for (const response of streams) response.end();
    done();
  });
}
