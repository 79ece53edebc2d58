import { Writable } from 'node:stream';
import { createLogger, type Logger } from '../../../../src/logger.ts';

/**
 * A trace-level logger whose lines the test can read. No secrets are configured on purpose: the code under
 * test must keep the token out of its log lines by itself.
 */
export function captureLogs(): { logger: Logger; lines: () => Array<Record<string, unknown>>; text: () => string } {
  const raw: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      raw.push(...chunk.toString().split('\n').filter(Boolean));
      done();
    },
  });
  const logger = createLogger({ level: 'trace', secrets: [], destination });
  return { logger, lines: () => raw.map((line) => JSON.parse(line) as Record<string, unknown>), text: () => raw.join('\n') };
}
