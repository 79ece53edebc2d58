/**
 * The browser sessions of SIMULATOR_TOKEN's login form: a random cookie value per login, kept in memory with an
 * expiry (a restart logs everyone out, which is fine for a test tool). Only a SHA-256 of each value is kept, so
 * looking one up leaks nothing about the others through timing, and a heap dump holds no usable cookie.
 */
import { createHash, randomBytes } from 'node:crypto';

export const SIMULATOR_SESSION_TTL_MS = 12 * 60 * 60 * 1000;
/** Logins are behind the token, so this only bounds memory against a token holder's script. */
const DEFAULT_MAX_SESSIONS = 1000;
const COOKIE_VALUE = /^[A-Za-z0-9_-]{43}$/;

export interface CookieSessions {
  /** A new session; returns the cookie value. The oldest session goes when there are too many. */
  open(): string;
  /** Whether `value` is a session that has not expired. */
  isOpen(value: string): boolean;
  close(value: string): void;
  readonly size: number;
}

function digest(value: string): string {
  return createHash('sha256').update(value).digest('base64url');
}

export function createCookieSessions(
  options: { ttlMs?: number; max?: number; now?: () => number } = {},
): CookieSessions {
  const ttlMs = options.ttlMs ?? SIMULATOR_SESSION_TTL_MS;
  const max = Math.max(1, options.max ?? DEFAULT_MAX_SESSIONS);
  const now = options.now ?? Date.now;
  /** digest → expiry (ms); insertion order is opening order, so the first entry is the oldest. */
  const sessions = new Map<string, number>();

  function sweep(at: number): void {
    for (const [key, expiresAt] of sessions) if (expiresAt <= at) sessions.delete(key);
  }

  return {
    open() {
      const at = now();
      sweep(at);
      while (sessions.size >= max) sessions.delete(sessions.keys().next().value!);
      const value = randomBytes(32).toString('base64url');
      sessions.set(digest(value), at + ttlMs);
      return value;
    },
    isOpen(value) {
      if (!COOKIE_VALUE.test(value)) return false;
      const key = digest(value);
      const expiresAt = sessions.get(key);
      if (expiresAt === undefined) return false;
      if (expiresAt > now()) return true;
      sessions.delete(key);
      return false;
    },
    close(value) {
      sessions.delete(digest(value));
    },
    get size() {
      return sessions.size;
    },
  };
}
