import { randomInt } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { Database, RoleName } from './schema.ts';

/**
 * One-time invite codes: an admin creates one (`npm run cli -- invite`), hands it to the official or employer,
 * who sends "/start CODE" to the bot; the role (with its region) is then granted to them and the code is spent.
 */
export const INVITE_VALID_DAYS = 30;

// No 0/O, 1/I/L: codes are read aloud and typed on phones.
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

export function newInviteCode(): string {
  const pick = () => Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
  return `${pick()}-${pick()}`;
}

/** "/start abcd-efgh", "/start ABCDEFGH" → "ABCD-EFGH"; anything else → null. */
export function inviteCodeIn(text: string | null): string | null {
  const match = /^\/start(?:@\S+)?\s+([A-Za-z0-9]{4})-?([A-Za-z0-9]{4})\s*$/.exec(text?.trim() ?? '');
  return match ? `${match[1]}-${match[2]}`.toUpperCase() : null;
}

export async function createInvite(db: Kysely<Database>, role: RoleName, regionCode: string | null): Promise<{ code: string; expiresAt: Date }> {
  const code = newInviteCode();
  const row = await db
    .insertInto('invites')
    .values({ code, role, region_code: regionCode, expires_at: sql`now() + make_interval(days => ${INVITE_VALID_DAYS})` })
    .returning('expires_at')
    .executeTakeFirstOrThrow();
  await db.insertInto('audit_log').values({ actor_label: 'cli', action: 'invite.created', subject_type: 'invite', subject_id: code, region_code: regionCode, details: JSON.stringify({ role }) }).execute();
  return { code, expiresAt: row.expires_at };
}

export type Redemption = { ok: true; role: RoleName; regionName: string | null } | { ok: false; reason: 'unknown' | 'used' | 'expired' };

/** Spends a code for a person, granting its role in the same transaction. */
export async function redeemInvite(db: Kysely<Database>, code: string, personId: number): Promise<Redemption> {
  return db.transaction().execute(async (trx) => {
    const invite = await trx
      .selectFrom('invites as i')
      .leftJoin('regions as r', 'r.code', 'i.region_code')
      .select(['i.role', 'i.region_code', 'i.redeemed_at', sql<boolean>`i.expires_at < now()`.as('expired'), 'r.name as region_name'])
      .where('i.code', '=', code)
      .forUpdate('i')
      .executeTakeFirst();
    if (!invite) return { ok: false, reason: 'unknown' };
    if (invite.redeemed_at) return { ok: false, reason: 'used' };
    if (invite.expired) return { ok: false, reason: 'expired' };
    await trx.updateTable('invites').set({ redeemed_at: sql`now()`, redeemed_by: personId }).where('code', '=', code).execute();
    await trx
      .insertInto('roles')
      .values({ person_id: personId, role: invite.role, region_code: invite.region_code, granted_via: 'invite' })
      .onConflict((oc) => oc.expression(sql`person_id, role, region_code`).where('revoked_at', 'is', null).doNothing())
      .execute();
    await trx
      .insertInto('audit_log')
      .values({ actor_person_id: personId, actor_label: 'invite', action: 'role.granted', subject_type: 'person', subject_id: String(personId), region_code: invite.region_code, details: JSON.stringify({ role: invite.role, code }) })
      .execute();
    return { ok: true, role: invite.role, regionName: invite.region_name };
  });
}
