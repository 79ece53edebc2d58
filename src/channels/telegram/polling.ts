import { Api, GrammyError, HttpError } from 'grammy';
import type { Update } from '@grammyjs/types';
import type { Logger } from '../../logger.ts';
import { backoffDelay, sleep, type BackoffOptions } from './backoff.ts';
import { describeTelegramError } from './errors.ts';
import { TELEGRAM_FETCH_CONFIG } from './http-agent.ts';

export interface TelegramPollingOptions {
  /** A grammY Api to poll with; its request timeout must exceed timeoutSeconds (the adapter's 30 s does). */
  api?: Api;
  /** Or a token and API root, and polling makes its own Api. */
  token?: string;
  apiRoot?: string;
  /** Called once per update, in order; the update is confirmed to Telegram only after this resolves. */
  onUpdate: (raw: unknown) => Promise<void>;
  logger: Logger;
  /** Long-poll timeout in seconds (how long Telegram holds getUpdates open when idle). Default 25. */
  timeoutSeconds?: number;
  /** Updates per getUpdates, 1-100. Default 100. */
  limit?: number;
  /** Update kinds to receive. Default message and callback_query (all the parser reads). */
  allowedUpdates?: ReadonlyArray<Exclude<keyof Update, 'update_id'>>;
  /** Back-off after errors; default 1 s doubling to 30 s. */
  backoff?: Partial<BackoffOptions>;
  /** A handler failing this many times in a row on the same update makes polling skip it. Default 5. */
  maxAttemptsPerUpdate?: number;
}

export type PollingEnd = 'stopped' | 'unauthorized';

export interface TelegramPolling {
  /** Aborts the long poll in flight, lets a running onUpdate finish, confirms what was handled, resolves. */
  stop(): Promise<void>;
  /** Settles when the loop ends: 'stopped' after stop(), 'unauthorized' when Telegram rejected the token. */
  readonly done: Promise<PollingEnd>;
}

/**
 * Long polling with getUpdates, our own loop rather than grammY's Bot.start, so we decide ordering,
 * back-off and shutdown:
 * - updates go to onUpdate one at a time, in update_id order, and the offset moves past an update only after
 *   onUpdate resolved: a crash re-delivers (inbound events are de-duplicated by event id) instead of losing;
 * - if onUpdate rejects, polling backs off and fetches again from the same update; after
 *   maxAttemptsPerUpdate failures on one update it is skipped with an error line (one poison update must not
 *   stop everyone's messages);
 * - nothing touches the webhook: a 409 (a webhook is set, or another process polls) is logged once, clearly,
 *   and polling keeps retrying with back-off until the other side goes away;
 * - 401 (and 404, what Telegram answers for a malformed token) stops polling with one error line;
 * - 429 waits retry_after; 5xx and network errors back off exponentially up to 30 s.
 */
export function startTelegramPolling(options: TelegramPollingOptions): TelegramPolling {
  const timeoutSeconds = options.timeoutSeconds ?? 25;
  const api = options.api ?? ownApi(options, timeoutSeconds);
  const token = api.token;
  const { logger, onUpdate } = options;
  const limit = Math.min(100, Math.max(1, options.limit ?? 100));
  const allowedUpdates = [...(options.allowedUpdates ?? ['message', 'callback_query'])];
  const backoff: BackoffOptions = {
    initialMs: options.backoff?.initialMs ?? 1000,
    maxMs: options.backoff?.maxMs ?? 30_000,
  };
  const maxAttemptsPerUpdate = options.maxAttemptsPerUpdate ?? 5;
  const controller = new AbortController();
  const { signal } = controller;

  async function run(): Promise<PollingEnd> {
    let offset: number | undefined;
    let confirmed: number | undefined;
    let failures = 0;
    let conflictLogged = false;
    let failingUpdate = { id: -1, attempts: 0 };

    logger.info({ timeoutSeconds }, 'telegram polling started');
    while (!signal.aborted) {
      let updates: Update[];
      try {
        updates = await api.getUpdates(
          { offset, limit, timeout: timeoutSeconds, allowed_updates: allowedUpdates },
          grammySignal(signal),
        );
        confirmed = offset;
      } catch (error) {
        if (signal.aborted) break;
        failures += 1;
        const detail = describeTelegramError(error, token);
        if (error instanceof GrammyError && (error.error_code === 401 || error.error_code === 404)) {
          logger.error(
            { detail },
            `telegram polling stopped: Telegram rejected the bot token (${error.error_code}); check TELEGRAM_BOT_TOKEN`,
          );
          return 'unauthorized';
        }
        if (error instanceof GrammyError && error.error_code === 409) {
          const wait = backoffDelay(failures, backoff);
          if (!conflictLogged) {
            logger.error(
              { detail },
              'telegram polling conflict (409): a webhook is set for this bot or another process is polling with the same token; ' +
                'this process leaves the webhook alone and keeps retrying (delete the webhook or stop the other poller)',
            );
            conflictLogged = true;
          } else {
            logger.debug({ detail, waitMs: wait }, 'telegram polling conflict continues');
          }
          await sleep(wait, signal);
          continue;
        }
        if (error instanceof GrammyError && error.error_code === 429) {
          const wait = Math.max(1, error.parameters?.retry_after ?? 1) * 1000;
          logger.warn({ detail, waitMs: wait }, 'telegram polling throttled (429); waiting as Telegram asks');
          await sleep(wait, signal);
          continue;
        }
        const wait = backoffDelay(failures, backoff);
        const transient = error instanceof HttpError || (error instanceof GrammyError && error.error_code >= 500);
        if (failures === 1 || failures % 10 === 0) {
          logger.warn(
            { detail, attempt: failures, waitMs: wait },
            transient ? 'telegram polling failed; retrying' : 'telegram polling failed unexpectedly; retrying',
          );
        } else {
          logger.debug({ detail, attempt: failures, waitMs: wait }, 'telegram polling still failing');
        }
        await sleep(wait, signal);
        continue;
      }

      if (failures > 0) {
        logger.info({ afterFailures: failures }, 'telegram polling recovered');
        failures = 0;
        conflictLogged = false;
      }

      for (const update of updates) {
        if (signal.aborted) break;
        if (offset !== undefined && update.update_id < offset) continue;
        try {
          await onUpdate(update);
        } catch (error) {
          failingUpdate =
            failingUpdate.id === update.update_id
              ? { id: update.update_id, attempts: failingUpdate.attempts + 1 }
              : { id: update.update_id, attempts: 1 };
          const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
          if (failingUpdate.attempts >= maxAttemptsPerUpdate) {
            logger.error(
              { eventId: String(update.update_id), attempts: failingUpdate.attempts, detail },
              'telegram update skipped: its handler kept failing',
            );
          } else {
            const wait = backoffDelay(failingUpdate.attempts, backoff);
            logger.warn(
              { eventId: String(update.update_id), attempt: failingUpdate.attempts, waitMs: wait, detail },
              'telegram update handler failed; will fetch it again',
            );
            await sleep(wait, signal);
            break; // fetch again from this update (the offset has not moved past it)
          }
        }
        offset = update.update_id + 1;
      }
    }

    if (offset !== undefined && offset !== confirmed) await confirm(offset);
    return 'stopped';
  }

  /** Tells Telegram everything before `offset` was handled, so a restart does not receive it again. */
  async function confirm(offset: number): Promise<void> {
    try {
      await api.getUpdates(
        { offset, limit: 1, timeout: 0, allowed_updates: allowedUpdates },
        grammySignal(AbortSignal.timeout(2000)),
      );
    } catch (error) {
      logger.debug(
        { detail: describeTelegramError(error, token) },
        'telegram offset not confirmed on stop; those updates will come again',
      );
    }
  }

  const done = run().then(
    (end) => {
      logger.info({ end }, 'telegram polling ended');
      return end;
    },
    (error: unknown) => {
      // run() catches everything it expects; this is a bug, but a rejected promise nobody awaits would crash
      logger.error({ detail: describeTelegramError(error, token) }, 'telegram polling crashed');
      return 'stopped' as const;
    },
  );

  return {
    done,
    async stop(): Promise<void> {
      controller.abort();
      await done;
    },
  };
}

/**
 * grammY types its signal parameter with the abort-controller package's class; Node's AbortSignal is what it uses at
 * run time.
 */
function grammySignal(signal: AbortSignal): Parameters<Api['getUpdates']>[1] {
  return signal as unknown as Parameters<Api['getUpdates']>[1];
}

function ownApi(options: TelegramPollingOptions, timeoutSeconds: number): Api {
  if (!options.token || !options.apiRoot)
    throw new Error('startTelegramPolling needs an api, or a token and an apiRoot');
  return new Api(options.token, {
    apiRoot: options.apiRoot.replace(/\/+$/, ''),
    timeoutSeconds: timeoutSeconds + 15,
    baseFetchConfig: TELEGRAM_FETCH_CONFIG,
  });
}
