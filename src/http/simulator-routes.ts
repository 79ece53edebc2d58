/**
 * The simulator over HTTP: the page and its two assets, a POST that adds a person (a random session, the
 * person's identity), a POST for what a person types or presses, and one Server-Sent Events stream per session
 * that replays recent messages and then delivers new ones live. A display name alone opens nothing.
 *
 * Without SIMULATOR_TOKEN the server listens on 127.0.0.1 only (config.httpHost); with it every request here
 * needs the token (src/http/simulator/access.ts). Every route has a per-address rate limit and event streams are
 * capped (src/http/simulator/limits.ts). No build step, nothing fetched from outside this server (the page's CSP
 * says so too).
 */
import fs from 'node:fs';
import type { ServerResponse } from 'node:http';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { SimulatorAdapter } from '../channels/simulator/adapter.ts';
import { SIMULATOR_NAME_MAX } from '../channels/simulator/identity.ts';
import {
  parseSessionRequest,
  parseSimulatorPost,
  SIMULATOR_TEXT_MAX,
  type SimulatorRequestProblem,
} from '../channels/simulator/request.ts';
import { newSimulatorSession, sessionChatId } from '../channels/simulator/session.ts';
import type { InboundMessage } from '../kernel/message.ts';
import type { Lang } from '../kernel/i18n/index.ts';
import { messages, t } from '../channels/simulator/messages.ts';
import { createSimulatorAccess, type SimulatorAccess } from './simulator/access.ts';
import { type EventStreamDeps, openEventStream } from './simulator/event-stream.ts';
import { DEFAULT_SIMULATOR_LIMITS, type SimulatorLimits } from './simulator/limits.ts';
import { langOf, perMinute, refuse, SimulatorRefusal } from './simulator/respond.ts';
import { createStreamCaps } from './simulator/stream-caps.ts';

export interface SimulatorRoutesOptions {
  adapter: SimulatorAdapter;
  /** Gets every accepted message; not awaited (replies arrive on the event stream). Rejections are logged. */
  onInbound: (messages: InboundMessage[]) => Promise<void>;
  /** Interval of the keep-alive comment on event streams; default 15 s. */
  pingIntervalMs?: number;
  /** SIMULATOR_TOKEN: when set, every simulator request needs it. */
  token?: string | null;
  /** PUBLIC_URL is https: the login cookie is Secure. */
  publicHttps?: boolean;
  /** Rate limits and stream caps; the defaults suit one person clicking through the page. */
  limits?: Partial<SimulatorLimits>;
}

const PUBLIC_DIR = new URL('../channels/simulator/public/', import.meta.url);
/** A message is at most 4,096 characters; 64 KiB is plenty for it and its JSON. */
const MESSAGE_BODY_LIMIT = 64 * 1024;
const SESSION_BODY_LIMIT = 4096;
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

function problemText(lang: Lang, problem: SimulatorRequestProblem): string {
  switch (problem) {
    case 'user_too_long':
      return t(lang, 'simulator.error.user_too_long', { max: SIMULATOR_NAME_MAX });
    case 'name_too_long':
      return t(lang, 'simulator.error.name_too_long', { max: SIMULATOR_NAME_MAX });
    case 'text_too_long':
      return t(lang, 'simulator.error.text_too_long', { max: SIMULATOR_TEXT_MAX });
    default:
      return t(lang, `simulator.error.${problem}`);
  }
}

/** The page's own strings, keys without the `simulator.page.` prefix, as templates with `{name}` placeholders. */
function pageStrings(lang: Lang): Record<string, string> {
  const catalogue: Readonly<Record<string, string>> = lang === 'en' ? messages.en : messages.vi;
  const strings: Record<string, string> = {};
  for (const [key, text] of Object.entries(catalogue)) {
    if (key.startsWith(PAGE_PREFIX)) strings[key.slice(PAGE_PREFIX.length)] = text;
  }
  return strings;
}

/**
 * Refusals thrown by hooks (the rate limit) keep their status and code; body errors Fastify finds before the
 * handler (bad JSON, wrong content type, too large) become short 4xx; anything else is logged and a bare 500.
 */
function simulatorErrorHandler(error: FastifyError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (error instanceof SimulatorRefusal) return refuse(reply, error.statusCode, error.code, error.message);
  const lang = langOf(request);
  const status = error.statusCode ?? 500;
  if (status === 413) return refuse(reply, 413, 'too_large', t(lang, 'simulator.error.too_large'));
  if (status >= 400 && status < 500) return refuse(reply, 400, 'not_json', t(lang, 'simulator.error.not_json'));
  request.log.error({ err: error }, 'simulator: request failed');
  return reply.code(500).send({ error: 'internal error' });
}

/** JSON only: this also keeps other web pages from posting here with a "simple" cross-origin form or text body. */
function isJson(request: FastifyRequest): boolean {
  return JSON_TYPE.test(request.headers['content-type'] ?? '');
}

export function registerSimulatorRoutes(app: FastifyInstance, options: SimulatorRoutesOptions): void {
  // The limits below are route options of this plugin; without it they would silently not apply.
  if (!app.hasPlugin('@fastify/rate-limit'))
    throw new Error('registerSimulatorRoutes needs @fastify/rate-limit registered first (see src/http/app.ts)');
  const { adapter, onInbound } = options;
  const limits: SimulatorLimits = { ...DEFAULT_SIMULATOR_LIMITS, ...options.limits };
  const pingIntervalMs = options.pingIntervalMs ?? 15_000;
  const access: SimulatorAccess | null = options.token
    ? createSimulatorAccess({ token: options.token, publicHttps: options.publicHttps ?? false, limits })
    : null;
  const assets = {
    page: readAsset('index.html', 'text/html; charset=utf-8'),
    script: readAsset('app.js', 'text/javascript; charset=utf-8'),
    style: readAsset('app.css', 'text/css; charset=utf-8'),
  };
  const streams: EventStreamDeps = {
    adapter,
    caps: createStreamCaps({ perIp: limits.streamsPerIp, total: limits.streamsTotal }),
    streamsPerIp: limits.streamsPerIp,
    pingIntervalMs,
    open: new Set<ServerResponse>(),
  };

  void app.register(async (simulator) => {
    simulator.setErrorHandler(simulatorErrorHandler);
    access?.registerLogin(simulator);

    void simulator.register(async (guarded) => {
      if (access) guarded.addHook('preParsing', access.guard);
      const pages = { config: perMinute(limits.pagesPerMinute) };

      const serve = (asset: Asset) => (_request: FastifyRequest, reply: FastifyReply) =>
        reply.headers(SECURITY_HEADERS).type(asset.contentType).send(asset.body);
      guarded.get('/', pages, serve(assets.page));
      guarded.get('/simulator/app.js', pages, serve(assets.script));
      guarded.get('/simulator/app.css', pages, serve(assets.style));

      guarded.get('/simulator/i18n.json', pages, (request, reply) => {
        const lang = langOf(request);
        return reply.headers(SECURITY_HEADERS).send({
          lang,
          strings: pageStrings(lang),
          limits: { nameMax: SIMULATOR_NAME_MAX, textMax: SIMULATOR_TEXT_MAX },
          signOut: access !== null,
        });
      });

      // A new person: a random session, which the client keeps and sends back; the chat id is its hash.
      guarded.post(
        '/simulator/sessions',
        { bodyLimit: SESSION_BODY_LIMIT, config: perMinute(limits.sessionsPerMinute) },
        (request, reply) => {
          const lang = langOf(request);
          if (!isJson(request)) return refuse(reply, 400, 'not_json', t(lang, 'simulator.error.not_json'));
          const parsed = parseSessionRequest(request.body);
          if (!parsed.ok) return refuse(reply, 400, parsed.problem, problemText(lang, parsed.problem));
          const session = newSimulatorSession();
          return reply
            .code(201)
            .header('cache-control', 'no-store')
            .send({ session, chatId: sessionChatId(session), name: parsed.request.name });
        },
      );

      guarded.post(
        '/simulator/messages',
        { bodyLimit: MESSAGE_BODY_LIMIT, config: perMinute(limits.messagesPerMinute) },
        (request, reply) => {
          const lang = langOf(request);
          if (!isJson(request)) return refuse(reply, 400, 'not_json', t(lang, 'simulator.error.not_json'));
          const parsed = parseSimulatorPost(request.body);
          if (!parsed.ok) return refuse(reply, 400, parsed.problem, problemText(lang, parsed.problem));
          const messages = adapter.receiveAs(sessionChatId(parsed.request.session), parsed.request);
          const logFailure = (err: unknown) => app.log.error({ err }, 'simulator: handling an inbound message failed');
          try {
            Promise.resolve(onInbound(messages)).catch(logFailure);
          } catch (err) {
            logFailure(err);
          }
          return reply.code(202).send({ accepted: messages.length });
        },
      );

      guarded.get('/simulator/events', { config: perMinute(limits.streamOpensPerMinute) }, (request, reply) =>
        openEventStream(streams, request, reply),
      );
    });

    simulator.addHook('preClose', (done) => {
      for (const response of streams.open) response.end();
      done();
    });
  });
}
