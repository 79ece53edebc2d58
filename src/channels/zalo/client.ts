import type { z } from 'zod';
import {
  botInfoSchema,
  chatActionSchema,
  deletedWebhookSchema,
  envelopeSchema,
  rawUpdateSchema,
  retryHintSchema,
  sentMessageSchema,
  webhookInfoSchema,
  type ZaloBotInfo,
  type ZaloEnvelope,
  type ZaloSentMessage,
  type ZaloWebhookInfo,
} from './api-schema.ts';
import { ZaloApiError, isZaloApiError } from './errors.ts';
import { hideToken } from '../hide-token.ts';

/**
 * Our own Zalo Bot API client (reference/zalo-bot-api.md §1, §2, §4): POST `${apiRoot}/bot${token}/${method}`
 * with a JSON body. `ok` decides success, not the HTTP status. Every failure is a ZaloApiError without the token.
 */

export interface ZaloClientOptions {
  token: string;
  apiRoot: string;
  fetch?: typeof fetch;
  /** Local timeout of an ordinary call; default 10 s. */
  timeoutMs?: number;
  /** Local timeout of sendPhoto (Zalo fetches the image before it answers); default 60 s. */
  photoTimeoutMs?: number;
}

export interface CallOptions {
  /** Aborts the call (e.g. stopping the poller); the error then has reason 'aborted'. */
  signal?: AbortSignal;
}

export interface ZaloClient {
  getMe(options?: CallOptions): Promise<ZaloBotInfo>;
  /** One pending update (the raw `result`), or a ZaloApiError with code 408 when nothing arrived in time. */
  getUpdates(params?: { timeout?: number }, options?: CallOptions): Promise<unknown>;
  setWebhook(params: { url: string; secret_token: string }, options?: CallOptions): Promise<ZaloWebhookInfo>;
  deleteWebhook(options?: CallOptions): Promise<ZaloWebhookInfo>;
  /** `{url: ''}` when no webhook is set, also when Zalo answers 404 for that (reported by one client). */
  getWebhookInfo(options?: CallOptions): Promise<ZaloWebhookInfo>;
  sendMessage(params: { chat_id: string; text: string }, options?: CallOptions): Promise<ZaloSentMessage>;
  sendPhoto(
    params: { chat_id: string; photo: string; caption?: string },
    options?: CallOptions,
  ): Promise<ZaloSentMessage>;
  sendChatAction(params: { chat_id: string; action: 'typing' }, options?: CallOptions): Promise<true>;
}

export const DEFAULT_TIMEOUT_MS = 10_000;
export const DEFAULT_PHOTO_TIMEOUT_MS = 60_000;
export const DEFAULT_POLL_TIMEOUT_SECONDS = 30;
/** How much longer than the poll timeout the local HTTP timeout of getUpdates is. */
export const POLL_TIMEOUT_MARGIN_MS = 10_000;

export function createZaloClient(options: ZaloClientOptions): ZaloClient {
  const { token } = options;
  const apiRoot = options.apiRoot.replace(/\/+$/, '');
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const photoTimeoutMs = options.photoTimeoutMs ?? Math.max(DEFAULT_PHOTO_TIMEOUT_MS, timeoutMs);
  const safe = (text: string) => hideToken(text, token);

  async function call<S extends z.ZodType>(
    method: string,
    body: object,
    schema: S,
    callTimeoutMs: number,
    signal?: AbortSignal,
  ): Promise<z.output<S>> {
    const timeout = AbortSignal.timeout(callTimeoutMs);
    const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
    const fail = (init: Omit<ConstructorParameters<typeof ZaloApiError>[0], 'method'>) =>
      new ZaloApiError({ ...init, method, description: safe(init.description) });
    const noAnswer = (error: unknown) => {
      if (signal?.aborted) return fail({ code: 0, reason: 'aborted', description: 'aborted by caller' });
      if (timeout.aborted)
        return fail({ code: 0, reason: 'timeout', description: `no answer within ${callTimeoutMs} ms` });
      return fail({ code: 0, reason: 'network', description: describeCause(error) });
    };

    let status: number;
    let statusText: string;
    let retryHeader: string | null;
    let text: string;
    try {
      const response = await fetchImpl(`${apiRoot}/bot${token}/${method}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify(body),
        signal: combined,
      });
      status = response.status;
      statusText = response.statusText;
      retryHeader = response.headers.get('retry-after');
      text = await response.text();
    } catch (error) {
      throw noAnswer(error);
    }

    const envelope = readEnvelope(text);
    const retryAfterMs = retryHint(envelope, retryHeader);
    if (!envelope) {
      const is2xx = status >= 200 && status < 300;
      const snippet = text.trim().slice(0, 200);
      throw fail({
        code: status,
        reason: is2xx ? 'invalid_response' : 'http',
        description: is2xx
          ? `answer is not a Zalo envelope: ${snippet || '(empty body)'}`
          : `HTTP ${status} ${statusText}${snippet ? `: ${snippet}` : ''}`.trim(),
        ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
      });
    }
    if (envelope.ok !== true) {
      throw fail({
        code: envelope.error_code ?? status,
        reason: 'api',
        description: envelope.description ?? (statusText || 'no description'),
        ...(retryAfterMs !== undefined ? { retryAfterMs } : {}),
      });
    }
    const parsed = schema.safeParse(envelope.result);
    if (!parsed.success) {
      throw fail({
        code: status,
        reason: 'invalid_response',
        description: `unexpected result shape: ${parsed.error.issues.map((i) => `${i.path.join('.') || 'result'} ${i.message}`).join('; ')}`,
      });
    }
    return parsed.data;
  }

  return {
    getMe: (o) => call('getMe', {}, botInfoSchema, timeoutMs, o?.signal),
    getUpdates: (params, o) => {
      const seconds = params?.timeout ?? DEFAULT_POLL_TIMEOUT_SECONDS;
      return call(
        'getUpdates',
        { timeout: seconds },
        rawUpdateSchema,
        seconds * 1000 + POLL_TIMEOUT_MARGIN_MS,
        o?.signal,
      );
    },
    setWebhook: (params, o) =>
      call(
        'setWebhook',
        { url: params.url, secret_token: params.secret_token },
        webhookInfoSchema,
        timeoutMs,
        o?.signal,
      ),
    deleteWebhook: (o) => call('deleteWebhook', {}, deletedWebhookSchema, timeoutMs, o?.signal),
    getWebhookInfo: async (o) => {
      try {
        return await call('getWebhookInfo', {}, webhookInfoSchema, timeoutMs, o?.signal);
      } catch (error) {
        if (isZaloApiError(error) && error.code === 404 && (error.reason === 'api' || error.reason === 'http'))
          return { url: '' };
        throw error;
      }
    },
    sendMessage: (params, o) =>
      call('sendMessage', { chat_id: params.chat_id, text: params.text }, sentMessageSchema, timeoutMs, o?.signal),
    sendPhoto: (params, o) => {
      const body: Record<string, string> = { chat_id: params.chat_id, photo: params.photo };
      if (params.caption) body.caption = params.caption;
      return call('sendPhoto', body, sentMessageSchema, photoTimeoutMs, o?.signal);
    },
    sendChatAction: (params, o) =>
      call(
        'sendChatAction',
        { chat_id: params.chat_id, action: params.action },
        chatActionSchema,
        timeoutMs,
        o?.signal,
      ),
  };
}

function readEnvelope(text: string): ZaloEnvelope | null {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  const parsed = envelopeSchema.safeParse(json);
  return parsed.success ? parsed.data : null;
}

/** Zalo documents no retry hint; use one only if the answer carries it (Retry-After header or a body field). */
function retryHint(envelope: ZaloEnvelope | null, header: string | null): number | undefined {
  if (envelope) {
    const hint = retryHintSchema.safeParse(envelope);
    const seconds = hint.success ? (hint.data.parameters?.retry_after ?? hint.data.retry_after) : undefined;
    if (seconds !== undefined) return Math.ceil(seconds * 1000);
  }
  if (header && /^\d+(\.\d+)?$/.test(header.trim())) return Math.ceil(Number(header.trim()) * 1000);
  return undefined;
}

/** "fetch failed" alone says little; undici puts the reason (ECONNREFUSED, ...) in `cause`. */
function describeCause(error: unknown): string {
  const parts: string[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 3 && current; depth++) {
    if (current instanceof Error) {
      const code = (current as { code?: unknown }).code;
      parts.push(
        typeof code === 'string' && !current.message.includes(code) ? `${current.message} (${code})` : current.message,
      );
      current = current.cause;
    } else {
      parts.push(String(current));
      break;
    }
  }
  return parts.join(': ') || 'network error';
}
