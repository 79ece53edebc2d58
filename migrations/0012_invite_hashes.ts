import { type Kysely, sql } from 'kysely';

/**
 * Invite codes (issue 11): a code is a password for a role until it is spent, so it is kept as little as a dashboard
 * link's token is.
 *
 * - invites.code_hash: the SHA-256 (hex) of the code as "/start CODE" reads it ("ABCD-EF23"), replacing the code;
 *   existing codes are hashed in place, so an invite handed out before still works.
 * - invites.allow_simulator: whether the code may be redeemed from a simulator chat (`invite --allow-simulator`,
 *   for demos); without it a simulator identity cannot be given a role by accident.
 * - the audit log kept the whole code (invite.created: subject_id; role.granted through an invite: details.code):
 *   from now on, and for the rows already there, only its last 4 characters.
 */
const statements = [
  sql`ALTER TABLE invites ADD COLUMN code_hash text`,
  sql`UPDATE invites SET code_hash = encode(sha256(convert_to(code, 'UTF8')), 'hex')`,
  sql`ALTER TABLE invites DROP COLUMN code`,
  sql`ALTER TABLE invites ALTER COLUMN code_hash SET NOT NULL`,
  sql`ALTER TABLE invites ADD PRIMARY KEY (code_hash)`,
  sql`ALTER TABLE invites ADD COLUMN allow_simulator boolean NOT NULL DEFAULT false`,
  sql`UPDATE audit_log SET subject_id = right(subject_id, 4) WHERE action = 'invite.created' AND subject_type = 'invite' AND length(subject_id) > 4`,
  sql`UPDATE audit_log SET details = (details - 'code') || jsonb_build_object('codeSuffix', right(details->>'code', 4))
      WHERE action = 'role.granted' AND details->>'code' IS NOT NULL`,
];

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db);
}
