import { createHmac, randomBytes } from 'node:crypto';
import pino, { type Logger } from 'pino';
import { scrubText, scrubValue } from './kernel/redact.ts';

export type { Logger };

export interface LoggerOptions {
  level: string;
  /** Exact values that must never be written (tokens, webhook secrets, passwords). */
  secrets: readonly string[];
  /** Where lines go; defaults to stdout. Tests pass a stream to read what was written. */
  destination?: pino.DestinationStream;
}

/** A new key at every start: a chat's lines can be followed within one run, and matched with nothing outside it. */
const LOG_ID_KEY = randomBytes(32);

/**
 * How a chat or user id is written to the log: the first 12 hex digits of an HMAC keyed per process. The same id
 * gives the same text all through one run; the text gives nobody the id back.
 */
export function logId(id: string | number | bigint): string {
  return createHmac('sha256', LOG_ID_KEY).update(String(id)).digest('hex').slice(0, 12);
}

/** Fields holding a platform's chat or user id, wherever they appear in a log line. */
const ID_FIELDS: ReadonlySet<string> = new Set(['chatId', 'chat_id', 'userId', 'user_id']);

/**
 * A copy of a log object with every chat and user id in it, at any depth, replaced by its logId. Errors, dates and
 * cycles are left as they are.
 */
function pseudonymize(value: unknown, seen = new WeakSet<object>()): unknown {
  if (typeof value !== 'object' || value === null || value instanceof Error || value instanceof Date || seen.has(value))
    return value;
  seen.add(value);
  if (Array.isArray(value)) return value.map((item) => pseudonymize(item, seen));
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    const isId =
      ID_FIELDS.has(key) && (typeof field === 'string' || typeof field === 'number' || typeof field === 'bigint');
    out[key] = isId ? logId(field) : pseudonymize(field, seen);
  }
  return out;
}

/**
 * The one logger. Every line passes through the scrubber: secrets and phone numbers never reach output,
 * whether they come in a message string, a field or an error; chat and user ids are written as logId().
 */
export function createLogger(options: LoggerOptions): Logger {
  const { secrets } = options;
  const logger = pino(
    {
      level: options.level,
      base: { pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: {
        log: (object) => scrubValue(object, secrets) as Record<string, unknown>,
      },
      hooks: {
        logMethod(args, method) {
          // Ids before scrubbing: a long numeric id would otherwise be taken for a phone number and lose its identity.
          const scrubbed = args.map((arg) =>
            typeof arg === 'string' ? scrubText(arg, secrets) : scrubValue(pseudonymize(arg), secrets),
          );
          return method.apply(this, scrubbed as Parameters<typeof method>);
        },
      },
    },
    options.destination,
  );
  // A child logger's bindings are written on every line it writes; children inherit this from the root.
  const child = logger.child;
  logger.child = function childWithoutIds(this: Logger, bindings, childOptions) {
    return child.call(this, pseudonymize(bindings) as typeof bindings, childOptions);
  } as typeof logger.child;
  return logger;
}
