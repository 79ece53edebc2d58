import type { FastifyError, FastifyInstance, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { t } from '../../dashboard/messages.ts';
import type { Database } from '../../db/schema.ts';
import type { DashboardDeps } from './authenticate.ts';
import { showEvents } from './events.ts';
import { exportReport } from './exports.ts';
import { logout, showLogin, spendLogin } from './login.ts';
import { showAudit, showDashboard } from './pages.ts';
import { DASHBOARD_PATH, LOGIN_PATH, SECURITY_HEADERS, sendMessage } from './respond.ts';

/**
 * The officials' dashboard, read-only, server-rendered, at /dashboard (issue 6):
 *   GET  /dashboard                  the figures: ?from=YYYY-MM-DD&to=YYYY-MM-DD&region=CODE (default: this year, own
 * area)   GET  /dashboard/export.csv       one table (?table=areas|<breakdown id>), same filters
 *   GET  /dashboard/export.xlsx      every table, one sheet each
 *   GET  /dashboard/audit            the audit log, admins only (?since=&actor=&limit=)
 *   GET  /dashboard/events           the events of the area and their reports (default: this month and next)
 *   GET  /dashboard/login?token=…    a one-time link from /baocao (a button spends it); ADMIN_TOKEN here is refused
 *   GET  /dashboard/login            the admins' sign-in form (?next=queues: on to /admin/queues afterwards)
 *   POST /dashboard/login            spends the link, or checks the form's admin token: session cookie, then on
 *   POST /dashboard/logout
 * The two POSTs answer only our own pages (403 otherwise), and POST /dashboard/login at most LOGINS_PER_MINUTE
 * times a minute per address (429).
 * Every answer carries a strict Content-Security-Policy and no-store; see src/http/dashboard/respond.ts.
 */
export interface DashboardRoutesOptions {
  db: Kysely<Database>;
  adminToken: string | null;
  /** PUBLIC_URL: an https one makes the session cookie Secure. */
  publicUrl: string | null;
  now?: () => Date;
}

const FORM_BODY_LIMIT = 4096;

/** Sign-in attempts a minute from one address: plenty for people, too few to guess a token. */
export const LOGINS_PER_MINUTE = 20;

export function dashboardRoutes(options: DashboardRoutesOptions): (app: FastifyInstance) => void {
  const publicHttps = options.publicUrl?.startsWith('https:') ?? false;
  const deps: DashboardDeps = {
    db: options.db,
    adminToken: options.adminToken,
    now: options.now ?? (() => new Date()),
    secure: (request: FastifyRequest) => publicHttps || request.protocol === 'https',
  };
  return (app) => {
    void app.register(async (scope) => {
      scope.addHook('onSend', async (_request, reply) => {
        reply.headers(SECURITY_HEADERS);
      });
      // The login and logout forms; only in this scope (webhooks keep their own parsers).
      scope.addContentTypeParser(
        'application/x-www-form-urlencoded',
        { parseAs: 'string', bodyLimit: FORM_BODY_LIMIT },
        (_request, body, done) => {
          done(null, Object.fromEntries(new URLSearchParams(String(body))));
        },
      );
      scope.setErrorHandler((error: FastifyError, request, reply) => {
        const status =
          error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500 ? error.statusCode : 500;
        if (status >= 500)
          request.log.error({ err: error, route: request.routeOptions.url }, 'dashboard request failed');
        const line =
          status >= 500
            ? t('vi', 'dashboard.error.failed')
            : status === 429
              ? t('vi', 'dashboard.error.too_many')
              : error.message;
        return sendMessage(reply, 'vi', status, [line], { back: true });
      });

      scope.get(DASHBOARD_PATH, (request, reply) => showDashboard(deps, request, reply));
      scope.get(`${DASHBOARD_PATH}/export.csv`, (request, reply) => exportReport(deps, request, reply, 'csv'));
      scope.get(`${DASHBOARD_PATH}/export.xlsx`, (request, reply) => exportReport(deps, request, reply, 'xlsx'));
      scope.get(`${DASHBOARD_PATH}/audit`, (request, reply) => showAudit(deps, request, reply));
      scope.get(`${DASHBOARD_PATH}/events`, (request, reply) => showEvents(deps, request, reply));
      scope.get(LOGIN_PATH, (request, reply) => showLogin(deps, request, reply));
      scope.post(
        LOGIN_PATH,
        { config: { rateLimit: { max: LOGINS_PER_MINUTE, timeWindow: 60_000 } } },
        (request, reply) => spendLogin(deps, request, reply),
      );
      scope.post(`${DASHBOARD_PATH}/logout`, (request, reply) => logout(deps, request, reply));
    });
  };
}
