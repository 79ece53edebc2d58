import type { Kysely } from 'kysely';
import { resolveLang, type Lang } from '../kernel/i18n/index.ts';
import type { Database } from '../db/schema.ts';
import { loadRoles } from '../db/roles.ts';
import { accessFromRoles, ADMIN_TOKEN_ACCESS, type DashboardAccess } from './access.ts';

/**
 * Who is looking at the dashboard, read again at every request: a person's roles may have been revoked since they
 * logged in (then they are out), and their scope may have changed.
 */
export interface Viewer {
  /** null: ADMIN_TOKEN. */
  personId: number | null;
  access: DashboardAccess;
  lang: Lang;
  /** How the audit log names them. */
  actorLabel: 'official' | 'admin' | 'admin-token';
}

export const ADMIN_TOKEN_VIEWER: Viewer = {
  personId: null,
  access: ADMIN_TOKEN_ACCESS,
  lang: 'vi',
  actorLabel: 'admin-token',
};

/** The viewer for a session's person, or null when they may no longer read figures (no role left, or erased). */
export async function viewerFor(db: Kysely<Database>, personId: number | null): Promise<Viewer | null> {
  if (personId === null) return ADMIN_TOKEN_VIEWER;
  const [person, roles] = await Promise.all([
    db.selectFrom('people').select(['status', 'language']).where('id', '=', personId).executeTakeFirst(),
    loadRoles(db, personId),
  ]);
  if (!person || person.status === 'deleted') return null;
  const access = accessFromRoles(roles);
  if (access === null) return null;
  return { personId, access, lang: resolveLang(person.language), actorLabel: access.admin ? 'admin' : 'official' };
}
