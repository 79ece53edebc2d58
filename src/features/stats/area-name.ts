import { officialRegions } from '../../kernel/roles.ts';
import type { Kysely } from 'kysely';
import { t, type Lang } from '../../kernel/i18n/index.ts';
import type { Database } from '../../db/schema.ts';
import type { RoleGrant } from '../../kernel/roles.ts';

/** The area an official's roles cover, by name ("Thái Nguyên", or the whole country), for /thongke's heading. */
export async function areaName(db: Kysely<Database>, lang: Lang, roles: readonly RoleGrant[]): Promise<string> {
  const codes = officialRegions(roles);
  if (codes.includes(null)) return t(lang, 'invite.whole_country');
  const rows = await db
    .selectFrom('regions')
    .select('name')
    .where('code', 'in', codes as string[])
    .orderBy('code')
    .execute();
  return rows.map((r) => r.name).join(', ');
}
