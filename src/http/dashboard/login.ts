import type { FastifyReply, FastifyRequest } from 'fastify';
import { t } from '../../core/i18n/index.ts';
import { queryValue, type Query } from '../../dashboard/filters.ts';
import { checkDashboardLink, LINK_LIFETIME_MINUTES, spendDashboardLink, type LinkSpent } from '../../dashboard/links.ts';
import { closeSession, openSession, SESSION_LIFETIME_MS } from '../../dashboard/sessions.ts';
import { viewerFor } from '../../dashboard/viewer.ts';
import { writeAudit } from '../../db/audit-log.ts';
import { loginPage } from '../../web/message-page.ts';
import { cookieNamed, sameSecret } from '../admin-queues.ts';
import type { DashboardDeps } from './authenticate.ts';
import { clearedCookie, DASHBOARD_COOKIE, DASHBOARD_PATH, sendHtml, sendMessage, sessionCookie } from './respond.ts';

/**
 * Getting in and out. A one-time link from the bot opens a page whose button spends it (POST), so that a chat
 * app fetching the link for a preview spends nothing; ADMIN_TOKEN in ?token= opens an admin session at once (as
 * /admin/queues does). Either way the browser is sent on to /dashboard with a session cookie and without the token
 * in its address. A used, expired or unknown link gets a page that says so (401), never an error.
 */
const MAX_AGE_S = SESSION_LIFETIME_MS / 1000;

function refuseLink(reply: FastifyReply, reason: Exclude<LinkSpent, { ok: true }>['reason']): FastifyReply {
  const line = reason === 'expired' ? t('vi', 'dashboard.login.expired', { minutes: LINK_LIFETIME_MINUTES }) : t('vi', `dashboard.login.${reason}`);
  return sendMessage(reply, 'vi', 401, [line], { newLink: true });
}

async function enter(deps: DashboardDeps, request: FastifyRequest, reply: FastifyReply, personId: number | null, actorLabel: string): Promise<FastifyReply> {
  const now = deps.now();
  const { cookieValue } = await deps.db.transaction().execute(async (trx) => {
    const opened = await openSession(trx, personId, now, deps.adminToken);
    await writeAudit(trx, { actorPersonId: personId, actorLabel, action: 'dashboard.login' });
    return opened;
  });
  return reply.code(303).header('set-cookie', sessionCookie(cookieValue, MAX_AGE_S, deps.secure(request))).header('location', DASHBOARD_PATH).send();
}

/** GET /dashboard/login?token=… (and /dashboard?token=…). */
export async function showLogin(deps: DashboardDeps, request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
  const token = queryValue(request.query as Query, 'token');
  if (token === null) return refuseLink(reply, 'unknown');
  if (deps.adminToken !== null && sameSecret(token, deps.adminToken)) return enter(deps, request, reply, null, 'admin-token');
  const link = await checkDashboardLink(deps.db, token, deps.now());
  if (!link.ok) return refuseLink(reply, link.reason);
  return sendHtml(reply, 200, loginPage('vi', token));
}

/** POST /dashboard/login with the form's token: spends the link and opens the session. */
export async function spendLogin(deps: DashboardDeps, request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
  const body = request.body;
  const token = typeof body === 'object' && body !== null ? queryValue(body as Query, 'token') : null;
  if (token === null) return refuseLink(reply, 'unknown');
  const spent = await spendDashboardLink(deps.db, token, deps.now());
  if (!spent.ok) return refuseLink(reply, spent.reason);
  // The role is checked again now: one revoked since the link was sent opens nothing.
  const viewer = await viewerFor(deps.db, spent.personId);
  if (viewer === null) return sendMessage(reply, 'vi', 403, [t('vi', 'dashboard.login.no_role')]);
  return enter(deps, request, reply, spent.personId, viewer.actorLabel);
}

/** POST /dashboard/logout. */
export async function logout(deps: DashboardDeps, request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
  const cookie = cookieNamed(request, DASHBOARD_COOKIE);
  if (cookie !== null) await closeSession(deps.db, cookie, deps.adminToken);
  reply.header('set-cookie', clearedCookie(deps.secure(request)));
  return sendMessage(reply, 'vi', 200, [t('vi', 'dashboard.signed_out')], { newLink: true });
}
