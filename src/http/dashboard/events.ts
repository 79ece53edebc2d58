import type { FastifyReply, FastifyRequest } from 'fastify';
import { t } from '../../dashboard/messages.ts';
import { covers, defaultRegion } from '../../dashboard/access.ts';
import { queryValue, readDashboardFilters, type Query } from '../../dashboard/filters.ts';
import { eventsPage } from '../../dashboard/pages/events-page.ts';
import { defaultEventsPeriod, eventsQuickPeriods } from '../../dashboard/pages/events-period.ts';
import { eventFacts, eventHeaders } from '../../reporting/events-queries.ts';
import { shapeEventReport } from '../../reporting/events-report.ts';
import { resolveScope } from '../../reporting/funnel.ts';
import { authenticate, type DashboardDeps } from './authenticate.ts';
import { areaName, filterMessage } from './report-request.ts';
import { sendHtml, sendMessage } from './respond.ts';

/**
 * GET /dashboard/events?from=&to=&region=: the events of the viewer's area (default: their own area, this month
 * and next), each with its report. A region outside the viewer's scope is refused (403), as on /dashboard.
 */
export async function showEvents(
  deps: DashboardDeps,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<FastifyReply> {
  const auth = await authenticate(deps, request, reply);
  if (auth === null) return reply;
  const { viewer } = auth;
  const { lang, access } = viewer;
  const now = deps.now();
  const query = request.query as Query;
  const fallback = defaultEventsPeriod(now);
  const read = readDashboardFilters(
    { ...query, from: queryValue(query, 'from') ?? fallback.from, to: queryValue(query, 'to') ?? fallback.to },
    now,
  );
  if (!read.ok) return sendMessage(reply, lang, 400, [filterMessage(lang, read.error)], { back: true });
  const region = read.filters.region ?? defaultRegion(access);
  const scope = await resolveScope(deps.db, region);
  if (scope === null)
    return sendMessage(reply, lang, 404, [t(lang, 'dashboard.error.unknown_region', { code: region ?? '' })], {
      back: true,
    });
  if (!covers(access, scope))
    return sendMessage(reply, lang, 403, [t(lang, 'dashboard.error.out_of_scope', { code: region ?? '' })], {
      back: true,
    });
  const { from, to } = read.filters;
  const headers = await eventHeaders(deps.db, { from, to, regionCode: region });
  const reports = (await eventFacts(deps.db, headers)).map(shapeEventReport);
  const view = {
    lang,
    areaName: areaName(lang, scope),
    from,
    to,
    region,
    reports,
    viewer: { role: access.admin ? 'admin' : 'official', admin: access.admin, canSignOut: auth.session !== null },
    quickPeriods: eventsQuickPeriods(now),
    generatedAt: now,
  } as const;
  return sendHtml(reply, 200, eventsPage(view));
}
