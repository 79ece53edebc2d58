import type { FastifyReply, FastifyRequest } from 'fastify';
import { t } from '../../dashboard/messages.ts';
import { covers } from '../../dashboard/access.ts';
import { readAuditFilters } from '../../dashboard/audit-filters.ts';
import { queryValue, quickPeriods, type Query } from '../../dashboard/filters.ts';
import type { Viewer } from '../../dashboard/viewer.ts';
import { readAudit } from '../../db/audit-log.ts';
import { resolveScope, type FunnelScope } from '../../reporting/funnel.ts';
import { auditPage } from '../../dashboard/pages/audit-page.ts';
import { dashboardPage, type AreaLink, type DashboardView } from '../../dashboard/pages/dashboard-page.ts';
import { authenticate, type DashboardDeps } from './authenticate.ts';
import { showLogin } from './login.ts';
import { areaName, loadReport } from './report-request.ts';
import { sendHtml, sendMessage } from './respond.ts';

/** GET /dashboard and GET /dashboard/audit. */

function viewerSummary(viewer: Viewer, session: string | null): DashboardView['viewer'] {
  return { role: viewer.access.admin ? 'admin' : 'official', admin: viewer.access.admin, canSignOut: session !== null };
}

/** The wider area to go back up to, when the viewer may see it. */
async function upLink(deps: DashboardDeps, viewer: Viewer, scope: FunnelScope): Promise<AreaLink | null> {
  if (scope.level === 'country') return null;
  const up = await resolveScope(deps.db, scope.level === 'commune' ? scope.provinceCode : null);
  return up !== null && covers(viewer.access, up) ? { region: up.code, name: areaName(viewer.lang, up) } : null;
}

async function ownAreas(deps: DashboardDeps, viewer: Viewer): Promise<AreaLink[]> {
  const codes = viewer.access.regions.filter((r): r is string => r !== null);
  if (codes.length < 2) return [];
  const rows = await deps.db
    .selectFrom('regions')
    .select(['code', 'name'])
    .where('code', 'in', codes)
    .orderBy('code')
    .execute();
  return rows.map((r) => ({ region: r.code, name: r.name }));
}

export async function showDashboard(
  deps: DashboardDeps,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<FastifyReply> {
  const query = request.query as Query;
  // /dashboard?token=… is a one-time link's page (or, with ADMIN_TOKEN, refused): the same as /dashboard/login?token=….
  if ('token' in query) return showLogin(deps, request, reply);
  const auth = await authenticate(deps, request, reply);
  if (auth === null) return reply;
  const { viewer } = auth;
  const loaded = await loadReport(deps, viewer, query, reply);
  if (loaded === null) return reply;
  const [up, own] = await Promise.all([upLink(deps, viewer, loaded.scope), ownAreas(deps, viewer)]);
  const now = deps.now();
  const view: DashboardView = {
    lang: viewer.lang,
    areaName: loaded.areaName,
    ...loaded.filters,
    tables: loaded.tables,
    viewer: viewerSummary(viewer, auth.session),
    up,
    ownAreas: own,
    drillable: (code) =>
      loaded.report.groupBy === 'province' && covers(viewer.access, { level: 'province', code, name: '' }),
    quickPeriods: quickPeriods(now),
    generatedAt: now,
  };
  return sendHtml(reply, 200, dashboardPage(view));
}

export async function showAudit(
  deps: DashboardDeps,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<FastifyReply> {
  const auth = await authenticate(deps, request, reply);
  if (auth === null) return reply;
  const { viewer } = auth;
  if (!viewer.access.admin)
    return sendMessage(reply, viewer.lang, 403, [t(viewer.lang, 'dashboard.error.admins_only')], { back: true });
  const query = request.query as Query;
  const read = readAuditFilters({
    since: queryValue(query, 'since'),
    actor: queryValue(query, 'actor'),
    limit: queryValue(query, 'limit'),
  });
  if (!read.ok)
    return sendMessage(
      reply,
      viewer.lang,
      400,
      [t(viewer.lang, 'dashboard.error.bad_filter', { text: read.text.slice(0, 40) })],
      { back: true },
    );
  const entries = await readAudit(deps.db, read.query);
  return sendHtml(
    reply,
    200,
    auditPage({ lang: viewer.lang, entries, ...read.shown, viewer: viewerSummary(viewer, auth.session) }),
  );
}
