import type { Kysely, Transaction } from 'kysely';
import { writeAudit } from '../db/audit-log.ts';
import type { Database } from '../db/schema.ts';
import { looksLikeSecret, newSecret, secretHash } from './secrets.ts';

/**
 * One-time login links to /dashboard, sent by the bot to an official (/baocao). The token travels only in the
 * message; the database keeps its SHA-256. A link works once, within 15 minutes of being issued.
 */
export const LINK_LIFETIME_MS = 15 * 60_000;
export const LINK_LIFETIME_MINUTES = LINK_LIFETIME_MS / 60_000;

type Db = Kysely<Database> | Transaction<Database>;

export async function issueDashboardLink(
  db: Db,
  personId: number,
  now: Date,
  actorLabel: 'official' | 'admin' = 'official',
): Promise<{ token: string; expiresAt: Date }> {
  const token = newSecret();
  const expiresAt = new Date(now.getTime() + LINK_LIFETIME_MS);
  await db
    .insertInto('dashboard_links')
    .values({ token_hash: secretHash(token), person_id: personId, created_at: now, expires_at: expiresAt })
    .execute();
  // Links nobody used are of no further interest a day later.
  await db
    .deleteFrom('dashboard_links')
    .where('expires_at', '<', new Date(now.getTime() - 24 * 3600_000))
    .execute();
  await writeAudit(db, { actorPersonId: personId, actorLabel, action: 'dashboard.link_issued' });
  return { token, expiresAt };
}

export type LinkSpent = { ok: true; personId: number } | { ok: false; reason: 'unknown' | 'used' | 'expired' };

/** Marks the link used, if it is unused and not expired (one statement: two clicks at once cannot both win). */
export async function spendDashboardLink(db: Db, token: string, now: Date): Promise<LinkSpent> {
  if (!looksLikeSecret(token)) return { ok: false, reason: 'unknown' };
  const tokenHash = secretHash(token);
  const spent = await db
    .updateTable('dashboard_links')
    .set({ used_at: now })
    .where('token_hash', '=', tokenHash)
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .returning('person_id')
    .executeTakeFirst();
  if (spent) return { ok: true, personId: Number(spent.person_id) };
  const link = await db
    .selectFrom('dashboard_links')
    .select(['used_at'])
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst();
  if (!link) return { ok: false, reason: 'unknown' };
  return { ok: false, reason: link.used_at !== null ? 'used' : 'expired' };
}

/** Whether a link would open now, without spending it (the login page shows a refusal at once). */
export async function checkDashboardLink(
  db: Db,
  token: string,
  now: Date,
): Promise<{ ok: true } | { ok: false; reason: 'unknown' | 'used' | 'expired' }> {
  if (!looksLikeSecret(token)) return { ok: false, reason: 'unknown' };
  const link = await db
    .selectFrom('dashboard_links')
    .select(['used_at', 'expires_at'])
    .where('token_hash', '=', secretHash(token))
    .executeTakeFirst();
  if (!link) return { ok: false, reason: 'unknown' };
  if (link.used_at !== null) return { ok: false, reason: 'used' };
  return link.expires_at > now ? { ok: true } : { ok: false, reason: 'expired' };
}
