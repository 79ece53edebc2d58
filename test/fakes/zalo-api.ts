import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A faithful fake of the Zalo Bot API (reference/zalo-bot-api.md), as a real HTTP server on 127.0.0.1.
 *
 * What the reference documents or reports live, the fake does the same way:
 * - `POST /bot<token>/<method>` with a JSON body; answers the envelope `{ok, result}` / `{ok:false, error_code,
 *   description}`;
 * - unknown chat ids: `{ok:false, error_code:410, description:"The chat_id is invaild"}` with HTTP 200 (LIVE-1);
 * - `text` and `caption` 1–2000 characters; `setWebhook` needs an https URL and a secret_token of 8–256 characters,
 *   and refuses localhost and private addresses;
 * - getUpdates hands out ONE update (not an array), or `error_code:408` when nothing arrived within its timeout;
 *   no offset or ack: an update handed out is gone; getUpdates fails while a webhook is set.
 *
 * Where the reference is silent the fake picks something and says so here:
 * - HTTP status of errors: 401 → HTTP 401, validation 400 → HTTP 400, 429 → HTTP 429, 408/410 → HTTP 200,
 *   server_error → HTTP 500 with a non-JSON body (a gateway page), the client must read all of them;
 * - getUpdates while a webhook is set → `error_code:400` (the real code is unknown);
 * - 429: description "Quota exceeded"; a `Retry-After` header only when a test asks for one (Zalo documents no hint);
 * - unknown method → `error_code:404`.
 */

export const ZALO_FAKE_TOKEN = '3141592:zalo-fake-secret';
const TEXT_MAX = 2000;

export type ZaloFailKind = 'rate_limited' | 'server_error' | 'unknown_chat' | 'bad_token' | 'not_json';

export interface ZaloFakeOptions {
  token?: string;
  botName?: string;
  /** Chats the bot may send to from the start; others become known when an update from them is injected. */
  knownChats?: string[];
  /** Sends (sendMessage, sendPhoto) allowed per second per bot; unlimited when unset. */
  rateLimitPerSecond?: number;
  /** Accept http://127.0.0.1 and http://localhost webhook URLs (for local end-to-end tests). */
  allowLocalWebhook?: boolean;
  /** Cap on how long getUpdates waits before answering 408, whatever timeout the client asked (short tests). */
  maxPollWaitMs?: number;
}

export interface ZaloSentRecord {
  method: 'sendMessage' | 'sendPhoto' | 'sendChatAction';
  chatId: string;
  text?: string;
  photo?: string;
  caption?: string;
  action?: string;
  messageId?: string;
  at: Date;
}

export interface ZaloRequestRecord {
  method: string;
  tokenOk: boolean;
  body: unknown;
  at: Date;
}

export interface ZaloInjectText {
  chatId: string;
  text: string;
  fromId?: string;
  displayName?: string;
  chatType?: 'PRIVATE' | 'GROUP';
  messageId?: string;
  date?: number;
}

export interface ZaloFakeApi {
  readonly apiRoot: string;
  readonly token: string;
  readonly botId: string;
  /** Every send the fake accepted, in order. */
  readonly sent: ZaloSentRecord[];
  /** Every request, in order, including refused ones. */
  readonly requests: ZaloRequestRecord[];
  /** Texts (message text, or photo caption) accepted for a chat, in order. */
  delivered(chatId: string): string[];
  /** Queues an update for getUpdates (one per call) and makes its chat known. Returns the update. */
  inject(update: ZaloUpdate): ZaloUpdate;
  injectText(input: ZaloInjectText): ZaloUpdate;
  knowChat(chatId: string): void;
  /**
   * Delivers an update to the webhook as Zalo would: to the URL and with the secret given to setWebhook, unless
   * overridden (a wrong secret, another URL). Flat by default, as seen live; `wrapped` uses the documented envelope.
   */
  deliverWebhook(
    update: unknown,
    options?: { secret?: string; wrapped?: boolean; url?: string },
  ): Promise<{ status: number; body: string }>;
  /** Queues a failure for the next request (of `method`, when given). Calls queue up in order. */
  failNext(kind: ZaloFailKind, options?: { retryAfterSeconds?: number; method?: string }): void;
  readonly webhook: { url: string; secret: string; updatedAt: number } | null;
  pendingUpdates(): number;
  close(): Promise<void>;
}

export interface ZaloUpdate {
  event_name: string;
  message?: Record<string, unknown>;
}

/** Ids in Zalo's format: 20 hex characters. */
export function zaloId(): string {
  let out = '';
  for (let i = 0; i < 20; i++) out += Math.floor(Math.random() * 16).toString(16);
  return out;
}

export function zaloTextUpdate(input: ZaloInjectText): ZaloUpdate {
  const chatType = input.chatType ?? 'PRIVATE';
  const fromId = input.fromId ?? (chatType === 'PRIVATE' ? input.chatId : zaloId());
  return {
    event_name: 'message.text.received',
    message: {
      message_id: input.messageId ?? zaloId(),
      date: input.date ?? Date.now(),
      from: { id: fromId, display_name: input.displayName ?? 'Nguyen Van A', is_bot: false },
      chat: { id: input.chatId, chat_type: chatType },
      text: input.text,
    },
  };
}

/** POSTs an update to a webhook URL as Zalo does: JSON, the secret in `X-Bot-Api-Secret-Token`, flat or wrapped. */
export async function deliverZaloWebhook(
  url: string,
  update: unknown,
  options: { secret?: string; wrapped?: boolean } = {},
): Promise<{ status: number; body: string }> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (options.secret !== undefined) headers['x-bot-api-secret-token'] = options.secret;
  const payload = options.wrapped ? { ok: true, result: update } : update;
  const response = await fetch(url, { method: 'POST', headers, body: JSON.stringify(payload) });
  return { status: response.status, body: await response.text() };
}

interface Waiter {
  /** False when the client has gone away; the update then goes to the next waiter or the queue. */
  respond(update: ZaloUpdate): boolean;
}

interface Failure {
  kind: ZaloFailKind;
  retryAfterSeconds?: number;
  method?: string;
}

class Refusal {
  constructor(
    readonly httpStatus: number,
    readonly code: number,
    readonly description: string,
  ) {}
}

export async function startFakeZaloApi(options: ZaloFakeOptions = {}): Promise<ZaloFakeApi> {
  const token = options.token ?? ZALO_FAKE_TOKEN;
  const botId = token.split(':')[0] ?? token;
  const known = new Set(options.knownChats ?? []);
  const queue: ZaloUpdate[] = [];
  const waiters: Waiter[] = [];
  const failures: Failure[] = [];
  const sent: ZaloSentRecord[] = [];
  const requests: ZaloRequestRecord[] = [];
  const sendTimes: number[] = [];
  const timers = new Set<NodeJS.Timeout>();
  let webhook: { url: string; secret: string; updatedAt: number } | null = null;

  function reply(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
    if (res.writableEnded || res.destroyed) return;
    const text = JSON.stringify(body);
    res.writeHead(status, {
      'content-type': 'application/json; charset=utf-8',
      'content-length': Buffer.byteLength(text),
      ...headers,
    });
    res.end(text);
  }
  const refuse = (res: http.ServerResponse, refusal: Refusal, headers: Record<string, string> = {}) =>
    reply(res, refusal.httpStatus, { ok: false, error_code: refusal.code, description: refusal.description }, headers);

  function takeFailure(method: string): Failure | undefined {
    const index = failures.findIndex((f) => f.method === undefined || f.method === method);
    return index < 0 ? undefined : failures.splice(index, 1)[0];
  }

  function answerFailure(res: http.ServerResponse, failure: Failure) {
    switch (failure.kind) {
      case 'rate_limited':
        return refuse(
          res,
          new Refusal(429, 429, 'Quota exceeded'),
          failure.retryAfterSeconds !== undefined ? { 'retry-after': String(failure.retryAfterSeconds) } : {},
        );
      case 'server_error': {
        const page = '<html><body><h1>500 Internal Server Error</h1></body></html>';
        res.writeHead(500, { 'content-type': 'text/html' });
        return res.end(page);
      }
      case 'not_json':
        res.writeHead(200, { 'content-type': 'text/plain' });
        return res.end('OK');
      case 'unknown_chat':
        return refuse(res, new Refusal(200, 410, 'The chat_id is invaild'));
      case 'bad_token':
        return refuse(res, new Refusal(401, 401, 'Unauthorized'));
    }
  }

  function chatIdOf(body: Record<string, unknown>): string {
    const chatId = body.chat_id;
    if (typeof chatId !== 'string' || chatId.length === 0) throw new Refusal(400, 400, 'chat_id is required');
    if (!known.has(chatId)) throw new Refusal(200, 410, 'The chat_id is invaild');
    return chatId;
  }

  function checkText(value: unknown, field: string, required: boolean): string | undefined {
    if (value === undefined && !required) return undefined;
    if (typeof value !== 'string') throw new Refusal(400, 400, `${field} is required`);
    if (value.length < 1 || value.length > TEXT_MAX)
      throw new Refusal(400, 400, `${field} must be 1-${TEXT_MAX} characters`);
    return value;
  }

  function checkRate() {
    const limit = options.rateLimitPerSecond;
    if (limit === undefined) return;
    const now = Date.now();
    while (sendTimes.length > 0 && now - sendTimes[0]! >= 1000) sendTimes.shift();
    if (sendTimes.length >= limit) throw new Refusal(429, 429, 'Quota exceeded');
    sendTimes.push(now);
  }

  function result(res: http.ServerResponse, value: unknown) {
    reply(res, 200, { ok: true, result: value });
  }

  function isLocalHost(host: string): boolean {
    return (
      host === 'localhost' ||
      host === '[::1]' ||
      /^127\./.test(host) ||
      /^10\./.test(host) ||
      /^192\.168\./.test(host) ||
      /^172\.(1[6-9]|2\d|3[01])\./.test(host)
    );
  }

  function handle(method: string, body: Record<string, unknown>, res: http.ServerResponse) {
    switch (method) {
      case 'getMe':
        return result(res, {
          id: botId,
          account_name: options.botName ?? 'Bot Kết Nối Việc Làm',
          account_type: 'BASIC',
          can_join_groups: false,
        });
      case 'getUpdates': {
        if (webhook) throw new Refusal(200, 400, 'Webhook is set; delete it before calling getUpdates');
        const next = queue.shift();
        if (next) return result(res, next);
        const seconds = Number(body.timeout ?? 30);
        const requestedMs = Number.isFinite(seconds) && seconds >= 0 ? seconds * 1000 : 30_000;
        const waitMs = Math.min(requestedMs, options.maxPollWaitMs ?? requestedMs);
        const waiter: Waiter = {
          respond: (update) => {
            cleanup();
            if (res.destroyed || res.writableEnded) return false;
            result(res, update);
            return true;
          },
        };
        const timer = setTimeout(() => {
          cleanup();
          refuse(res, new Refusal(200, 408, 'Request timeout'));
        }, waitMs);
        timers.add(timer);
        const cleanup = () => {
          clearTimeout(timer);
          timers.delete(timer);
          const index = waiters.indexOf(waiter);
          if (index >= 0) waiters.splice(index, 1);
        };
        // A client that gave up (aborted) must not swallow the next update.
        res.on('close', cleanup);
        waiters.push(waiter);
        return;
      }
      case 'setWebhook': {
        const url = body.url;
        const secret = body.secret_token;
        if (typeof url !== 'string') throw new Refusal(400, 400, 'url is required');
        let parsed: URL;
        try {
          parsed = new URL(url);
        } catch {
          throw new Refusal(400, 400, 'url is invalid');
        }
        const local = isLocalHost(parsed.hostname);
        const allowedLocal =
          options.allowLocalWebhook === true && local && (parsed.protocol === 'http:' || parsed.protocol === 'https:');
        if (!allowedLocal) {
          if (parsed.protocol !== 'https:') throw new Refusal(400, 400, 'url must be HTTPS');
          if (local) throw new Refusal(400, 400, 'url must be reachable from the internet');
        }
        if (typeof secret !== 'string' || secret.length < 8 || secret.length > 256)
          throw new Refusal(400, 400, 'secret_token must be 8-256 characters');
        webhook = { url, secret, updatedAt: Date.now() };
        return result(res, { url, updated_at: webhook.updatedAt });
      }
      case 'deleteWebhook':
        webhook = null;
        return result(res, { url: '', updated_at: Date.now() });
      case 'getWebhookInfo':
        return result(res, webhook ? { url: webhook.url, updated_at: webhook.updatedAt } : { url: '', updated_at: 0 });
      case 'sendMessage': {
        const chatId = chatIdOf(body);
        const text = checkText(body.text, 'text', true)!;
        checkRate();
        const messageId = zaloId();
        sent.push({ method, chatId, text, messageId, at: new Date() });
        return result(res, { message_id: messageId, date: Date.now() });
      }
      case 'sendPhoto': {
        const chatId = chatIdOf(body);
        const photo = body.photo;
        if (typeof photo !== 'string' || !/^https?:\/\//.test(photo))
          throw new Refusal(400, 400, 'photo must be an image URL');
        const caption = checkText(body.caption, 'caption', false);
        checkRate();
        const messageId = zaloId();
        sent.push({ method, chatId, photo, ...(caption !== undefined ? { caption } : {}), messageId, at: new Date() });
        return result(res, { message_id: messageId, date: Date.now() });
      }
      case 'sendChatAction': {
        const chatId = chatIdOf(body);
        if (body.action !== 'typing') throw new Refusal(400, 400, 'action is not supported');
        sent.push({ method, chatId, action: 'typing', at: new Date() });
        return reply(res, 200, { ok: true });
      }
      default:
        throw new Refusal(404, 404, 'Not found');
    }
  }

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const match = /^\/bot([^/]+)\/([A-Za-z]+)$/.exec(req.url ?? '');
      if (req.method !== 'POST' && req.method !== 'GET')
        return refuse(res, new Refusal(405, 405, 'Method not allowed'));
      if (!match) return refuse(res, new Refusal(404, 404, 'Not found'));
      const [, givenToken, method] = match as unknown as [string, string, string];
      const tokenOk = decodeURIComponent(givenToken) === token;
      let body: unknown = {};
      const text = Buffer.concat(chunks).toString('utf8');
      if (text.length > 0) {
        try {
          body = JSON.parse(text);
        } catch {
          requests.push({ method, tokenOk, body: text, at: new Date() });
          return refuse(res, new Refusal(400, 400, 'Bad request: body is not JSON'));
        }
      }
      requests.push({ method, tokenOk, body, at: new Date() });
      const failure = takeFailure(method);
      if (failure) return answerFailure(res, failure);
      if (!tokenOk) return refuse(res, new Refusal(401, 401, 'Unauthorized'));
      if (typeof body !== 'object' || body === null || Array.isArray(body))
        return refuse(res, new Refusal(400, 400, 'Bad request'));
      try {
        handle(method, body as Record<string, unknown>, res);
      } catch (error) {
        if (error instanceof Refusal) return refuse(res, error);
        reply(res, 500, { ok: false, error_code: 500, description: 'fake crashed' });
      }
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  function inject(update: ZaloUpdate): ZaloUpdate {
    const chat = (update.message?.chat ?? undefined) as { id?: unknown } | undefined;
    if (typeof chat?.id === 'string') known.add(chat.id);
    for (let waiter = waiters.shift(); waiter; waiter = waiters.shift()) {
      if (waiter.respond(update)) return update;
    }
    queue.push(update);
    return update;
  }

  return {
    apiRoot: `http://127.0.0.1:${port}`,
    token,
    botId,
    sent,
    requests,
    delivered: (chatId) =>
      sent
        .filter((r) => r.chatId === chatId && r.method !== 'sendChatAction')
        .map((r) => (r.method === 'sendMessage' ? r.text! : (r.caption ?? ''))),
    inject,
    injectText: (input) => inject(zaloTextUpdate(input)),
    knowChat: (chatId) => void known.add(chatId),
    failNext: (kind, failOptions = {}) => void failures.push({ kind, ...failOptions }),
    get webhook() {
      return webhook;
    },
    pendingUpdates: () => queue.length,
    deliverWebhook: (update, deliverOptions = {}) => {
      const url = deliverOptions.url ?? webhook?.url;
      if (!url) return Promise.reject(new Error('deliverWebhook: no webhook is set and no url was given'));
      const secret = 'secret' in deliverOptions ? deliverOptions.secret : webhook?.secret;
      return deliverZaloWebhook(url, update, {
        ...(secret !== undefined ? { secret } : {}),
        wrapped: deliverOptions.wrapped ?? false,
      });
    },
    close: async () => {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}
