import { Writable } from 'node:stream';
import { createLogger, type Logger } from '../../src/logger.ts';

export type LogLine = { level: number; msg?: string } & Record<string, unknown>;

/**
 * A trace-level logger whose lines a test can read. By default it knows no secrets, so only the code under
 * test keeps a token out of its lines; pass secrets to test the logger's own scrubbing.
 */
export function captureLog(secrets: readonly string[] = []): {
  logger: Logger;
  raw: string[];
  parsed: () => LogLine[];
  text: () => string;
} {
  const raw: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      raw.push(...chunk.toString().split('\n').filter(Boolean));
      done();
    },
  });
  const logger = createLogger({ level: 'trace', secrets, destination });
  return { logger, raw, parsed: () => raw.map((line) => JSON.parse(line) as LogLine), text: () => raw.join('\n') };
}
