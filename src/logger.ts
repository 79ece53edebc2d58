import pino, { type Logger } from 'pino';
import { scrubText, scrubValue } from './core/redact.ts';

export type { Logger };

export interface LoggerOptions {
  level: string;
  /** Exact values that must never be written (tokens, webhook secrets, passwords). */
  secrets: readonly string[];
  /** Where lines go; defaults to stdout. Tests pass a stream to read what was written. */
  destination?: pino.DestinationStream;
}

/**
 * The one logger. Every line passes through the scrubber: secrets and phone numbers never reach output,
 * whether they come in a message string, a field or an error.
 */
export function createLogger(options: LoggerOptions): Logger {
  const { secrets } = options;
  return pino(
    {
      level: options.level,
      base: { pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: {
        log: (object) => scrubValue(object, secrets) as Record<string, unknown>,
      },
      hooks: {
        logMethod(args, method) {
          const scrubbed = args.map((arg) => (typeof arg === 'string' ? scrubText(arg, secrets) : scrubValue(arg, secrets)));
          return method.apply(this, scrubbed as Parameters<typeof method>);
        },
      },
    },
    options.destination,
  );
}
