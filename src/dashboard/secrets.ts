import { createHash, createHmac, randomBytes } from 'node:crypto';

/**
 * The dashboard's secrets: login-link tokens and session cookie values are 32 random bytes (base64url, 43
 * characters); the database keeps only their SHA-256, so a copy of the database opens nothing.
 */
export function newSecret(): string {
  return randomBytes(32).toString('base64url');
}

export function secretHash(secret: string): string {
  return createHash('sha256').update(secret).digest('base64url');
}

/**
 * The stored hash of a session opened with ADMIN_TOKEN: keyed by the token, so changing ADMIN_TOKEN ends every
 * such session (as it does for /admin/queues), and unsetting it makes them unreachable.
 */
export function adminSessionHash(secret: string, adminToken: string): string {
  return createHmac('sha256', adminToken).update(`knvl dashboard admin session ${secret}`).digest('base64url');
}

/** Whether a string could be one of our secrets (cheap check before any database work). */
export function looksLikeSecret(text: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(text);
}
