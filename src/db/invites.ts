import { createHash, randomInt } from 'node:crypto';
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Channel, Database, RoleName } from './schema.ts';
import { writeAudit } from './audit-log.ts';

/**
 * One-time invite codes: an admin creates one (`npm run cli -- invite`), hands it to the official or employer,
 * who sends "/start CODE" to the bot; the role (with its region) is then granted to them and the code is spent.
 * The database keeps only the code's SHA-256 and the audit log only its last 4 characters, so neither a copy of
 * the database nor a reader of the audit log can spend a code. A code redeemed from a simulator chat is refused
 * unless it was made for that (`--allow-simulator`, for demos): the simulator has no real identities.
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

/** How the code is stored and looked up: SHA-256, hex (migration 0012 hashes the older codes the same way). */
export function inviteCodeHash(code: string): string {
  return createHash('sha256').update(code).digest('hex');
}

/** What the audit log keeps of a code: its last 4 characters, enough to tell two invites apart. */
export function inviteCodeSuffix(code: string): string {
  return code.slice(-4);
}

export async function createInvite(
  db: Kysely<Database>,
  role: RoleName,
  regionCode: string | null,
  options: { allowSimulator?: boolean } = {},
): Promise<{ code: string; expiresAt: Date }> {
  const code = newInviteCode();
  const allowSimulator = options.allowSimulator === true;
  const row = await db
    .insertInto('invites')
    .values({
      code_hash: inviteCodeHash(code),
      role,
      region_code: regionCode,
      allow_simulator: allowSimulator,
      expires_at: sql`now() + make_interval(days => ${INVITE_VALID_DAYS})`,
    })
    .returning('expires_at')
    .executeTakeFirstOrThrow();
  await writeAudit(db, {
    actorPersonId: null,
    actorLabel: 'cli',
    action: 'invite.created',
    subjectType: 'invite',
    subjectId: inviteCodeSuffix(code),
    regionCode: regionCode,
    details: { role, ...(allowSimulator ? { allowSimulator } : {}) },
  });
  return { code, expiresAt: row.expires_at };
}

export type Redemption =
  | { ok: true; role: RoleName; regionName: string | null }
  | { ok: false; reason: 'unknown' | 'used' | 'expired' | 'simulator' };

/**
 * Spends a code for a person writing from `channel`, granting its role in the same transaction, with `afterGrant`'s
 * writes (what follows from the new role: their Telegram "/" menu).
 */
export async function redeemInvite(
  db: Kysely<Database>,
  code: string,
  personId: number,
  channel: Channel,
  afterGrant?: (trx: Transaction<Database>) => Promise<void>,
): Promise<Redemption> {
  const codeHash = inviteCodeHash(code);
  return db.transaction().execute(async (trx) => {
    const invite = await trx
      .selectFrom('invites as i')
      .leftJoin('regions as r', 'r.code', 'i.region_code')
      .select([
        'i.role',
        'i.region_code',
        'i.redeemed_at',
        'i.allow_simulator',
        sql<boolean>`i.expires_at < now()`.as('expired'),
        'r.name as region_name',
      ])
      .where('i.code_hash', '=', codeHash)
      .forUpdate('i')
      .executeTakeFirst();
    if (!invite) return { ok: false, reason: 'unknown' };
    if (invite.redeemed_at) return { ok: false, reason: 'used' };
    if (invite.expired) return { ok: false, reason: 'expired' };
    // Not spent: the same code still works from the person's real Telegram or Zalo chat.
    if (channel === 'simulator' && !invite.allow_simulator) return { ok: false, reason: 'simulator' };
    await trx
      .updateTable('invites')
      .set({ redeemed_at: sql`now()`, redeemed_by: personId })
      .where('code_hash', '=', codeHash)
      .execute();
    await trx
      .insertInto('roles')
      .values({ person_id: personId, role: invite.role, region_code: invite.region_code, granted_via: 'invite' })
      .onConflict((oc) => oc.expression(sql`person_id, role, region_code`).where('revoked_at', 'is', null).doNothing())
      .execute();
    await writeAudit(trx, {
      actorPersonId: personId,
      actorLabel: 'invite',
      action: 'role.granted',
      subjectType: 'person',
      subjectId: String(personId),
      regionCode: invite.region_code,
      details: { role: invite.role, codeSuffix: inviteCodeSuffix(code) },
    });
    await afterGrant?.(trx);
    return { ok: true, role: invite.role, regionName: invite.region_name };
  });
}
