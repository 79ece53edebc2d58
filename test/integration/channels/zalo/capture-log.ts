import { Writable } from 'node:stream';
import { createLogger } from '../../../../src/logger.ts';

/**
 * A trace-level logger that knows no secrets (so only our own redaction keeps the token out) and keeps the lines.
 */
export function captureLog() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString().split('\n').filter(Boolean));
      done();
    },
  });
  const logger = createLogger({ level: 'trace', secrets: [], destination });
  const parsed = () => lines.map((line) => JSON.parse(line) as { level: number; msg?: string } & Record<string, unknown>);
  return { logger, lines, parsed, text: () => lines.join('\n') };
}
