import type { Logger } from '../../logger.ts';
import { POLL_BACKOFF, nextDelayMs, type Backoff } from './backoff.ts';
import { DEFAULT_POLL_TIMEOUT_SECONDS, type ZaloClient } from './client.ts';
import { isZaloApiError } from './errors.ts';

/**
 * Long polling of getUpdates (reference/zalo-bot-api.md §2, §4.2): one call at a time, each update handed to
 * `onUpdate` and awaited before the next call, so updates keep their order. Zalo acknowledges implicitly: an
 * update handed out is gone, so a failing handler is logged and polling goes on.
 *
 * - 408: nothing new, poll again at once;
 * - 401: the token is rejected; stop for good with one log line;
 * - anything else (429, 5xx, network, timeouts, ...): back off 1 s, 2 s, ... up to 30 s; reset after a success.
 *
 * Never calls setWebhook or deleteWebhook: getUpdates fails while a webhook is set, which is logged and retried.
 */

export interface ZaloPollingOptions {
  client: Pick<ZaloClient, 'getUpdates'>;
  onUpdate: (raw: unknown) => Promise<void>;
  logger: Logger;
  /** Aborting it stops polling, like stop(). */
  signal?: AbortSignal;
  /** The `timeout` sent to getUpdates, in seconds; default 30. */
  timeoutSeconds?: number;
  backoff?: Backoff;
}

export interface ZaloPolling {
  /** Aborts the call in flight, waits for a running onUpdate to finish, and resolves. */
  stop(): Promise<void>;
  /** Resolves when polling has ended, by stop(), the signal, or a rejected token. */
  readonly done: Promise<void>;
}

export const TOKEN_REJECTED_LOG = 'Zalo rejected the bot token; polling stopped';

export function startZaloPolling(options: ZaloPollingOptions): ZaloPolling {
  const { client, onUpdate, logger } = options;
  const timeout = options.timeoutSeconds ?? DEFAULT_POLL_TIMEOUT_SECONDS;
  const backoff = options.backoff ?? POLL_BACKOFF;
  const controller = new AbortController();
  const stopSignal = controller.signal;
  const onExternalAbort = () => controller.abort();
  if (options.signal?.aborted) controller.abort();
  else options.signal?.addEventListener('abort', onExternalAbort, { once: true });

  async function loop(): Promise<void> {
    let delayMs = 0;
    while (!stopSignal.aborted) {
      let raw: unknown;
      try {
        raw = await client.getUpdates({ timeout }, { signal: stopSignal });
      } catch (error) {
        if (stopSignal.aborted) break;
        if (isZaloApiError(error) && error.reason === 'api' && error.code === 408) {
          delayMs = 0;
          continue;
        }
        if (isZaloApiError(error) && (error.reason === 'api' || error.reason === 'http') && error.code === 401) {
          logger.error(TOKEN_REJECTED_LOG);
          break;
        }
        delayMs = nextDelayMs(delayMs, backoff);
        // Zalo documents no retry hint; should an answer carry one, wait at least that long.
        const waitMs = Math.max(delayMs, isZaloApiError(error) ? (error.retryAfterMs ?? 0) : 0);
        logger.warn({ err: error, retryInMs: waitMs }, 'Zalo getUpdates failed; retrying');
        await sleep(waitMs, stopSignal);
        continue;
      }
      delayMs = 0;
      try {
        await onUpdate(raw);
      } catch (error) {
        logger.error({ err: error }, 'Zalo update handler failed; the update is dropped');
      }
    }
    options.signal?.removeEventListener('abort', onExternalAbort);
  }

  const done = loop().catch((error: unknown) => {
    logger.error({ err: error }, 'Zalo polling crashed');
  });

  return {
    done,
    async stop() {
      controller.abort();
      await done;
    },
  };
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(finish, ms);
    function finish() {
      clearTimeout(timer);
      signal.removeEventListener('abort', finish);
      resolve();
    }
    signal.addEventListener('abort', finish, { once: true });
  });
}
