import type { Kysely, Transaction } from 'kysely';
import type { RoleGrant } from '../kernel/roles.ts';
import type { Database } from './schema.ts';

/** The roles people hold now (revoked ones left out), and who acts for a region. */
type Db = Kysely<Database> | Transaction<Database>;

/** A person's roles, each with its region (src/kernel/roles.ts). */
export async function loadRoles(db: Db, personId: number): Promise<RoleGrant[]> {
  const rows = await db
    .selectFrom('roles')
    .select(['role', 'region_code'])
    .where('person_id', '=', personId)
    .where('revoked_at', 'is', null)
    .execute();
  return rows.map((r) => ({ role: r.role, regionCode: r.region_code }));
}

/**
 * Who is told about a vacancy's region (a new vacancy to review, a worker's interest, a scam report): the
 * officials whose scope is its commune or province; when there are none, the officials and admins of the whole
 * country, so nothing goes unheard.
 */
export async function officialsFor(db: Db, communeCode: string, provinceCode: string): Promise<number[]> {
  const rows = await db
    .selectFrom('roles')
    .select(['person_id', 'region_code'])
    .distinct()
    .where('revoked_at', 'is', null)
    .where('role', 'in', ['official', 'admin'])
    .where((eb) => eb.or([eb('region_code', 'in', [communeCode, provinceCode]), eb('region_code', 'is', null)]))
    .execute();
  const local = rows.filter((r) => r.region_code !== null).map((r) => r.person_id);
  const national = rows.filter((r) => r.region_code === null).map((r) => r.person_id);
  return [...new Set(local.length > 0 ? local : national)];
}
