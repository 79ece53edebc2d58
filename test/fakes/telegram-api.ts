import http from 'node:http';
import type { AddressInfo } from 'node:net';

/**
 * A faithful fake of the Telegram Bot API over real HTTP (127.0.0.1, random port), for tests of the adapter,
 * polling and webhooks. It serves `/bot<token>/<method>` the way api.telegram.org does:
 *
 * - bodies as JSON (what grammY sends for plain calls), application/x-www-form-urlencoded, multipart/form-data
 *   (what grammY sends when a file is uploaded; `attach://` references resolved) and query strings; fields that
 *   the Bot API takes "JSON-serialized" (reply_markup, allowed_updates) are parsed when they come as strings;
 *   method names are case-insensitive;
 * - answers `{ok:true,result}` or `{ok:false,error_code,description,parameters?}` with the HTTP status equal to
 *   error_code; a wrong token → 401 "Unauthorized"; an unknown method → 404 "Not Found";
 * - getUpdates: offset confirms everything below it (negative offsets keep the last -offset updates), limit
 *   1-100, timeout long-polls until an update arrives, allowed_updates is remembered like Telegram does; a set
 *   webhook → 409, and a second concurrent getUpdates terminates the first one with 409;
 * - sendMessage / sendPhoto validate like Telegram (empty text, 4096 text, 1024 caption, inline keyboard with
 *   callback_data 1-64 bytes and at most 100 buttons), then apply rate limits: a per-chat token bucket (about
 *   1 msg/s, burst-tolerant) and a global msgs/s cap, each answering 429 with retry_after;
 * - chats are unknown ("Bad Request: chat not found") until an update from them is injected or they are
 *   listed in `knownChats`; `block(chatId)` → 403 "Forbidden: bot was blocked by the user" (or "bot was
 *   kicked from the group chat" for groups);
 * - `failNext(kind)` makes the next call (optionally of one method) fail the way Telegram or the network does;
 * - `floodWait(seconds)` puts the bot under flood control, as Telegram does after too many messages: for that long
 *   every sendMessage / sendPhoto answers 429 "Too Many Requests: retry after N" with parameters.retry_after = the
 *   seconds left (rounded up); `floods` lists the chats each one refused, and `tooManyRequests` counts the 429s
 *   forced by the test apart from those of the rate limits;
 * - setMyCommands / deleteMyCommands / getMyCommands keep one list per scope and language_code, validated like
 *   Telegram (a leading slash dropped, command 1-32 characters, description 1-256, then [a-z0-9_] only else
 *   "Bad Request: BOT_COMMAND_INVALID", at most 100 commands, a known scope type, with Telegram's texts);
 *   `commandMenus` records every set and delete with its scope;
 * - getChatMember answers the ChatMember object set with `setChatMember`
 *   (src/channels/telegram/testdata/chat-member-*.json are real shapes), else `member` for someone seen writing in that
 * group, else "Bad Request: user not found";   an unknown chat → "chat not found", a group the bot was removed from →
 * 403, like Telegram.
 *
 * Deliberate differences: setWebhook accepts http:// URLs (tests listen on 127.0.0.1 without TLS), photos
 * given by URL are not downloaded, parse_mode is recorded but entities are not parsed (our adapter sends
 * plain text).
 */

export type FakeFailureKind =
  | 'rate_limited'
  | 'server_error'
  | 'bad_gateway'
  | 'network'
  | 'unknown_chat'
  | 'peer_id_invalid'
  | 'blocked'
  | 'deactivated'
  | 'kicked'
  | 'bad_request'
  | 'bad_token'
  | 'not_found'
  | 'conflict';

export interface FakeTelegramOptions {
  token?: string;
  bot?: { id?: number; username?: string; firstName?: string };
  /** Chats the bot may write to from the start (otherwise: after an update from them is injected). */
  knownChats?: Array<string | number>;
  /** Per-chat token bucket; false turns it off. Default 1 msg/s with a burst of 10. */
  perChat?: { perSecond: number; burst: number } | false;
  /** Global messages per second (bucket of the same size); false turns it off. Default 30. */
  globalPerSecond?: number | false;
}

export interface SentMessage {
  method: 'sendMessage' | 'sendPhoto';
  chatId: string;
  messageId: number;
  /** The text, or the caption of a photo (null when a photo has none). */
  text: string | null;
  photo?: unknown;
  replyMarkup?: InlineKeyboardMarkupJson;
  parseMode?: string;
  params: Record<string, unknown>;
}

export interface InlineKeyboardMarkupJson {
  inline_keyboard: Array<Array<{ text: string; callback_data?: string; url?: string }>>;
}

export interface RecordedRequest {
  method: string;
  /** Path without the token. */
  path: string;
  contentType: string;
  params: Record<string, unknown>;
  tokenAccepted: boolean;
  /** Date.now() when it arrived. */
  at: number;
}

/** One setMyCommands (commands given) or deleteMyCommands (commands null), in order. */
export interface CommandMenuCall {
  scope: Record<string, unknown>;
  languageCode: string;
  commands: Array<{ command: string; description: string }> | null;
}

export interface GetUpdatesCall {
  offset: number | undefined;
  limit: number | undefined;
  timeout: number | undefined;
}

type Json = Record<string, unknown>;
type TelegramUpdateJson = { update_id: number } & Json;

interface ChatInfo {
  id: string;
  type: 'private' | 'group' | 'supergroup' | 'channel';
  title?: string;
  firstName?: string;
  nextMessageId: number;
}

interface Failure {
  kind: FakeFailureKind;
  retryAfter: number;
  method: string | undefined;
}

interface Waiter {
  res: http.ServerResponse;
  offset: number;
  limit: number;
  timer: NodeJS.Timeout;
}

const DEFAULT_TOKEN = '110201543:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw';

export interface FakeTelegramApi {
  readonly token: string;
  readonly apiRoot: string;
  readonly bot: { id: number; username: string; firstName: string };
  /** Every successful sendMessage / sendPhoto, in order. */
  readonly sent: SentMessage[];
  /** Every request, in arrival order (method names lower-case as received, params parsed). */
  readonly requests: RecordedRequest[];
  readonly getUpdatesCalls: GetUpdatesCall[];
  readonly answeredCallbackQueries: Array<{ id: string; text?: string; showAlert?: boolean }>;
  readonly chatActions: Array<{ chatId: string; action: string }>;
  /** Every setMyCommands and deleteMyCommands that Telegram accepted, in order. */
  readonly commandMenus: CommandMenuCall[];
  /** What getMyCommands answers for this scope and language_code (none given: ""). */
  commandsFor(scope: Record<string, unknown>, languageCode?: string): Array<{ command: string; description: string }>;
  /** Texts (and photo captions) delivered to one chat, in order. */
  delivered(chatId: string | number): string[];
  sentTo(chatId: string | number): SentMessage[];
  knowChat(chatId: string | number, type?: ChatInfo['type']): void;
  block(chatId: string | number): void;
  unblock(chatId: string | number): void;
  /** What getChatMember answers for this user in this chat: a ChatMember object as Telegram sends it. */
  setChatMember(
    chatId: string | number,
    member: Record<string, unknown> & { user: Record<string, unknown> & { id: number }; status: string },
  ): void;
  /** From now on every call answers 401, as after the token was revoked in @BotFather. */
  revokeToken(): void;
  failNext(kind: FakeFailureKind, retryAfter?: number, method?: string): void;
  /** Flood control for the next `seconds`: every send answers 429 with retry_after = the seconds left. */
  floodWait(seconds: number): void;
  /** Every floodWait: when it began and the chat of every send it refused, in order. */
  readonly floods: ReadonlyArray<{ readonly startedAt: number; readonly refused: readonly string[] }>;
  /**
   * 429s answered so far: `forced` by the test (failNext('rate_limited'), floodWait), `rateLimited` because the caller
   * sent faster than the per-chat or global limit allows.
   */
  readonly tooManyRequests: { readonly forced: number; readonly rateLimited: number };
  /** Queues an update for getUpdates (and makes its chat known); assigns update_id when missing. */
  pushUpdate(update: Json): TelegramUpdateJson;
  /** update_ids still queued (not confirmed by an offset). */
  pendingUpdateIds(): number[];
  /** The highest offset a getUpdates call confirmed (0 when none). */
  readonly confirmedOffset: number;
  readonly webhook: { url: string; secretToken: string | undefined };
  /** POSTs an update to a webhook as Telegram does, with the secret header when one is given. */
  deliverWebhook(url: string, update: Json, secret?: string): Promise<{ status: number; body: string }>;
  /** Long polls in progress. */
  waitingPollers(): number;
  close(): Promise<void>;
}

export async function startFakeTelegramApi(options: FakeTelegramOptions = {}): Promise<FakeTelegramApi> {
  const token = options.token ?? DEFAULT_TOKEN;
  const bot = {
    id: options.bot?.id ?? (Number(token.split(':')[0]) || 110201543),
    username: options.bot?.username ?? 'KetNoiViecLamBot',
    firstName: options.bot?.firstName ?? 'Kết Nối Việc Làm',
  };
  const chats = new Map<string, ChatInfo>();
  const blocked = new Set<string>();
  const failures: Failure[] = [];
  const queue: TelegramUpdateJson[] = [];
  const waiters = new Set<Waiter>();
  const openCallbackQueries = new Set<string>();
  const perChatBuckets = new Map<string, Bucket>();
  const perChat = options.perChat === undefined ? { perSecond: 1, burst: 10 } : options.perChat;
  const globalRate = options.globalPerSecond === undefined ? 30 : options.globalPerSecond;
  const globalBucket = globalRate === false ? null : new Bucket(globalRate, globalRate);
  const sent: SentMessage[] = [];
  const requests: RecordedRequest[] = [];
  const getUpdatesCalls: GetUpdatesCall[] = [];
  const answeredCallbackQueries: FakeTelegramApi['answeredCallbackQueries'] = [];
  const chatActions: FakeTelegramApi['chatActions'] = [];
  const commandMenus: CommandMenuCall[] = [];
  /** commandListKey(scope, language_code) → the commands set there. */
  const commandLists = new Map<string, Array<{ command: string; description: string }>>();
  /** chat id → user id → ChatMember JSON. */
  const members = new Map<string, Map<string, Json>>();
  let tokenRevoked = false;
  let floodUntil = 0;
  const floods: Array<{ startedAt: number; refused: string[] }> = [];
  const tooManyRequests = { forced: 0, rateLimited: 0 };
  let confirmedOffset = 0;
  let nextUpdateId = 1;
  let allowedUpdates: string[] | null = null;
  const webhook = { url: '', secretToken: undefined as string | undefined };

  for (const id of options.knownChats ?? []) knowChat(id);

  function knowChat(
    chatId: string | number,
    type?: ChatInfo['type'],
    extra: { title?: string; firstName?: string } = {},
  ): ChatInfo {
    const id = String(chatId);
    const existing = chats.get(id);
    if (existing) return existing;
    const info: ChatInfo = {
      id,
      type: type ?? (id.startsWith('-') ? 'supergroup' : 'private'),
      nextMessageId: 1,
      ...extra,
    };
    chats.set(id, info);
    return info;
  }

  function setMember(chatId: string, member: Json, onlyIfUnknown = false): void {
    const user = member.user as Json | undefined;
    if (!user || (typeof user.id !== 'number' && typeof user.id !== 'string')) return;
    let chatMembers = members.get(chatId);
    if (!chatMembers) members.set(chatId, (chatMembers = new Map()));
    if (onlyIfUnknown && chatMembers.has(String(user.id))) return;
    chatMembers.set(String(user.id), member);
  }

  function learnFrom(update: Json): void {
    // Someone writing in a group is (at least) a member of it.
    for (const kind of ['message', 'edited_message']) {
      const message = update[kind] as Json | undefined;
      const chat = message?.chat as Json | undefined;
      if (chat && chat.type !== 'private' && message?.from)
        setMember(String(chat.id), { user: message.from, status: 'member' }, true);
    }
    for (const kind of ['chat_member', 'my_chat_member']) {
      const change = update[kind] as Json | undefined;
      const chat = change?.chat as Json | undefined;
      if (chat && change?.new_chat_member) setMember(String(chat.id), change.new_chat_member as Json);
    }
    for (const kind of ['message', 'edited_message', 'channel_post', 'my_chat_member', 'chat_member']) {
      const chat = (update[kind] as Json | undefined)?.chat as Json | undefined;
      if (chat && (typeof chat.id === 'number' || typeof chat.id === 'string')) {
        knowChat(chat.id, chat.type as ChatInfo['type'], {
          title: chat.title as string | undefined,
          firstName: chat.first_name as string | undefined,
        });
      }
    }
    const query = update.callback_query as Json | undefined;
    if (query) {
      if (typeof query.id === 'string') openCallbackQueries.add(query.id);
      const chat = (query.message as Json | undefined)?.chat as Json | undefined;
      if (chat && (typeof chat.id === 'number' || typeof chat.id === 'string'))
        knowChat(chat.id, chat.type as ChatInfo['type']);
    }
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent)
        reply(res, 500, {
          ok: false,
          error_code: 500,
          description: `Internal Server Error: fake crashed: ${String(error)}`,
        });
    });
  });

  async function handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://fake');
    const match = /^\/bot([^/]+)\/([A-Za-z0-9_]+)$/.exec(url.pathname);
    const body = await readBody(req);
    if (!match) return reply(res, 404, { ok: false, error_code: 404, description: 'Not Found' });
    const [, givenToken, methodName] = match as unknown as [string, string, string];
    const contentType = String(req.headers['content-type'] ?? '');
    let params: Json;
    try {
      params = { ...Object.fromEntries(url.searchParams), ...parseBody(body, contentType) };
    } catch {
      return reply(res, 400, { ok: false, error_code: 400, description: "Bad Request: can't parse request body" });
    }
    normaliseParams(params);
    const tokenAccepted = decodeURIComponent(givenToken) === token && !tokenRevoked;
    requests.push({
      method: methodName,
      path: `/bot…/${methodName}`,
      contentType,
      params,
      tokenAccepted,
      at: Date.now(),
    });
    if (!tokenAccepted) return reply(res, 401, { ok: false, error_code: 401, description: 'Unauthorized' });

    const method = methodName.toLowerCase();
    const failureIndex = failures.findIndex((f) => f.method === undefined || f.method.toLowerCase() === method);
    if (failureIndex >= 0) {
      const [failure] = failures.splice(failureIndex, 1);
      return fail(req, res, failure!, params);
    }

    switch (method) {
      case 'getme':
        return ok(res, {
          id: bot.id,
          is_bot: true,
          first_name: bot.firstName,
          username: bot.username,
          can_join_groups: true,
          can_read_all_group_messages: false,
          supports_inline_queries: false,
        });
      case 'getupdates':
        return getUpdates(res, params);
      case 'setwebhook':
        return setWebhook(res, params);
      case 'deletewebhook':
        if (params.drop_pending_updates === true) queue.length = 0;
        {
          const had = webhook.url !== '';
          webhook.url = '';
          webhook.secretToken = undefined;
          return ok(res, true, had ? 'Webhook was deleted' : 'Webhook is already deleted');
        }
      case 'getwebhookinfo':
        return ok(res, {
          url: webhook.url,
          has_custom_certificate: false,
          pending_update_count: queue.length,
          ...(allowedUpdates ? { allowed_updates: allowedUpdates } : {}),
        });
      case 'sendmessage':
        return sendMessage(res, params);
      case 'sendphoto':
        return sendPhoto(res, params);
      case 'answercallbackquery':
        return answerCallbackQuery(res, params);
      case 'getchatmember':
        return getChatMember(res, params);
      case 'sendchataction':
        return sendChatAction(res, params);
      case 'setmycommands':
      case 'deletemycommands':
      case 'getmycommands':
        return myCommands(res, method, params);
      default:
        return reply(res, 404, { ok: false, error_code: 404, description: 'Not Found' });
    }
  }

  function fail(req: http.IncomingMessage, res: http.ServerResponse, failure: Failure, params: Json): void {
    const chat = params.chat_id === undefined ? undefined : chats.get(String(params.chat_id));
    switch (failure.kind) {
      case 'rate_limited':
        tooManyRequests.forced += 1;
        return error(res, 429, `Too Many Requests: retry after ${failure.retryAfter}`, {
          retry_after: failure.retryAfter,
        });
      case 'server_error':
        return error(res, 500, 'Internal Server Error');
      case 'bad_gateway':
        res.writeHead(502, { 'content-type': 'text/html' });
        res.end(
          '<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n',
        );
        return;
      case 'network':
        req.socket.destroy();
        return;
      case 'unknown_chat':
        return error(res, 400, 'Bad Request: chat not found');
      case 'peer_id_invalid':
        return error(res, 400, 'Bad Request: PEER_ID_INVALID');
      case 'blocked':
        return error(
          res,
          403,
          chat && chat.type !== 'private'
            ? 'Forbidden: bot was kicked from the group chat'
            : 'Forbidden: bot was blocked by the user',
        );
      case 'deactivated':
        return error(res, 403, 'Forbidden: user is deactivated');
      case 'kicked':
        return error(res, 403, 'Forbidden: bot was kicked from the supergroup chat');
      case 'bad_request':
        return error(res, 400, 'Bad Request: can\'t parse entities: Unsupported start tag "x" at byte offset 0');
      case 'bad_token':
        return error(res, 401, 'Unauthorized');
      case 'not_found':
        return error(res, 404, 'Not Found');
      case 'conflict':
        return error(
          res,
          409,
          'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running',
        );
    }
  }

  // ---- getUpdates / webhook ----

  function getUpdates(res: http.ServerResponse, params: Json): void {
    const offset = params.offset === undefined ? undefined : Number(params.offset);
    const limit = params.limit === undefined ? undefined : Number(params.limit);
    const timeout = params.timeout === undefined ? undefined : Number(params.timeout);
    getUpdatesCalls.push({ offset, limit, timeout });
    if (webhook.url)
      return error(
        res,
        409,
        "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first",
      );
    if (Array.isArray(params.allowed_updates))
      allowedUpdates = params.allowed_updates.length > 0 ? params.allowed_updates.map(String) : null;
    if (offset !== undefined && offset > 0) {
      confirmedOffset = Math.max(confirmedOffset, offset);
      dropBelow(offset);
    } else if (offset !== undefined && offset < 0) {
      queue.splice(0, Math.max(0, queue.length + offset));
    }
    for (const waiter of [...waiters]) {
      waiters.delete(waiter);
      clearTimeout(waiter.timer);
      error(
        waiter.res,
        409,
        'Conflict: terminated by other getUpdates request; make sure that only one bot instance is running',
      );
    }
    const effectiveLimit = Math.min(100, Math.max(1, limit ?? 100));
    const available = deliverable(offset ?? 0, effectiveLimit);
    if (available.length > 0 || !timeout || timeout <= 0) return ok(res, available);
    const waiter: Waiter = {
      res,
      offset: offset ?? 0,
      limit: effectiveLimit,
      timer: setTimeout(() => {
        waiters.delete(waiter);
        ok(res, deliverable(waiter.offset, waiter.limit));
      }, timeout * 1000),
    };
    waiters.add(waiter);
    res.on('close', () => {
      waiters.delete(waiter);
      clearTimeout(waiter.timer);
    });
  }

  function dropBelow(offset: number): void {
    for (let i = queue.length - 1; i >= 0; i -= 1) if (queue[i]!.update_id < offset) queue.splice(i, 1);
  }

  function deliverable(offset: number, limit: number): TelegramUpdateJson[] {
    if (allowedUpdates) {
      // Telegram never creates updates of kinds the bot did not ask for
      for (let i = queue.length - 1; i >= 0; i -= 1)
        if (!allowedUpdates.includes(kindOf(queue[i]!))) queue.splice(i, 1);
    }
    return queue.filter((u) => u.update_id >= offset).slice(0, limit);
  }

  function wakeWaiters(): void {
    for (const waiter of [...waiters]) {
      const available = deliverable(waiter.offset, waiter.limit);
      if (available.length === 0) continue;
      waiters.delete(waiter);
      clearTimeout(waiter.timer);
      ok(waiter.res, available);
    }
  }

  function setWebhook(res: http.ServerResponse, params: Json): void {
    const url = typeof params.url === 'string' ? params.url : undefined;
    if (url === undefined) return error(res, 400, 'Bad Request: bad webhook: Webhook URL must be provided');
    if (url !== '' && !/^https?:\/\/[^/\s]+/i.test(url))
      return error(res, 400, 'Bad Request: bad webhook: Failed to resolve host: Name or service not known');
    const secret = params.secret_token === undefined ? undefined : String(params.secret_token);
    if (secret !== undefined && !/^[A-Za-z0-9_-]{1,256}$/.test(secret))
      return error(res, 400, 'Bad Request: bad webhook: secret token contains unallowed characters');
    if (params.drop_pending_updates === true) queue.length = 0;
    if (Array.isArray(params.allowed_updates))
      allowedUpdates = params.allowed_updates.length > 0 ? params.allowed_updates.map(String) : null;
    webhook.url = url;
    webhook.secretToken = url === '' ? undefined : secret;
    if (url !== '') {
      for (const waiter of [...waiters]) {
        waiters.delete(waiter);
        clearTimeout(waiter.timer);
        error(waiter.res, 409, 'Conflict: terminated by setWebhook request');
      }
    }
    return ok(res, true, url === '' ? 'Webhook was deleted' : 'Webhook was set');
  }

  // ---- sending ----

  function checkChat(res: http.ServerResponse, params: Json): ChatInfo | null {
    if (params.chat_id === undefined || params.chat_id === '') {
      error(res, 400, 'Bad Request: chat_id is empty');
      return null;
    }
    const chat = chats.get(String(params.chat_id));
    if (!chat) {
      error(res, 400, 'Bad Request: chat not found');
      return null;
    }
    if (blocked.has(chat.id)) {
      error(
        res,
        403,
        chat.type === 'private'
          ? 'Forbidden: bot was blocked by the user'
          : `Forbidden: bot was kicked from the ${chat.type === 'group' ? 'group' : 'supergroup'} chat`,
      );
      return null;
    }
    return chat;
  }

  function checkKeyboard(res: http.ServerResponse, markup: unknown): boolean {
    if (markup === undefined) return true;
    if (typeof markup !== 'object' || markup === null)
      return deny(res, 400, "Bad Request: can't parse reply keyboard markup JSON object");
    const rows = (markup as Json).inline_keyboard;
    if (rows === undefined) return true; // other keyboards are not modelled
    if (!Array.isArray(rows) || rows.some((row) => !Array.isArray(row)))
      return deny(
        res,
        400,
        'Bad Request: field "inline_keyboard" of the InlineKeyboardMarkup must be an Array of Arrays',
      );
    const buttons = (rows as unknown[][]).flat() as Json[];
    if (buttons.length > 100) return deny(res, 400, 'Bad Request: BUTTONS_TOO_MUCH');
    for (const button of buttons) {
      if (typeof button !== 'object' || button === null || typeof button.text !== 'string')
        return deny(res, 400, "Bad Request: can't parse inline keyboard button: Text must be a String");
      if (button.text.trim() === '') return deny(res, 400, 'Bad Request: BUTTON_TEXT_INVALID');
      if (button.callback_data !== undefined) {
        const bytes = typeof button.callback_data === 'string' ? Buffer.byteLength(button.callback_data, 'utf8') : 0;
        if (bytes < 1 || bytes > 64) return deny(res, 400, 'Bad Request: BUTTON_DATA_INVALID');
      } else if (button.url === undefined) {
        return deny(
          res,
          400,
          "Bad Request: can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard",
        );
      }
    }
    return true;
  }

  function checkRate(res: http.ServerResponse, chat: ChatInfo): boolean {
    const now = Date.now();
    if (now < floodUntil) {
      tooManyRequests.forced += 1;
      floods.at(-1)?.refused.push(chat.id);
      const retryAfter = Math.max(1, Math.ceil((floodUntil - now) / 1000));
      error(res, 429, `Too Many Requests: retry after ${retryAfter}`, { retry_after: retryAfter });
      return false;
    }
    let bucket: Bucket | undefined;
    if (perChat) {
      bucket = perChatBuckets.get(chat.id);
      if (!bucket) perChatBuckets.set(chat.id, (bucket = new Bucket(perChat.perSecond, perChat.burst)));
    }
    const waitMs = Math.max(globalBucket?.waitMs(now) ?? 0, bucket?.waitMs(now) ?? 0);
    if (waitMs > 0) {
      tooManyRequests.rateLimited += 1;
      const retryAfter = Math.max(1, Math.ceil(waitMs / 1000));
      error(res, 429, `Too Many Requests: retry after ${retryAfter}`, { retry_after: retryAfter });
      return false;
    }
    globalBucket?.take(now);
    bucket?.take(now);
    return true;
  }

  function messageJson(chat: ChatInfo, messageId: number, extra: Json): Json {
    const chatId = /^-?\d+$/.test(chat.id) ? Number(chat.id) : chat.id;
    const chatJson: Json = { id: chatId, type: chat.type };
    if (chat.type === 'private') chatJson.first_name = chat.firstName ?? 'Người dùng';
    else chatJson.title = chat.title ?? 'Nhóm';
    return {
      message_id: messageId,
      from: { id: bot.id, is_bot: true, first_name: bot.firstName, username: bot.username },
      chat: chatJson,
      date: Math.floor(Date.now() / 1000),
      ...extra,
    };
  }

  function sendMessage(res: http.ServerResponse, params: Json): void {
    const chat = checkChat(res, params);
    if (!chat) return;
    const text = params.text === undefined ? '' : String(params.text);
    if (text.trim() === '') return error(res, 400, 'Bad Request: message text is empty');
    if (text.length > 4096) return error(res, 400, 'Bad Request: message is too long');
    if (!checkKeyboard(res, params.reply_markup)) return;
    if (!checkRate(res, chat)) return;
    const messageId = chat.nextMessageId++;
    const replyMarkup = params.reply_markup as InlineKeyboardMarkupJson | undefined;
    sent.push({
      method: 'sendMessage',
      chatId: chat.id,
      messageId,
      text,
      replyMarkup,
      parseMode: params.parse_mode as string | undefined,
      params,
    });
    ok(res, messageJson(chat, messageId, { text, ...(replyMarkup ? { reply_markup: replyMarkup } : {}) }));
  }

  function sendPhoto(res: http.ServerResponse, params: Json): void {
    const chat = checkChat(res, params);
    if (!chat) return;
    if (params.photo === undefined || params.photo === '')
      return error(res, 400, 'Bad Request: there is no photo in the request');
    if (typeof params.photo === 'string' && /\s/.test(params.photo))
      return error(res, 400, 'Bad Request: wrong file identifier/HTTP URL specified');
    const caption = params.caption === undefined ? null : String(params.caption);
    if (caption !== null && caption.length > 1024) return error(res, 400, 'Bad Request: message caption is too long');
    if (!checkKeyboard(res, params.reply_markup)) return;
    if (!checkRate(res, chat)) return;
    const messageId = chat.nextMessageId++;
    const replyMarkup = params.reply_markup as InlineKeyboardMarkupJson | undefined;
    sent.push({
      method: 'sendPhoto',
      chatId: chat.id,
      messageId,
      text: caption,
      photo: params.photo,
      replyMarkup,
      parseMode: params.parse_mode as string | undefined,
      params,
    });
    const photo = [
      {
        file_id: `AgACAgFake${messageId}s`,
        file_unique_id: `AQADs${messageId}`,
        width: 90,
        height: 60,
        file_size: 1200,
      },
      {
        file_id: `AgACAgFake${messageId}x`,
        file_unique_id: `AQADx${messageId}`,
        width: 1280,
        height: 853,
        file_size: 98000,
      },
    ];
    ok(
      res,
      messageJson(chat, messageId, {
        photo,
        ...(caption !== null ? { caption } : {}),
        ...(replyMarkup ? { reply_markup: replyMarkup } : {}),
      }),
    );
  }

  function answerCallbackQuery(res: http.ServerResponse, params: Json): void {
    const id = params.callback_query_id === undefined ? '' : String(params.callback_query_id);
    if (!id) return error(res, 400, 'Bad Request: parameter "callback_query_id" is required');
    if (!openCallbackQueries.has(id))
      return error(res, 400, 'Bad Request: query is too old and response timeout expired or query ID is invalid');
    openCallbackQueries.delete(id);
    answeredCallbackQueries.push({
      id,
      ...(params.text !== undefined ? { text: String(params.text) } : {}),
      ...(params.show_alert !== undefined ? { showAlert: params.show_alert === true } : {}),
    });
    ok(res, true);
  }

  function getChatMember(res: http.ServerResponse, params: Json): void {
    const chat = checkChat(res, params);
    if (!chat) return;
    const userId = params.user_id === undefined ? '' : String(params.user_id);
    if (!/^\d{1,16}$/.test(userId)) return error(res, 400, 'Bad Request: invalid user_id specified');
    const member = members.get(chat.id)?.get(userId);
    if (!member) return error(res, 400, 'Bad Request: user not found');
    ok(res, member);
  }

  const CHAT_ACTIONS = new Set([
    'typing',
    'upload_photo',
    'record_video',
    'upload_video',
    'record_voice',
    'upload_voice',
    'upload_document',
    'choose_sticker',
    'find_location',
    'record_video_note',
    'upload_video_note',
  ]);

  function sendChatAction(res: http.ServerResponse, params: Json): void {
    const chat = checkChat(res, params);
    if (!chat) return;
    const action = String(params.action ?? '');
    if (!CHAT_ACTIONS.has(action)) return error(res, 400, 'Bad Request: wrong parameter action in request');
    chatActions.push({ chatId: chat.id, action });
    ok(res, true);
  }

  function myCommands(res: http.ServerResponse, method: string, params: Json): void {
    const scope = (params.scope ?? { type: 'default' }) as Json;
    const languageCode = typeof params.language_code === 'string' ? params.language_code : '';
    if (typeof scope !== 'object' || scope === null || !COMMAND_SCOPES.has(String(scope.type)))
      return error(res, 400, "Bad Request: can't parse BotCommandScope");
    if ('chat_id' in scope && !chats.has(String(scope.chat_id))) return error(res, 400, 'Bad Request: chat not found');
    if (languageCode !== '' && !/^[a-z]{2}$/.test(languageCode))
      return error(res, 400, 'Bad Request: invalid language code specified');
    const key = commandListKey(scope, languageCode);
    if (method === 'getmycommands') return ok(res, commandLists.get(key) ?? []);
    if (method === 'deletemycommands') {
      commandLists.delete(key);
      commandMenus.push({ scope, languageCode, commands: null });
      return ok(res, true);
    }
    const commands = params.commands;
    if (!Array.isArray(commands)) return error(res, 400, 'Bad Request: field "commands" must be an Array');
    if (commands.length > 100) return error(res, 400, 'Bad Request: BOT_COMMANDS_TOO_MUCH');
    // As tdlib checks them (td/telegram/BotCommand.cpp): trimmed, one leading slash dropped, then the lengths; the
    // characters are Telegram's servers' check.
    const list: Array<{ command: string; description: string }> = [];
    for (const given of commands as Json[]) {
      const command = (typeof given.command === 'string' ? given.command.trim() : '').replace(/^\//, '');
      const description = typeof given.description === 'string' ? given.description.trim() : '';
      if (command === '') return error(res, 400, 'Bad Request: command must be non-empty');
      if ([...command].length > 32) return error(res, 400, 'Bad Request: command length must not exceed 32');
      if (description === '') return error(res, 400, 'Bad Request: command description must be non-empty');
      if ([...description].length > 256)
        return error(res, 400, 'Bad Request: command description length must not exceed 256');
      if (!/^[a-z0-9_]+$/.test(command)) return error(res, 400, 'Bad Request: BOT_COMMAND_INVALID');
      list.push({ command, description });
    }
    // An empty list is a delete, as Telegram treats it.
    if (list.length === 0) commandLists.delete(key);
    else commandLists.set(key, list);
    commandMenus.push({ scope, languageCode, commands: list });
    ok(res, true);
  }

  // ---- plumbing ----

  function ok(res: http.ServerResponse, result: unknown, description?: string): void {
    reply(res, 200, { ok: true, result, ...(description ? { description } : {}) });
  }

  function error(res: http.ServerResponse, code: number, description: string, parameters?: Json): void {
    reply(res, code, { ok: false, error_code: code, description, ...(parameters ? { parameters } : {}) });
  }

  function deny(res: http.ServerResponse, code: number, description: string): false {
    error(res, code, description);
    return false;
  }

  function reply(res: http.ServerResponse, status: number, body: Json): void {
    if (res.headersSent || res.destroyed || res.writableEnded) return;
    const text = JSON.stringify(body);
    res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
    res.end(text);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    token,
    apiRoot: `http://127.0.0.1:${port}`,
    bot,
    sent,
    requests,
    getUpdatesCalls,
    answeredCallbackQueries,
    chatActions,
    commandMenus,
    commandsFor: (scope, languageCode = '') => commandLists.get(commandListKey(scope, languageCode)) ?? [],
    delivered: (chatId) => sent.filter((m) => m.chatId === String(chatId) && m.text !== null).map((m) => m.text!),
    sentTo: (chatId) => sent.filter((m) => m.chatId === String(chatId)),
    knowChat: (chatId, type) => void knowChat(chatId, type),
    setChatMember: (chatId, member) => {
      knowChat(chatId);
      setMember(String(chatId), member);
    },
    block: (chatId) => void blocked.add(String(chatId)),
    unblock: (chatId) => void blocked.delete(String(chatId)),
    revokeToken: () => {
      tokenRevoked = true;
    },
    failNext: (kind, retryAfter = 3, method) => void failures.push({ kind, retryAfter, method }),
    floodWait: (seconds) => {
      const now = Date.now();
      floodUntil = Math.max(floodUntil, now + seconds * 1000);
      floods.push({ startedAt: now, refused: [] });
    },
    floods,
    tooManyRequests,
    pushUpdate(update) {
      const withId = {
        ...update,
        update_id: typeof update.update_id === 'number' ? update.update_id : nextUpdateId,
      } as TelegramUpdateJson;
      nextUpdateId = Math.max(nextUpdateId, withId.update_id + 1);
      learnFrom(withId);
      queue.push(withId);
      queue.sort((a, b) => a.update_id - b.update_id);
      wakeWaiters();
      return withId;
    },
    pendingUpdateIds: () => queue.map((u) => u.update_id),
    get confirmedOffset() {
      return confirmedOffset;
    },
    webhook,
    async deliverWebhook(url, update, secret) {
      learnFrom(update);
      const response = await fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(secret !== undefined ? { 'x-telegram-bot-api-secret-token': secret } : {}),
        },
        body: JSON.stringify(update),
      });
      return { status: response.status, body: await response.text() };
    },
    waitingPollers: () => waiters.size,
    async close() {
      for (const waiter of [...waiters]) {
        clearTimeout(waiter.timer);
        waiter.res.destroy();
      }
      waiters.clear();
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
    },
  };
}

/** A token bucket: `perSecond` refill, `burst` capacity. */
class Bucket {
  private tokens: number;
  private last = Date.now();
  constructor(
    private readonly perSecond: number,
    private readonly burst: number,
  ) {
    this.tokens = burst;
  }
  private refill(now: number): void {
    this.tokens = Math.min(this.burst, this.tokens + ((now - this.last) / 1000) * this.perSecond);
    this.last = now;
  }
  /** 0 when a message may go now, else how long until it may. */
  waitMs(now: number): number {
    this.refill(now);
    return this.tokens >= 1 ? 0 : ((1 - this.tokens) / this.perSecond) * 1000;
  }
  take(now: number): void {
    this.refill(now);
    this.tokens -= 1;
  }
}

function kindOf(update: TelegramUpdateJson): string {
  return Object.keys(update).find((key) => key !== 'update_id') ?? '';
}

function readBody(req: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

function parseBody(body: Buffer, contentType: string): Json {
  if (body.length === 0) return {};
  const type = contentType.split(';')[0]!.trim().toLowerCase();
  if (type === 'application/json') {
    const parsed: unknown = JSON.parse(body.toString('utf8'));
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error('not an object');
    return parsed as Json;
  }
  if (type === 'application/x-www-form-urlencoded')
    return Object.fromEntries(new URLSearchParams(body.toString('utf8')));
  if (type === 'multipart/form-data') {
    const boundary = /boundary=("?)([^";]+)\1/i.exec(contentType)?.[2];
    if (!boundary) throw new Error('no boundary');
    return parseMultipart(body, boundary);
  }
  return {};
}

/** Enough multipart/form-data for what grammY sends: text fields, and files referenced as attach://<name>. */
function parseMultipart(body: Buffer, boundary: string): Json {
  const text = body.toString('latin1');
  const fields: Json = {};
  const files = new Map<string, { filename: string; size: number }>();
  for (const part of text.split(`--${boundary}`)) {
    if (part === '' || part.startsWith('--')) continue;
    const trimmed = part.replace(/^\r\n/, '').replace(/\r\n$/, '');
    const split = trimmed.indexOf('\r\n\r\n');
    if (split < 0) continue;
    const headers = trimmed.slice(0, split);
    const value = trimmed.slice(split + 4);
    const name = /name="([^"]*)"/i.exec(headers)?.[1];
    if (name === undefined) continue;
    const filename = /filename="?([^";\r\n]*)"?/i.exec(headers)?.[1];
    if (filename !== undefined) files.set(name, { filename, size: Buffer.byteLength(value, 'latin1') });
    else fields[name] = Buffer.from(value, 'latin1').toString('utf8');
  }
  for (const [key, value] of Object.entries(fields)) {
    const attached =
      typeof value === 'string' && value.startsWith('attach://')
        ? files.get(value.slice('attach://'.length))
        : undefined;
    if (attached) fields[key] = { upload: attached.filename, size: attached.size };
  }
  return fields;
}

/** The scopes of the Bot API's BotCommandScope. */
const COMMAND_SCOPES = new Set([
  'default',
  'all_private_chats',
  'all_group_chats',
  'all_chat_administrators',
  'chat',
  'chat_administrators',
  'chat_member',
]);

function commandListKey(scope: Json, languageCode: string): string {
  return JSON.stringify([scope.type, String(scope.chat_id ?? ''), String(scope.user_id ?? ''), languageCode]);
}

/** Form and query values arrive as strings: turn the ones the Bot API reads as JSON, numbers or booleans back. */
function normaliseParams(params: Json): void {
  for (const key of [
    'reply_markup',
    'allowed_updates',
    'entities',
    'caption_entities',
    'link_preview_options',
    'reply_parameters',
    'commands',
    'scope',
  ]) {
    const value = params[key];
    if (typeof value === 'string' && /^\s*[[{]/.test(value)) {
      try {
        params[key] = JSON.parse(value);
      } catch {
        // left as a string: the method reports it
      }
    }
  }
  for (const key of ['offset', 'limit', 'timeout', 'max_connections']) {
    if (typeof params[key] === 'string' && /^-?\d+$/.test(params[key] as string)) params[key] = Number(params[key]);
  }
  for (const key of ['drop_pending_updates', 'show_alert', 'disable_notification', 'protect_content']) {
    if (params[key] === 'true') params[key] = true;
    if (params[key] === 'false') params[key] = false;
  }
}

// ---- update builders (real Bot API shapes) ----

let builtUpdateId = 700_000_000;
const now = (): number => Math.floor(Date.now() / 1000);

export interface PersonJson {
  id: number;
  firstName?: string;
  lastName?: string;
  username?: string;
}

function userJson(person: PersonJson): Json {
  return {
    id: person.id,
    is_bot: false,
    first_name: person.firstName ?? 'Minh',
    ...(person.lastName ? { last_name: person.lastName } : {}),
    ...(person.username ? { username: person.username } : {}),
    language_code: 'vi',
  };
}

/** Entities Telegram would attach: a leading bot_command and @mentions. */
function entitiesFor(text: string): Json[] {
  const entities: Json[] = [];
  const command = /^\/[A-Za-z0-9_]+(?:@[A-Za-z0-9_]+)?/.exec(text);
  if (command) entities.push({ offset: 0, length: command[0].length, type: 'bot_command' });
  for (const mention of text.matchAll(/(^|[^A-Za-z0-9_])(@[A-Za-z0-9_]{5,32})/g)) {
    entities.push({ offset: mention.index! + mention[1]!.length, length: mention[2]!.length, type: 'mention' });
  }
  return entities;
}

export interface TextUpdateInput {
  chatId: number;
  text: string;
  from?: PersonJson;
  chatType?: 'private' | 'group' | 'supergroup';
  title?: string;
  /** Makes the message a reply to one the bot wrote. */
  replyToBot?: { id: number; username: string; firstName?: string; text?: string };
  messageId?: number;
  updateId?: number;
  date?: number;
}

/** A `message` update with text, private by default; group chats get a title and negative ids are expected. */
export function textUpdate(input: TextUpdateInput): TelegramUpdateJson {
  const from = input.from ?? {
    id: input.chatType && input.chatType !== 'private' ? 555_000_111 : input.chatId,
    firstName: 'Minh',
    lastName: 'Nguyễn',
  };
  const chatType = input.chatType ?? 'private';
  const chat: Json =
    chatType === 'private'
      ? {
          id: input.chatId,
          first_name: from.firstName ?? 'Minh',
          ...(from.lastName ? { last_name: from.lastName } : {}),
          type: 'private',
        }
      : { id: input.chatId, title: input.title ?? 'Việc làm Xã Tân Phú', type: chatType };
  const entities = entitiesFor(input.text);
  const message: Json = {
    message_id: input.messageId ?? 1000 + (builtUpdateId % 1000),
    from: userJson(from),
    chat,
    date: input.date ?? now(),
    text: input.text,
    ...(entities.length > 0 ? { entities } : {}),
  };
  if (input.replyToBot) {
    message.reply_to_message = {
      message_id: (message.message_id as number) - 1,
      from: {
        id: input.replyToBot.id,
        is_bot: true,
        first_name: input.replyToBot.firstName ?? 'Bot',
        username: input.replyToBot.username,
      },
      chat,
      date: (message.date as number) - 60,
      text: input.replyToBot.text ?? 'Bạn muốn tìm việc ở đâu?',
    };
  }
  return { update_id: input.updateId ?? builtUpdateId++, message };
}

export interface CallbackQueryUpdateInput {
  chatId: number;
  data: string;
  from?: PersonJson;
  chatType?: 'private' | 'group' | 'supergroup';
  bot?: { id: number; username: string; firstName?: string };
  /** The bot's message carrying the button. */
  messageId?: number;
  messageText?: string;
  queryId?: string;
  updateId?: number;
}

/** A `callback_query` update: someone pressed an inline button under a message of the bot. */
export function callbackQueryUpdate(input: CallbackQueryUpdateInput): TelegramUpdateJson {
  const from = input.from ?? {
    id: input.chatType && input.chatType !== 'private' ? 555_000_111 : input.chatId,
    firstName: 'Minh',
    lastName: 'Nguyễn',
  };
  const chatType = input.chatType ?? 'private';
  const chat: Json =
    chatType === 'private'
      ? { id: input.chatId, first_name: from.firstName ?? 'Minh', type: 'private' }
      : { id: input.chatId, title: 'Việc làm Xã Tân Phú', type: chatType };
  const bot = input.bot ?? { id: 110201543, username: 'KetNoiViecLamBot' };
  const updateId = input.updateId ?? builtUpdateId++;
  return {
    update_id: updateId,
    callback_query: {
      id: input.queryId ?? `${4_382_000_000_000_000_000n + BigInt(updateId)}`,
      from: userJson(from),
      message: {
        message_id: input.messageId ?? 77,
        from: { id: bot.id, is_bot: true, first_name: bot.firstName ?? 'Kết Nối Việc Làm', username: bot.username },
        chat,
        date: now() - 30,
        text: input.messageText ?? 'Bạn đồng ý nhận tin việc làm?\n\n1. Đồng ý\n2. Không đồng ý',
        reply_markup: {
          inline_keyboard: [
            [
              { text: '1. Đồng ý', callback_data: 'yes' },
              { text: '2. Không đồng ý', callback_data: 'no' },
            ],
          ],
        },
      },
      chat_instance: '-5120893459128371520',
      data: input.data,
    },
  };
}

/** A supergroup message mentioning the bot: "@<username> <text>". */
export function groupMentionUpdate(input: {
  chatId: number;
  botUsername: string;
  text: string;
  from?: PersonJson;
  updateId?: number;
}): TelegramUpdateJson {
  return textUpdate({
    chatId: input.chatId,
    text: `@${input.botUsername} ${input.text}`,
    chatType: 'supergroup',
    ...(input.from ? { from: input.from } : {}),
    ...(input.updateId !== undefined ? { updateId: input.updateId } : {}),
  });
}
