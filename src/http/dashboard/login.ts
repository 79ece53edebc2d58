import type { FastifyReply, FastifyRequest } from 'fastify';
import { t } from '../../dashboard/messages.ts';
import { queryValue, type Query } from '../../dashboard/filters.ts';
import {
  checkDashboardLink,
  LINK_LIFETIME_MINUTES,
  spendDashboardLink,
  type LinkSpent,
} from '../../dashboard/links.ts';
import { closeSession, openSession, SESSION_LIFETIME_MS } from '../../dashboard/sessions.ts';
import { viewerFor } from '../../dashboard/viewer.ts';
import { writeAudit } from '../../db/audit-log.ts';
import { adminLoginPage, type AfterLogin } from '../../dashboard/pages/admin-login-page.ts';
import { loginPage } from '../../dashboard/pages/message-page.ts';
import { ADMIN_QUEUES_PATH } from '../admin-queues.ts';
import { cookieNamed, sameSecret } from '../credentials.ts';
import { isSameOrigin } from '../same-origin.ts';
import type { DashboardDeps } from './authenticate.ts';
import { clearedCookie, DASHBOARD_PATH, sendHtml, sendMessage, SESSION_COOKIE, sessionCookie } from './respond.ts';

/**
 * Getting in and out. A one-time link from the bot opens a page whose button spends it (POST), so that a chat
 * app fetching the link for a preview spends nothing. An administrator types ADMIN_TOKEN into a form that POSTs
 * it; the token is never taken from an address (one found there is refused, and opens nothing). Either way the
 * browser gets a random session cookie and is sent on to /dashboard (or /admin/queues). A used, expired or unknown
 * link gets a page that says so (401), never an error. Both POSTs only come from our own pages (403 otherwise).
 */
const MAX_AGE_S = SESSION_LIFETIME_MS / 1000;

const AFTER_LOGIN: Readonly<Record<AfterLogin, string>> = { dashboard: DASHBOARD_PATH, queues: ADMIN_QUEUES_PATH };

function afterLogin(fields: Query): AfterLogin {
  return queryValue(fields, 'next') === 'queues' ? 'queues' : 'dashboard';
}

function refuseLink(reply: FastifyReply, reason: Exclude<LinkSpent, { ok: true }>['reason']): FastifyReply {
  const line =
    reason === 'expired'
      ? t('vi', 'dashboard.login.expired', { minutes: LINK_LIFETIME_MINUTES })
      : t('vi', `dashboard.login.${reason}`);
  return sendMessage(reply, 'vi', 401, [line], { newLink: true });
}

function refuseOtherSite(reply: FastifyReply): FastifyReply {
  return sendMessage(reply, 'vi', 403, [t('vi', 'dashboard.error.other_site')], { back: true });
}

function showAdminForm(
  deps: DashboardDeps,
  reply: FastifyReply,
  status: number,
  next: AfterLogin,
  problems: readonly string[] = [],
): FastifyReply {
  if (deps.adminToken === null)
    return sendMessage(
      reply,
      'vi',
      status === 200 ? 404 : status,
      [...problems, t('vi', 'dashboard.admin_login.off')],
      { newLink: true },
    );
  return sendHtml(reply, status, adminLoginPage({ lang: 'vi', next, problems }));
}

async function enter(
  deps: DashboardDeps,
  request: FastifyRequest,
  reply: FastifyReply,
  personId: number | null,
  actorLabel: string,
  next: AfterLogin,
): Promise<FastifyReply> {
  const now = deps.now();
  const { cookieValue } = await deps.db.transaction().execute(async (trx) => {
    const opened = await openSession(trx, personId, now, deps.adminToken);
    await writeAudit(trx, { actorPersonId: personId, actorLabel, action: 'dashboard.login' });
    return opened;
  });
  return reply
    .code(303)
    .header('set-cookie', sessionCookie(cookieValue, MAX_AGE_S, deps.secure(request)))
    .header('location', AFTER_LOGIN[next])
    .send();
}

/** GET /dashboard/login?token=… (and /dashboard?token=…): a one-time link's page. Without ?token=: the admins' form. */
export async function showLogin(
  deps: DashboardDeps,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<FastifyReply> {
  const query = request.query as Query;
  if (!('token' in query)) return showAdminForm(deps, reply, 200, afterLogin(query));
  const token = queryValue(query, 'token');
  if (token === null) return refuseLink(reply, 'unknown');
  if (deps.adminToken !== null && sameSecret(token, deps.adminToken)) {
    request.log.warn('ADMIN_TOKEN was sent in an address and refused; it may be in browser history or proxy logs');
    return showAdminForm(deps, reply, 401, 'dashboard', [
      t('vi', 'dashboard.admin_token_in_address'),
      t('vi', 'dashboard.admin_token_exposed'),
    ]);
  }
  const link = await checkDashboardLink(deps.db, token, deps.now());
  if (!link.ok) return refuseLink(reply, link.reason);
  return sendHtml(reply, 200, loginPage('vi', token));
}

/** POST /dashboard/login: the form's `token` spends a one-time link; its `admin_token` opens an admin session. */
export async function spendLogin(
  deps: DashboardDeps,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<FastifyReply> {
  if (!isSameOrigin(request)) return refuseOtherSite(reply);
  const body = request.body;
  const fields: Query = typeof body === 'object' && body !== null ? (body as Query) : {};
  if ('admin_token' in fields) return adminLogin(deps, request, reply, fields);
  const token = queryValue(fields, 'token');
  if (token === null) return refuseLink(reply, 'unknown');
  const spent = await spendDashboardLink(deps.db, token, deps.now());
  if (!spent.ok) return refuseLink(reply, spent.reason);
  // The role is checked again now: one revoked since the link was sent opens nothing.
  const viewer = await viewerFor(deps.db, spent.personId);
  if (viewer === null) return sendMessage(reply, 'vi', 403, [t('vi', 'dashboard.login.no_role')]);
  return enter(deps, request, reply, spent.personId, viewer.actorLabel, 'dashboard');
}

async function adminLogin(
  deps: DashboardDeps,
  request: FastifyRequest,
  reply: FastifyReply,
  fields: Query,
): Promise<FastifyReply> {
  const next = afterLogin(fields);
  if (deps.adminToken === null) return showAdminForm(deps, reply, 401, next);
  const given = queryValue(fields, 'admin_token');
  if (given === null || !sameSecret(given, deps.adminToken)) {
    request.log.warn('admin sign-in refused: wrong token');
    return showAdminForm(deps, reply, 401, next, [t('vi', 'dashboard.wrong_admin_token')]);
  }
  return enter(deps, request, reply, null, 'admin-token', next);
}

/** POST /dashboard/logout. */
export async function logout(deps: DashboardDeps, request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
  if (!isSameOrigin(request)) return refuseOtherSite(reply);
  const cookie = cookieNamed(request, SESSION_COOKIE);
  if (cookie !== null) await closeSession(deps.db, cookie, deps.adminToken);
  reply.header('set-cookie', clearedCookie(deps.secure(request)));
  return sendMessage(reply, 'vi', 200, [t('vi', 'dashboard.signed_out')], {
    newLink: true,
    adminLogin: deps.adminToken !== null,
  });
}
