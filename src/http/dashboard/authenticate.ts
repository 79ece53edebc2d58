import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { t } from '../../dashboard/messages.ts';
import { closeSession, findSession } from '../../dashboard/sessions.ts';
import { ADMIN_TOKEN_VIEWER, viewerFor, type Viewer } from '../../dashboard/viewer.ts';
import type { Database } from '../../db/schema.ts';
import { bearerToken, cookieNamed, sameSecret } from '../credentials.ts';
import { clearedCookie, sendMessage, SESSION_COOKIE } from './respond.ts';

/**
 * Who is asking, at every request: `Authorization: Bearer <ADMIN_TOKEN>` (scripts: the whole country, no session),
 * or the session cookie: an ADMIN_TOKEN session (the whole country), or a person's, who must still hold an official
 * or admin role right now (revoked: signed out).
 * Anything else gets a page saying how to get in (401). Null means the reply has been sent.
 */
export interface DashboardDeps {
  db: Kysely<Database>;
  adminToken: string | null;
  now: () => Date;
  /** Whether cookies get the Secure flag (PUBLIC_URL is https, or the request came over https). */
  secure: (request: FastifyRequest) => boolean;
}

export interface Authenticated {
  viewer: Viewer;
  /** The session cookie's value; null for a Bearer request. */
  session: string | null;
}

export async function authenticate(
  deps: DashboardDeps,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<Authenticated | null> {
  const bearer = bearerToken(request);
  if (bearer !== null) {
    if (deps.adminToken !== null && bearer !== undefined && sameSecret(bearer, deps.adminToken))
      return { viewer: ADMIN_TOKEN_VIEWER, session: null };
    reply.header('www-authenticate', 'Bearer realm="dashboard"');
    sendMessage(reply, 'vi', 401, [t('vi', 'dashboard.wrong_admin_token')]);
    return null;
  }
  const cookie = cookieNamed(request, SESSION_COOKIE);
  const session = cookie === null ? null : await findSession(deps.db, cookie, deps.now(), deps.adminToken);
  if (cookie === null || session === null) {
    if (cookie !== null) reply.header('set-cookie', clearedCookie(deps.secure(request)));
    sendMessage(reply, 'vi', 401, [t('vi', 'dashboard.need_login')], {
      newLink: true,
      adminLogin: deps.adminToken !== null,
    });
    return null;
  }
  const viewer = await viewerFor(deps.db, session.personId);
  if (viewer === null) {
    await closeSession(deps.db, cookie, deps.adminToken);
    reply.header('set-cookie', clearedCookie(deps.secure(request)));
    sendMessage(reply, 'vi', 401, [t('vi', 'dashboard.role_revoked')]);
    return null;
  }
  return { viewer, session: cookie };
}
