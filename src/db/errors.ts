/** A database we cannot use, with a sentence a person can act on. */
export class DatabaseUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DatabaseUnavailableError';
  }
}

const REASONS: Record<string, string> = {
  ECONNREFUSED: 'nothing is listening there (is PostgreSQL running?)',
  ENOTFOUND: 'the host name does not resolve',
  EAI_AGAIN: 'the host name does not resolve',
  ETIMEDOUT: 'the connection timed out',
  ECONNRESET: 'the server closed the connection',
  '28P01': 'the password was rejected',
  '28000': 'the server refused this user',
  '3D000': 'that database does not exist',
  '57P03': 'the server is starting up or shutting down',
};

/** A short reason for a connection failure, from pg's error code or message. */
export function describeConnectionError(error: unknown): string {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === 'object' && !seen.has(current)) {
    seen.add(current);
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && REASONS[code]) return REASONS[code];
    const nested = (current as { errors?: unknown[] }).errors;
    if (Array.isArray(nested) && nested.length > 0) {
      current = nested[0];
      continue;
    }
    current = (current as { cause?: unknown }).cause;
  }
  return error instanceof Error && error.message ? error.message : 'unknown error';
}
