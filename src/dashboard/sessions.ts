import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema.ts';
import { adminSessionHash, looksLikeSecret, newSecret, secretHash } from './secrets.ts';

/**
 * Browser sessions of /dashboard: a random cookie value, its hash in dashboard_sessions, 12 hours. person_id NULL
 * is a session opened with ADMIN_TOKEN (stored under a hash keyed by the token: a new token ends it).
 */
export const SESSION_LIFETIME_MS = 12 * 3600_000;

type Db = Kysely<Database> | Transaction<Database>;

export interface DashboardSession {
  /** null: opened with ADMIN_TOKEN. */
  personId: number | null;
  expiresAt: Date;
}

export async function openSession(
  db: Db,
  personId: number | null,
  now: Date,
  adminToken: string | null,
): Promise<{ cookieValue: string; expiresAt: Date }> {
  if (personId === null && adminToken === null) throw new Error('an admin session needs ADMIN_TOKEN');
  const cookieValue = newSecret();
  const expiresAt = new Date(now.getTime() + SESSION_LIFETIME_MS);
  const idHash = personId === null ? adminSessionHash(cookieValue, adminToken ?? '') : secretHash(cookieValue);
  await db
    .insertInto('dashboard_sessions')
    .values({ id_hash: idHash, person_id: personId, created_at: now, expires_at: expiresAt })
    .execute();
  await db.deleteFrom('dashboard_sessions').where('expires_at', '<', now).execute();
  return { cookieValue, expiresAt };
}

/** The session a cookie value opens now, or null (unknown, expired, or an admin session of another token). */
export async function findSession(
  db: Db,
  cookieValue: string,
  now: Date,
  adminToken: string | null,
): Promise<DashboardSession | null> {
  if (!looksLikeSecret(cookieValue)) return null;
  const personHash = secretHash(cookieValue);
  const adminHash = adminToken === null ? null : adminSessionHash(cookieValue, adminToken);
  const row = await db
    .selectFrom('dashboard_sessions')
    .select(['id_hash', 'person_id', 'expires_at'])
    .where('id_hash', 'in', adminHash === null ? [personHash] : [personHash, adminHash])
    .where('expires_at', '>', now)
    .executeTakeFirst();
  if (!row) return null;
  const valid = row.person_id === null ? row.id_hash === adminHash : row.id_hash === personHash;
  return valid ? { personId: row.person_id === null ? null : Number(row.person_id), expiresAt: row.expires_at } : null;
}

export async function closeSession(db: Db, cookieValue: string, adminToken: string | null): Promise<void> {
  if (!looksLikeSecret(cookieValue)) return;
  const hashes = [secretHash(cookieValue), ...(adminToken === null ? [] : [adminSessionHash(cookieValue, adminToken)])];
  await db.deleteFrom('dashboard_sessions').where('id_hash', 'in', hashes).execute();
}
