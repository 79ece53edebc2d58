import type { Kysely } from 'kysely';
import { t, type Lang } from '../../core/i18n/index.ts';
import type { Database } from '../../db/schema.ts';
import type { Scoped } from './officials.ts';

/** The area an official's roles cover, by name ("Thái Nguyên", or the whole country), for /thongke's heading. */
export async function areaName(db: Kysely<Database>, lang: Lang, roles: readonly Scoped[]): Promise<string> {
  const codes = roles.filter((r) => r.role === 'official' || r.role === 'admin').map((r) => r.regionCode);
  if (codes.includes(null)) return t(lang, 'invite.whole_country');
  const rows = await db.selectFrom('regions').select('name').where('code', 'in', codes as string[]).orderBy('code').execute();
  return rows.map((r) => r.name).join(', ');
}
